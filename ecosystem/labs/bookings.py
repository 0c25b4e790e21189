"""Access requests: ask for a lab or an instrument, and the lab's answer. Operations flush, never commit.

pending ──approve──> approved ──cancel──> cancelled (the hours are freed)
   │ ──propose──> proposed ──accept──> approved
   │                  └──decline (by the requester)──> declined
   ├──decline──> declined
   └──cancel (withdraw)──> cancelled

A request covers the open half-hours between its start and end (a lunch break or a night in between is
not booked); start and end must each fall on open hours. Approval inserts one `BookingUnit` per half-hour
inside a SAVEPOINT: the unique (resource, start) key refuses overlapping hours even when two managers
approve at the same moment, and the refused approval reports the booking it clashes with."""
from datetime import datetime, timedelta

from flask_babel import format_datetime
from flask_babel import gettext as _
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from ..auth.policy import (
    can_decide_access_request,
    can_request_lab_access,
    manages_party,
    on_access_requester_side,
)
from ..errors import Conflict, Invalid, NotAllowed
from ..extensions import db
from ..models import UNIT_MINUTES, AccessRequest, AccessStatus, BookingUnit, Kind, Organisation, Person, Status, utcnow
from ..text import clean_text
from . import booking_messages as messages
from .availability import as_utc, from_local, open_intervals, open_units, resource_of, schedule_of, to_local

S = AccessStatus
MAX_DAYS = 5
MAX_PURPOSE = 2000
MAX_NOTE = 1000
UNIT = timedelta(minutes=UNIT_MINUTES)


def parse_moment(raw, field):
    """A city wall-clock time ("2026-12-01T08:30" or a datetime) or an ISO time with offset, as aware UTC."""
    if isinstance(raw, datetime):
        return from_local(raw)
    try:
        return from_local(datetime.fromisoformat(str(raw or "").strip()))
    except ValueError:
        raise Invalid(_("Enter a date and time as YYYY-MM-DDTHH:MM."), field)


def _check_hours(lab, equipment, starts_at, ends_at, now=None):
    """The half-hour starts (aware UTC) a request from `starts_at` to `ends_at` books; Invalid if it cannot."""
    for field, moment in (("starts_at", starts_at), ("ends_at", ends_at)):
        if moment.minute % UNIT_MINUTES or moment.second or moment.microsecond:
            raise Invalid(_("Start and end on the hour or the half hour."), field)
    if ends_at <= starts_at:
        raise Invalid(_("The end must come after the start."), "ends_at")
    if starts_at <= (now or utcnow()):
        raise Invalid(_("Choose hours in the future."), "starts_at")
    if ends_at - starts_at > timedelta(days=MAX_DAYS):
        raise Invalid(_("A request may span at most %(n)s days; send several requests.", n=MAX_DAYS), "ends_at")
    first, last = to_local(starts_at).date(), to_local(ends_at).date()
    units = [u for u in open_units(open_intervals(schedule_of(lab, equipment), first, last))
             if starts_at <= u < ends_at]
    if not units or units[0] != starts_at or units[-1] + UNIT != ends_at:
        raise Invalid(_("Start and end within the open hours shown on the calendar."), "starts_at")
    return units


def _requester(user, on_behalf_of):
    """(organisation, person) the user asks for: "organisation:slug" they manage or "person:slug" they own."""
    kind, _sep, slug = (on_behalf_of or "").partition(":")
    model = {"organisation": Organisation, "person": Person}.get(kind)
    party = db.session.scalar(db.select(model).filter_by(slug=slug)) if model and slug else None
    if party is None or party.status in (Status.ARCHIVED, Status.REJECTED) or not manages_party(user, party):
        raise Invalid(_("Ask on behalf of an organisation you manage or your own profile."), "on_behalf_of")
    return (party, None) if kind == "organisation" else (None, party)


