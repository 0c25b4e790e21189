"""The activity feed: revisions and the other audited actions (verified, claims, members...) on
organisations and people, newest first, across the registry or for one listing."""
import math
from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlalchemy import case, func, literal, union_all

from ...errors import Invalid, NotFound
from ...extensions import db
from ...models import AuditEvent, Organisation, Person, Revision, User
from .diffs import revision_diffs

RECORD_TYPES = ("organisation", "person")
# Audit actions the revisions already tell (with their fields), so the feed shows them once.
_TOLD_BY_REVISIONS = ("created", "updated")


@dataclass
class ActivityFilters:
    record_type: str | None = None
    record_id: int | None = None
    action: str | None = None
    actor: User | None = None


@dataclass
class Entry:
    """One line of the feed: a revision (with its field diffs) or another audited action."""

    source: str
    created_at: object
    action: str
    record_type: str
    record: object = None
    actor: object = None
    revision: Revision | None = None
    event: AuditEvent | None = None
    diffs: list = field(default_factory=list)


@dataclass
class FeedPage:
    items: list
    total: int
    page: int
    per_page: int

    @property
    def pages(self):
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.pages


def parse_activity_filters(args):
    """Feed filters from a query string (`type`, `action`, `actor` as an email or a user id)."""
    record_type = (args.get("type") or "").strip() or None
    if record_type is not None and record_type not in RECORD_TYPES:
        raise Invalid(_("Type must be one of: %(values)s.", values=", ".join(RECORD_TYPES)), "type")
    action = (args.get("action") or "").strip()[:40] or None
    actor, raw = None, (args.get("actor") or "").strip()
    if raw:
        lookup = User.id == int(raw) if raw.isdigit() and len(raw) < 10 else func.lower(User.email) == raw.lower()
        actor = db.session.scalar(db.select(User).where(lookup))
        if actor is None:
            raise Invalid(_("No account uses this email."), "actor")
    return ActivityFilters(record_type=record_type, action=action, actor=actor)


def _feed(filters):
    record_type = case((Revision.organisation_id.is_not(None), literal("organisation")), else_=literal("person"))
    revisions = db.select(literal("revision").label("source"), Revision.id.label("id"),
                          Revision.created_at.label("created_at"), Revision.action.label("action"),
                          Revision.actor_id.label("actor_id"), record_type.label("record_type"),
                          func.coalesce(Revision.organisation_id, Revision.person_id).label("record_id"))
    events = db.select(literal("audit").label("source"), AuditEvent.id, AuditEvent.created_at, AuditEvent.action,
                       AuditEvent.actor_id, AuditEvent.target_type, AuditEvent.target_id) \
        .where(AuditEvent.target_type.in_(RECORD_TYPES), AuditEvent.action.not_in(_TOLD_BY_REVISIONS))
    feed = union_all(revisions, events).subquery()
    statement = db.select(feed)
    if filters.record_type:
        statement = statement.where(feed.c.record_type == filters.record_type)
    if filters.record_id is not None:
        statement = statement.where(feed.c.record_id == filters.record_id)
    if filters.action:
        statement = statement.where(feed.c.action == filters.action)
    if filters.actor is not None:
        statement = statement.where(feed.c.actor_id == filters.actor.id)
    return statement, feed


def activity_page(filters, page, per_page):
    """One page of the feed, newest first; a page past the end is NotFound."""
    statement, feed = _feed(filters)
    total = db.session.scalar(db.select(func.count()).select_from(statement.subquery()))
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise NotFound(_("There is no page %(page)s; the last page is %(pages)s.", page=page, pages=pages))
    rows = db.session.execute(statement.order_by(feed.c.created_at.desc(), feed.c.source, feed.c.id.desc())
                              .limit(per_page).offset((page - 1) * per_page)).all()
    return FeedPage(items=_entries(rows), total=total, page=page, per_page=per_page)


def _load(model, ids):
    return {item.id: item for item in db.session.scalars(db.select(model).where(model.id.in_(ids)))} if ids else {}


def _entries(rows):
    """Rows of the union as entries, loading their revisions, events, listings and actors in a few queries."""
    revisions = _load(Revision, {r.id for r in rows if r.source == "revision"})
    events = _load(AuditEvent, {r.id for r in rows if r.source == "audit"})
    organisations = _load(Organisation, {r.record_id for r in rows if r.record_type == "organisation"})
    people = _load(Person, {r.record_id for r in rows if r.record_type == "person"})
    actors = _load(User, {r.actor_id for r in rows if r.actor_id is not None})
    entries = []
    for row in rows:
        records = organisations if row.record_type == "organisation" else people
        revision = revisions.get(row.id) if row.source == "revision" else None
        entries.append(Entry(
            source=row.source, created_at=row.created_at, action=row.action, record_type=row.record_type,
            record=records.get(row.record_id), actor=actors.get(row.actor_id), revision=revision,
            event=events.get(row.id) if row.source == "audit" else None,
            diffs=revision_diffs(revision.changes) if revision is not None else []))
    return entries


def listing_filters(record):
    """Feed filters for one listing's history."""
    record_type = "person" if isinstance(record, Person) else "organisation"
    return ActivityFilters(record_type=record_type, record_id=record.id)


def actions_in_feed():
    """Every action the feed holds, for the filter's choices."""
    statement, feed = _feed(ActivityFilters())
    return sorted(db.session.scalars(db.select(feed.c.action).distinct()).all())
