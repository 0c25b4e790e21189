"""Duplicates through the JSON API: queue, dismiss, merge, redirects, the check, and 409 on create."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.models import Organisation, Status
from ecosystem.registry.people import create_person

API = "/api/v1"


@pytest.fixture
def curator(make_user):
    return make_user("curator@example.org", role="curator")


@pytest.fixture
def pair(make_org):
    kept = make_org("company", "MISA JSC", website="https://www.misa.vn")
    gone = make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn", tax_code="0101243150",
                    status=Status.PENDING)
    return kept.slug, gone.slug


def test_queue_lists_pairs_with_evidence_for_curators_only(client, pair, curator, make_user, bearer):
    body = client.get(f"{API}/curation/duplicates", headers=bearer(curator)).json
    assert body["total"] == 1 and body["page"] == 1
    item = body["items"][0]
    assert {item["first"]["slug"], item["second"]["slug"]} == set(pair)
    assert [e["code"] for e in item["evidence"]] == ["name", "website"] and item["strong"] is True
    assert item["confidence"] == 0.94 and item["evidence"][1]["message"] == "Same website domain: misa.vn"
    assert client.get(f"{API}/curation/duplicates", headers=bearer(make_user())).status_code == 403
    assert client.get(f"{API}/curation/duplicates").status_code == 401
    assert client.get(f"{API}/curation/duplicates?kind=robot", headers=bearer(curator)).status_code == 400
    people = client.get(f"{API}/curation/duplicates?kind=person", headers=bearer(curator)).json
    assert people["total"] == 0


def test_evidence_is_explained_in_vietnamese(client, pair, curator, bearer):
    headers = {**bearer(curator), "Accept-Language": "vi"}
    client.set_cookie("lang", "vi")
    item = client.get(f"{API}/curation/duplicates", headers=headers).json["items"][0]
    assert item["evidence"][1]["message"].startswith("Cùng tên miền")


def test_dismiss_hides_the_pair_for_good(client, pair, curator, bearer):
    headers = bearer(curator)
    body = {"kind": "organisation", "first": pair[0], "second": pair[1]}
    assert client.post(f"{API}/curation/duplicates/dismiss", json=body, headers=headers).status_code == 201
    assert client.get(f"{API}/curation/duplicates", headers=headers).json["total"] == 0
    assert client.post(f"{API}/curation/duplicates/dismiss", json=body, headers=headers).status_code == 409
    bad = client.post(f"{API}/curation/duplicates/dismiss", json={**body, "second": "nope"}, headers=headers)
    assert bad.status_code == 400 and "second" in bad.json["error"]["errors"]


def test_merge_through_the_api_and_the_old_address_redirects(client, pair, curator, bearer):
    kept, gone = pair
    headers = bearer(curator)
    version = client.get(f"{API}/organisations/{kept}", headers=headers).json["version"]
    response = client.post(f"{API}/curation/merge", headers=headers, json={
        "kind": "organisation", "survivor": kept, "loser": gone, "fields": {"name": "loser", "tax_code": "loser"},
        "survivor_version": version})
    assert response.status_code == 200, response.json
    assert response.json["survivor"]["name"] == "Công ty Cổ phần MISA"
    assert response.json["redirected"] == gone
    old = client.get(f"{API}/organisations/{gone}")
    assert old.status_code == 301 and old.headers["Location"].endswith(f"{API}/organisations/{kept}")
    assert client.get(f"/o/{gone}").status_code == 301
    assert client.get(f"/o/{gone}", follow_redirects=True).status_code == 200
    again = client.post(f"{API}/curation/merge", headers=headers, json={
        "kind": "organisation", "survivor": kept, "loser": gone})
    assert again.status_code == 400 and "loser" in again.json["error"]["errors"]


@pytest.mark.parametrize("body, status, field", [
    ({"kind": "organisation", "survivor": "a", "loser": "a"}, 400, "survivor"),
    ({"kind": "robot", "survivor": "a", "loser": "b"}, 400, "kind"),
    ({"kind": "organisation", "survivor": "KEPT", "loser": "GONE", "fields": {"colour": "loser"}}, 400, "fields"),
    ({"kind": "organisation", "survivor": "KEPT", "loser": "GONE", "fields": ["name"]}, 400, "fields"),
    ({"kind": "organisation", "survivor": "KEPT", "loser": "KEPT"}, 400, "loser"),
    ({"kind": "organisation", "survivor": "KEPT", "loser": "GONE", "survivor_version": 99}, 409, None),
    ({"kind": "organisation", "survivor": "KEPT", "loser": "GONE", "surprise": 1}, 400, "surprise"),
])
def test_bad_merges_are_refused_and_change_nothing(client, pair, curator, bearer, body, status, field):
    body = {k: (pair[0] if v == "KEPT" else pair[1] if v == "GONE" else v) for k, v in body.items()}
    response = client.post(f"{API}/curation/merge", headers=bearer(curator), json=body)
    assert response.status_code == status, response.json
    if field:
        assert field in response.json["error"]["errors"]
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 2


def test_only_curators_merge(client, pair, make_user, bearer):
    body = {"kind": "organisation", "survivor": pair[0], "loser": pair[1]}
    assert client.post(f"{API}/curation/merge", headers=bearer(make_user()), json=body).status_code == 403
    assert client.post(f"{API}/curation/merge", json=body).status_code == 401


def test_people_merge_and_profile_redirect(client, curator, bearer):
    kept = create_person(SYSTEM, {"full_name": "Nguyễn Văn An", "email": "an@vnu.edu.vn"}, status=Status.VERIFIED)
    gone = create_person(SYSTEM, {"full_name": "Nguyen Van An", "email": "AN@vnu.edu.vn"}, status=Status.VERIFIED)
    db.session.commit()
    kept_slug, gone_slug = kept.slug, gone.slug
    headers = bearer(curator)
    assert client.get(f"{API}/curation/duplicates?kind=person", headers=headers).json["total"] == 1
    response = client.post(f"{API}/curation/merge", headers=headers,
                           json={"kind": "person", "survivor": kept_slug, "loser": gone_slug})
    assert response.status_code == 200 and response.json["survivor"]["slug"] == kept_slug
    assert client.get(f"{API}/people/{gone_slug}").headers["Location"].endswith(f"/people/{kept_slug}")
    assert client.get(f"/p/{gone_slug}").status_code == 301


def test_check_finds_candidates_the_caller_may_see(client, make_org):
    make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn")
    make_org("company", "Bí mật", tax_code="0100000001", status=Status.PENDING)
    body = client.get(f"{API}/duplicates/check?name=MISA%20JSC").json
    assert [c["name"] for c in body["items"]] == ["Công ty Cổ phần MISA"] and body["strong"] is True
    assert client.get(f"{API}/duplicates/check?tax_code=0100000001").json["items"] == []
    assert client.get(f"{API}/duplicates/check?name=Something%20else").json == {"items": [], "strong": False}
    assert client.get(f"{API}/duplicates/check").status_code == 400
    assert client.get(f"{API}/duplicates/check?name=X&province=atlantis").status_code == 400


def test_create_answers_409_with_candidates_until_confirmed(client, make_org, make_user, bearer):
    existing = make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn")
    headers = bearer(make_user())
    body = {"kind": "company", "name": "MISA JSC"}
    conflict = client.post(f"{API}/organisations", headers=headers, json=body)
    assert conflict.status_code == 409
    assert [c["slug"] for c in conflict.json["error"]["candidates"]] == [existing.slug]
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 1
    # A fuzzy or email-domain resemblance alone does not block an API client.
    weak = client.post(f"{API}/organisations", headers=headers, json={
        "kind": "company", "name": "Hoàn toàn khác", "email": "sales@misa.vn"})
    assert weak.status_code == 201
    bad = client.post(f"{API}/organisations", headers=headers, json={**body, "confirm_new": "yes"})
    assert bad.status_code == 400 and "confirm_new" in bad.json["error"]["errors"]
    invalid = client.post(f"{API}/organisations", headers=headers, json={**body, "website": "ftp://x"})
    assert invalid.status_code == 400  # bad input is reported before any duplicate check
    created = client.post(f"{API}/organisations", headers=headers, json={**body, "confirm_new": True})
    assert created.status_code == 201
    also = client.post(f"{API}/organisations?confirm_new=true", headers=headers, json={**body, "name": "MISA Ltd"})
    assert also.status_code == 201


def test_openapi_documents_the_duplicates_endpoints(client):
    document = client.get(f"{API}/openapi.json").json
    assert document["paths"]["/curation/merge"]["post"]["operationId"] == "curation_merge"
    create = document["paths"]["/organisations"]["post"]
    assert create["responses"]["409"]["content"]["application/json"]["schema"]["$ref"].endswith("DuplicateConflict")
    assert "confirm_new" in {p["name"] for p in create["parameters"]}
