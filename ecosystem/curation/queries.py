"""The curator's queues, shared by the workspace and the API: new listings, claims and held changes,
with the same filters (kind, province, age, text) everywhere."""
from dataclasses import dataclass
from datetime import timedelta

from flask_babel import gettext as _

from ..errors import Invalid
from ..extensions import db
from ..models import Claim, ClaimStatus, Kind, Organisation, Person, Province, Revision, RevisionState, Status, utcnow
from ..text import fold

QUEUE_TYPES = ("listings", "claims", "changes")
PERSON = "person"
QUEUE_KINDS = (*Kind.ALL, PERSON)
MAX_AGE_DAYS = 3650


@dataclass
class QueueFilters:
    """What narrows a queue: a kind of listing (or "person"), a province code, a minimum age in days, text."""

    kind: str | None = None
    province: str | None = None
    age: int | None = None
    q: str | None = None

    @property
    def organisations_only(self):
        return self.kind is not None and self.kind != PERSON

    @property
    def people_only(self):
        return self.kind == PERSON


def parse_queue_filters(args):
    """Queue filters from a query string; bad values are Invalid with a readable message."""
    kind = (args.get("kind") or "").strip() or None
    if kind is not None and kind not in QUEUE_KINDS:
        raise Invalid(_("Kind must be one of: %(values)s.", values=", ".join(QUEUE_KINDS)), "kind")
    province = (args.get("province") or "").strip() or None
    if province is not None and db.session.scalar(db.select(Province.id).filter_by(code=province)) is None:
        raise Invalid(_("Unknown value: %(values)s.", values=province), "province")
    raw_age = (args.get("age") or "").strip()
    if raw_age and (not raw_age.isdigit() or int(raw_age) > MAX_AGE_DAYS):
        raise Invalid(_("Age must be a whole number of days from 0 to %(maximum)s.", maximum=MAX_AGE_DAYS), "age")
    q = " ".join((args.get("q") or "").split())[:200] or None
    return QueueFilters(kind=kind, province=province, age=int(raw_age) if raw_age else None, q=q)


def _older_than(column, filters):
    return column <= utcnow() - timedelta(days=filters.age) if filters.age else None


def _narrow(statement, model, created_column, filters):
    """Apply the filters to a query over organisations or people (or something joined to them)."""
    if model is Organisation and filters.kind and filters.kind != PERSON:
        statement = statement.where(Organisation.kind == filters.kind)
    if filters.province:
        statement = statement.where(model.province.has(Province.code == filters.province))
    if filters.q:
        statement = statement.where(model.name_folded.contains(fold(filters.q), autoescape=True))
    age = _older_than(created_column, filters)
    return statement.where(age) if age is not None else statement


def claims_query(status=ClaimStatus.PENDING, filters=None):
    """Claims with this status, oldest first (the order curators work through them)."""
    statement = db.select(Claim).filter_by(status=status).order_by(Claim.created_at, Claim.id)
    if filters is None:
        return statement
    if filters.people_only:
        return statement.where(db.false())
    return _narrow(statement.join(Claim.organisation), Organisation, Claim.created_at, filters)


def pending_organisations_query(filters=None):
    """Organisations waiting for review, oldest first."""
    statement = db.select(Organisation).filter_by(status=Status.PENDING).order_by(Organisation.created_at,
                                                                                   Organisation.id)
    if filters is None:
        return statement
    if filters.people_only:
        return statement.where(db.false())
    return _narrow(statement, Organisation, Organisation.created_at, filters)


def pending_people_query(filters=None):
    """People waiting for review, oldest first."""
    statement = db.select(Person).filter_by(status=Status.PENDING).order_by(Person.created_at, Person.id)
    if filters is None:
        return statement
    if filters.organisations_only:
        return statement.where(db.false())
    return _narrow(statement, Person, Person.created_at, filters)


def pending_changes_query(filters=None):
    """Held changes to verified listings, oldest first."""
    filters = filters or QueueFilters()
    base = db.select(Revision).filter_by(state=RevisionState.PENDING).order_by(Revision.created_at, Revision.id)
    organisations = _narrow(base.join(Revision.organisation), Organisation, Revision.created_at, filters)
    people = _narrow(base.join(Revision.person), Person, Revision.created_at, filters)
    if filters.people_only:
        return people
    if filters.organisations_only:
        return organisations
    ids = db.union(organisations.with_only_columns(Revision.id).order_by(None),
                   people.with_only_columns(Revision.id).order_by(None)).subquery()
    return base.where(Revision.id.in_(db.select(ids.c.id)))


def pending_listings_rows(filters=None):
    """(type, id, created_at) of organisations and people waiting for review, oldest first, as one query."""
    filters = filters or QueueFilters()
    organisations = pending_organisations_query(filters).with_only_columns(
        db.literal("organisation").label("type"), Organisation.id.label("id"),
        Organisation.created_at.label("created_at")).order_by(None)
    persons = pending_people_query(filters).with_only_columns(
        db.literal("person").label("type"), Person.id.label("id"), Person.created_at.label("created_at")).order_by(None)
    rows = db.union_all(organisations, persons).subquery()
    return db.select(rows).order_by(rows.c.created_at, rows.c.type, rows.c.id)