def quote_fee(access_request, unit_count):
    """Hours × the instrument's hourly fee; free for startups where the lab says so; None for a whole lab."""
    equipment, lab = access_request.equipment, access_request.lab
    if equipment is None or equipment.fee_per_hour_vnd is None:
        return None
    org = access_request.requester_organisation
    if lab.free_for_startups and org is not None and org.kind == Kind.STARTUP:
        return 0
    return int(equipment.fee_per_hour_vnd * unit_count * UNIT_MINUTES / 60)


def _clean(value, limit, field, required_message=None):
    value = clean_text(value) if isinstance(value, str) else ""
    if required_message and not value:
        raise Invalid(required_message, field)
    if len(value) > limit:
        raise Invalid(_("Use at most %(n)s characters.", n=limit), field)
    return value or None


def when_text(starts_at, ends_at):
    """"Mon 1 Dec 2026, 08:00–11:30" in the city's time and the current language."""
    start, end = to_local(starts_at), to_local(ends_at)
    text_start = format_datetime(start.replace(tzinfo=None), "EEE d MMM yyyy, HH:mm")
    if start.date() == end.date() or (end - start <= timedelta(days=1) and end.time().hour == 0 == end.minute):
        return f"{text_start}–{end.strftime('%H:%M')}"
    return f"{text_start} – {format_datetime(end.replace(tzinfo=None), 'EEE d MMM yyyy, HH:mm')}"


def resource_names(access_request):
    """(Vietnamese, English) name of what was asked for."""
    record = access_request.equipment or access_request.lab
    return record.name, record.name_en or record.name


def _params(access_request, starts_at=None, ends_at=None):
    name, name_en = resource_names(access_request)
    party = access_request.requester_organisation or access_request.requester_person
    requester = getattr(party, "name", None) or getattr(party, "full_name", None) or getattr(
        access_request.requester_user, "name", "?")
    return {"resource": name, "resource_en": name_en, "requester": requester,
            "starts_at": as_utc(starts_at or access_request.starts_at).isoformat(),
            "ends_at": as_utc(ends_at or access_request.ends_at).isoformat()}


def lab_managers(lab):
    """Who answers a lab's requests: its manager account, else the host organisation's members."""
    if lab.manager_user is not None:
        return [lab.manager_user]
    return [m.user for m in lab.organisation.memberships] if lab.organisation is not None else []


def requester_side(access_request):
    """The requester and the managers of the organisation or profile they asked for."""
    users = [access_request.requester_user]
    if access_request.requester_organisation is not None:
        users += [m.user for m in access_request.requester_organisation.memberships]
    if access_request.requester_person is not None:
        users.append(access_request.requester_person.owner)
    return [u for u in users if u is not None]


def request_access(user, lab, data, equipment=None, now=None):
    """Ask for a lab, or an instrument of it, for some hours with a purpose; the lab's managers are told.

    `data`: starts_at, ends_at (city times), purpose, on_behalf_of ("organisation:slug" | "person:slug")."""
    if not can_request_lab_access(user, lab):
        raise NotAllowed(_("Only signed-in users can ask for time in a public lab."))
    if equipment is not None and (equipment.lab_id != lab.id or not equipment.bookable):
        raise Invalid(_("This instrument cannot be booked by outside users."), "equipment")
    organisation, person = _requester(user, data.get("on_behalf_of"))
    purpose = _clean(data.get("purpose"), MAX_PURPOSE, "purpose", _("Say what you need the time for."))
    starts_at = parse_moment(data.get("starts_at"), "starts_at")
    ends_at = parse_moment(data.get("ends_at"), "ends_at")
    units = _check_hours(lab, equipment, starts_at, ends_at, now)
    clash = _clash(resource_of(lab, equipment), units)
    if clash is not None:
        raise Conflict(_clash_message(clash))
    access_request = AccessRequest(lab=lab, equipment=equipment, requester_user_id=user.id,
                                   requester_organisation=organisation, requester_person=person,
                                   starts_at=starts_at, ends_at=ends_at, purpose=purpose, status=S.PENDING)
    access_request.fee_vnd = quote_fee(access_request, len(units))
    db.session.add(access_request)
    db.session.flush()
    messages.tell(lab_managers(lab), messages.REQUESTED, _params(access_request), access_request)
    return access_request


