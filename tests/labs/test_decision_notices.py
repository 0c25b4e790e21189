"""A curator's decision on a lab reaches the people who manage it: one unread notification each, linking to the
lab's page, and an email in the reader's language (with the curator's reason when the lab was returned)."""
import pytest

from ecosystem.errors import NotAllowed
from ecosystem.extensions import db
from ecosystem.labs import services
from ecosystem.models import Lab, Notification, OrgRole, Status
from ecosystem.registry.members import add_member

from .conftest import API

LAB_VERIFIED, LAB_REJECTED = "lab_verified", "lab_rejected"  # stored with each notification

REASON = "Thiếu danh mục thiết bị và biểu phí."


def notices_of(user):
    return list(db.session.scalars(db.select(Notification).filter_by(user_id=user.id)))


def mail_to(outbox, user):
    return [m for m in outbox if m["To"] == user.email]


@pytest.fixture
def lab_manager(make_user, owner, university):
    """An editor of the host who is also the lab's manager account, reading in English."""
    user = make_user("manager@example.org")
    user.locale = "en"
    add_member(owner, university, user.email, OrgRole.EDITOR)
    db.session.commit()
    return user


@pytest.fixture
def pending_lab(make_lab, university, lab_manager):
    return make_lab(university, status=Status.PENDING, manager_user_id=lab_manager.id)


def test_verifying_tells_each_manager_once_in_the_app_and_by_mail(app, outbox, owner, lab_manager, curator_user,
                                                                  stranger, pending_lab):
    services.verify_lab(curator_user, pending_lab)
    db.session.commit()
    for user in (owner, lab_manager):  # the manager is also a host member: still one notice
        [notice] = notices_of(user)
        assert notice.kind == LAB_VERIFIED and notice.read_at is None
        assert notice.link == f"/labs/{pending_lab.slug}"
        [mail] = mail_to(outbox, user)
        assert mail.get_content().rstrip().endswith(f"/labs/{pending_lab.slug}")
    assert notices_of(curator_user) == [] and notices_of(stranger) == []
    assert len(outbox) == 2
    assert mail_to(outbox, lab_manager)[0]["Subject"] == "The lab Semiconductor Microchip Lab is verified and public."
    assert mail_to(outbox, owner)[0]["Subject"] == \
        "Phòng thí nghiệm Phòng thí nghiệm Vi mạch Bán dẫn đã được xác minh và công khai."


def test_returning_mails_the_reason(app, outbox, owner, lab_manager, curator_user, stranger, pending_lab):
    services.reject_lab(curator_user, pending_lab, REASON)
    db.session.commit()
    assert pending_lab.status == Status.REJECTED
    for user in (owner, lab_manager):
        assert [n.kind for n in notices_of(user)] == [LAB_REJECTED]
        [mail] = mail_to(outbox, user)
        assert REASON in mail.get_content()
    assert "The curator's reason:" in mail_to(outbox, lab_manager)[0].get_content()
    assert "Lý do của cán bộ thẩm định:" in mail_to(outbox, owner)[0].get_content()
    assert notices_of(curator_user) == [] and notices_of(stranger) == [] and len(outbox) == 2


def test_a_refused_decision_tells_nobody(app, outbox, owner, stranger, pending_lab):
    with pytest.raises(NotAllowed):
        services.reject_lab(stranger, pending_lab, REASON)
    assert notices_of(owner) == [] and outbox == []


def test_the_notification_reads_in_english_and_vietnamese(client, auth, owner, curator_user, pending_lab):
    services.verify_lab(curator_user, pending_lab)
    db.session.commit()
    auth.login("owner@example.org")
    response = client.get("/notifications")
    assert response.status_code == 200
    assert "The lab Semiconductor Microchip Lab is verified and public." in response.get_data(as_text=True)
    client.set_cookie("lang", "vi")
    page = client.get("/notifications").get_data(as_text=True)
    assert "Phòng thí nghiệm Phòng thí nghiệm Vi mạch Bán dẫn đã được xác minh và công khai." in page


def test_returning_from_the_lab_page_notifies_and_mails(client, auth, outbox, owner, lab_manager, curator_user,
                                                       pending_lab):
    auth.login("curator@example.org")
    response = client.post(f"/labs/{pending_lab.slug}/decide", data={"action": "reject", "reason": REASON})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Lab, pending_lab.id).status == Status.REJECTED
    assert [n.kind for n in notices_of(owner)] == [LAB_REJECTED]
    assert [n.kind for n in notices_of(lab_manager)] == [LAB_REJECTED]
    assert sorted(m["To"] for m in outbox) == sorted([owner.email, lab_manager.email])
    assert all(REASON in m.get_content() for m in outbox)


def test_returning_through_the_api_notifies_and_mails(client, bearer, outbox, owner, curator_user, pending_lab):
    response = client.post(f"{API}/labs/{pending_lab.slug}/reject", json={"reason": REASON},
                           headers=bearer(curator_user))
    assert response.status_code == 200
    assert [n.kind for n in notices_of(owner)] == [LAB_REJECTED]
    assert REASON in mail_to(outbox, owner)[0].get_content()
