"""Which search documents a merge changes besides the survivor's own, so they can be re-indexed.

A merge moves references with plain SQL (see `references`), which the search hooks never see, and once
the loser is deleted nothing points at it any more: the keys are collected before the move and queued
after it. What a listing shows of an organisation or a person is declared once, as the `Dependants` of
each searchable kind (`search.listing_kinds`), and read from there; organisations and people keep their
own rules (tenants show their zone, people their employers)."""
from sqlalchemy import select

from ...extensions import db
from ...models import Affiliation, Organisation, Person, RecordType, SearchOutbox
from ...search.documents import ORGANISATION, PERSON, key_for
from ...search.listing_kinds import KINDS

MODELS = {RecordType.ORGANISATION: Organisation, RecordType.PERSON: Person}


def affiliated_people(record_type, record_id):
    """Ids of the people affiliated with an organisation (none for a person)."""
    if record_type != RecordType.ORGANISATION:
        return set()
    return set(db.session.scalars(select(Affiliation.person_id).where(Affiliation.organisation_id == record_id)))


def declared_dependants(model, record_id):
    """Keys of the listings of every registered kind that show something of record `record_id` of `model`
    (a lab and its instruments of their host, an offer of its publisher, a project of its investors...)."""
    keys = set()
    for kind in KINDS.values():
        for dependants in kind.dependants:
            if issubclass(model, dependants.watched):
                keys |= {key_for(dependants.kind, i) for i in dependants.ids(db.session, record_id)}
    return keys


def keys_showing(record_type, record_id):
    """Keys of the documents, other than the record's own, that show record `record_id` or change when
    what points at it moves: its declared dependants, its people, its tenants and theirs (a tenant
    moving to another zone shows that zone, and so do the listings it publishes or hosts)."""
    keys = declared_dependants(MODELS[record_type], record_id)
    if record_type != RecordType.ORGANISATION:
        return keys
    keys |= {key_for(PERSON, i) for i in affiliated_people(record_type, record_id)}
    for tenant_id in db.session.scalars(select(Organisation.id).where(Organisation.zone_id == record_id)):
        keys.add(key_for(ORGANISATION, tenant_id))
        keys |= declared_dependants(Organisation, tenant_id)
    return keys


def queue_reindex(keys):
    """Add an outbox row for each key (sorted): the indexer rebuilds those documents after commit."""
    for key in sorted(keys):
        db.session.add(SearchOutbox(key=key))
