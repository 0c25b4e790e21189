"""Blocking keys: listings that share a key are the only pairs ever compared.

Keys live in `duplicate_keys` and follow the listings: flush hooks recompute the keys of every
organisation, person or affiliation a flush touched (reading the flushed rows back), in the same
transaction. `rebuild_keys` recomputes all of them (`flask duplicates rebuild-keys`)."""
from sqlalchemy import delete, event, func, inspect, select
from sqlalchemy.orm import Session

from ...models import Affiliation, DuplicateKey, Organisation, Person, RecordType
from .evidence import OrganisationProfile, PersonProfile
from .normalise import blocking_prefixes, email_address, email_domain, orcid, person_name, tax_code, web_host

_PENDING = "duplicate_keys_pending"
_DEFERRED = "duplicate_keys_deferred"  # set by bulk writers: {record type: ids} refreshed by refresh_deferred
_INSTALLED = False
_ORG_COLUMNS = (Organisation.id, Organisation.slug, Organisation.name, Organisation.name_en, Organisation.website,
                Organisation.email, Organisation.tax_code, Organisation.province_id, Organisation.parent_id,
                Organisation.zone_id, Organisation.kind, Organisation.status)
_PERSON_COLUMNS = (Person.id, Person.slug, Person.full_name, Person.email, Person.orcid, Person.status)
_CHUNK = 500


def organisation_keys(profile):
    """The keys of an organisation: core names, website host, email domain, tax code, name prefixes per province."""
    keys = {f"n:{c}" for c in profile.cores()}
    if web_host(profile.website):
        keys.add(f"w:{web_host(profile.website)}")
    if email_domain(profile.email):
        keys.add(f"e:{email_domain(profile.email)}")
    if tax_code(profile.tax_code):
        keys.add(f"t:{tax_code(profile.tax_code)}")
    if profile.province_id is not None:
        for name in profile.names():
            keys |= {f"f:{profile.province_id}:{p}" for p in blocking_prefixes(name)}
    return {k[:200] for k in keys}


def person_keys(profile):
    """The keys of a person: ORCID, email address, and the folded name at each organisation."""
    keys = set()
    if orcid(profile.orcid):
        keys.add(f"o:{orcid(profile.orcid)}")
    if email_address(profile.email):
        keys.add(f"m:{email_address(profile.email)}")
    name = person_name(profile.full_name)
    if name:
        keys |= {f"a:{organisation_id}:{name}" for organisation_id in profile.organisations}
    return {k[:200] for k in keys}


def _chunks(ids):
    ids = sorted(set(ids))
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def organisation_profiles(connection, ids):
    """{id: OrganisationProfile} of the organisations that exist among `ids`."""
    profiles = {}
    for chunk in _chunks(ids):
        for row in connection.execute(select(*_ORG_COLUMNS).where(Organisation.id.in_(chunk))):
            profiles[row.id] = OrganisationProfile(**row._asdict())
    return profiles


def person_profiles(connection, ids):
    """{id: PersonProfile} of the people that exist among `ids`, with their affiliations."""
    profiles = {}
    for chunk in _chunks(ids):
        for row in connection.execute(select(*_PERSON_COLUMNS).where(Person.id.in_(chunk))):
            profiles[row.id] = PersonProfile(**row._asdict())
        rows = connection.execute(select(Affiliation.person_id, Organisation.id, Organisation.name)
                                  .join(Organisation, Organisation.id == Affiliation.organisation_id)
                                  .where(Affiliation.person_id.in_(chunk)))
        for person_id, organisation_id, name in rows:
            if person_id in profiles:
                profiles[person_id].organisations[organisation_id] = name
    return profiles


def refresh_keys(connection, record_type, ids):
    """Recompute the keys of these listings from the database (listings that are gone lose theirs)."""
    ids = set(ids)
    if not ids:
        return
    if record_type == RecordType.ORGANISATION:
        profiles, keys_of = organisation_profiles(connection, ids), organisation_keys
    else:
        profiles, keys_of = person_profiles(connection, ids), person_keys
    table = DuplicateKey.__table__
    for chunk in _chunks(ids):
        connection.execute(delete(table).where(table.c.record_type == record_type, table.c.record_id.in_(chunk)))
    rows = [{"record_type": record_type, "record_id": i, "key": key}
            for i, profile in profiles.items() for key in sorted(keys_of(profile))]
    for start in range(0, len(rows), 1000):
        connection.execute(table.insert(), rows[start:start + 1000])


