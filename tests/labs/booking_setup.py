"""Fixtures for the booking tests (imported by each booking test module): a public lab with weekly hours,
an instrument, a startup and a company that ask for time, and helpers for city times."""
from datetime import datetime, time, timedelta

import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.labs import booking_hours, bookings
from ecosystem.labs.availability import city_today, from_local

WEEKDAY_HOURS = (("08:00", "12:00"), ("13:00", "17:00"))


def monday_ahead(weeks=2):
    """A Monday at least a week ahead in the city, so requests are in the future."""
    today = city_today()
    return today + timedelta(days=7 * weeks - today.weekday())


def at(day, hour, minute=0):
    """A city wall-clock time as the form string the services take."""
    return datetime.combine(day, time(hour, minute)).strftime("%Y-%m-%dT%H:%M")


def utc(day, hour, minute=0):
    return from_local(datetime.combine(day, time(hour, minute)))


def publish_weekdays(lab, equipment=None, hours=WEEKDAY_HOURS):
    """Open the lab (or instrument) Monday to Friday at `hours`."""
    for weekday in range(5):
        for start, end in hours:
            booking_hours.add_weekly_hours(SYSTEM, lab, {"weekday": weekday, "start_time": start, "end_time": end,
                                                         "equipment": equipment.slug if equipment else None})
    db.session.commit()


@pytest.fixture
def lab(university, make_lab, owner):
    """A verified lab of the university, managed by `owner`, open weekdays 8–12 and 13–17."""
    lab = make_lab(university, manager_user_id=owner.id)
    publish_weekdays(lab)
    return lab


@pytest.fixture
def sem(lab, make_equipment):
    return make_equipment(lab)


@pytest.fixture
def founder(make_user):
    return make_user("founder@example.org")


@pytest.fixture
def startup(make_org, founder):
    return make_org("startup", "Công ty Khởi nghiệp Bán dẫn Sao Khuê", owner=founder)


@pytest.fixture
def engineer(make_user):
    return make_user("engineer@example.org")


@pytest.fixture
def company(make_org, engineer):
    return make_org("company", "Công ty TNHH Điện tử Long Biên", owner=engineer)


@pytest.fixture
def ask(app):
    """ask(user, party, lab, day, start_hour, end_hour, equipment=None) -> AccessRequest, committed."""
    def factory(user, party, lab, day, start, end, equipment=None, purpose="Đo mẫu vi mạch cho sản phẩm mới."):
        request = bookings.request_access(user, lab, {
            "on_behalf_of": f"organisation:{party.slug}", "starts_at": at(day, *_hm(start)),
            "ends_at": at(day, *_hm(end)), "purpose": purpose}, equipment=equipment)
        db.session.commit()
        return request
    return factory


def _hm(value):
    return (value, 0) if isinstance(value, int) else value
