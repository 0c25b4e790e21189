"""In-app notifications and emails: who is told, in which language, and the unread count."""
import pytest

from ecosystem.errors import NotFound
from ecosystem.extensions import db
from ecosystem.introductions import services
from ecosystem.notifications.services import describe, mark_all_read, mark_read, notify, unread_count

pytestmark = pytest.mark.usefixtures("app")


def _kinds(user):
    from ecosystem.models import Notification
    return [n.kind for n in db.session.scalars(db.select(Notification).filter_by(user_id=user.id)
                                               .order_by(Notification.id))]


def test_each_step_tells_the_other_side(founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    assert _kinds(investor_user) == ["introduction_received"] and _kinds(founder) == []
    services.accept(investor_user, introduction)
    services.mark_met(founder, introduction)
    services.mark_agreed(investor_user, introduction)
    db.session.commit()
    assert _kinds(founder) == ["introduction_accepted", "introduction_agreed"]
    assert _kinds(investor_user) == ["introduction_received", "introduction_met"]


def test_decline_and_withdraw_notifications(founder, investor_user, startup, fund, ask):
    first = ask(founder, fund, source=startup)
    services.decline(investor_user, first, "Không phù hợp")
    second = ask(founder, fund, source=startup)
    services.withdraw(founder, second)
    db.session.commit()
    assert _kinds(founder) == ["introduction_declined"]
    assert _kinds(investor_user) == ["introduction_received", "introduction_received", "introduction_withdrawn"]


def test_request_mail_goes_to_every_manager_in_their_language(founder, make_user, startup, fund, ask, outbox):
    from ecosystem.registry.members import add_member
    english = make_user("analyst@fund.vn")
    english.locale = "en"
    add_member(fund.memberships[0].user, fund, english.email, "editor")
    db.session.commit()
    ask(founder, fund, source=startup, message="Xin được gặp anh Minh.")
    by_recipient = {m["To"]: m for m in outbox}
    assert set(by_recipient) == {"minh@fund.vn", "analyst@fund.vn"}
    vietnamese, in_english = by_recipient["minh@fund.vn"], by_recipient["analyst@fund.vn"]
    assert in_english["Subject"] == "Introduction request from Công ty Robot Hòa Lạc"
    body = in_english.get_content()
    assert "Xin được gặp anh Minh." in body and "/introductions/" in body
    assert vietnamese["Subject"] != in_english["Subject"] and "Công ty Robot Hòa Lạc" in vietnamese["Subject"]


def test_accept_and_decline_are_mailed_met_is_not(founder, investor_user, startup, fund, ask, outbox):
    introduction = ask(founder, fund, source=startup)
    outbox.clear()
    services.accept(investor_user, introduction)
    assert [m["To"] for m in outbox] == ["lan@robot.vn"]
    services.mark_met(investor_user, introduction)
    assert len(outbox) == 1
    second = ask(founder, fund)  # acting for herself: another side, so not a duplicate
    outbox.clear()
    services.decline(investor_user, second, "Chưa đúng giai đoạn")
    assert "Chưa đúng giai đoạn" in outbox[0].get_content()


def test_notification_text_in_the_readers_language(app, founder, investor_user, startup, fund, ask):
    ask(founder, fund, source=startup)
    from ecosystem.models import Notification
    notification = db.session.scalar(db.select(Notification).filter_by(user_id=investor_user.id))
    from flask_babel import force_locale
    with app.test_request_context("/"), force_locale("en"):
        assert describe(notification) == "Công ty Robot Hòa Lạc asks for an introduction to Red River Fund."
    with app.test_request_context("/"), force_locale("vi"):
        assert "Quỹ Đầu tư Sông Hồng" in describe(notification)


def test_unread_count_and_marking(app, founder, investor_user, make_user):
    with app.test_request_context("/"):
        first = notify(founder, "introduction_met", {"source": "A", "target": "B"}, "/introductions/1")
        notify(founder, "introduction_agreed", {"source": "A", "target": "B"}, "/introductions/1")
        assert unread_count(founder) == 2
        mark_read(founder, first.id)
        mark_read(founder, first.id)
        assert unread_count(founder) == 1
        with pytest.raises(NotFound):
            mark_read(investor_user, first.id)
        assert mark_all_read(founder) == 1 and unread_count(founder) == 0


def test_links_stay_inside_the_site(founder):
    for link in ("https://evil.example", "//evil.example", "javascript:alert(1)"):
        with pytest.raises(ValueError):
            notify(founder, "introduction_met", {}, link)
