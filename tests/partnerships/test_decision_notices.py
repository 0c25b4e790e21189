"""A curator's decision on a partnership reaches the managers of its verified partners: one unread notification
each, linking to the partnership's page, and an email in the reader's language (with the reason when returned)."""
import pytest

from ecosystem.collaboration.partnerships.services import reject_partnership, verify_partnership
from ecosystem.errors import NotAllowed
from ecosystem.extensions import db
from ecosystem.models import Membership, Notification, OrgRole, Partnership, Status

from .conftest import API, partner

PARTNERSHIP_VERIFIED, PARTNERSHIP_REJECTED = "partnership_verified", "partnership_rejected"  # stored with each notification

REASON = "Chưa có cam kết vốn đối ứng của nhà đầu tư."


def notices_of(user):
    return list(db.session.scalars(db.select(Notification).filter_by(user_id=user.id)))


def mail_to(outbox, user):
    return [m for m in outbox if m["To"] == user.email]


def join(user, org):
    db.session.add(Membership(user_id=user.id, organisation_id=org.id, role=OrgRole.EDITOR))
    db.session.commit()


@pytest.fixture
def agency_user(make_user, world, school_owner):
    """An editor of the agency (a partner) who is also in the university: one person, two partners, reading English."""
    user = make_user("agency@example.org")
    user.locale = "en"
    join(user, world["agency"])
    join(user, world["university"])
    return user


@pytest.fixture
def unverified_member(make_user, make_org):
    """The member of a partner company archived since it joined: no longer a manager (see the policy)."""
    user = make_user("archived-company@example.org")
    company = make_org("company", "Công ty Đã Lưu trữ", owner=user)
    return user, company


@pytest.fixture
def pending(make_partnership, world, school_owner, agency_user, unverified_member):
    _user, company = unverified_member
    created = make_partnership([partner(world["university"], "school"), partner(world["agency"], "state"),
                                partner(company, "investor")], actor=school_owner)
    company.status = Status.ARCHIVED
    db.session.commit()
    return created


def test_verifying_tells_each_partner_manager_once(app, outbox, pending, school_owner, agency_user, curator_user,
                                                   unverified_member, make_user):
    fund_user = make_user("bystander@example.org")
    verify_partnership(curator_user, pending)
    db.session.commit()
    for user in (school_owner, agency_user):
        [notice] = notices_of(user)
        assert notice.kind == PARTNERSHIP_VERIFIED and notice.read_at is None
        assert notice.link == f"/partnerships/{pending.slug}"
        [mail] = mail_to(outbox, user)
        assert mail.get_content().rstrip().endswith(f"/partnerships/{pending.slug}")
    for user in (curator_user, unverified_member[0], fund_user):
        assert notices_of(user) == []
    assert len(outbox) == 2
    assert mail_to(outbox, agency_user)[0]["Subject"] == \
        "The partnership Hoa Lac chip design centre is verified and public."
    assert mail_to(outbox, school_owner)[0]["Subject"] == \
        "Hợp tác Trung tâm thiết kế vi mạch Hòa Lạc đã được xác minh và công khai."


def test_returning_mails_the_reason(app, outbox, pending, school_owner, agency_user, curator_user):
    reject_partnership(curator_user, pending, REASON)
    db.session.commit()
    assert pending.status == Status.REJECTED
    for user in (school_owner, agency_user):
        assert [n.kind for n in notices_of(user)] == [PARTNERSHIP_REJECTED]
        assert REASON in mail_to(outbox, user)[0].get_content()
    assert notices_of(curator_user) == [] and len(outbox) == 2


def test_a_refused_decision_tells_nobody(app, outbox, pending, school_owner, agency_user):
    with pytest.raises(NotAllowed):
        verify_partnership(agency_user, pending)
    assert notices_of(school_owner) == [] and outbox == []


def test_the_notification_reads_in_english_and_vietnamese(client, auth, pending, school_owner, curator_user):
    reject_partnership(curator_user, pending, REASON)
    db.session.commit()
    auth.login("school@example.org")
    response = client.get("/notifications")
    assert response.status_code == 200
    assert "A curator returned the partnership Hoa Lac chip design centre for changes." in \
        response.get_data(as_text=True)
    client.set_cookie("lang", "vi")
    page = client.get("/notifications").get_data(as_text=True)
    assert "Cán bộ thẩm định đã trả lại hợp tác Trung tâm thiết kế vi mạch Hòa Lạc để chỉnh sửa." in page


def test_returning_from_the_page_notifies_and_mails(client, auth, outbox, pending, school_owner, agency_user,
                                                   curator_user):
    auth.login("curator@example.org")
    response = client.post(f"/partnerships/{pending.slug}/decide", data={"action": "reject", "reason": REASON})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Partnership, pending.id).status == Status.REJECTED
    for user in (school_owner, agency_user):
        assert [n.kind for n in notices_of(user)] == [PARTNERSHIP_REJECTED]
    assert sorted(m["To"] for m in outbox) == sorted([school_owner.email, agency_user.email])
    assert all(REASON in m.get_content() for m in outbox)


def test_returning_through_the_api_notifies_and_mails(client, bearer, outbox, pending, school_owner, curator_user):
    response = client.post(f"{API}/partnerships/{pending.slug}/reject", json={"reason": REASON},
                           headers=bearer(curator_user))
    assert response.status_code == 200
    assert [n.kind for n in notices_of(school_owner)] == [PARTNERSHIP_REJECTED]
    assert REASON in mail_to(outbox, school_owner)[0].get_content()
