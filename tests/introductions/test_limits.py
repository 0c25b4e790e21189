"""Limits: per user per day, no duplicate open request, not to oneself, not to an unmanaged listing;
bad references. Each refusal says why and saves nothing (no introduction, no notification, no mail)."""
from datetime import timedelta

import pytest

from ecosystem.errors import Conflict, Invalid, NotAllowed, NotFound
from ecosystem.extensions import db
from ecosystem.introductions import services
from ecosystem.models import Introduction, Notification, Status, utcnow

pytestmark = pytest.mark.usefixtures("app")


def _nothing_saved(outbox, before=0):
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(Introduction.id))) == before
    assert db.session.scalar(db.select(db.func.count(Notification.id))) == before


def test_daily_limit(app, make_user, make_org, outbox):
    app.config["INTRODUCTIONS_PER_DAY"] = 2
    try:
        owners = [make_user(f"o{n}@example.org") for n in range(3)]
        targets = [make_org("company", f"Công ty {n}", owner=owners[n]) for n in range(3)]
        asker = make_user("asker@example.org")
        old = services.request_introduction(asker, None, f"organisation:{targets[0].slug}", "Xin chào")
        old.created_at = utcnow() - timedelta(days=1, minutes=1)  # yesterday's request does not count
        services.request_introduction(asker, None, f"organisation:{targets[1].slug}", "Xin chào")
        db.session.commit()
        services.withdraw(asker, old)
        services.request_introduction(asker, None, f"organisation:{targets[0].slug}", "Xin chào lần nữa")
        db.session.commit()
        with pytest.raises(services.DailyLimitReached, match="2 introduction requests") as err:
            services.request_introduction(asker, None, f"organisation:{targets[2].slug}", "Xin chào")
        assert err.value.status == 429
        db.session.rollback()
        assert db.session.scalar(db.select(db.func.count(Introduction.id))) == 3
    finally:
        app.config.pop("INTRODUCTIONS_PER_DAY")


def test_default_limit_is_ten(app):
    assert services.per_day_limit() == 10


def test_no_duplicate_open_request_from_the_same_side(founder, make_user, startup, fund, ask, outbox):
    first = ask(founder, fund, source=startup)
    from ecosystem.registry.members import add_member
    colleague = make_user("colleague@robot.vn")
    add_member(founder, startup, colleague.email, "editor")
    db.session.commit()
    sent_mail = len(outbox)
    for user in (founder, colleague):
        with pytest.raises(Conflict, match=f"already open \\(number {first.id}\\)"):
            services.request_introduction(user, f"organisation:{startup.slug}", f"organisation:{fund.slug}", "Lại")
        db.session.rollback()
    # Acting for themselves is another side: allowed.
    ask(colleague, fund)
    assert len(outbox) == sent_mail + 1


@pytest.mark.parametrize("status_path", [["accept"], ["accept", "met"]])
def test_accepted_and_met_requests_are_still_open(founder, investor_user, startup, fund, ask, status_path):
    introduction = ask(founder, fund, source=startup)
    for step in status_path:
        services.ACTIONS[step](investor_user if step == "accept" else founder, introduction)
    db.session.commit()
    with pytest.raises(Conflict):
        ask(founder, fund, source=startup)


def test_not_to_oneself_or_an_organisation_one_manages(founder, startup, fund, investor_user, outbox):
    with pytest.raises(Invalid, match="to yourself or to a listing you manage") as err:
        services.request_introduction(founder, f"organisation:{startup.slug}", f"organisation:{startup.slug}", "Hi")
    assert err.value.field == "target"
    with pytest.raises(Invalid, match="listing you manage"):
        services.request_introduction(investor_user, None, f"organisation:{fund.slug}", "Hi")
    _nothing_saved(outbox)
    assert outbox == []


def test_not_to_ones_own_profile(make_user, ask):
    from ecosystem.registry.people import create_person
    user = make_user("me@example.org")
    person = create_person(user, {"full_name": "Tôi"}, status=Status.VERIFIED)
    db.session.commit()
    with pytest.raises(Invalid, match="yourself"):
        services.request_introduction(user, None, f"person:{person.slug}", "Hi")


def test_a_listing_nobody_manages_gets_a_clear_message(founder, startup, make_org, outbox):
    orphan = make_org("investor", "Quỹ chưa có chủ")
    with pytest.raises(Invalid, match="Nobody manages this listing.*claim it.*innovation office"):
        services.request_introduction(founder, f"organisation:{startup.slug}", f"organisation:{orphan.slug}", "Hi")
    _nothing_saved(outbox)


def test_source_must_be_managed_by_the_requester(founder, make_user, make_org, fund):
    other = make_org("startup", "Người khác", owner=make_user("other@example.org"))
    with pytest.raises(NotAllowed):
        services.request_introduction(founder, f"organisation:{other.slug}", f"organisation:{fund.slug}", "Hi")


@pytest.mark.parametrize("target, error", [
    ("", Invalid), ("fund", Invalid), ("planet:x", Invalid), ("organisation:", Invalid),
    ("organisation:" + "x" * 200, Invalid), ("organisation:nowhere", NotFound),
])
def test_bad_target_references(founder, fund, target, error):
    with pytest.raises(error):
        services.request_introduction(founder, None, target, "Hi")


def test_target_must_be_public(founder, make_user, make_org):
    pending = make_org("investor", "Chờ duyệt", owner=make_user("p@example.org"), status=Status.PENDING)
    with pytest.raises(NotFound):
        services.request_introduction(founder, None, f"organisation:{pending.slug}", "Hi")


@pytest.mark.parametrize("message", ["", "   ", None, "x" * 2001])
def test_message_is_required_and_bounded(founder, fund, message, outbox):
    with pytest.raises(Invalid) as err:
        services.request_introduction(founder, None, f"organisation:{fund.slug}", message)
    assert err.value.field == "message"
    _nothing_saved(outbox)
