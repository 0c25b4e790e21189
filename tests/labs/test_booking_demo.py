"""The demo's open hours and access requests: every status, a history for utilisation, busy and idle instruments."""
from datetime import timedelta

import pytest

from ecosystem.demo import load_demo
from ecosystem.extensions import db
from ecosystem.labs.availability import city_today
from ecosystem.labs.utilisation import equipment_utilisation, lab_utilisation
from ecosystem.models import AccessRequest, AccessStatus, BookingUnit, Equipment, Lab, LabSlot, SlotException
from ecosystem.registry.seeding import seed_taxonomy
from tests.conftest import empty_tables


@pytest.fixture(scope="module")
def demo(_app):
    with _app.app_context():
        empty_tables()
        seed_taxonomy()
        counts = load_demo()
        db.session.commit()
        yield counts
        db.session.remove()


def test_every_demo_lab_publishes_hours_and_closes_for_tet(demo):
    labs = db.session.scalars(db.select(Lab)).all()
    assert labs and all(lab.slots for lab in labs)
    assert db.session.scalar(db.select(db.func.count(LabSlot.id)).where(LabSlot.equipment_id.is_not(None))) > 0
    notes = set(db.session.scalars(db.select(SlotException.note)))
    assert {"Nghỉ Tết Nguyên Đán", "Bảo trì định kỳ", "Quốc khánh 2/9"} <= notes
    assert demo["lab_exceptions"] > 100


def test_demo_requests_cover_every_status_and_the_past_six_months(demo):
    statuses = db.session.scalars(db.select(AccessRequest.status)).all()
    assert len(statuses) >= 40 and set(statuses) == set(AccessStatus.ALL)
    today = city_today()
    starts = [r.starts_at for r in db.session.scalars(db.select(AccessRequest).filter_by(status="approved"))]
    assert db.session.scalar(db.select(db.func.count(BookingUnit.id))) > 500
    from ecosystem.labs.availability import to_local
    days = [to_local(s).date() for s in starts]
    assert min(days) < today - timedelta(days=150) and max(days) > today  # history and upcoming bookings


def test_demo_utilisation_has_busy_and_idle_instruments(demo):
    today = city_today()
    start = today - timedelta(days=180)
    ids = db.session.scalars(db.select(Equipment.id).where(Equipment.bookable.is_(True))).all()
    ratios = [u.ratio for u in equipment_utilisation(ids, start, today).values() if u.ratio is not None]
    assert max(ratios) > 0.4 and sum(1 for r in ratios if r < 0.15) > len(ratios) // 2
    lab_ids = db.session.scalars(db.select(Lab.id)).all()
    assert any(u.booked_hours > 0 for u in lab_utilisation(lab_ids, start, today).values())
