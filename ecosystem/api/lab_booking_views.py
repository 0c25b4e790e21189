"""Open hours, calendars, access requests and utilisation of labs through the API (thin views).

Reads follow the pages' rules (public labs for everyone, requests for their two sides); writes need a
bearer token. Times are ISO 8601: request bodies take the city's wall-clock time ("2026-12-01T08:30")
or a time with an offset; responses give UTC."""
from datetime import date, timedelta

from flask import request, url_for
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, can_view_access_request, policy
from ..errors import Invalid, NotFound
from ..extensions import db
from ..labs import booking_hours, bookings, utilisation
from ..labs.availability import Interval, as_utc, city_today, day_start, open_intervals, resource_of, schedule_of
from ..labs.booking_queries import requests_incoming, requests_sent
from ..labs.lookups import visible_equipment, visible_lab
from ..labs.utilisation import Usage, month_end, month_starts
from ..models import UNIT_MINUTES, AccessRequest, AccessStatus, BookingUnit, LabSlot, SlotException
from ..pagination import paginate
from ..registry import schema as s
from . import bp, serializers
from .access import api_user, signed_in_user
from .inputs import checked_shapes, json_body, page_args

MAX_CALENDAR_DAYS = 62
REQUEST_FIELDS = ("lab", "equipment", "on_behalf_of", "starts_at", "ends_at", "purpose")
ACTION_FIELDS = {"approve": ("note", "version"), "propose": ("starts_at", "ends_at", "note", "version"),
                 "accept": ("version",), "decline": ("reason", "version"), "cancel": ("version",)}


def _clock(value):
    return value.strftime("%H:%M") if value is not None else None


def _day(value):
    return value.isoformat() if value is not None else None


def slot_record(slot):
    """One weekly opening (city time)."""
    return {"id": slot.id, "equipment": slot.equipment.slug if slot.equipment else None, "weekday": slot.weekday,
            "start_time": _clock(slot.start_time), "end_time": _clock(slot.end_time),
            "valid_from": _day(slot.valid_from), "valid_until": _day(slot.valid_until)}


def exception_record(item):
    """One dated exception (city time; no times: the whole day)."""
    return {"id": item.id, "equipment": item.equipment.slug if item.equipment else None, "on_date": _day(item.on_date),
            "start_time": _clock(item.start_time), "end_time": _clock(item.end_time), "is_open": item.is_open,
            "note": item.note}


def access_request_record(item):
    """An access request as both sides see it."""
    party = item.requester_organisation or item.requester_person
    return {"id": item.id, "status": item.status, "lab": item.lab.slug,
            "equipment": item.equipment.slug if item.equipment else None,
            "on_behalf_of": (f"organisation:{party.slug}" if item.requester_organisation else
                             f"person:{party.slug}") if party else None,
            "starts_at": serializers.timestamp(item.starts_at), "ends_at": serializers.timestamp(item.ends_at),
            "proposed_starts_at": serializers.timestamp(item.proposed_starts_at),
            "proposed_ends_at": serializers.timestamp(item.proposed_ends_at),
            "purpose": item.purpose, "decision_note": item.decision_note, "fee_vnd": item.fee_vnd,
            "version": item.version, "created_at": serializers.timestamp(item.created_at),
            "html_url": url_for("labs.access_request_detail", request_id=item.id, _external=True)}


def usage_record(usage):
    return {"booked_hours": usage.booked_hours, "open_hours": usage.open_hours, "ratio": usage.ratio}


def _body(fields):
    """A JSON object with only the named fields (others are Invalid), of plain values."""
    body = json_body(allow_empty=True)
    unknown = sorted(set(body) - set(fields))
    if unknown:
        raise Invalid(_("Some fields need attention: %(fields)s.", fields=", ".join(unknown)),
                      errors={name: _("Unknown field.") for name in unknown})
    return checked_shapes({name: s.Line() for name in fields}, body)  # plain values only: no lists, no objects


@bp.get("/labs/<slug>/slots")
@policy(API_TOKEN)
def lab_slot_list(slug):
    """The weekly hours of a lab and its instruments."""
    slots, _exceptions = booking_hours.hours_of(visible_lab(api_user(), slug))
    return {"items": [slot_record(slot) for slot in slots]}