def _clash(resource, units):
    """The approved request already holding one of these half-hours, or None."""
    if not units:
        return None
    return db.session.scalar(db.select(AccessRequest).join(BookingUnit, BookingUnit.request_id == AccessRequest.id)
                             .where(BookingUnit.resource == resource, BookingUnit.starts_at.in_(units)).limit(1))


def _clash_message(clash):
    return _("These hours clash with approved request %(id)s (%(when)s).", id=clash.id,
             when=when_text(clash.starts_at, clash.ends_at))


def _begin_real_transaction():
    """pysqlite opens a transaction only before a write; a SAVEPOINT opened first would commit when released."""
    if db.engine.dialect.name == "sqlite":
        db.session.execute(text("UPDATE access_requests SET id = id WHERE 1 = 0"))


def _book(access_request, starts_at, ends_at):
    """Take the capacity: one unit per open half-hour; Conflict naming the clash when another holds one."""
    lab, equipment = access_request.lab, access_request.equipment
    first, last = to_local(starts_at).date(), to_local(ends_at).date()
    units = [u for u in open_units(open_intervals(schedule_of(lab, equipment), first, last))
             if starts_at <= u < ends_at]
    if not units:
        raise Conflict(_("The lab is no longer open at these hours; propose other hours."))
    resource = resource_of(lab, equipment)
    _begin_real_transaction()
    try:
        with db.session.begin_nested():
            db.session.add_all(BookingUnit(request_id=access_request.id, lab_id=lab.id,
                                           equipment_id=getattr(equipment, "id", None), resource=resource,
                                           starts_at=unit) for unit in units)
            db.session.flush()
    except IntegrityError:
        clash = _clash(resource, units)
        raise Conflict(_clash_message(clash) if clash is not None else
                       _("Someone else booked some of these hours a moment ago. Reload and try other hours."))
    return units


def _decide(user, access_request, status, note, now):
    access_request.status, access_request.decision_note = status, note
    access_request.decided_by_id, access_request.decided_at = getattr(user, "id", None), now or utcnow()
    db.session.flush()


def _require(access_request, allowed, message):
    if access_request.status not in allowed:
        raise Conflict(message)


def _check_version(access_request, expected_version):
    if expected_version is not None and int(expected_version) != access_request.version:
        raise Conflict(_("This request changed since you opened it. Reload it and try again."))


def approve(user, access_request, note=None, expected_version=None, now=None):
    """The lab's managers approve a pending request: its hours are booked, the fee quoted, the requester told."""
    if not can_decide_access_request(user, access_request):
        raise NotAllowed(_("Only the lab's managers can answer this request."))
    _check_version(access_request, expected_version)
    _require(access_request, (S.PENDING,), _("Only a pending request can be approved."))
    if as_utc(access_request.starts_at) <= (now or utcnow()):  # booking hours already gone helps nobody
        raise Conflict(_("The hours of this request have already begun or passed: propose other hours or decline it."))
    note = _clean(note, MAX_NOTE, "note")
    units = _book(access_request, as_utc(access_request.starts_at), as_utc(access_request.ends_at))
    access_request.fee_vnd = quote_fee(access_request, len(units))
    _decide(user, access_request, S.APPROVED, note, now)
    messages.tell(requester_side(access_request), messages.APPROVED, _params(access_request), access_request, note)
    return access_request


