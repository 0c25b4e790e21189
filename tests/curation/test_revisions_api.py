"""Revisions through the JSON API: pending fields in PATCH answers, histories, revert, queues, bulk
decisions, held changes and the activity feed, with their permissions."""
import pytest

from ecosystem.extensions import db
from ecosystem.models import Organisation, Status
from ecosystem.registry.organisations import update_organisation
from ecosystem.registry.people import create_person

API = "/api/v1"


@pytest.fixture
def verified(make_org, owner):
    return make_org("startup", "Công ty Alpha", owner=owner, stage="seed")


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    return response.json["error"]


def test_patch_says_which_fields_wait_for_review(client, bearer, owner, verified):
    url = f"{API}/organisations/{verified.slug}"
    changed = client.patch(url, headers=bearer(owner), json={"version": verified.version, "name": "Alpha Mới",
                                                             "phone": "024 3555 0101"})
    assert changed.status_code == 200, changed.json
    body = changed.json
    assert body["name"] == "Công ty Alpha" and body["phone"] == "024 3555 0101"
    [pending] = body["pending_review"]
    assert pending["state"] == "pending" and pending["fields"] == ["name"]
    assert pending["changes"]["name"] == {"old": "Công ty Alpha", "new": "Alpha Mới"}
    assert "pending_review" not in client.get(url).json


def test_person_patch_holds_the_position(client, bearer, owner):
    person = create_person(owner, {"full_name": "Trần Thị Bình"}, status=Status.VERIFIED)
    db.session.commit()
    body = client.patch(f"{API}/people/{person.slug}", headers=bearer(owner),
                        json={"version": person.version, "position": "Dean", "expertise": "AI"}).json
    assert body["position"] is None and body["expertise"] == "AI"
    assert body["pending_review"][0]["changes"]["position"]["new"] == "Dean"


def test_history_is_for_managers_and_curators(client, bearer, make_user, owner, curator, verified):
    url = f"{API}/organisations/{verified.slug}/revisions"
    error_of(client.get(url), 401)
    error_of(client.get(url, headers=bearer(make_user("stranger@example.org"))), 403)
    history = client.get(url, headers=bearer(owner)).json
    assert history["total"] == 1 and history["items"][0]["action"] == "created"
    assert history["items"][0]["listing"]["slug"] == verified.slug
    assert client.get(url, headers=bearer(curator)).json["total"] == 1
    error_of(client.get(f"{API}/organisations/nowhere/revisions", headers=bearer(curator)), 404)
    person = create_person(owner, {"full_name": "Lê Hoa"})
    db.session.commit()
    assert client.get(f"{API}/people/{person.slug}/revisions", headers=bearer(owner)).json["total"] == 1


def test_revert_through_the_api(client, bearer, owner, curator, verified):
    update_organisation(curator, verified, {"name": "Tên sai"})
    db.session.commit()
    headers = bearer(curator)
    history = client.get(f"{API}/organisations/{verified.slug}/revisions", headers=headers).json["items"]
    bad = history[0]["id"]
    url = f"{API}/organisations/{verified.slug}/revisions/{bad}/revert"
    error_of(client.post(url, headers=bearer(owner)), 403)
    error_of(client.post(url, headers=headers, json={"force": {"x": 1}}), 400)
    error_of(client.post(url, headers=headers, json={"surprise": True}), 400)
    update_organisation(curator, verified, {"name": "Tên sau"})
    db.session.commit()
    conflict = error_of(client.post(url, headers=headers), 409)
    assert list(conflict["errors"]) == ["name"]
    done = client.post(url, headers=headers, json={"force": True})
    assert done.status_code == 200, done.json
    assert done.json["reverted"]["state"] == "reverted" and done.json["revision"]["reverts_id"] == bad
    assert client.get(f"{API}/organisations/{verified.slug}").json["name"] == "Công ty Alpha"
    error_of(client.post(url, headers=headers), 409)
    error_of(client.post(f"{API}/organisations/{verified.slug}/revisions/{history[-1]['id'] + 999}/revert",
                         headers=headers), 404)
    other = create_person(owner, {"full_name": "Không liên quan"}, status=Status.VERIFIED)
    db.session.commit()
    error_of(client.post(f"{API}/people/{other.slug}/revisions/{bad}/revert", headers=headers), 404)


def test_queues_through_the_api(client, bearer, make_org, owner, curator, verified):
    make_org("company", "Công ty Chờ", owner=owner, status=Status.PENDING)
    create_person(owner, {"full_name": "Ngô Lan"})
    update_organisation(owner, verified, {"name": "Alpha Mới"})
    db.session.commit()
    headers = bearer(curator)
    error_of(client.get(f"{API}/curation/queue", headers=bearer(owner)), 403)
    listings = client.get(f"{API}/curation/queue", headers=headers).json
    assert listings["type"] == "listings" and listings["total"] == 2
    assert {(i["type"], i["name"]) for i in listings["items"]} == {("organisation", "Công ty Chờ"),
                                                                   ("person", "Ngô Lan")}
    assert client.get(f"{API}/curation/queue?kind=person", headers=headers).json["total"] == 1
    assert client.get(f"{API}/curation/queue?q=cho&per_page=1", headers=headers).json["total"] == 1
    changes = client.get(f"{API}/curation/queue?type=changes", headers=headers).json
    assert changes["total"] == 1 and changes["items"][0]["changes"]["name"]["new"] == "Alpha Mới"
    assert client.get(f"{API}/curation/queue?type=claims", headers=headers).json["total"] == 0
    error_of(client.get(f"{API}/curation/queue?type=everything", headers=headers), 400)
    error_of(client.get(f"{API}/curation/queue?age=-1", headers=headers), 400)
    error_of(client.get(f"{API}/curation/queue?page=9", headers=headers), 404)


