"""Writes to the index: upsert and remove documents, each call in one transaction of its own.

The backend never writes through the caller's session: `engine.begin()` gives every call its own
connection and transaction, so a rollback of the caller's work cannot undo or half-apply an index
write, and an index write that fails leaves the index as it was. The vocabulary counts change in
the same transaction as the documents they count.
"""
from collections import Counter
from datetime import timezone

from sqlalchemy import text

from . import vocabulary
from .caching import raise_generation
from .facets import facet_keys
from .lexemes import AnalysedDocument
from .schema import DOCUMENTS, VARIANTS, VOCABULARY

COLUMNS = ("key", "kind", "status", "slug", "title", "sort_name", "title_words", "names", "title_length",
           "technologies", "sectors", "province", "ward", "zone", "stage", "investor_type", "created_at",
           "updated_at", "digest", "profile_key", "place_key", "technology_key", "sector_key", "head", "terms",
           "accents", "forms")  # forms stays last
_VECTORS = ("head", "terms", "accents")
BATCH = 500


def document_row(document):
    """The row of `search_documents` for a SearchDocument, as a tuple in COLUMNS order."""
    analysed = AnalysedDocument(document)
    title = _clean(document.title)
    values = {
        "key": _clean(document.key), "kind": _clean(document.kind), "status": _clean(document.status),
        "slug": _clean(document.slug), "title": title, "sort_name": _clean(document.sort_name),
        "title_words": analysed.title_words, "names": analysed.names, "title_length": len(title),
        "technologies": _codes(document.technologies), "sectors": _codes(document.sectors),
        "province": _optional(document.province), "ward": _optional(document.ward), "zone": _optional(document.zone),
        "stage": _optional(document.stage), "investor_type": _optional(document.investor_type),
        "created_at": _naive(document.created_at), "updated_at": _naive(document.updated_at),
        "digest": document.digest(), "head": analysed.head, "terms": analysed.terms, "accents": analysed.accents,
        "forms": analysed.forms}
    values.update(facet_keys(values))
    return tuple(values[column] for column in COLUMNS)


def _clean(value):
    """Text as PostgreSQL can store it (it refuses NUL characters)."""
    return (value or "").replace("\x00", "")


def _optional(value):
    return _clean(value) or None


def _codes(values):
    return list(dict.fromkeys(_clean(v) for v in values or () if v))


def _naive(value):
    """Naive UTC, as the documents carry it (an aware datetime is converted, never shifted by the session)."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(timezone.utc).replace(tzinfo=None)


_UPSERT = text(f"""
    INSERT INTO {DOCUMENTS} ({", ".join(COLUMNS)})
    VALUES ({", ".join(f"CAST(:{c} AS tsvector)" if c in _VECTORS else f":{c}" for c in COLUMNS)})
    ON CONFLICT (key) DO UPDATE SET {", ".join(f"{c} = EXCLUDED.{c}" for c in COLUMNS if c != "key")}""")


def index(engine, documents):
    """Add or replace documents by key (the last one wins when a key comes twice)."""
    latest = {}
    for document in documents:
        latest[document.key] = document
    if not latest:
        return
    with engine.begin() as conn:
        documents = list(latest.values())
        for start in range(0, len(documents), BATCH):
            _upsert(conn, [document_row(d) for d in documents[start:start + BATCH]])
        raise_generation(conn)


def _upsert(conn, rows):
    keys = [row[0] for row in rows]
    delta = Counter()
    old = conn.execute(text(f"SELECT forms FROM {DOCUMENTS} WHERE key = ANY(CAST(:keys AS text[])) FOR UPDATE"),
                       {"keys": keys})
    for (forms,) in old:
        delta.subtract(forms)
    for row in rows:
        delta.update(row[-1])
    conn.execute(_UPSERT, [dict(zip(COLUMNS, row, strict=True)) for row in rows])
    vocabulary.apply_changes(conn, delta)


def remove(engine, keys):
    """Remove documents by key; unknown keys are ignored."""
    keys = sorted({_clean(k) for k in keys if isinstance(k, str)})
    if not keys:
        return
    with engine.begin() as conn:
        delta = Counter()
        for start in range(0, len(keys), BATCH):
            removed = conn.execute(text(f"DELETE FROM {DOCUMENTS} WHERE key = ANY(CAST(:keys AS text[])) "
                                        "RETURNING forms"), {"keys": keys[start:start + BATCH]})
            for (forms,) in removed:
                delta.subtract(forms)
        vocabulary.apply_changes(conn, delta)
        raise_generation(conn)


def clear(engine):
    """Remove every document (and so the whole vocabulary)."""
    with engine.begin() as conn:
        if conn.execute(text(f"SELECT EXISTS (SELECT 1 FROM {DOCUMENTS}) OR EXISTS (SELECT 1 FROM {VOCABULARY})"
                             )).scalar():
            conn.execute(text(f"TRUNCATE {DOCUMENTS}, {VOCABULARY}, {VARIANTS}"))
            raise_generation(conn)


def digests(engine):
    """{key: digest} of every indexed document."""
    with engine.connect() as conn:
        return dict(conn.execute(text(f"SELECT key, digest FROM {DOCUMENTS}")).all())
