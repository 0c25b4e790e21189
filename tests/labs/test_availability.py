"""Open hours: weekly hours, exceptions and instruments' own hours expanded into UTC intervals."""
from datetime import date, datetime, time, timedelta, timezone

import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.errors import Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.labs import availability as av
from ecosystem.labs import booking_hours

from .booking_setup import lab, monday_ahead, publish_weekdays, sem  # noqa: F401

MONDAY = date(2026, 3, 2)


def schedule(weekly=(), changes=(), bookable=True):
    result = av.Schedule(bookable=bookable)
    for weekday, start, end in weekly:
        result.weekly.append((weekday, start * 60, end * 60, None, None))
    for day, start, end, is_open in changes:
        result.changes[day].append((None if start is None else start * 60, None if end is None else end * 60,
                                    is_open))
    return result


def test_weekly_hours_become_utc_intervals_of_the_city_day():
    intervals = av.open_intervals(schedule([(0, 8, 12)]), MONDAY, MONDAY + timedelta(days=6))
    assert intervals == [av.Interval(datetime(2026, 3, 2, 1, tzinfo=timezone.utc),
                                     datetime(2026, 3, 2, 5, tzinfo=timezone.utc))]
    assert av.open_hours(schedule([(0, 8, 12), (2, 13, 17)]), MONDAY, MONDAY + timedelta(days=13)) == 16


def test_closures_subtract_and_extra_openings_add():
    weekly = [(0, 8, 17)]
    assert av.day_ranges(schedule(weekly, [(MONDAY, None, None, False)]), MONDAY) == []
    assert av.day_ranges(schedule(weekly, [(MONDAY, 12, 13, False)]), MONDAY) == [(480, 720), (780, 1020)]
    assert av.day_ranges(schedule(weekly, [(MONDAY, 17, 20, True)]), MONDAY) == [(480, 1200)]
    sunday = MONDAY + timedelta(days=6)
    assert av.day_ranges(schedule(weekly, [(sunday, 9, 11, True)]), sunday) == [(540, 660)]
    assert av.day_ranges(schedule(weekly, bookable=False), MONDAY) == []


def test_overlapping_weekly_hours_merge_and_units_are_half_hours():
    ranges = av.day_ranges(schedule([(0, 8, 10), (0, 9, 11)]), MONDAY)
    assert ranges == [(480, 660)]
    units = av.open_units(av.open_intervals(schedule([(0, 8, 9)]), MONDAY, MONDAY))
    assert [u.strftime("%H:%M") for u in units] == ["01:00", "01:30"]


def test_as_utc_treats_naive_values_as_utc_and_to_local_is_hanoi_time():
    naive = datetime(2026, 3, 2, 1, 0)
    assert av.as_utc(naive) == datetime(2026, 3, 2, 1, tzinfo=timezone.utc)
    assert av.to_local(naive).hour == 8
    assert av.from_local(datetime(2026, 3, 2, 8)) == datetime(2026, 3, 2, 1, tzinfo=timezone.utc)


def test_an_instrument_follows_its_own_hours_else_its_lab_and_lab_closures_apply(lab, sem, make_equipment):
    monday = monday_ahead()
    week = (monday, monday + timedelta(days=6))
    assert av.open_hours(av.schedule_of(lab, sem), *week) == 40  # the lab's weekday hours
    publish_weekdays(lab, sem, hours=(("09:00", "11:00"),))
    assert av.open_hours(av.schedule_of(lab, sem), *week) == 10
    assert av.open_hours(av.schedule_of(lab), *week) == 40
    booking_hours.add_exception(SYSTEM, lab, {"on_date": monday.isoformat(), "note": "Tết"})
    booking_hours.add_exception(SYSTEM, lab, {"on_date": (monday + timedelta(days=1)).isoformat(),
                                              "start_time": "09:00", "end_time": "10:00", "equipment": sem.slug,
                                              "note": "Bảo trì"})
    db.session.commit()
    assert av.open_hours(av.schedule_of(lab, sem), *week) == 7
    assert av.open_hours(av.schedule_of(lab), *week) == 32
    idle = make_equipment(lab, name="Máy in 3D", bookable=False)
    assert av.open_hours(av.schedule_of(lab, idle), *week) == 0


def test_valid_from_and_until_bound_weekly_hours(lab):
    monday = monday_ahead()
    booking_hours.add_weekly_hours(SYSTEM, lab, {"weekday": 5, "start_time": "08:00", "end_time": "24:00",
                                                 "valid_from": (monday + timedelta(days=7)).isoformat()})
    db.session.commit()
    assert av.open_hours(av.schedule_of(lab), monday, monday + timedelta(days=6)) == 40
    assert av.open_hours(av.schedule_of(lab), monday + timedelta(days=7), monday + timedelta(days=13)) == 56


@pytest.mark.parametrize("data, field", [
    ({"weekday": 7, "start_time": "08:00", "end_time": "12:00"}, "weekday"),
    ({"weekday": 1, "start_time": "08:15", "end_time": "12:00"}, "start_time"),
    ({"weekday": 1, "start_time": "12:00", "end_time": "08:00"}, "end_time"),
    ({"weekday": 1, "start_time": "nine", "end_time": "12:00"}, "start_time"),
    ({"weekday": 1, "start_time": "08:00", "end_time": "12:00", "equipment": "no-such"}, "equipment"),
    ({"weekday": 1, "start_time": "08:00", "end_time": "12:00", "colour": "red"}, "colour"),
])
def test_bad_hours_are_invalid_and_nothing_is_saved(lab, data, field):
    before = len(lab.slots)
    with pytest.raises(Invalid) as caught:
        booking_hours.add_weekly_hours(SYSTEM, lab, data)
    assert field in caught.value.errors
    db.session.rollback()
    db.session.expire_all()
    assert len(lab.slots) == before


def test_only_the_labs_managers_change_hours(lab, stranger, owner):
    with pytest.raises(NotAllowed):
        booking_hours.add_weekly_hours(stranger, lab, {"weekday": 1, "start_time": "08:00", "end_time": "09:00"})
    slot = booking_hours.add_weekly_hours(owner, lab, {"weekday": 5, "start_time": "08:00", "end_time": "09:00"})
    with pytest.raises(NotAllowed):
        booking_hours.remove_weekly_hours(stranger, lab, slot.id)
    booking_hours.remove_weekly_hours(owner, lab, slot.id)
    db.session.commit()
    assert all(s.weekday != 5 for s in lab.slots)
    assert time(8) in {s.start_time for s in lab.slots}
