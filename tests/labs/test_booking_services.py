"""Access requests through the services: rules, the decisions, fees, notifications and double booking."""
from datetime import timedelta

import pytest

from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.labs import bookings
from ecosystem.models import AccessStatus, BookingUnit, Notification, Status

from .booking_setup import (  # noqa: F401
    ask,
    at,
    company,
    engineer,
    founder,
    lab,
    monday_ahead,
    sem,
    startup,
    utc,
)


def units_of(request):
    return db.session.scalars(db.select(BookingUnit).filter_by(request_id=request.id)
                              .order_by(BookingUnit.starts_at)).all()


def test_a_startup_asks_for_an_instrument_and_the_manager_is_told(ask, founder, startup, lab, sem, owner, outbox):
    day = monday_ahead()
    request = ask(founder, startup, lab, day, 9, 11, equipment=sem)
    assert request.status == AccessStatus.PENDING and request.requester_organisation == startup
    assert bookings.as_utc(request.starts_at) == utc(day, 9) and request.fee_vnd == 0  # free for startups
    note = db.session.scalar(db.select(Notification).filter_by(user_id=owner.id))
    assert note.kind == "lab_access_requested" and note.link == f"/lab-requests/{request.id}"
    assert [m["To"] for m in outbox] == [owner.email] and "Kính hiển vi" in outbox[0]["Subject"]


def test_a_company_is_quoted_hours_times_the_fee_and_lunch_is_not_booked(ask, engineer, company, lab, sem, owner):
    request = ask(engineer, company, lab, monday_ahead(), 10, 15, equipment=sem)  # 10–12 and 13–15
    assert request.fee_vnd == 4 * 1_500_000
    bookings.approve(owner, request)
    db.session.commit()
    assert len(units_of(request)) == 8 and request.fee_vnd == 6_000_000


@pytest.mark.parametrize("change, field", [
    (lambda day: {"starts_at": at(day - timedelta(days=30), 9)}, "starts_at"),  # in the past
    (lambda day: {"purpose": "  "}, "purpose"),
    (lambda day: {"starts_at": at(day, 9, 15)}, "starts_at"),  # not on the half hour
    (lambda day: {"starts_at": "not a time"}, "starts_at"),
    (lambda day: {"starts_at": at(day, 7), "ends_at": at(day, 9)}, "starts_at"),  # before opening
    (lambda day: {"starts_at": at(day, 12), "ends_at": at(day, 13)}, "starts_at"),  # lunch: closed
    (lambda day: {"starts_at": at(day, 11), "ends_at": at(day, 10)}, "ends_at"),
    (lambda day: {"ends_at": at(day + timedelta(days=6), 11)}, "ends_at"),  # longer than five days
    (lambda day: {"on_behalf_of": "organisation:cong-ty-tnhh-dien-tu-long-bien"}, "on_behalf_of"),  # not theirs
    (lambda day: {"on_behalf_of": ""}, "on_behalf_of"),
])
def test_bad_requests_are_invalid_and_nothing_is_saved(founder, startup, company, lab, sem, change, field):
    day = monday_ahead()
    data = {"on_behalf_of": f"organisation:{startup.slug}", "starts_at": at(day, 9), "ends_at": at(day, 11),
            "purpose": "Đo mẫu.", **change(day)}
    with pytest.raises(Invalid) as caught:
        bookings.request_access(founder, lab, data, equipment=sem)
    assert caught.value.field == field
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count()).select_from(bookings.AccessRequest)) == 0


def test_non_public_labs_and_unbookable_instruments_refuse_requests(founder, startup, lab, make_equipment,
                                                                    university, make_lab):
    day = monday_ahead()
    data = {"on_behalf_of": f"organisation:{startup.slug}", "starts_at": at(day, 9), "ends_at": at(day, 10),
            "purpose": "Đo mẫu."}
    with pytest.raises(Invalid):
        bookings.request_access(founder, lab, data, equipment=make_equipment(lab, name="Máy cũ", bookable=False))
    with pytest.raises(NotAllowed):
        bookings.request_access(founder, make_lab(university, status=Status.PENDING), data)


def test_overlapping_approvals_the_second_gets_a_conflict_naming_the_first(ask, founder, startup, engineer,
                                                                           company, lab, sem, owner):
    day = monday_ahead()
    first = ask(founder, startup, lab, day, 9, 11, equipment=sem)
    second = ask(engineer, company, lab, day, 10, 12, equipment=sem)
    bookings.approve(owner, first)
    db.session.commit()
    with pytest.raises(Conflict) as caught:
        bookings.approve(owner, second)
    assert f" {first.id} (" in caught.value.message  # names the clashing request (in the default language)
    db.session.rollback()
    assert db.session.get(type(second), second.id).status == AccessStatus.PENDING
    assert db.session.scalar(db.select(db.func.count(BookingUnit.id))) == 4
    with pytest.raises(Conflict):  # asking again for booked hours is refused at once
        ask(engineer, company, lab, day, 9, 10, equipment=sem)


