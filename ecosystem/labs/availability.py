"""Open hours of labs and instruments: weekly hours and exceptions expanded into intervals.

Slots and exceptions are written in the city's local time (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight
saving); intervals come out as aware UTC datetimes, the form every comparison and `BookingUnit.starts_at`
uses (SQLite hands back naive UTC: `as_utc` normalises values read from the database).

An instrument with weekly hours of its own follows them; otherwise it follows its lab's. Exceptions of the
lab (Tết, a power cut) apply to every instrument in it as well; an instrument's own exceptions (maintenance)
apply to it alone. An instrument that is not bookable has no open hours. Date ranges are inclusive."""
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone

from ..extensions import db
from ..models import UNIT_MINUTES, Equipment, LabSlot, SlotException

CITY_TZ = timezone(timedelta(hours=7), "ICT")
DAY_MINUTES = 24 * 60


def as_utc(moment):
    """An aware UTC datetime; a naive value (SQLite, or our own storage) is UTC already."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def from_local(moment):
    """A wall-clock time in the city (naive, or aware in any zone) as aware UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=CITY_TZ)
    return moment.astimezone(timezone.utc)


def to_local(moment):
    """A stored time (aware or naive UTC) as the city's wall-clock time (aware, UTC+7)."""
    return as_utc(moment).astimezone(CITY_TZ)


def city_today():
    """Today's date in the city."""
    return datetime.now(CITY_TZ).date()


def day_start(day):
    """Midnight of a city date, in UTC."""
    return from_local(datetime.combine(day, time()))


def _minutes(value):
    return value.hour * 60 + value.minute


@dataclass(frozen=True)
class Interval:
    """A stretch of open (or booked) time, aware UTC, end excluded."""

    start: datetime
    end: datetime

    @property
    def hours(self):
        return (self.end - self.start).total_seconds() / 3600


@dataclass
class Schedule:
    """The weekly hours and dated exceptions that decide when one lab or instrument is open."""

    weekly: list = field(default_factory=list)  # (weekday, start minute, end minute, valid_from, valid_until)
    changes: dict = field(default_factory=lambda: defaultdict(list))  # date -> [(start, end, is_open)]
    bookable: bool = True


def _merge(ranges):
    """Sorted, non-overlapping (start, end) minute ranges."""
    merged = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _subtract(ranges, start, end):
    kept = []
    for a, b in ranges:
        kept += [(a, min(b, start)), (max(a, end), b)]
    return _merge(kept)


def day_ranges(schedule, day):
    """Open minute ranges of one city date: weekly hours, minus closures, plus extra openings."""
    if not schedule.bookable:
        return []
    ranges = _merge((start, end) for weekday, start, end, valid_from, valid_until in schedule.weekly
                    if weekday == day.weekday() and (valid_from is None or valid_from <= day)
                    and (valid_until is None or day <= valid_until))
    changes = schedule.changes.get(day, ())
    for start, end, is_open in changes:
        if not is_open:
            ranges = _subtract(ranges, start if start is not None else 0, end if end is not None else DAY_MINUTES)
    extra = [(start or 0, end or DAY_MINUTES) for start, end, is_open in changes if is_open]
    return _merge(ranges + extra)


def open_intervals(schedule, start, end):
    """Open intervals (aware UTC) from city date `start` to `end`, both included."""
    intervals, day = [], start
    while day <= end:
        midnight = day_start(day)
        for a, b in day_ranges(schedule, day):
            intervals.append(Interval(midnight + timedelta(minutes=a), midnight + timedelta(minutes=b)))
        day += timedelta(days=1)
    return intervals


def open_hours(schedule, start, end):
    """Hours open from `start` to `end` (dates, both included)."""
    return sum(interval.hours for interval in open_intervals(schedule, start, end))


def open_units(intervals):
    """Every half-hour start (aware UTC) inside the intervals."""
    step = timedelta(minutes=UNIT_MINUTES)
    units = []
    for interval in intervals:
        moment = interval.start
        while moment + step <= interval.end:
            units.append(moment)
            moment += step
    return units