def propose(user, access_request, data, expected_version=None, now=None):
    """The lab's managers propose other hours (`data`: starts_at, ends_at, note); the requester answers."""
    if not can_decide_access_request(user, access_request):
        raise NotAllowed(_("Only the lab's managers can answer this request."))
    _check_version(access_request, expected_version)
    _require(access_request, (S.PENDING,), _("Only a pending request can get a proposal."))
    note = _clean(data.get("note"), MAX_NOTE, "note")
    starts_at = parse_moment(data.get("starts_at"), "starts_at")
    ends_at = parse_moment(data.get("ends_at"), "ends_at")
    _check_hours(access_request.lab, access_request.equipment, starts_at, ends_at, now)
    access_request.proposed_starts_at, access_request.proposed_ends_at = starts_at, ends_at
    _decide(user, access_request, S.PROPOSED, note, now)
    messages.tell(requester_side(access_request), messages.PROPOSED, _params(access_request, starts_at, ends_at),
                  access_request, note)
    return access_request


def accept_proposal(user, access_request, expected_version=None, now=None):
    """The requester takes the proposed hours: they are booked with the same capacity check as an approval."""
    if not on_access_requester_side(user, access_request):
        raise NotAllowed(_("Only the side that asked can answer the lab's proposal."))
    _check_version(access_request, expected_version)
    _require(access_request, (S.PROPOSED,), _("There is no proposal waiting for your answer."))
    starts_at, ends_at = as_utc(access_request.proposed_starts_at), as_utc(access_request.proposed_ends_at)
    if starts_at <= (now or utcnow()):
        raise Conflict(_("The proposed hours have passed. Send a new request."))
    units = _book(access_request, starts_at, ends_at)
    access_request.starts_at, access_request.ends_at = starts_at, ends_at
    access_request.fee_vnd = quote_fee(access_request, len(units))
    access_request.status = S.APPROVED
    db.session.flush()
    messages.tell(lab_managers(access_request.lab), messages.ACCEPTED, _params(access_request), access_request)
    return access_request


def decline(user, access_request, reason=None, expected_version=None, now=None):
    """The lab's managers decline a pending request (with a reason), or the requester declines a proposal."""
    by_requester = access_request.status == S.PROPOSED and on_access_requester_side(user, access_request)
    if not (by_requester or can_decide_access_request(user, access_request)):
        raise NotAllowed(_("Only the lab's managers can answer this request."))
    _check_version(access_request, expected_version)
    _require(access_request, S.OPEN, _("This request has been answered already."))
    reason = _clean(reason, MAX_NOTE, "reason")
    if by_requester:
        access_request.status = S.DECLINED
        db.session.flush()
        messages.tell(lab_managers(access_request.lab), messages.DECLINED, _params(access_request), access_request)
    else:
        _decide(user, access_request, S.DECLINED, reason, now)
        messages.tell(requester_side(access_request), messages.DECLINED, _params(access_request), access_request,
                      reason)
    return access_request


def cancel(user, access_request, expected_version=None, now=None):
    """The requester withdraws an open request or cancels an approved one (its hours become free again);
    the lab's managers may cancel an approved booking too (a breakdown)."""
    managers = can_decide_access_request(user, access_request)
    if not (on_access_requester_side(user, access_request) or managers):
        raise NotAllowed(_("Only the side that asked, or the lab's managers, can cancel this request."))
    _check_version(access_request, expected_version)
    allowed = (*S.OPEN, S.APPROVED) if on_access_requester_side(user, access_request) else (S.APPROVED,)
    _require(access_request, allowed, _("This request cannot be cancelled any more."))
    if access_request.status == S.APPROVED and as_utc(access_request.ends_at) <= (now or utcnow()):
        raise Conflict(_("This booking is over; it cannot be cancelled."))
    db.session.execute(db.delete(BookingUnit).where(BookingUnit.request_id == access_request.id))
    access_request.status = S.CANCELLED
    db.session.flush()
    others = lab_managers(access_request.lab) if not managers else requester_side(access_request)
    messages.tell([u for u in others if u.id != user.id], messages.CANCELLED, _params(access_request),
                  access_request)
    return access_request


ACTIONS = {"approve": approve, "accept": accept_proposal, "decline": decline, "cancel": cancel}
