"""A curator's decision on a zone project reaches the zone's managers (its own members and its management
board's): one unread notification each, linking to the project's page, and an email in the reader's language
(with the curator's reason when the project was returned)."""
import pytest

from ecosystem.collaboration.zones.services import reject_project, verify_project
from ecosystem.errors import NotAllowed
from ecosystem.extensions import db
from ecosystem.models import Membership, Notification, OrgRole, Status, ZoneProject

from .conftest import API

PROJECT_VERIFIED, PROJECT_REJECTED = "zone_project_verified", "zone_project_rejected"  # stored with each notification

REASON = "Số giấy chứng nhận đầu tư không khớp với quyết định."


def notices_of(user):
    return list(db.session.scalars(db.select(Notification).filter_by(user_id=user.id)))


def mail_to(outbox, user):
    return [m for m in outbox if m["To"] == user.email]


def join(user, org):
    db.session.add(Membership(user_id=user.id, organisation_id=org.id, role=OrgRole.EDITOR))
    db.session.commit()


@pytest.fixture
def zone_editor(make_user, zone, board_user):
    """An editor of the zone's own listing, reading in English; the board's owner edits the zone too."""
    user = make_user("zone-editor@example.org")
    user.locale = "en"
    join(user, zone)
    join(board_user, zone)  # a member of both: still one notice
    return user


@pytest.fixture
def pending(make_project, zone, zone_editor):
    return make_project(zone, status=Status.PENDING)


def test_verifying_tells_each_zone_manager_once(app, outbox, pending, board_user, zone_editor, curator_user,
                                                make_user, other_zone):
    bystander = make_user("bystander@example.org")
    join(bystander, other_zone)
    verify_project(curator_user, pending)
    db.session.commit()
    for user in (board_user, zone_editor):
        [notice] = notices_of(user)
        assert notice.kind == PROJECT_VERIFIED and notice.read_at is None
        assert notice.link == f"/projects/{pending.slug}"
        [mail] = mail_to(outbox, user)
        assert mail.get_content().rstrip().endswith(f"/projects/{pending.slug}")
    assert notices_of(curator_user) == [] and notices_of(bystander) == []
    assert len(outbox) == 2
    assert mail_to(outbox, zone_editor)[0]["Subject"] == "The project Hoa Lac data centre is verified and public."
    assert mail_to(outbox, board_user)[0]["Subject"] == \
        "Dự án Trung tâm dữ liệu Hòa Lạc đã được xác minh và công khai."


def test_returning_mails_the_reason(app, outbox, pending, board_user, zone_editor, curator_user):
    reject_project(curator_user, pending, REASON)
    db.session.commit()
    assert pending.status == Status.REJECTED
    for user in (board_user, zone_editor):
        assert [n.kind for n in notices_of(user)] == [PROJECT_REJECTED]
        assert REASON in mail_to(outbox, user)[0].get_content()
    assert notices_of(curator_user) == [] and len(outbox) == 2


def test_a_refused_decision_tells_nobody(app, outbox, pending, board_user, zone_editor):
    with pytest.raises(NotAllowed):
        reject_project(zone_editor, pending, REASON)
    assert notices_of(board_user) == [] and outbox == []


def test_the_notification_reads_in_english_and_vietnamese(client, auth, pending, board_user, curator_user):
    reject_project(curator_user, pending, REASON)
    db.session.commit()
    auth.login("board@example.org")
    response = client.get("/notifications")
    assert response.status_code == 200
    assert "A curator returned the project Hoa Lac data centre for changes." in response.get_data(as_text=True)
    client.set_cookie("lang", "vi")
    page = client.get("/notifications").get_data(as_text=True)
    assert "Cán bộ thẩm định đã trả lại dự án Trung tâm dữ liệu Hòa Lạc để chỉnh sửa." in page


def test_returning_from_the_page_notifies_and_mails(client, auth, outbox, pending, board_user, zone_editor,
                                                   curator_user):
    auth.login("curator@example.org")
    response = client.post(f"/projects/{pending.slug}/decide", data={"action": "reject", "reason": REASON})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(ZoneProject, pending.id).status == Status.REJECTED
    for user in (board_user, zone_editor):
        assert [n.kind for n in notices_of(user)] == [PROJECT_REJECTED]
    assert sorted(m["To"] for m in outbox) == sorted([board_user.email, zone_editor.email])
    assert all(REASON in m.get_content() for m in outbox)


def test_returning_through_the_api_notifies_and_mails(client, bearer, outbox, pending, board_user, curator_user):
    response = client.post(f"{API}/projects/{pending.slug}/reject", json={"reason": REASON},
                           headers=bearer(curator_user))
    assert response.status_code == 200
    assert [n.kind for n in notices_of(board_user)] == [PROJECT_REJECTED]
    assert REASON in mail_to(outbox, board_user)[0].get_content()
