"""How much of the published open time of labs and instruments is booked.

Booked hours are approved booking units (half an hour each) whose start falls on the dates asked (city
dates, both ends included); open hours are the published hours on those dates (availability.py). A lab
counts a half-hour as booked when the lab or any of its instruments is booked then, so an instrument's
booking shows on its lab too. Every function runs a few grouped queries, never one per lab or instrument."""
from dataclasses import dataclass
from datetime import date, timedelta

from ..extensions import db
from ..models import UNIT_MINUTES, BookingUnit
from .availability import city_today, day_start, equipment_schedules, lab_schedules, open_hours, to_local

UNIT_HOURS = UNIT_MINUTES / 60


@dataclass
class Usage:
    """Booked and published hours over a period."""

    booked_hours: float
    open_hours: float

    @property
    def ratio(self):
        """Booked / open hours, None when nothing was open."""
        return None if not self.open_hours else self.booked_hours / self.open_hours

    @property
    def percent(self):
        """The ratio as a whole percentage (None when nothing was open)."""
        ratio = self.ratio
        return None if ratio is None else round(ratio * 100)


def _window(start, end):
    return day_start(start), day_start(end + timedelta(days=1))


def _booked_units(key_column, ids, start, end, distinct):
    """{id: number of booked units} for the ids, one grouped query."""
    if not ids:
        return {}
    since, until = _window(start, end)
    counted = db.func.count(db.distinct(BookingUnit.starts_at)) if distinct else db.func.count(BookingUnit.id)
    rows = db.session.execute(
        db.select(key_column, counted)
        .where(key_column.in_(ids), BookingUnit.starts_at >= since, BookingUnit.starts_at < until)
        .group_by(key_column)).all()
    return dict(rows)


def lab_utilisation(lab_ids, start: date, end: date):
    """{lab_id: Usage} from city date `start` to `end` (both included)."""
    lab_ids = list(set(lab_ids))
    schedules = lab_schedules(lab_ids)
    booked = _booked_units(BookingUnit.lab_id, lab_ids, start, end, distinct=True)
    return {lab_id: Usage(booked.get(lab_id, 0) * UNIT_HOURS, open_hours(schedules[lab_id], start, end))
            for lab_id in lab_ids}


def equipment_utilisation(equipment_ids, start: date, end: date):
    """{equipment_id: Usage} from city date `start` to `end` (both included); unknown ids are left out."""
    schedules = equipment_schedules(equipment_ids)
    booked = _booked_units(BookingUnit.equipment_id, list(schedules), start, end, distinct=False)
    return {equipment_id: Usage(booked.get(equipment_id, 0) * UNIT_HOURS, open_hours(schedule, start, end))
            for equipment_id, schedule in schedules.items()}


def month_starts(months, today=None):
    """First days of the last `months` calendar months, oldest first, this month last."""
    first = (today or city_today()).replace(day=1)
    starts = [first]
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
        starts.append(first)
    return starts[::-1]


def month_end(first):
    """The last day of the month that starts on `first`."""
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def monthly_utilisation(lab=None, equipment=None, months=6, today=None):
    """[(first day of month, Usage)] for the last `months` months (this one included) of a lab or instrument."""
    if (lab is None) == (equipment is None):
        raise ValueError("give a lab or an instrument")
    if equipment is not None:
        schedule = equipment_schedules([equipment.id]).get(equipment.id)
        column, key, distinct = BookingUnit.equipment_id, equipment.id, False
    else:
        schedule = lab_schedules([lab.id])[lab.id]
        column, key, distinct = BookingUnit.lab_id, lab.id, True
    firsts = month_starts(months, today)
    since, until = _window(firsts[0], month_end(firsts[-1]))
    statement = db.select(BookingUnit.starts_at).where(column == key, BookingUnit.starts_at >= since,
                                                      BookingUnit.starts_at < until)
    if distinct:
        statement = statement.distinct()
    booked = {}
    for (moment,) in db.session.execute(statement):
        local = to_local(moment).date().replace(day=1)
        booked[local] = booked.get(local, 0) + 1
    return [(first, Usage(booked.get(first, 0) * UNIT_HOURS,
                          open_hours(schedule, first, month_end(first)) if schedule else 0.0))
            for first in firsts]