@bp.post("/labs/<slug>/slots")
@policy(API_TOKEN)
def lab_slot_create(slug):
    """Publish weekly hours (the lab's managers)."""
    user = signed_in_user()
    slot = booking_hours.add_weekly_hours(user, visible_lab(user, slug), json_body())
    return slot_record(slot), 201


@bp.delete("/lab-slots/<int:slot_id>")
@policy(API_TOKEN)
def lab_slot_delete(slot_id):
    """Delete weekly hours (the lab's managers)."""
    user = signed_in_user()
    slot = db.session.get(LabSlot, slot_id)
    if slot is None:
        raise NotFound(_("This lab has no such open hours."))
    booking_hours.remove_weekly_hours(user, visible_lab(user, slot.lab.slug), slot_id)
    return "", 204


@bp.get("/labs/<slug>/exceptions")
@policy(API_TOKEN)
def lab_exception_list(slug):
    """Exceptions of a lab and its instruments from today on."""
    _slots, exceptions = booking_hours.hours_of(visible_lab(api_user(), slug))
    return {"items": [exception_record(item) for item in exceptions]}


@bp.post("/labs/<slug>/exceptions")
@policy(API_TOKEN)
def lab_exception_create(slug):
    """Close on a date (all day or some hours) or open for extra hours (the lab's managers)."""
    user = signed_in_user()
    item = booking_hours.add_exception(user, visible_lab(user, slug), json_body())
    return exception_record(item), 201


@bp.delete("/lab-exceptions/<int:exception_id>")
@policy(API_TOKEN)
def lab_exception_delete(exception_id):
    """Delete an exception (the lab's managers)."""
    user = signed_in_user()
    item = db.session.get(SlotException, exception_id)
    if item is None:
        raise NotFound(_("This lab has no such open hours."))
    booking_hours.remove_exception(user, visible_lab(user, item.lab.slug), exception_id)
    return "", 204


def _date_arg(name, default):
    raw = request.args.get(name)
    if not raw:
        return default
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise Invalid(_("Enter a date as YYYY-MM-DD."), name)


def _booked_intervals(resource, start, end):
    """Booked half-hours of a resource merged into intervals (UTC)."""
    since, until = day_start(start), day_start(end + timedelta(days=1))
    moments = db.session.scalars(db.select(BookingUnit.starts_at).where(
        BookingUnit.resource == resource, BookingUnit.starts_at >= since, BookingUnit.starts_at < until)
        .order_by(BookingUnit.starts_at))
    step, merged = timedelta(minutes=UNIT_MINUTES), []
    for moment in map(as_utc, moments):
        if merged and merged[-1].end == moment:
            merged[-1] = Interval(merged[-1].start, moment + step)
        else:
            merged.append(Interval(moment, moment + step))
    return merged


def _interval(item):
    return {"start": serializers.timestamp(item.start), "end": serializers.timestamp(item.end)}


@bp.get("/labs/<slug>/calendar")
@policy(API_TOKEN)
def lab_calendar(slug):
    """Open and booked intervals of a lab (or ?equipment=slug) from `from` to `to` (city dates, included)."""
    lab = visible_lab(api_user(), slug)
    equipment = booking_hours.instrument_of(lab, request.args.get("equipment"))
    start = _date_arg("from", city_today())
    end = _date_arg("to", start + timedelta(days=6))
    if end < start or (end - start).days >= MAX_CALENDAR_DAYS:
        raise Invalid(_("Ask for 1 to %(n)s days, 'to' not before 'from'.", n=MAX_CALENDAR_DAYS), "to")
    resource = resource_of(lab, equipment)
    return {"from": start.isoformat(), "to": end.isoformat(), "resource": resource,
            "open": [_interval(i) for i in open_intervals(schedule_of(lab, equipment), start, end)],
            "booked": [_interval(i) for i in _booked_intervals(resource, start, end)]}


@bp.get("/access-requests")
@policy(API_TOKEN)
def access_request_list():
    """?box=sent (default: mine) or incoming (to labs I manage); ?status= open or one status."""
    user = signed_in_user()
    box, status = request.args.get("box") or "sent", request.args.get("status") or None
    if box not in ("sent", "incoming"):
        raise Invalid(_("'box' is sent or incoming."), "box")
    if status is not None and status not in ("open", *AccessStatus.ALL):
        raise Invalid(_("Status must be one of: %(values)s.", values=", ".join(("open", *AccessStatus.ALL))),
                      "status")
    statement = requests_sent(user, status) if box == "sent" else requests_incoming(user, status)
    return serializers.page_of(paginate(statement, *page_args()), access_request_record)


