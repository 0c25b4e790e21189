"""Double booking under real concurrency: two managers approve overlapping requests at the same moment."""
import threading

from ecosystem.errors import Conflict
from ecosystem.extensions import db
from ecosystem.labs import bookings
from ecosystem.models import AccessRequest, BookingUnit, User

from .booking_setup import ask, company, engineer, founder, lab, monday_ahead, sem, startup  # noqa: F401


def _approve_in_thread(app, request_id, manager_id, barrier, outcomes):
    """Approve in a thread of its own: its own app context, session and connection."""
    with app.app_context():
        try:
            access_request = db.session.get(AccessRequest, request_id)
            manager = db.session.get(User, manager_id)
            _ = access_request.lab.equipment, access_request.requester_organisation  # load before the race
            barrier.wait(timeout=10)
            bookings.approve(manager, access_request)
            db.session.commit()
            outcomes.append("approved")
        except Conflict as err:
            db.session.rollback()
            outcomes.append("conflict: " + err.message)
        except Exception as err:  # noqa: BLE001 - the test reports whatever went wrong in the thread
            db.session.rollback()
            outcomes.append(f"error: {err!r}")
        finally:
            db.session.remove()


def test_concurrent_overlapping_approvals_book_the_hours_once(app, ask, founder, startup, engineer, company, lab,
                                                             sem, owner):
    day = monday_ahead()
    first = ask(founder, startup, lab, day, 9, 11, equipment=sem)
    second = ask(engineer, company, lab, day, 10, 12, equipment=sem)
    ids, manager_id = (first.id, second.id), owner.id
    db.session.remove()
    barrier, outcomes = threading.Barrier(2), []
    threads = [threading.Thread(target=_approve_in_thread, args=(app, request_id, manager_id, barrier, outcomes))
               for request_id in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(o.split(":")[0] for o in outcomes) == ["approved", "conflict"], outcomes
    statuses = sorted(db.session.scalars(db.select(AccessRequest.status).where(AccessRequest.id.in_(ids))))
    assert statuses == ["approved", "pending"]
    assert db.session.scalar(db.select(db.func.count(BookingUnit.id))) == 4
