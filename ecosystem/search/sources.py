"""Reading search documents from the database: by key for the outbox, all of them for a reindex."""
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from ..models import Affiliation, Organisation, Person
from .documents import ORGANISATION, PERSON, organisation_document, person_document
from .listing_kinds import KINDS

_ORGANISATION_LOADS = (
    selectinload(Organisation.technologies), selectinload(Organisation.sectors), selectinload(Organisation.tags),
    joinedload(Organisation.province), joinedload(Organisation.ward), joinedload(Organisation.zone),
    selectinload(Organisation.startup), selectinload(Organisation.investor), selectinload(Organisation.academic),
)
_PERSON_LOADS = (
    selectinload(Person.technologies), selectinload(Person.sectors), joinedload(Person.province),
    selectinload(Person.affiliations).joinedload(Affiliation.organisation),
)
SOURCES = {
    ORGANISATION: (Organisation, _ORGANISATION_LOADS, organisation_document),
    PERSON: (Person, _PERSON_LOADS, person_document),
    **{name: (kind.model, kind.loads(), kind.build) for name, kind in KINDS.items()},
}


def split_key(key):
    kind, _, number = key.partition(":")
    return kind, int(number) if number.isdigit() else None


def load_documents(session, keys):
    """(documents for the keys that exist, keys whose record is gone, unknown or has no document).

    A builder returns None for a record left without the record it belongs to (an instrument whose lab
    was deleted where the database does not cascade deletes): it is removed from the index."""
    wanted = {}
    for key in keys:
        kind, record_id = split_key(key)
        wanted.setdefault(kind, set()).add(record_id)
    documents, missing = [], set(keys)
    for kind, ids in wanted.items():
        if kind not in SOURCES:
            continue
        model, loads, build = SOURCES[kind]
        for record in session.scalars(select(model).where(model.id.in_(ids)).options(*loads)):
            document = build(record)
            if document is not None:
                documents.append(document)
                missing.discard(document.key)
    return documents, sorted(missing)


def iter_documents(session, batch_size=1000):
    """Every record's document, in batches that keep memory bounded."""
    for model, loads, build in SOURCES.values():
        last_id = 0
        while True:
            records = session.scalars(select(model).where(model.id > last_id).order_by(model.id)
                                      .limit(batch_size).options(*loads)).all()
            if not records:
                break
            for record in records:
                document = build(record)
                if document is not None:
                    yield document
            last_id = records[-1].id
            session.expunge_all()


def count_records(session):
    from sqlalchemy import func
    return sum(session.scalar(select(func.count(model.id))) for model, _l, _b in SOURCES.values())
