"""Reading bookings: the request lists of both sides and the week calendar of a lab or instrument."""
from dataclasses import dataclass
from datetime import date, timedelta

from ..extensions import db
from ..models import UNIT_MINUTES, AccessRequest, AccessStatus, BookingUnit, Lab, Membership, Person
from .availability import as_utc, city_today, day_ranges, day_start, resource_of, schedule_of

DEFAULT_HOURS = (8 * 60, 17 * 60)  # rows the calendar shows when nothing is open that week


def _member_org_ids(user):
    return db.select(Membership.organisation_id).where(Membership.user_id == user.id)


def requests_sent(user, status=None):
    """Requests the user sent, or sent for an organisation they manage or a profile they own; newest first."""
    own_people = db.select(Person.id).where(Person.owner_id == user.id)
    statement = db.select(AccessRequest).where(db.or_(
        AccessRequest.requester_user_id == user.id,
        AccessRequest.requester_organisation_id.in_(_member_org_ids(user)),
        AccessRequest.requester_person_id.in_(own_people)))
    return _filtered(statement, status)


def managed_lab_ids(user):
    """Labs whose requests the user answers: as the manager account or a member of the host."""
    return db.select(Lab.id).where(db.or_(Lab.manager_user_id == user.id,
                                          Lab.organisation_id.in_(_member_org_ids(user))))


def requests_incoming(user, status=None, lab=None):
    """Requests to the labs the user manages (or to one lab, when the caller checked it may), newest first."""
    if lab is not None:
        statement = db.select(AccessRequest).where(AccessRequest.lab_id == lab.id)
    else:
        statement = db.select(AccessRequest).where(AccessRequest.lab_id.in_(managed_lab_ids(user)))
    return _filtered(statement, status)


def _filtered(statement, status):
    if status == "open":
        statement = statement.where(AccessRequest.status.in_(AccessStatus.OPEN))
    elif status in AccessStatus.ALL:
        statement = statement.where(AccessRequest.status == status)
    return statement.order_by(AccessRequest.created_at.desc(), AccessRequest.id.desc())


def count_waiting(user):
    """How many requests wait for this user: new ones to their labs, proposals to them."""
    incoming = db.session.scalar(db.select(db.func.count()).select_from(
        requests_incoming(user, AccessStatus.PENDING).order_by(None).subquery()))
    proposals = db.session.scalar(db.select(db.func.count()).select_from(
        requests_sent(user, AccessStatus.PROPOSED).order_by(None).subquery()))
    return incoming, proposals


def week_of(raw):
    """The Monday of the week holding `raw` (YYYY-MM-DD), this week when missing or bad."""
    try:
        day = date.fromisoformat(str(raw)) if raw else city_today()
    except ValueError:
        day = city_today()
    return day - timedelta(days=day.weekday())


@dataclass
class WeekCalendar:
    """Days × half-hour rows of one week: each cell "open", "booked" or "closed"."""

    monday: date
    days: list
    rows: list  # [(label "08:30", [state per day])]
    open_hours: float
    booked_hours: float

    @property
    def previous(self):
        return self.monday - timedelta(days=7)

    @property
    def next(self):
        return self.monday + timedelta(days=7)


def week_calendar(lab, equipment=None, monday=None):
    """The week calendar of a lab (its own hours) or an instrument, from `monday` (this week by default)."""
    monday = monday or week_of(None)
    schedule = schedule_of(lab, equipment)
    days = [monday + timedelta(days=i) for i in range(7)]
    open_by_day = [day_ranges(schedule, day) for day in days]
    booked = set(db.session.scalars(db.select(BookingUnit.starts_at).where(
        BookingUnit.resource == resource_of(lab, equipment), BookingUnit.starts_at >= day_start(monday),
        BookingUnit.starts_at < day_start(monday + timedelta(days=7)))))
    booked = {_naive(moment) for moment in booked}
    edges = [minute for ranges in open_by_day for r in ranges for minute in r]
    first, last = (min(edges), max(edges)) if edges else DEFAULT_HOURS
    rows, open_count, booked_count = [], 0, 0
    for minute in range(first - first % 60, last, UNIT_MINUTES):
        cells = []
        for day, ranges in zip(days, open_by_day):
            moment = _naive(day_start(day) + timedelta(minutes=minute))
            is_open = any(a <= minute < b for a, b in ranges)
            state = "booked" if moment in booked else "open" if is_open else "closed"
            open_count += is_open
            booked_count += state == "booked"
            cells.append(state)
        rows.append((f"{minute // 60:02d}:{minute % 60:02d}", cells))
    unit = UNIT_MINUTES / 60
    return WeekCalendar(monday, days, rows, open_count * unit, booked_count * unit)


def _naive(moment):
    """UTC wall time without zone: the form both databases hand back and compare alike."""
    return as_utc(moment).replace(tzinfo=None)
