"""The curator workspace (queues, filters, bulk decisions), history pages with revert, the activity feed,
the edit forms' conflict panel, and who may see and do what."""
from datetime import timedelta

import pytest

from ecosystem.curation.revisions.capture import pending_revisions
from ecosystem.extensions import db
from ecosystem.models import Claim, Organisation, Person, Revision, RevisionState, Status, utcnow
from ecosystem.registry.members import request_claim
from ecosystem.registry.organisations import update_organisation
from ecosystem.registry.people import create_person, update_person


@pytest.fixture
def verified(make_org, owner):
    return make_org("startup", "Công ty Alpha", owner=owner, stage="seed", province="ha-noi")


def held_change(owner, org, **data):
    update_organisation(owner, org, data)
    db.session.commit()
    return pending_revisions(org)[-1]


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


def test_queues_and_their_filters(client, auth, make_org, make_user, owner, curator, verified):
    make_org("startup", "Startup Chờ Duyệt", owner=owner, status=Status.PENDING, province="ha-noi")
    old = make_org("company", "Công ty Cũ", owner=owner, status=Status.PENDING)
    old.created_at = utcnow() - timedelta(days=10)
    create_person(owner, {"full_name": "Trần Thị Bình"})
    request_claim(make_user("claimant@example.org"), verified, "Tôi là nhà sáng lập.")
    held_change(owner, verified, name="Alpha Mới")
    auth.login(curator.email)

    listings = page(client, "/curation/")
    assert "Startup Chờ Duyệt" in listings and "Công ty Cũ" in listings and "Trần Thị Bình" in listings
    assert page(client, "/curation/?kind=person").count("Startup Chờ Duyệt") == 0
    filtered = page(client, "/curation/?kind=company&q=cu")
    assert "Công ty Cũ" in filtered and "Startup Chờ Duyệt" not in filtered
    aged = page(client, "/curation/?age=7")
    assert "Công ty Cũ" in aged and "Startup Chờ Duyệt" not in aged and "Trần Thị Bình" not in aged
    assert "Startup Chờ Duyệt" in page(client, "/curation/?province=ha-noi")
    assert "Tôi là nhà sáng lập." in page(client, "/curation/?type=claims")
    changes = page(client, "/curation/?type=changes")
    assert "Alpha Mới" in changes and "Công ty Alpha" in changes
    assert "Alpha Mới" not in page(client, "/curation/?type=changes&kind=person")
    page(client, "/curation/?age=forever", 400)
    page(client, "/curation/?kind=planet", 400)
    page(client, "/curation/?type=everything", 404)


def test_bulk_verify_and_reject(client, auth, make_org, owner, curator, outbox):
    first = make_org("startup", "Một", owner=owner, status=Status.PENDING)
    second = make_org("startup", "Hai", owner=owner, status=Status.PENDING)
    person = create_person(owner, {"full_name": "Lê Văn Cường"})
    db.session.commit()
    auth.login(curator.email)
    items = [f"organisation:{first.id}", f"organisation:{second.id}", f"person:{person.id}"]

    response = client.post("/curation/decisions", data={"action": "reject", "reason": " ", "item": items})
    assert response.status_code == 400 and "reason" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Organisation, first.id).status == Status.PENDING

    response = client.post("/curation/decisions", data={"action": "verify", "item": items[:2]})
    assert response.status_code == 302
    db.session.expire_all()
    assert [db.session.get(Organisation, o.id).status for o in (first, second)] == [Status.VERIFIED] * 2
    assert len([m for m in outbox if "verified" in m["Subject"] or "xác minh" in m["Subject"]]) >= 2

    response = client.post("/curation/decisions", follow_redirects=True,
                           data={"action": "reject", "reason": "Thiếu mô tả.", "item": [items[0], items[2]]})
    assert response.status_code == 200
    db.session.expire_all()
    assert db.session.get(Person, person.id).status == Status.REJECTED
    assert db.session.get(Person, person.id).status_reason == "Thiếu mô tả."
    assert db.session.get(Organisation, first.id).status == Status.REJECTED  # verified listings can be returned


