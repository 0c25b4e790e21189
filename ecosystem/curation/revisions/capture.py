"""Recording revisions as the registry services change listings, and holding important changes to
verified listings for review. Flushes, never commits.

`record_revision(actor, record, action, changes)` is the one entry point other domains use (merges,
imports): it stores who changed which fields of which listing, with old and new values."""
from ...auth.policy import can_verify_organisation, can_verify_person
from ...extensions import db
from ...models import Person, Revision, RevisionAction, RevisionState, Status, utcnow
from .fields import creation_changes, difference, important_fields, normalise, same, snapshot


def record_revision(actor, record, action, changes, state=RevisionState.APPLIED, reverts=None):
    """Store one revision of an organisation or a person; None when `changes` is empty.

    `changes` maps field names to {"old": value, "new": value} with JSON-safe values in the services'
    input vocabulary (codes, slugs). `actor` may be a user, the system actor or None."""
    if not changes:
        return None
    revision = Revision(actor_id=getattr(actor, "id", None), action=action, changes=changes, state=state,
                        reverts_id=getattr(reverts, "id", None), created_at=utcnow())
    if isinstance(record, Person):
        revision.person_id = record.id
    else:
        revision.organisation_id = record.id
    revision.record_version = record.version
    db.session.add(revision)
    db.session.flush()
    if revision.record_version != record.version:  # the flush wrote pending changes of the record too
        revision.record_version = record.version
    return revision


def record_creation(actor, record, flush=True):
    """The "created" revision of a new listing: every field that has a value.

    `flush=False` (bulk imports, through the services' own `flush=False`) inserts the row directly in the
    session's transaction instead of flushing a Revision object, and returns None; `record` must have
    been flushed (it needs its id and version)."""
    changes = creation_changes(snapshot(record))
    if flush:
        return record_revision(actor, record, RevisionAction.CREATED, changes)
    if changes:
        column = "person_id" if isinstance(record, Person) else "organisation_id"
        db.session.connection().execute(Revision.__table__.insert(), [{
            column: record.id, "actor_id": getattr(actor, "id", None), "action": RevisionAction.CREATED,
            "changes": changes, "state": RevisionState.APPLIED, "created_at": utcnow(),
            "record_version": record.version}])
    return None


def needs_review(actor, record):
    """Changes to a verified listing wait for a curator unless the actor may verify the listing themselves."""
    if record.status != Status.VERIFIED:
        return False
    if isinstance(record, Person):
        return not can_verify_person(actor, record)
    return not can_verify_organisation(actor, record)


def held_changes(actor, record, cleaned, before):
    """{field: new value} of the important fields this edit changes, when the edit needs review."""
    if not needs_review(actor, record):
        return {}
    held = {}
    for name in important_fields(record):
        if name not in cleaned or (name == "slug" and cleaned[name] is None):  # no slug means "keep it"
            continue
        if not same(name, cleaned[name], before.get(name)):
            held[name] = normalise(name, cleaned[name])
    return held


def record_update(actor, record, before, held, action=RevisionAction.UPDATED):
    """After a service applied an edit: the applied difference, and a pending revision for what is held."""
    applied = record_revision(actor, record, action, difference(before, snapshot(record)))
    pending = None
    if held:
        _supersede(record, held)
        changes = {name: {"old": before.get(name), "new": value} for name, value in sorted(held.items())}
        pending = record_revision(actor, record, action, changes, state=RevisionState.PENDING)
    return applied, pending


def _supersede(record, fields):
    """A newer proposal for a field replaces an older pending one; a proposal left empty is withdrawn."""
    for older in pending_revisions(record):
        kept = {name: change for name, change in older.changes.items() if name not in fields}
        if kept == older.changes:
            continue
        if kept:
            older.changes = kept
        else:
            older.state, older.reviewed_at = RevisionState.SUPERSEDED, utcnow()


def _of_record(record):
    column = Revision.person_id if isinstance(record, Person) else Revision.organisation_id
    return db.select(Revision).where(column == record.id)


def pending_revisions(record):
    """The record's changes waiting for review, oldest first."""
    return db.session.scalars(_of_record(record).filter_by(state=RevisionState.PENDING)
                              .order_by(Revision.id)).all()


def pending_fields(record):
    """Names of the record's fields that have a change waiting for review."""
    return sorted({name for revision in pending_revisions(record) for name in revision.changes})


def changes_since(record, version):
    """The applied revisions saved after the editor loaded `version` of the record, oldest first."""
    try:
        version = int(version)
    except (TypeError, ValueError):
        return []
    states = (RevisionState.APPLIED, RevisionState.REVERTED)
    return db.session.scalars(_of_record(record).where(Revision.record_version > version,
                                                       Revision.state.in_(states))
                              .order_by(Revision.id)).all()