@bp.post("/access-requests")
@policy(API_TOKEN)
def access_request_create():
    """Ask for a lab (`lab`) or one of its instruments (`equipment`) for some hours."""
    user = signed_in_user()
    body = _body(REQUEST_FIELDS)
    if not isinstance(body.get("lab"), str):
        raise Invalid(_("Name the lab: 'lab' (a slug)."), "lab")
    lab = visible_lab(user, body.pop("lab"))
    equipment_slug = body.pop("equipment", None)
    equipment = visible_equipment(user, equipment_slug) if equipment_slug else None
    if equipment is not None and equipment.lab_id != lab.id:
        raise Invalid(_("This instrument is not in this lab."), "equipment")
    item = bookings.request_access(user, lab, body, equipment=equipment)
    location = url_for("api.access_request_detail", request_id=item.id, _external=True)
    return access_request_record(item), 201, {"Location": location}


def _visible_request(user, request_id):
    item = db.session.get(AccessRequest, request_id)
    if item is None or not can_view_access_request(user, item):
        raise NotFound(_("You have no such lab access request."))
    return item


@bp.get("/access-requests/<int:request_id>")
@policy(API_TOKEN)
def access_request_detail(request_id):
    return access_request_record(_visible_request(signed_in_user(), request_id))


def _act(action, request_id):
    """Run one action on a request the caller can see; the body's fields depend on the action."""
    user = signed_in_user()
    item = _visible_request(user, request_id)
    body = _body(ACTION_FIELDS[action])
    version = body.pop("version", None)
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        raise Invalid(_("The version must be a whole number."), "version")
    if action == "propose":
        bookings.propose(user, item, body, expected_version=version)
    elif action in ("approve", "decline"):
        bookings.ACTIONS[action](user, item, body.get("note", body.get("reason")), expected_version=version)
    else:
        bookings.ACTIONS[action](user, item, expected_version=version)
    return access_request_record(item)


def _action_view(action):
    def view(request_id):
        return _act(action, request_id)
    view.__name__ = view.__qualname__ = f"access_request_{action}"
    view.__doc__ = f"{action.capitalize()} an access request ({', '.join(ACTION_FIELDS[action])})."
    return policy(API_TOKEN)(view)


for _action in ACTION_FIELDS:
    bp.add_url_rule(f"/access-requests/<int:request_id>/{_action}", view_func=_action_view(_action),
                    methods=["POST"])


def _months_arg():
    raw = request.args.get("months") or "6"
    if not raw.isdigit() or not 1 <= int(raw) <= 24:
        raise Invalid(_("'months' is a whole number from 1 to 24."), "months")
    return int(raw)


def _monthly(**record):
    return [{"month": first.isoformat(), **usage_record(usage)}
            for first, usage in utilisation.monthly_utilisation(months=_months_arg(), **record)]


def _sum(months):
    return Usage(sum(m["booked_hours"] for m in months), sum(m["open_hours"] for m in months))


@bp.get("/labs/<slug>/utilisation")
@policy(API_TOKEN)
def lab_utilisation(slug):
    """Booked / open hours of a lab by month, and per bookable instrument over the same months."""
    lab = visible_lab(api_user(), slug)
    months = _monthly(lab=lab)
    instruments = [e for e in lab.equipment if e.bookable]
    first = month_starts(len(months))[0]
    usage = utilisation.equipment_utilisation([e.id for e in instruments], first, month_end(month_starts(1)[0]))
    return {"months": months, "total": usage_record(_sum(months)),
            "instruments": [{"slug": e.slug, "name": e.name, **usage_record(usage[e.id])} for e in instruments]}


@bp.get("/equipment/<slug>/utilisation")
@policy(API_TOKEN)
def equipment_utilisation(slug):
    """Booked / open hours of one instrument by month."""
    equipment = visible_equipment(api_user(), slug)
    months = _monthly(equipment=equipment)
    return {"months": months, "total": usage_record(_sum(months)), "instruments": []}