def test_bulk_skips_what_cannot_be_decided_and_does_the_rest(client, auth, make_org, owner, curator, verified):
    mine = make_org("startup", "Của curator", owner=curator, status=Status.PENDING)
    other = make_org("startup", "Của chủ", owner=owner, status=Status.PENDING)
    change = held_change(owner, verified, name="Alpha Mới")
    auth.login(curator.email)
    response = client.post("/curation/decisions", follow_redirects=True, data={
        "action": "verify", "item": [f"organisation:{mine.id}", f"organisation:{other.id}", f"change:{change.id}",
                                     "claim:999"]})
    html = response.get_data(as_text=True)
    assert "Của curator" in html and "There is no such item." in html
    db.session.expire_all()
    assert db.session.get(Organisation, mine.id).status == Status.PENDING
    assert db.session.get(Organisation, other.id).status == Status.VERIFIED
    assert db.session.get(Organisation, verified.id).name == "Alpha Mới"
    assert client.post("/curation/decisions", data={"action": "verify", "item": ["bogus"]}).status_code == 400
    assert client.post("/curation/decisions", data={"action": "verify"}).status_code == 400


def test_single_change_decisions(client, auth, owner, curator, verified, outbox):
    change = held_change(owner, verified, website="https://moi.example.vn")
    auth.login(curator.email)
    response = client.post(f"/curation/changes/{change.id}/decide", data={"action": "reject", "reason": ""})
    assert response.status_code == 303
    assert db.session.get(Revision, change.id).state == RevisionState.PENDING
    client.post(f"/curation/changes/{change.id}/decide", data={"action": "reject", "reason": "Trang web sai."})
    db.session.expire_all()
    assert db.session.get(Revision, change.id).state == RevisionState.REJECTED
    assert db.session.get(Organisation, verified.id).website is None
    assert "Trang web sai." in outbox[-1].get_content()


def test_owner_cannot_decide_changes_or_revert(client, auth, owner, verified):
    change = held_change(owner, verified, name="Alpha Mới")
    auth.login(owner.email)
    assert client.post(f"/curation/changes/{change.id}/decide", data={"action": "approve"}).status_code == 403
    assert client.post(f"/revisions/{change.id}/revert").status_code == 403
    assert client.post("/curation/decisions", data={"action": "verify", "item": [f"change:{change.id}"]}) \
        .status_code == 403
    assert client.get("/curation/activity").status_code == 403


def test_history_is_for_managers_and_curators(client, auth, make_user, owner, curator, verified):
    held_change(owner, verified, name="Alpha Mới", phone="024 3555 0199")
    url = f"/o/{verified.slug}/history"
    assert client.get(url).status_code == 302  # to the sign-in page
    make_user("stranger@example.org")
    auth.login("stranger@example.org")
    assert client.get(url).status_code == 403
    assert "/history" not in page(client, f"/o/{verified.slug}")
    auth.logout()
    auth.login(owner.email)
    html = page(client, url)
    assert "Alpha Mới" in html and "024 3555 0199" in html and "Revert this change" not in html
    detail = page(client, f"/o/{verified.slug}")
    assert url in detail and "wait for review" in detail
    assert "Alpha Mới" in page(client, "/my")