def rebuild_keys(session):
    """Recompute every key and every stored pair (after installing the feature, or after bulk inserts that
    bypassed the flush hooks). Flushes; returns (keys, pairs)."""
    from .pairs import rebuild_pairs
    session.flush()
    connection = session.connection()
    connection.execute(delete(DuplicateKey.__table__))
    pairs = 0
    for model, record_type in ((Organisation, RecordType.ORGANISATION), (Person, RecordType.PERSON)):
        refresh_keys(connection, record_type, list(session.scalars(select(model.id))))
        pairs += rebuild_pairs(connection, record_type)
    return session.scalar(select(func.count(DuplicateKey.id))), pairs


def install():
    """Listen to every session once: keys follow each flush of organisations, people and affiliations."""
    global _INSTALLED
    if _INSTALLED:
        return
    _INSTALLED = True
    event.listen(Session, "before_flush", _collect)
    event.listen(Session, "after_flush", _apply)
    event.listen(Session, "after_rollback", lambda session: session.info.pop(_PENDING, None))


# What keys and evidence read; a flush that changes none of these leaves a listing's pairs as they are.
_JUDGED = {Organisation: ("slug", "name", "name_en", "website", "email", "tax_code", "province", "province_id",
                         "parent", "parent_id", "zone", "zone_id", "kind", "status"),
           Person: ("slug", "full_name", "email", "orcid", "status")}


def _judged_fields_changed(obj):
    attrs = inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in _JUDGED[type(obj)])


def _collect(session, flush_context, instances):
    """Note what this flush changes; ids of new rows are only known after it, so those are read later."""
    pending = session.info.setdefault(_PENDING, [])
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Affiliation):
            history = inspect(obj).attrs.person_id.history
            pending.extend((RecordType.PERSON, i) for i in history.deleted if i is not None)
            if obj in session.new:
                pending.append((RecordType.PERSON, lambda a=obj: a.person_id))
            else:
                pending.append((RecordType.PERSON, obj.person_id))
        elif isinstance(obj, (Organisation, Person)):
            if obj in session.dirty and not _judged_fields_changed(obj):
                continue  # e.g. only confirmed_at or a description changed: keys and evidence are the same
            record_type = RecordType.ORGANISATION if isinstance(obj, Organisation) else RecordType.PERSON
            pending.append((record_type, obj.id if obj.id is not None else lambda o=obj: o.id))


def _apply(session, flush_context):
    pending = session.info.pop(_PENDING, [])
    if not pending:
        return
    ids = {RecordType.ORGANISATION: set(), RecordType.PERSON: set()}
    for record_type, item in pending:
        record_id = item() if callable(item) else item
        if record_id is not None:
            ids[record_type].add(record_id)
    deferred = session.info.get(_DEFERRED)
    if deferred is not None:
        for record_type, record_ids in ids.items():
            deferred.setdefault(record_type, set()).update(record_ids)
        return
    from .pairs import refresh  # keys first, then the pairs they make
    connection = session.connection()
    for record_type, record_ids in ids.items():
        refresh(connection, record_type, record_ids)


def defer_refresh(session):
    """From now on, flushes of this session only note which listings changed; `refresh_deferred` brings
    their keys and pairs up to date in one pass (bulk imports call it once per batch, before committing).
    Ids of rows a rolled-back savepoint removed are refreshed too, which just clears their keys."""
    session.info.setdefault(_DEFERRED, {})


def refresh_deferred(session):
    """Flush, then refresh the keys and pairs of the listings noted since `defer_refresh`."""
    session.flush()
    deferred = session.info.get(_DEFERRED)
    if not deferred:
        return
    session.info[_DEFERRED] = {}
    from .pairs import refresh
    connection = session.connection()
    for record_type, record_ids in deferred.items():
        refresh(connection, record_type, record_ids)


def stop_deferring(session):
    """Back to refreshing on every flush; ids noted and not refreshed are dropped (a rolled-back run)."""
    session.info.pop(_DEFERRED, None)
