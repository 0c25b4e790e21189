"""Utilisation: approved booking hours over published open hours, per lab, instrument and month."""
from datetime import timedelta

from ecosystem.extensions import db
from ecosystem.labs import bookings
from ecosystem.labs.utilisation import Usage, equipment_utilisation, lab_utilisation, month_starts, monthly_utilisation

from .booking_setup import ask, company, engineer, founder, lab, monday_ahead, sem, startup  # noqa: F401


def test_usage_ratio_is_none_when_nothing_was_open():
    assert Usage(0, 0).ratio is None and Usage(0, 0).percent is None
    assert Usage(5, 20).ratio == 0.25 and Usage(5, 20).percent == 25


def test_approved_hours_count_for_the_instrument_and_its_lab(ask, founder, startup, engineer, company, lab, sem,
                                                             owner, make_equipment):
    day = monday_ahead()
    week = (day, day + timedelta(days=6))
    idle = make_equipment(lab, name="Máy quang phổ Raman", name_en="Raman spectrometer", category="spectrometer")
    assert lab_utilisation([lab.id], *week)[lab.id] == Usage(0, 40)
    bookings.approve(owner, ask(founder, startup, lab, day, 9, 11, equipment=sem))
    bookings.approve(owner, ask(engineer, company, lab, day, 10, 12))  # the whole lab, overlapping by an hour
    ask(engineer, company, lab, day + timedelta(days=1), 9, 11, equipment=sem)  # pending: not counted
    db.session.commit()
    by_instrument = equipment_utilisation([sem.id, idle.id, 999999], *week)
    assert by_instrument == {sem.id: Usage(2, 40), idle.id: Usage(0, 40)}
    assert lab_utilisation([lab.id], *week)[lab.id] == Usage(3, 40)  # 9–12: distinct half-hours
    assert lab_utilisation([lab.id], day + timedelta(days=7), day + timedelta(days=13))[lab.id].booked_hours == 0


def test_cancelled_bookings_stop_counting(ask, founder, startup, lab, sem, owner):
    day = monday_ahead()
    request = bookings.approve(owner, ask(founder, startup, lab, day, 9, 11, equipment=sem))
    db.session.commit()
    assert equipment_utilisation([sem.id], day, day)[sem.id].booked_hours == 2
    bookings.cancel(founder, request)
    db.session.commit()
    assert equipment_utilisation([sem.id], day, day)[sem.id].booked_hours == 0


def test_monthly_utilisation_covers_the_last_months_oldest_first(ask, founder, startup, lab, sem, owner):
    day = monday_ahead()
    bookings.approve(owner, ask(founder, startup, lab, day, 8, 12, equipment=sem))
    db.session.commit()
    months = monthly_utilisation(equipment=sem, months=3, today=day)
    assert [m for m, _u in months] == month_starts(3, day)
    assert months[-1][0] == day.replace(day=1) and months[-1][1].booked_hours == 4
    assert all(usage.open_hours > 0 for _m, usage in months)
    assert sum(usage.booked_hours for _m, usage in monthly_utilisation(lab=lab, months=3, today=day)) == 4


def test_month_starts_cross_the_new_year():
    from datetime import date
    assert month_starts(3, date(2026, 2, 14)) == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
