"""Keep the index following the database, transactionally.

During a flush, the keys of changed searchable records go into the `search_outbox` table in the
same transaction; after commit the indexer is woken to apply them. A rollback takes the outbox rows
with it, so the index never runs ahead of the database, and a busy index or a dead process only
delays an update (the rows wait for the next drain). Objects already autoflushed are seen too,
because the keys are collected in flush events rather than at commit.

Savepoints: SQLAlchemy fires `after_commit` when a savepoint is released and `after_rollback` when one
is rolled back. A released savepoint is not a commit (its keys join the enclosing transaction's and the
indexer is told when the real transaction commits); a rolled-back one takes its outbox rows with it, so
only its own keys are forgotten and the rest of the transaction's stay noted."""
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from ..models import (
    AcademicDetails,
    Affiliation,
    InvestorDetails,
    Organisation,
    Person,
    Province,
    SearchOutbox,
    Sector,
    StartupDetails,
    StrategicTechnology,
    Tag,
    Ward,
    ZoneDetails,
)
from ..models.base import utcnow
from ..models.organisations import organisation_sectors, organisation_tags, organisation_technologies
from ..models.people import person_sectors, person_technologies
from .documents import ORGANISATION, PERSON, key_for
from .listing_kinds import KINDS

_DETAILS = (StartupDetails, InvestorDetails, AcademicDetails, ZoneDetails)


def _term_users():
    """{term model: ((link table, owner column, term column, kind), ...)}: renaming a term changes the text
    of every listing that uses it."""
    users = {
        StrategicTechnology: [(organisation_technologies, "organisation_id", "technology_id", ORGANISATION),
                              (person_technologies, "person_id", "technology_id", PERSON)],
        Sector: [(organisation_sectors, "organisation_id", "sector_id", ORGANISATION),
                 (person_sectors, "person_id", "sector_id", PERSON)],
        Tag: [(organisation_tags, "organisation_id", "tag_id", ORGANISATION)],
    }
    for kind in KINDS.values():
        for term, table, owner_column, term_column in kind.term_links:
            users[term].append((table, owner_column, term_column, kind.name))
    return {term: tuple(links) for term, links in users.items()}


_TERM_USERS = _term_users()
_KIND_MODELS = {kind.model: kind.name for kind in KINDS.values()}
# A changed child record re-indexes its owner (an instrument its lab, a partner row its partnership).
_PARTS = {model: (column, kind.name) for kind in KINDS.values() for model, column in kind.parts}
_DEPENDANTS = tuple(dependants for kind in KINDS.values() for dependants in kind.dependants)
_WATCHED = (Organisation, Person, Affiliation, Province, Ward, *_DETAILS, *_TERM_USERS, *_KIND_MODELS, *_PARTS,
            *{dependants.watched for dependants in _DEPENDANTS})
_PENDING = "search_pending"  # objects seen in before_flush, turned into keys after_flush
_WRITTEN = "search_written"  # keys already in the outbox for this transaction
_SAVEPOINTS = "search_savepoints"  # [(open savepoint, keys written while it was the innermost)], oldest first
_OVERFLOWED = "search_written_overflowed"  # the transaction wrote more keys than _WRITTEN_LIMIT
# A long transaction (a bulk import) forgets its written keys past this many, so memory stays bounded:
# a key written again afterwards gets a second outbox row, which the indexer applies once more, harmlessly.
_WRITTEN_LIMIT = 5000
_INSTALLED = False


def install(on_commit):
    """Listen to every session once; `on_commit(session)` is called when outbox rows were committed."""
    global _INSTALLED
    if _INSTALLED:
        return
    _INSTALLED = True
    event.listen(Session, "before_flush", _collect)
    event.listen(Session, "after_flush", _write_outbox)
    event.listen(Session, "after_commit", lambda session: _committed(session, on_commit))
    event.listen(Session, "after_rollback", _forget)
    event.listen(Session, "after_transaction_create", _savepoint_opened)
    event.listen(Session, "after_transaction_end", _transaction_ended)


def _collect(session, flush_context, instances):
    pending = session.info.setdefault(_PENDING, [])
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, _WATCHED):
            if obj in session.new or session.is_modified(obj, include_collections=True):
                pending.append(obj)
    with session.no_autoflush:
        for obj in list(session.deleted):
            if isinstance(obj, _WATCHED):
                pending.append(obj)
                # The database deletes the dependants (ON DELETE CASCADE) or unlinks them: find them now.
                pending.extend(_dependant_keys(session, obj, deleted=True))


