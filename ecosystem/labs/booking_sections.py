"""Bookings on other pages: the week calendar and utilisation sections of lab and instrument pages, the
"My listings" summary, notification wording, and the labels templates use. `register(app)` mounts them."""
from datetime import timedelta

from flask import request
from flask_babel import format_decimal
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..auth.policy import can_edit_lab_hours, can_manage_lab, can_request_lab_access
from ..extensions import db
from . import booking_messages, bp
from . import booking_views  # noqa: F401  (its routes join the labs blueprint before it is mounted)
from .availability import city_today
from .booking_forms import WEEKDAY_LABELS
from .booking_queries import count_waiting, requests_incoming, requests_sent, week_calendar, week_of
from .bookings import when_text
from .sections import register_equipment_section, register_lab_section
from .utilisation import Usage, equipment_utilisation, lab_utilisation, month_end, month_starts, monthly_utilisation

STATUS_LABELS = {"open": _l("Open (waiting for an answer)"), "pending": _l("Waiting for the lab"),
                 "proposed": _l("Other hours proposed"), "approved": _l("Approved"), "declined": _l("Declined"),
                 "cancelled": _l("Cancelled")}
CELL_LABELS = {"open": _l("Open"), "booked": _l("Booked"), "closed": _l("Closed")}
MONTHS = 6
COMING_DAYS = 28


def _visible(user, lab):
    return lab.is_public or can_manage_lab(user, lab)


def lab_calendar(user, lab):
    """The lab's week calendar (?week=YYYY-MM-DD) with a link to ask for time."""
    if not _visible(user, lab):
        return None
    return {"calendar": week_calendar(lab, None, week_of(request.args.get("week"))), "lab": lab, "equipment": None,
            "can_request": can_request_lab_access(user, lab) or not user.is_authenticated,
            "can_edit": can_edit_lab_hours(user, lab)}


def equipment_calendar(user, equipment):
    """The instrument's week calendar (its own hours, else its lab's); a note when it is not bookable."""
    lab = equipment.lab
    if not _visible(user, lab):
        return None
    return {"calendar": week_calendar(lab, equipment, week_of(request.args.get("week"))) if equipment.bookable
            else None, "lab": lab, "equipment": equipment,
            "can_request": equipment.bookable and (can_request_lab_access(user, lab) or not user.is_authenticated),
            "can_edit": can_edit_lab_hours(user, lab)}


def _total(usages):
    return Usage(sum(u.booked_hours for u in usages), sum(u.open_hours for u in usages))


def lab_usage(user, lab):
    """Booked and open hours of the lab over the last six months, and per instrument."""
    if not _visible(user, lab):
        return None
    months = monthly_utilisation(lab=lab, months=MONTHS)
    first = month_starts(MONTHS)[0]
    instruments = [e for e in lab.equipment if e.bookable]
    by_id = equipment_utilisation([e.id for e in instruments], first, month_end(months[-1][0]))
    return {"months": months, "total": _total([u for _m, u in months]),
            "upcoming": lab_utilisation([lab.id], *_coming())[lab.id],
            "instruments": [(e, by_id[e.id]) for e in instruments if e.id in by_id]}


def equipment_usage(user, equipment):
    """Booked and open hours of the instrument over the last six months."""
    if not _visible(user, equipment.lab) or not equipment.bookable:
        return None
    months = monthly_utilisation(equipment=equipment, months=MONTHS)
    return {"months": months, "total": _total([u for _m, u in months]),
            "upcoming": equipment_utilisation([equipment.id], *_coming())[equipment.id], "instruments": None}


def _coming():
    """The next four weeks from today (city dates)."""
    today = city_today()
    return today, today + timedelta(days=COMING_DAYS - 1)


def my_lab_requests():
    """What "My listings" shows: requests I sent and requests waiting for me."""
    if not current_user.is_authenticated:
        return None
    sent = db.session.scalars(requests_sent(current_user).limit(5)).all()
    incoming = db.session.scalars(requests_incoming(current_user, "open").limit(5)).all()
    waiting, proposals = count_waiting(current_user)
    return {"sent": sent, "incoming": incoming, "waiting": waiting, "proposals": proposals}


@bp.app_context_processor
def booking_template_helpers():
    """Labels and helpers the booking templates use."""
    return {"access_status_label": lambda code: str(STATUS_LABELS.get(code, code)),
            "calendar_cell_label": lambda code: str(CELL_LABELS.get(code, code)),
            "weekday_label": lambda number: str(WEEKDAY_LABELS[number]), "my_lab_requests": my_lab_requests,
            "booking_when": when_text,
            "hours_text": lambda hours: format_decimal(round(hours, 1))}


def register(app):
    """Mount the booking sections on lab and instrument pages and teach notifications their wording."""
    register_lab_section(app, "labs/_calendar.html", lab_calendar, order=20)
    register_equipment_section(app, "labs/_calendar.html", equipment_calendar, order=20)
    register_lab_section(app, "labs/_utilisation.html", lab_usage, order=30)
    register_equipment_section(app, "labs/_utilisation.html", equipment_usage, order=30)
    booking_messages.register_kinds(app)