def test_bulk_decisions_through_the_api(client, bearer, make_org, owner, curator, verified, outbox):
    pending = make_org("company", "Công ty Chờ", owner=owner, status=Status.PENDING)
    update_organisation(owner, verified, {"name": "Alpha Mới"})
    db.session.commit()
    headers = bearer(curator)
    change_id = client.get(f"{API}/curation/queue?type=changes", headers=headers).json["items"][0]["id"]
    url = f"{API}/curation/decisions"
    items = [{"type": "organisation", "id": pending.id}, {"type": "change", "id": change_id}]
    error_of(client.post(url, headers=bearer(owner), json={"action": "verify", "items": items}), 403)
    assert "reason" in error_of(client.post(url, headers=headers, json={"action": "reject", "items": items}),
                                400)["errors"]
    error_of(client.post(url, headers=headers, json={"action": "verify", "items": "all"}), 400)
    error_of(client.post(url, headers=headers, json={"action": "verify", "items": [{"type": "x", "id": 1}]}), 400)
    error_of(client.post(url, headers=headers, json={"action": "verify", "items": items, "extra": 1}), 400)
    error_of(client.post(url, headers=headers, json={"action": "maybe", "items": items}), 400)
    result = client.post(url, headers=headers, json={"action": "verify",
                                                     "items": items + [{"type": "person", "id": 424242}]}).json
    assert (result["decided"], result["skipped"]) == (2, 1)
    assert result["items"][2] == {"type": "person", "id": 424242, "ok": False, "message": "There is no such item."}
    db.session.expire_all()
    assert db.session.get(Organisation, pending.id).status == Status.VERIFIED
    assert db.session.get(Organisation, verified.id).name == "Alpha Mới"


def test_approve_and_reject_changes_through_the_api(client, bearer, owner, curator, verified):
    update_organisation(owner, verified, {"name": "Alpha Mới"})
    db.session.commit()
    headers = bearer(curator)
    [change] = client.get(f"{API}/curation/queue?type=changes", headers=headers).json["items"]
    error_of(client.post(f"{API}/curation/changes/{change['id']}/approve", headers=bearer(owner)), 403)
    error_of(client.post(f"{API}/curation/changes/{change['id']}/reject", headers=headers, json={}), 400)
    rejected = client.post(f"{API}/curation/changes/{change['id']}/reject", headers=headers,
                           json={"reason": "Tên chưa được đăng ký."}).json
    assert rejected["state"] == "rejected" and rejected["review_reason"] == "Tên chưa được đăng ký."
    error_of(client.post(f"{API}/curation/changes/{change['id']}/approve", headers=headers), 409)
    error_of(client.post(f"{API}/curation/changes/999999/approve", headers=headers), 404)

    update_organisation(owner, verified, {"name": "Alpha Chuẩn"})
    db.session.commit()
    [change] = client.get(f"{API}/curation/queue?type=changes", headers=headers).json["items"]
    approved = client.post(f"{API}/curation/changes/{change['id']}/approve", headers=headers).json
    assert approved["state"] == "applied" and approved["reviewer"]["id"] == curator.id
    assert client.get(f"{API}/organisations/{verified.slug}").json["name"] == "Alpha Chuẩn"


def test_activity_through_the_api(client, bearer, owner, curator, verified):
    update_organisation(owner, verified, {"name": "Alpha Mới"})
    db.session.commit()
    headers = bearer(curator)
    error_of(client.get(f"{API}/curation/activity", headers=bearer(owner)), 403)
    feed = client.get(f"{API}/curation/activity", headers=headers).json
    assert feed["total"] == 2 and feed["items"][0]["revision"]["state"] == "pending"
    assert feed["items"][0]["actor"] == {"id": owner.id, "name": owner.name}
    assert client.get(f"{API}/curation/activity?type=person", headers=headers).json["total"] == 0
    assert client.get(f"{API}/curation/activity?action=created", headers=headers).json["total"] == 1
    assert client.get(f"{API}/curation/activity?actor={owner.id}", headers=headers).json["total"] == 2
    assert client.get(f"{API}/curation/activity?actor={curator.email}", headers=headers).json["total"] == 0
    error_of(client.get(f"{API}/curation/activity?actor=ghost@example.org", headers=headers), 400)


def test_openapi_documents_the_revision_schemas(client, bearer, owner, curator, verified):
    schemas = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    headers = bearer(curator)
    body = client.patch(f"{API}/organisations/{verified.slug}", headers=bearer(owner),
                        json={"version": verified.version, "name": "Alpha Mới"}).json
    samples = {
        "OrganisationUpdate": body, "Revision": body["pending_review"][0],
        "RevisionPage": client.get(f"{API}/organisations/{verified.slug}/revisions", headers=headers).json,
        "CurationQueue": client.get(f"{API}/curation/queue?type=changes", headers=headers).json,
        "ActivityPage": client.get(f"{API}/curation/activity", headers=headers).json,
        "ActivityEntry": client.get(f"{API}/curation/activity", headers=headers).json["items"][0],
    }
    for name, sample in samples.items():
        assert set(sample) == set(schemas[name]["properties"]), name
    listing = client.get(f"{API}/curation/queue", headers=headers).json
    assert listing["total"] == 0