def _keys_for(session, obj):
    if isinstance(obj, str):  # a dependant's key, found before its parent was deleted
        return {obj}
    keys = set()
    if type(obj) in _KIND_MODELS:
        keys.add(key_for(_KIND_MODELS[type(obj)], obj.id))
    if type(obj) in _PARTS:
        column, kind = _PARTS[type(obj)]
        owner_id = getattr(obj, column)
        keys |= {key_for(kind, owner_id)} if owner_id else set()
    if obj not in session.new and obj not in session.deleted:
        keys |= _dependant_keys(session, obj)
    if isinstance(obj, Organisation):
        keys |= _organisation_keys(session, obj)
    elif isinstance(obj, Person):
        keys.add(key_for(PERSON, obj.id))
    elif isinstance(obj, Affiliation):
        keys |= {key_for(PERSON, obj.person_id)} if obj.person_id else set()
    elif isinstance(obj, _DETAILS):
        keys |= {key_for(ORGANISATION, obj.organisation_id)} if obj.organisation_id else set()
    elif isinstance(obj, (Province, Ward)):
        keys |= _place_users(session, obj)
    elif isinstance(obj, tuple(_TERM_USERS)):
        keys |= _term_users_of(session, obj)
    return keys


def _organisation_keys(session, org):
    keys = {key_for(ORGANISATION, org.id)}
    if org not in session.new and _changed(org, ("name", "name_en")):
        # Tenants carry their zone's name and people their employers' names.
        keys |= {key_for(ORGANISATION, i) for i in session.scalars(
            select(Organisation.id).where(Organisation.zone_id == org.id))}
        keys |= {key_for(PERSON, i) for i in session.scalars(
            select(Affiliation.person_id).where(Affiliation.organisation_id == org.id))}
    return keys


def _changed(obj, names):
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in names)


def _dependant_keys(session, obj, deleted=False):
    """Keys of the listings that show something of `obj` which changed (all of them when it is deleted)."""
    keys = set()
    for dependants in _DEPENDANTS:
        if isinstance(obj, dependants.watched) and (deleted or _changed(obj, dependants.fields)):
            keys |= {key_for(dependants.kind, i) for i in dependants.ids(session, obj.id)}
    return keys


def _place_users(session, place):
    column = "province_id" if isinstance(place, Province) else "ward_id"
    keys = {key_for(ORGANISATION, i) for i in session.scalars(
        select(Organisation.id).where(getattr(Organisation, column) == place.id))}
    if isinstance(place, Province):
        keys |= {key_for(PERSON, i) for i in session.scalars(select(Person.id).where(Person.province_id == place.id))}
    return keys


def _term_users_of(session, term):
    keys = set()
    for table, owner_column, term_column, kind in _TERM_USERS[type(term)]:
        ids = session.execute(select(table.c[owner_column]).where(table.c[term_column] == term.id)).scalars()
        keys |= {key_for(kind, i) for i in ids}
    return keys


def _write_outbox(session, flush_context):
    pending = session.info.pop(_PENDING, [])
    if not pending:
        return
    written = session.info.setdefault(_WRITTEN, set())
    keys = set()
    for obj in pending:
        keys |= _keys_for(session, obj)
    new_keys = sorted(keys - written)
    if new_keys:
        now = utcnow()
        session.connection().execute(SearchOutbox.__table__.insert(), [{"key": k, "created_at": now} for k in new_keys])
        written.update(new_keys)
        if len(written) > _WRITTEN_LIMIT:
            written.clear()
            session.info[_OVERFLOWED] = True
        savepoints = session.info.get(_SAVEPOINTS)
        if savepoints:
            savepoints[-1][1].update(new_keys)


def _savepoint_opened(session, transaction):
    if transaction.nested:
        session.info.setdefault(_SAVEPOINTS, []).append((transaction, set()))


def _close_savepoint(session, transaction):
    """Remove this savepoint (and any still open inside it) from the stack; returns the keys they wrote."""
    savepoints = session.info.get(_SAVEPOINTS) or []
    for position, (opened, _keys) in enumerate(savepoints):
        if opened is transaction:
            closed = savepoints[position:]
            del savepoints[position:]
            return set().union(*(keys for _opened, keys in closed))
    return set()


def _committed(session, on_commit):
    if session.in_nested_transaction():  # a released savepoint: its keys now belong to the enclosing one
        keys = _close_savepoint(session, session.get_nested_transaction())
        savepoints = session.info.get(_SAVEPOINTS)
        if keys and savepoints:
            savepoints[-1][1].update(keys)
        return
    session.info.pop(_SAVEPOINTS, None)
    overflowed = session.info.pop(_OVERFLOWED, None)
    if session.info.pop(_WRITTEN, None) or overflowed:
        on_commit(session)


def _forget(session):
    session.info.pop(_PENDING, None)
    if session.in_nested_transaction():  # a rolled-back savepoint: only the outbox rows it wrote are gone
        _forget_keys(session, _close_savepoint(session, session.get_nested_transaction()))
        return
    for name in (_SAVEPOINTS, _WRITTEN, _OVERFLOWED):
        session.info.pop(name, None)


def _forget_keys(session, keys):
    written = session.info.get(_WRITTEN)
    if written is not None and keys:
        written -= keys


def _transaction_ended(session, transaction):
    """A savepoint closed without being released or rolled back (an enclosing rollback closed it) loses its
    keys; the end of the outermost transaction, however it ended (even `close()`), forgets everything."""
    if transaction.nested:
        _forget_keys(session, _close_savepoint(session, transaction))
    elif transaction.parent is None:
        for name in (_PENDING, _WRITTEN, _SAVEPOINTS, _OVERFLOWED):
            session.info.pop(name, None)
