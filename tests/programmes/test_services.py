"""Programmes through the services: deadlines that close by themselves, eligibility, duplicates, permissions,
the review workflow and its notifications."""
from datetime import timedelta

import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.collaboration.programmes import applications, services
from ecosystem.collaboration.programmes.states import call_state, programme_state
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.models import ApplicationStatus, Notification, ProgrammeApplication, Status

from .conftest import NOW, PROGRAMME, around


def test_a_call_is_open_only_between_its_opening_and_closing_time(clock, agency, make_programme):
    programme = make_programme(agency, calls=[around(NOW, 5, 10)])
    call = programme.calls[0]
    assert call_state(call, NOW) == "open" and programme_state(programme, NOW) == "open"
    assert call_state(call, NOW - timedelta(days=6)) == "upcoming"
    assert programme_state(programme, NOW - timedelta(days=6)) == "upcoming"
    closes = call.closes_at
    assert call_state(call, closes) == "closed" and programme_state(programme, closes) == "closed"
    assert call_state(call, closes - timedelta(seconds=1)) == "open"
    assert programme_state(make_programme(agency, title="Không có đợt"), NOW) == "interest"


def test_applications_after_the_deadline_are_refused(clock, agency, startup, founder, make_programme):
    programme = make_programme(agency, calls=[around(NOW, 5, 1)])
    call = programme.calls[0]
    clock.move(days=1, seconds=1)
    with pytest.raises(Conflict) as refused:
        applications.apply(founder, programme, startup, call, {"message": "Xin tham gia"})
    assert "2026-06-02 10:00 (GMT+7)" in refused.value.message  # the deadline, in Hanoi time
    assert db.session.scalar(db.select(db.func.count(ProgrammeApplication.id))) == 0
    with pytest.raises(Conflict):  # every call closed: no interest either
        applications.apply(founder, programme, startup)


def test_a_call_that_has_not_opened_refuses_applications(clock, agency, startup, founder, make_programme):
    programme = make_programme(agency, calls=[(NOW + timedelta(days=2), NOW + timedelta(days=30))])
    with pytest.raises(Conflict) as refused:
        applications.apply(founder, programme, startup, programme.calls[0])
    assert "2026-06-03 10:00 (GMT+7)" in refused.value.message
    interest = applications.apply(founder, programme, startup)  # interest is fine before the call opens
    assert interest.status == ApplicationStatus.INTERESTED and interest.call is None


def test_eligibility_by_kind_and_for_researchers(clock, agency, startup, founder, university, researcher,
                                                 make_programme):
    programme = make_programme(agency, calls=[around(NOW, 1, 10)])
    rector = university.memberships[0].user
    with pytest.raises(Invalid) as refused:
        applications.apply(rector, programme, university, programme.calls[0])
    assert refused.value.field == "applicant"
    with pytest.raises(Invalid):
        applications.apply(founder, programme, researcher, programme.calls[0])
    assert applications.apply(founder, programme, startup, programme.calls[0]).status == "submitted"
    open_to_all = make_programme(agency, title="Mở cho mọi tổ chức", eligible_kinds=[], calls=[around(NOW, 1, 10)])
    assert applications.apply(rector, open_to_all, university, open_to_all.calls[0]).status == "submitted"
    with pytest.raises(Invalid):
        applications.apply(founder, open_to_all, researcher, open_to_all.calls[0])
    for_researchers = make_programme(agency, title="Cho nhà khoa học", eligible_kinds=["researcher"],
                                     calls=[around(NOW, 1, 10)])
    assert applications.apply(founder, for_researchers, researcher, for_researchers.calls[0]).person == researcher


def test_one_application_per_call_and_one_interest_per_programme(clock, agency, startup, founder, make_programme):
    programme = make_programme(agency, calls=[around(NOW, 1, 10)])
    call = programme.calls[0]
    first = applications.apply(founder, programme, startup, call, {"message": "Lần 1"})
    with pytest.raises(Conflict):
        applications.apply(founder, programme, startup, call, {"message": "Lần 2"})
    applications.apply(founder, programme, startup)
    with pytest.raises(Conflict):
        applications.apply(founder, programme, startup)
    applications.withdraw(founder, first)
    assert applications.apply(founder, programme, startup, call).status == "submitted"


