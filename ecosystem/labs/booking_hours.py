"""Publishing open hours: weekly hours and dated exceptions of a lab or one of its instruments.

Times are the city's wall-clock times on the half hour, so that booking units line up with them.
Operations flush, never commit; only the lab's managers (`can_edit_lab_hours`) may change hours."""
from dataclasses import dataclass
from datetime import datetime, time

from flask_babel import gettext as _

from ..auth.policy import can_edit_lab_hours
from ..errors import Invalid, NotAllowed, NotFound
from ..exchange.rules import Day
from ..extensions import db
from ..models import UNIT_MINUTES, Equipment, LabSlot, SlotException
from ..registry import schema as s

WEEKDAYS = tuple(range(7))


@dataclass
class ClockTime:
    """A wall-clock time "HH:MM" on the half hour (or a time object from a form); "24:00" is midnight."""

    def clean(self, raw):
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, time):
            value = raw
        else:
            text = str(raw).strip()
            if text == "24:00":
                return time(0, 0)
            try:
                value = datetime.strptime(text, "%H:%M").time()
            except ValueError:
                raise ValueError(_("Enter a time as HH:MM, for example 08:30."))
        if value.minute % UNIT_MINUTES or value.second or value.microsecond:
            raise ValueError(_("Use whole or half hours (08:00, 08:30)."))
        return value


SLOT_RULES = {
    "weekday": s.Number(0, 6), "start_time": ClockTime(), "end_time": ClockTime(),
    "valid_from": Day(), "valid_until": Day(), "equipment": s.Line(90),
}
EXCEPTION_RULES = {
    "on_date": Day(), "start_time": ClockTime(), "end_time": ClockTime(), "is_open": s.Flag(),
    "note": s.Line(200), "equipment": s.Line(90),
}


def _minutes(value, is_end=False):
    minutes = value.hour * 60 + value.minute
    return 24 * 60 if is_end and minutes == 0 else minutes


def _check_allowed(actor, lab):
    if not can_edit_lab_hours(actor, lab):
        raise NotAllowed(_("Only the lab's managers can change its open hours."))


def instrument_of(lab, slug):
    """The instrument of this lab named by slug, or None for the lab itself."""
    if not slug:
        return None
    equipment = db.session.scalar(db.select(Equipment).filter_by(slug=slug, lab_id=lab.id))
    if equipment is None:
        raise Invalid(_("This lab has no instrument with that address."), "equipment")
    return equipment


def _check_order(start, end, required):
    errors = {}
    if required and start is None:
        errors["start_time"] = _("This field is required.")
    if required and end is None:
        errors["end_time"] = _("This field is required.")
    if (start is None) != (end is None) and not errors:
        errors["end_time"] = _("Give both times, or neither for the whole day.")
    elif start is not None and end is not None and _minutes(end, True) <= _minutes(start):
        errors["end_time"] = _("The end must come after the start.")
    if errors:
        raise Invalid(_("Some fields need attention: %(fields)s.", fields=", ".join(sorted(errors))), errors=errors)


def add_weekly_hours(actor, lab, data):
    """Open the lab (or `data["equipment"]`, an instrument's slug) every week on a weekday, start to end."""
    _check_allowed(actor, lab)
    cleaned = s.clean_input(SLOT_RULES, data)
    if cleaned["weekday"] is None:
        raise Invalid(_("Choose a day of the week."), "weekday")
    _check_order(cleaned["start_time"], cleaned["end_time"], required=True)
    if cleaned["valid_from"] and cleaned["valid_until"] and cleaned["valid_until"] < cleaned["valid_from"]:
        raise Invalid(_("The last day cannot come before the first."), "valid_until")
    equipment = instrument_of(lab, cleaned.pop("equipment"))
    slot = LabSlot(lab_id=lab.id, equipment_id=getattr(equipment, "id", None), **cleaned)
    db.session.add(slot)
    db.session.flush()
    return slot


def add_exception(actor, lab, data):
    """Close the lab (or an instrument) on a date, all day or some hours, or open it for extra hours."""
    _check_allowed(actor, lab)
    cleaned = s.clean_input(EXCEPTION_RULES, data)
    if cleaned["on_date"] is None:
        raise Invalid(_("This field is required."), "on_date")
    _check_order(cleaned["start_time"], cleaned["end_time"], required=bool(cleaned["is_open"]))
    equipment = instrument_of(lab, cleaned.pop("equipment"))
    exception = SlotException(lab_id=lab.id, equipment_id=getattr(equipment, "id", None), **cleaned)
    db.session.add(exception)
    db.session.flush()
    return exception


def _owned(model, lab, item_id):
    item = db.session.get(model, item_id) if isinstance(item_id, int) else None
    if item is None or item.lab_id != lab.id:
        raise NotFound(_("This lab has no such open hours."))
    return item


def remove_weekly_hours(actor, lab, slot_id):
    """Delete weekly hours of the lab (approved bookings stay: they were agreed)."""
    _check_allowed(actor, lab)
    db.session.delete(_owned(LabSlot, lab, slot_id))
    db.session.flush()


def remove_exception(actor, lab, exception_id):
    """Delete an exception of the lab."""
    _check_allowed(actor, lab)
    db.session.delete(_owned(SlotException, lab, exception_id))
    db.session.flush()


def hours_of(lab):
    """(weekly hours, exceptions from today on) of the lab and its instruments, for the editor and the API."""
    from .availability import city_today

    slots = db.session.scalars(db.select(LabSlot).filter_by(lab_id=lab.id)
                               .order_by(LabSlot.equipment_id.is_not(None), LabSlot.equipment_id, LabSlot.weekday,
                                         LabSlot.start_time)).all()
    exceptions = db.session.scalars(db.select(SlotException)
                                    .where(SlotException.lab_id == lab.id, SlotException.on_date >= city_today())
                                    .order_by(SlotException.on_date, SlotException.start_time)).all()
    return slots, exceptions
