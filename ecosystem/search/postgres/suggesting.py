"""Autocomplete and similar listings.

Autocomplete is one statement of small ranked parts: titles that start with the typed words (a
btree range on the folded title), then names holding every typed word as a word prefix (the GIN
index of `head`), those with the words side by side first (`names` holds the folded title and
other names as " w1 w2 … \x1e w3 … ", so " hoa l" is a plain substring test). Within each part the
shortest titles come first, which the (title_length, sort_name, key) index serves directly when a
prefix is common.
"""
from sqlalchemy import text

from ..analysis import words
from ..protocol import Hit
from .lexemes import all_of, any_of, folded_list, is_lexeme
from .querying import RANK_WEIGHTS, storable
from .schema import DOCUMENTS, VOCABULARY

MAX_TYPED_WORDS = 8
MAX_LIMIT = 100
SIGNIFICANT_WORDS = 12  # the rarest shared words of a listing describe what it is about
SIMILAR_CANDIDATES = 400
_TOP = "\U0010ffff"
# The planner's row count when the table has been analysed (a rebuild does), else an exact count (small tables).
_DOCUMENT_COUNT = f"""SELECT CASE WHEN reltuples > 0 THEN reltuples::bigint ELSE (SELECT count(*) FROM {DOCUMENTS}) END
                      FROM pg_class WHERE oid = '{DOCUMENTS}'::regclass"""


def suggest(conn, typed_text, statuses, limit):
    """Hits whose title or other names have words starting with each typed word, best first.

    Ranked in three parts: the title starts with the typed words; the typed words stand next to
    each other in that order in the title or the other names; the words are found anywhere.
    Within a part, shorter titles first, then by name. Each part is its own small ranked query."""
    typed = [w for w in folded_list(words(typed_text or ""))[:MAX_TYPED_WORDS] if is_lexeme(w)]
    limit = min(int(limit), MAX_LIMIT)
    if not typed or limit <= 0:
        return []
    prefix = " ".join(typed)
    starts = "title_words >= :low AND title_words < :high"
    adjacent = "strpos(names, :needle) > 0"
    found = "status = ANY(CAST(:statuses AS text[])) AND head @@ CAST(:words AS tsquery)"
    parts = [f"status = ANY(CAST(:statuses AS text[])) AND {starts}",
             f"{found} AND {adjacent} AND NOT ({starts})",
             f"{found} AND NOT {adjacent} AND NOT ({starts})"]
    ranked = " UNION ALL ".join(
        f"""(SELECT {place} AS part, key, kind, slug, title, title_length, sort_name FROM {DOCUMENTS}
             WHERE {condition} ORDER BY title_length, sort_name, key LIMIT :limit)"""
        for place, condition in enumerate(parts if len(typed) > 1 else parts[:2]))
    rows = conn.execute(text(f"""SELECT key, kind, slug, title FROM ({ranked}) AS found
                                 ORDER BY part, title_length, sort_name, key LIMIT :limit"""),
                        {"statuses": storable(statuses), "low": prefix, "high": prefix + _TOP, "limit": limit,
                         "needle": " " + prefix, "words": all_of(any_of([w], prefix=True) for w in typed)})
    return [Hit(key, kind, slug, title, float(limit - place)) for place, (key, kind, slug, title) in enumerate(rows)]


def more_like(conn, document, statuses, limit):
    """Hits sharing technologies, sectors or rare words with `document`, most similar first; never itself."""
    limit = min(int(limit), MAX_LIMIT)
    significant = _significant_words(conn, document)
    technologies, sectors = storable(document.technologies), storable(document.sectors)
    if limit <= 0 or not (significant or technologies or sectors):
        return []
    sources = []
    if significant:
        sources.append(f"""(SELECT key FROM {DOCUMENTS} WHERE status = ANY(CAST(:statuses AS text[]))
                           AND key <> :key AND terms @@ CAST(:words AS tsquery) LIMIT :candidates)""")
    if technologies or sectors:
        sources.append(f"""(SELECT key FROM {DOCUMENTS} WHERE status = ANY(CAST(:statuses AS text[]))
                           AND key <> :key AND (technologies && CAST(:technologies AS text[])
                                                OR sectors && CAST(:sectors AS text[])) LIMIT :candidates)""")
    text_rank = f"ts_rank('{RANK_WEIGHTS}', d.terms, CAST(:words AS tsquery))" if significant else "0"
    rows = conn.execute(text(f"""
        SELECT d.key, d.kind, d.slug, d.title,
               (SELECT count(*) FROM unnest(d.technologies) AS t WHERE t = ANY(CAST(:technologies AS text[])))
               + 0.5 * (SELECT count(*) FROM unnest(d.sectors) AS s WHERE s = ANY(CAST(:sectors AS text[])))
               + 10 * {text_rank} AS score
        FROM {DOCUMENTS} AS d JOIN ({" UNION ".join(sources)}) AS candidate USING (key)
        ORDER BY score DESC, d.sort_name, d.key LIMIT :limit"""),
        {"statuses": storable(statuses), "key": (document.key or "").replace("\x00", ""), "words": any_of(significant),
         "limit": limit, "technologies": technologies, "sectors": sectors, "candidates": SIMILAR_CANDIDATES})
    return [Hit(key, kind, slug, title, float(score)) for key, kind, slug, title, score in rows if score > 0]


def _significant_words(conn, document):
    """The rarest folded words of the document that other documents share (common words say little)."""
    found = folded_list(words(" ".join(x or "" for x in (document.title, document.keywords, document.body))))
    candidates = sorted({w for w in found if len(w) >= 3 and not w.isdigit() and is_lexeme(w)})
    if not candidates:
        return []
    rows = conn.execute(text(f"""
        SELECT folded, sum(documents) AS frequency FROM {VOCABULARY}
        WHERE folded = ANY(CAST(:words AS text[])) GROUP BY folded
        HAVING sum(documents) BETWEEN 2 AND greatest(20, ({_DOCUMENT_COUNT}) / 10)
        ORDER BY frequency, folded LIMIT :count"""), {"words": candidates, "count": SIGNIFICANT_WORDS})
    return [word for word, _frequency in rows]