def test_curator_reverts_from_the_history_and_sees_conflicts(client, auth, owner, curator, verified):
    update_organisation(curator, verified, {"name": "Tên sai", "phone": "1900 0000"})
    db.session.commit()
    bad = db.session.scalars(db.select(Revision).filter_by(organisation_id=verified.id)
                             .order_by(Revision.id.desc())).first()
    update_organisation(curator, verified, {"name": "Tên sai hơn"})
    db.session.commit()
    auth.login(curator.email)
    html = page(client, f"/o/{verified.slug}/history")
    assert "Tên sai" in html and "Revert this change" in html

    response = client.post(f"/revisions/{bad.id}/revert")
    assert response.status_code == 303 and f"conflict={bad.id}" in response.headers["Location"]
    conflict_page = page(client, response.headers["Location"])
    assert "Revert anyway" in conflict_page and "changed again" in conflict_page
    db.session.expire_all()
    assert db.session.get(Organisation, verified.id).name == "Tên sai hơn"

    assert client.post(f"/revisions/{bad.id}/revert", data={"force": "y"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Organisation, verified.id).name == "Công ty Alpha"
    assert "Undoes revision" in page(client, f"/o/{verified.slug}/history")


def test_person_history(client, auth, owner, curator):
    person = create_person(owner, {"full_name": "Phạm Dũng"}, status=Status.VERIFIED)
    update_person(owner, person, {"orcid": "0000-0002-1825-0097"})
    db.session.commit()
    auth.login(owner.email)
    assert "0000-0002-1825-0097" in page(client, f"/p/{person.slug}/history")
    assert "wait for review" in page(client, f"/p/{person.slug}")
    auth.logout()
    assert "0000-0002-1825-0097" not in page(client, f"/p/{person.slug}")  # held until a curator approves


def test_activity_feed_with_filters(client, auth, make_org, owner, curator, verified):
    held_change(owner, verified, name="Alpha Mới")
    create_person(owner, {"full_name": "Hoàng Yến"})
    db.session.commit()
    auth.login(curator.email)
    everything = page(client, "/curation/activity")
    assert "Công ty Alpha" in everything and "Hoàng Yến" in everything
    people = page(client, "/curation/activity?type=person")
    assert "Hoàng Yến" in people and "Alpha Mới" not in people
    assert "Hoàng Yến" in page(client, f"/curation/activity?actor={owner.email}")
    assert "Hoàng Yến" not in page(client, f"/curation/activity?actor={curator.email}")
    assert "Hoàng Yến" not in page(client, "/curation/activity?action=updated")
    page(client, "/curation/activity?actor=nobody@example.org", 400)
    page(client, "/curation/activity?type=planet", 400)
    page(client, "/curation/activity?page=99", 404)


def test_edit_conflict_keeps_the_input_and_shows_what_changed(client, auth, make_org, owner, curator):
    org = make_org("company", "Công ty Beta", owner=owner, status=Status.PENDING)
    opened = org.version
    update_organisation(curator, org, {"phone": "024 7777 7777", "description": "Mô tả của curator."})
    db.session.commit()
    auth.login(owner.email)
    form = {"name": "Beta của chủ", "version": opened, "province": "", "ward": "", "zone": ""}
    response = client.post(f"/o/{org.slug}/edit", data=form)
    html = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Changed since you opened the form" in html and "024 7777 7777" in html
    assert 'value="Beta của chủ"' in html  # the user's input is kept
    db.session.expire_all()
    current = db.session.get(Organisation, org.id)
    assert f'name="version" type="hidden" value="{current.version}"' in html
    assert client.post(f"/o/{org.slug}/edit", data={**form, "version": current.version}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Organisation, org.id).name == "Beta của chủ"


def test_person_edit_conflict_panel(client, auth, owner, curator):
    person = create_person(owner, {"full_name": "Đỗ Minh"})
    db.session.commit()
    opened = person.version
    update_person(curator, person, {"expertise": "Vi mạch"})
    db.session.commit()
    auth.login(owner.email)
    response = client.post(f"/p/{person.slug}/edit", data={"full_name": "Đỗ Minh Anh", "kind": "researcher",
                                                          "version": opened, "province": ""})
    assert response.status_code == 409
    assert "Vi mạch" in response.get_data(as_text=True)


def test_claims_can_be_decided_in_bulk(client, auth, make_user, curator, verified):
    claim = request_claim(make_user("claimant@example.org"), verified, "Tôi là giám đốc.")
    db.session.commit()
    auth.login(curator.email)
    client.post("/curation/decisions", data={"action": "verify", "item": [f"claim:{claim.id}"]})
    db.session.expire_all()
    assert db.session.get(Claim, claim.id).status == "approved"