# --- Loading schedules: a few queries for many labs or instruments ----------------------------------

def _fill(schedule, slot_row=None, change_row=None):
    if slot_row is not None:
        weekday, start, end, valid_from, valid_until = slot_row
        schedule.weekly.append((weekday, _minutes(start), _minutes(end) or DAY_MINUTES, valid_from, valid_until))
    if change_row is not None:
        on_date, start, end, is_open = change_row
        schedule.changes[on_date].append((
            _minutes(start) if start is not None else None,
            (_minutes(end) or DAY_MINUTES) if end is not None else None, is_open))


def _rows(model, lab_ids, columns):
    return db.session.execute(db.select(model.lab_id, model.equipment_id, *columns)
                              .where(model.lab_id.in_(lab_ids))).all() if lab_ids else []


_SLOT_COLUMNS = (LabSlot.weekday, LabSlot.start_time, LabSlot.end_time, LabSlot.valid_from, LabSlot.valid_until)
_CHANGE_COLUMNS = (SlotException.on_date, SlotException.start_time, SlotException.end_time, SlotException.is_open)


def lab_schedules(lab_ids):
    """{lab_id: Schedule} of the labs' own hours (instruments' own hours left out)."""
    lab_ids = set(lab_ids)
    schedules = {lab_id: Schedule() for lab_id in lab_ids}
    for lab_id, equipment_id, *row in _rows(LabSlot, lab_ids, _SLOT_COLUMNS):
        if equipment_id is None:
            _fill(schedules[lab_id], slot_row=row)
    for lab_id, equipment_id, *row in _rows(SlotException, lab_ids, _CHANGE_COLUMNS):
        if equipment_id is None:
            _fill(schedules[lab_id], change_row=row)
    return schedules


def equipment_schedules(equipment_ids):
    """{equipment_id: Schedule}: the instrument's own weekly hours, else its lab's; both kinds of exception."""
    equipment_ids = set(equipment_ids)
    rows = db.session.execute(db.select(Equipment.id, Equipment.lab_id, Equipment.bookable)
                              .where(Equipment.id.in_(equipment_ids))).all() if equipment_ids else []
    lab_of = {equipment_id: lab_id for equipment_id, lab_id, _bookable in rows}
    schedules = {equipment_id: Schedule(bookable=bookable) for equipment_id, _lab, bookable in rows}
    lab_ids = set(lab_of.values())
    own_weekly, lab_weekly = defaultdict(list), defaultdict(list)
    for lab_id, equipment_id, *row in _rows(LabSlot, lab_ids, _SLOT_COLUMNS):
        if equipment_id is None:
            lab_weekly[lab_id].append(row)
        elif equipment_id in schedules:
            own_weekly[equipment_id].append(row)
    lab_changes, own_changes = defaultdict(list), defaultdict(list)
    for lab_id, equipment_id, *row in _rows(SlotException, lab_ids, _CHANGE_COLUMNS):
        (lab_changes[lab_id] if equipment_id is None else own_changes[equipment_id]).append(row)
    for equipment_id, schedule in schedules.items():
        lab_id = lab_of[equipment_id]
        for row in own_weekly.get(equipment_id) or lab_weekly.get(lab_id, []):
            _fill(schedule, slot_row=row)
        for row in lab_changes.get(lab_id, []) + own_changes.get(equipment_id, []):
            _fill(schedule, change_row=row)
    return schedules


def schedule_of(lab, equipment=None):
    """The schedule of one lab, or of one instrument of it."""
    if equipment is not None:
        return equipment_schedules([equipment.id]).get(equipment.id, Schedule(bookable=False))
    return lab_schedules([lab.id])[lab.id]


def resource_of(lab, equipment=None):
    """The capacity key booking units use: "lab:<id>" or "equipment:<id>"."""
    return f"equipment:{equipment.id}" if equipment is not None else f"lab:{lab.id}"