def test_the_lab_and_an_instrument_are_separate_capacity(ask, founder, startup, engineer, company, lab, sem, owner):
    day = monday_ahead()
    bookings.approve(owner, ask(founder, startup, lab, day, 9, 11, equipment=sem))
    bookings.approve(owner, ask(engineer, company, lab, day, 9, 11))
    db.session.commit()
    assert sorted(db.session.scalars(db.select(BookingUnit.resource).distinct())) == [f"equipment:{sem.id}",
                                                                                      f"lab:{lab.id}"]


def test_propose_accept_books_the_proposed_hours(ask, founder, startup, lab, sem, owner, outbox):
    day = monday_ahead()
    request = ask(founder, startup, lab, day, 9, 11, equipment=sem)
    bookings.propose(owner, request, {"starts_at": at(day, 14), "ends_at": at(day, 16), "note": "Sáng bận."})
    db.session.commit()
    assert request.status == AccessStatus.PROPOSED and not units_of(request)
    with pytest.raises(NotAllowed):
        bookings.accept_proposal(owner, request)
    bookings.accept_proposal(founder, request)
    db.session.commit()
    assert request.status == AccessStatus.APPROVED and bookings.as_utc(request.starts_at) == utc(day, 14)
    assert len(units_of(request)) == 4
    kinds = db.session.scalars(db.select(Notification.kind).order_by(Notification.id)).all()
    assert kinds == ["lab_access_requested", "lab_access_proposed", "lab_access_accepted"]


def test_decline_with_reason_and_requester_declines_a_proposal(ask, founder, startup, lab, owner):
    day = monday_ahead()
    first = ask(founder, startup, lab, day, 9, 10)
    with pytest.raises(NotAllowed):
        bookings.decline(founder, first, "no")
    bookings.decline(owner, first, "Phòng đang sửa chữa.")
    second = ask(founder, startup, lab, day, 9, 10)
    bookings.propose(owner, second, {"starts_at": at(day, 15), "ends_at": at(day, 16)})
    bookings.decline(founder, second)
    db.session.commit()
    assert first.status == second.status == AccessStatus.DECLINED and first.decision_note == "Phòng đang sửa chữa."
    with pytest.raises(Conflict):
        bookings.approve(owner, first)


def test_cancelling_an_approved_booking_frees_the_hours(ask, founder, startup, engineer, company, lab, sem, owner):
    day = monday_ahead()
    first = ask(founder, startup, lab, day, 9, 11, equipment=sem)
    second = ask(engineer, company, lab, day, 9, 11, equipment=sem)
    bookings.approve(owner, first)
    db.session.commit()
    with pytest.raises(NotAllowed):
        bookings.cancel(engineer, first)
    bookings.cancel(founder, first)
    db.session.commit()
    assert first.status == AccessStatus.CANCELLED and not units_of(first)
    bookings.approve(owner, second)
    db.session.commit()
    assert len(units_of(second)) == 4


def test_a_stale_version_and_a_manager_on_the_requesting_side_are_refused(ask, founder, startup, lab, owner):
    request = ask(founder, startup, lab, monday_ahead(), 9, 10)
    with pytest.raises(Conflict):
        bookings.approve(owner, request, expected_version=request.version + 1)
    from ecosystem.registry.members import add_member
    from ecosystem.auth.policy import SYSTEM
    add_member(SYSTEM, startup, owner.email, "editor")
    db.session.commit()
    with pytest.raises(NotAllowed):
        bookings.approve(owner, request)


PASSED_EN, PASSED_VI = "propose other hours or decline it", "hãy đề xuất giờ khác hoặc từ chối"


def test_a_request_whose_hours_have_begun_cannot_be_approved(ask, founder, startup, lab, sem, owner):
    day = monday_ahead()
    request = ask(founder, startup, lab, day, 9, 11, equipment=sem)
    with pytest.raises(Conflict) as refused:
        bookings.approve(owner, request, now=utc(day, 9, 30))  # the manager answers too late
    assert PASSED_EN in refused.value.message or PASSED_VI in refused.value.message
    db.session.rollback()
    assert request.status == AccessStatus.PENDING and units_of(request) == []
    bookings.propose(owner, request, {"starts_at": at(day + timedelta(days=7), 9),
                                      "ends_at": at(day + timedelta(days=7), 11)}, now=utc(day, 9, 30))
    db.session.commit()
    assert request.status == AccessStatus.PROPOSED  # other hours are still possible


def test_the_api_refuses_to_approve_hours_that_have_passed(founder, startup, lab, sem, owner, client, bearer):
    day = monday_ahead() - timedelta(days=14)  # hours two weeks ago, asked for three weeks ago
    request = bookings.request_access(founder, lab, {
        "on_behalf_of": f"organisation:{startup.slug}", "starts_at": at(day, 9), "ends_at": at(day, 10),
        "purpose": "Đo mẫu."}, equipment=sem, now=utc(day, 9) - timedelta(days=7))
    db.session.commit()
    response = client.post(f"/api/v1/access-requests/{request.id}/approve", headers=bearer(owner), json={})
    message = response.get_json()["error"]["message"]
    assert response.status_code == 409 and (PASSED_EN in message or PASSED_VI in message)
    db.session.expire_all()
    assert db.session.get(type(request), request.id).status == AccessStatus.PENDING and units_of(request) == []