def test_requested_amount_and_call_times_are_checked(clock, agency, startup, founder, make_programme):
    programme = make_programme(agency, calls=[around(NOW, 1, 10)])
    with pytest.raises(Invalid) as too_much:
        applications.apply(founder, programme, startup, programme.calls[0], {"requested_vnd": 600_000_000})
    assert too_much.value.field == "requested_vnd"
    with pytest.raises(Invalid) as backwards:
        services.add_call(SYSTEM, programme, {"title": "Ngược", "opens_at": NOW, "closes_at": NOW})
    assert backwards.value.field == "closes_at"
    with pytest.raises(Invalid) as bad_time:
        services.add_call(SYSTEM, programme, {"title": "Sai", "opens_at": "mai", "closes_at": "2026-07-01T17:00"})
    assert "opens_at" in bad_time.value.errors


def test_naive_times_are_hanoi_time(clock, agency, make_programme):
    programme = make_programme(agency)
    call = services.add_call(SYSTEM, programme, {"title": "Đợt 1", "opens_at": "2026-06-01T08:00",
                                                 "closes_at": "2026-06-30T17:00"})
    db.session.commit()
    db.session.expire_all()
    assert call.closes_at.replace(tzinfo=None).isoformat() == "2026-06-30T10:00:00"


def test_who_publishes_and_who_verifies(agency, agency_manager, startup, founder, curator, make_user):
    with pytest.raises(Invalid):
        services.create_programme(founder, startup, PROGRAMME)  # a startup runs no programmes
    with pytest.raises(NotAllowed):
        services.create_programme(founder, agency, PROGRAMME)  # not a manager of the agency
    pending = services.create_programme(agency_manager, agency, PROGRAMME)
    assert pending.status == Status.PENDING
    with pytest.raises(NotAllowed):
        services.verify_programme(agency_manager, pending)
    by_curator = services.create_programme(curator, agency, {**PROGRAMME, "title": "Do cán bộ tạo"})
    assert by_curator.status == Status.VERIFIED
    services.verify_programme(curator, pending)
    assert pending.status == Status.VERIFIED
    held = services.create_programme(curator, agency, {**PROGRAMME, "title": "Giữ lại"}, status=Status.PENDING)
    with pytest.raises(NotAllowed):
        services.verify_programme(curator, held)  # never the curator's own
    other = make_user("other-curator@example.org", role="curator")
    services.archive_programme(agency_manager, by_curator)
    assert by_curator.status == Status.ARCHIVED
    own = services.create_programme(agency_manager, agency, {**PROGRAMME, "title": "Chờ duyệt"})
    services.reject_programme(other, own, "Thiếu thời hạn")
    assert own.status == Status.REJECTED
    services.update_programme(agency_manager, own, {"summary": "Đã bổ sung."}, expected_version=own.version)
    assert own.status == Status.PENDING


def test_a_stale_version_is_a_conflict(agency, agency_manager, make_programme):
    programme = make_programme(agency)
    version = programme.version
    services.update_programme(agency_manager, programme, {"title_en": "Voucher"}, expected_version=version)
    with pytest.raises(Conflict):
        services.update_programme(agency_manager, programme, {"title_en": "Again"}, expected_version=version)


def test_review_workflow_notifies_the_applicant(app, clock, agency, agency_manager, startup, founder, outbox,
                                                make_programme):
    programme = make_programme(agency, calls=[around(NOW, 1, 10)])
    application = applications.apply(founder, programme, startup, programme.calls[0], {"message": "Đề xuất"})
    assert db.session.scalar(db.select(Notification).filter_by(user_id=agency_manager.id)).kind == \
        "programme_application_received"
    with pytest.raises(NotAllowed):
        applications.review(founder, application, "accepted")
    applications.review(agency_manager, application, "under-review")
    applications.review(agency_manager, application, "accepted", note="Chúc mừng")
    assert application.status == "accepted" and application.decided_by_id == agency_manager.id
    kinds = [n.kind for n in db.session.scalars(db.select(Notification).filter_by(user_id=founder.id))]
    assert sorted(kinds) == ["programme_application_accepted", "programme_application_under_review"]
    assert [m["To"] for m in outbox] == [founder.email, founder.email]
    assert "Chúc mừng" in outbox[-1].get_content()
    with pytest.raises(Conflict):
        applications.withdraw(founder, application)
    with pytest.raises(Conflict):
        applications.review(agency_manager, application, "rejected")
    with pytest.raises(Invalid):
        applications.review(agency_manager, application, "approved")
