"""JSON API v1: reading, writing with tokens, errors, claims, people, and the OpenAPI document."""
import json
import re

import pytest

from ecosystem.auth.services import create_api_token
from ecosystem.extensions import db
from ecosystem.models import Organisation, Role, Status
from ecosystem.registry.organisations import rules_for
from ecosystem.registry.people import PERSON_RULES, create_person

API = "/api/v1"


@pytest.fixture(scope="module", autouse=True)
def _close_pooled_connections(_app):
    """Close the pool after this module: psycopg warns about connections left to the garbage collector,
    and warnings are errors. (The session fixture in conftest.py should dispose the engine itself.)"""
    yield
    with _app.app_context():
        db.engine.dispose()


@pytest.fixture
def curator(make_user, bearer):
    return bearer(make_user("curator@example.org", role=Role.CURATOR))


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    assert response.json["error"]["status"] == status
    return response.json["error"]


# --- reading ---------------------------------------------------------------------------------------------

def test_list_filters_sorts_and_pages(client, make_org):
    make_org("startup", "Công ty Hòa Lạc AI", technologies=["ai"], province="ha-noi", stage="seed")
    make_org("startup", "Beta Robotics", technologies=["robotics"], stage="idea")
    make_org("company", "Gamma Corp", technologies=["ai"])
    make_org("startup", "Hidden pending", status=Status.PENDING)

    everything = client.get(f"{API}/organisations").json
    assert everything["total"] == 3 and everything["pages"] == 1
    assert [o["name"] for o in everything["items"]] == ["Beta Robotics", "Công ty Hòa Lạc AI", "Gamma Corp"]

    startups_with_ai = client.get(f"{API}/organisations?kind=startup&tech=ai").json
    assert [o["slug"] for o in startups_with_ai["items"]] == ["cong-ty-hoa-lac-ai"]
    assert startups_with_ai["items"][0]["stage"] == "seed"
    assert startups_with_ai["items"][0]["province"] == "ha-noi"
    assert client.get(f"{API}/organisations?q=hoa lac").json["total"] == 1
    assert client.get(f"{API}/organisations?stage=idea").json["items"][0]["name"] == "Beta Robotics"
    assert client.get(f"{API}/organisations?kind=startup&kind=company&tech=ai").json["total"] == 2

    second = client.get(f"{API}/organisations?per_page=2&page=2").json
    assert (second["page"], second["pages"], second["per_page"], second["total"]) == (2, 2, 2, 3)
    assert [o["name"] for o in second["items"]] == ["Gamma Corp"]


@pytest.mark.parametrize("query, status", [
    ("page=-1", 400), ("page=0", 400), ("page=abc", 400), (f"page={10 ** 23}", 400), ("page=7", 404),
    ("per_page=101", 400), ("per_page=0", 400), ("kind=planet", 400), ("tech=warp-drive", 400),
    ("sort=random", 400), ("stage=unicorn", 400), ("province=atlantis", 400),
])
def test_bad_query_parameters_are_client_errors(client, make_org, query, status):
    make_org()
    error_of(client.get(f"{API}/organisations?{query}"), status)


def test_detail_shows_kind_details_and_hides_what_is_not_public(client, make_org, make_user, bearer):
    owner = make_user("owner@example.org")
    zone = make_org("zone", "Khu CNC Hòa Lạc", area_ha=1586)
    investor = make_org("investor", "Quỹ Đầu tư A", owner=owner, investor_type="vc", stages=["seed"],
                        ticket_min_usd=100000, tags=["Hòa Lạc"], technologies=["ai"], zone=zone.slug)
    detail = client.get(f"{API}/organisations/{investor.slug}").json
    assert detail["details"]["investor_type"] == "vc" and detail["details"]["stages"] == ["seed"]
    assert detail["technologies"] == [{"code": "ai", "name_vi": detail["technologies"][0]["name_vi"],
                                       "name_en": "Artificial intelligence, digital twins, VR/AR"}]
    assert detail["zone"] == zone.slug and detail["tags"] == ["Hòa Lạc"]
    assert detail["status"] == "verified" and detail["version"] == investor.version
    assert "owner@example.org" not in json.dumps(detail)
    assert client.get(f"{API}/organisations/{zone.slug}").json["details"]["area_ha"] == 1586

    pending = make_org("startup", "Chưa duyệt", owner=owner, status=Status.PENDING)
    error_of(client.get(f"{API}/organisations/{pending.slug}"), 404)
    stranger = bearer(make_user("stranger@example.org"))
    error_of(client.get(f"{API}/organisations/{pending.slug}", headers=stranger), 404)
    assert client.get(f"{API}/organisations/{pending.slug}", headers=bearer(owner)).json["status"] == "pending"
    error_of(client.get(f"{API}/organisations/no-such-listing"), 404)


def test_bad_token_is_refused_even_for_reads(client):
    error = error_of(client.get(f"{API}/organisations", headers={"Authorization": "Bearer eco_nonsense"}), 401)
    assert "token" in error["message"]


# --- writing ---------------------------------------------------------------------------------------------

def test_create_is_pending_until_a_curator_verifies_it(client, make_user, bearer, curator):
    owner = bearer(make_user("owner@example.org"))
    response = client.post(f"{API}/organisations", headers=owner,
                           json={"kind": "startup", "name": "Rạng Đông AI", "stage": "seed", "technologies": ["ai"]})
    assert response.status_code == 201, response.json
    created = response.json
    assert created["status"] == "pending" and created["details"]["stage"] == "seed"
    assert response.headers["Location"].endswith(f"{API}/organisations/{created['slug']}")
    assert client.get(f"{API}/organisations").json["total"] == 0

    error_of(client.post(f"{API}/organisations/{created['slug']}/verify", headers=owner), 403)
    pending = client.get(f"{API}/curation/pending", headers=curator).json
    assert [o["slug"] for o in pending["organisations"]["items"]] == [created["slug"]]

    verified = client.post(f"{API}/organisations/{created['slug']}/verify", headers=curator)
    assert verified.status_code == 200 and verified.json["status"] == "verified"
    listed = client.get(f"{API}/organisations?tech=ai").json
    assert [o["slug"] for o in listed["items"]] == [created["slug"]]
    error_of(client.post(f"{API}/organisations/{created['slug']}/verify", headers=curator), 409)


def test_curator_rejects_with_a_reason(client, make_user, make_org, bearer, curator):
    owner = make_user("owner@example.org")
    org = make_org(owner=owner, status=Status.PENDING)
    error = error_of(client.post(f"{API}/organisations/{org.slug}/reject", headers=curator, json={}), 400)
    assert "reason" in error["errors"]
    rejected = client.post(f"{API}/organisations/{org.slug}/reject", headers=curator, json={"reason": "Add a website."})
    assert rejected.json["status"] == "rejected"
    mine = client.get(f"{API}/organisations/{org.slug}", headers=bearer(owner)).json
    assert mine["status_reason"] == "Add a website."


def test_patch_needs_the_current_version(client, make_user, make_org, bearer):
    owner = make_user("owner@example.org")
    org = make_org(owner=owner, name="Alpha", stage="seed")
    headers, url = bearer(owner), f"{API}/organisations/{org.slug}"
    version = client.get(url).json["version"]

    assert "version" in error_of(client.patch(url, headers=headers, json={"name": "Beta"}), 400)["errors"]
    assert "version" in error_of(client.patch(url, headers=headers, json={"version": "one"}), 400)["errors"]
    changed = client.patch(url, headers=headers, json={"version": version, "name": "Beta", "stage": "growth",
                                                        "phone": "024 3555 0101"})
    assert changed.status_code == 200, changed.json
    # The listing is verified: the owner's phone is public at once, the name and stage wait for a curator.
    assert changed.json["phone"] == "024 3555 0101" and changed.json["name"] == "Alpha"
    assert changed.json["pending_review"][0]["fields"] == ["name", "stage"]
    assert changed.json["version"] == version + 1

    error_of(client.patch(url, headers=headers, json={"version": version, "phone": "024 3555 0102"}), 409)
    assert client.get(url).json["phone"] == "024 3555 0101"


def test_non_owner_cannot_patch(client, make_user, make_org, bearer):
    org = make_org(owner=make_user("owner@example.org"), name="Alpha")
    stranger = bearer(make_user("stranger@example.org"))
    error_of(client.patch(f"{API}/organisations/{org.slug}", headers=stranger,
                          json={"version": org.version, "name": "Mine now"}), 403)
    assert client.get(f"{API}/organisations/{org.slug}").json["name"] == "Alpha"


def test_session_cookie_alone_cannot_write(app, client, auth, make_user, make_org, monkeypatch):
    owner = make_user("owner@example.org")
    org = make_org(owner=owner, name="Alpha")
    auth.login("owner@example.org")
    assert client.get(f"{API}/me").json["email"] == "owner@example.org"  # reads may use the session

    monkeypatch.setitem(app.config, "WTF_CSRF_ENABLED", True)  # the API is CSRF-exempt; the token guards it
    response = client.patch(f"{API}/organisations/{org.slug}", json={"version": org.version, "name": "Forged"})
    error_of(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    error_of(client.post(f"{API}/organisations", json={"kind": "startup", "name": "Forged"}), 401)
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 1


def test_invalid_fields_are_reported_and_nothing_changes(client, make_user, make_org, bearer):
    owner = make_user("owner@example.org")
    org = make_org(owner=owner, name="Alpha", website="https://alpha.vn")
    headers, url = bearer(owner), f"{API}/organisations/{org.slug}"
    before = client.get(url).json
    error = error_of(client.patch(url, headers=headers, json={
        "version": before["version"], "name": "Changed", "website": "javascript:alert(1)", "founded_year": "1066",
        "status": "verified", "ticket_min_usd": 5}), 400)
    assert set(error["errors"]) == {"website", "founded_year", "status", "ticket_min_usd"}
    assert error["errors"]["status"] == "Unknown field."
    assert client.get(url).json == before

    error = error_of(client.post(f"{API}/organisations", headers=headers,
                                 json={"kind": "startup", "name": "", "stage": "unicorn"}), 400)
    assert set(error["errors"]) == {"name", "stage"}
    assert "kind" in error_of(client.post(f"{API}/organisations", headers=headers, json={"name": "X"}), 400)["errors"]
    error = error_of(client.post(f"{API}/organisations", headers=headers, json={
        "kind": "startup", "name": {"vi": "Tên"}, "tags": [["nested"]], "technologies": "ai"}), 400)
    assert set(error["errors"]) == {"name", "tags"}
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 1


@pytest.mark.parametrize("body, content_type", [
    ("name=Alpha", "application/x-www-form-urlencoded"), ("{not json", "application/json"),
    ('["kind", "startup"]', "application/json"), ("42", "application/json"), ("null", "application/json"),
    ("", "application/json"), ("[" * 100000 + "]" * 100000, "application/json"),
])
def test_bodies_that_are_not_json_objects_are_400(client, make_user, bearer, body, content_type):
    headers = {**bearer(make_user()), "Content-Type": content_type}
    error = error_of(client.post(f"{API}/organisations", headers=headers, data=body), 400)
    assert error["message"]


# --- claims and members ----------------------------------------------------------------------------------

def test_approved_claim_makes_the_claimant_an_owner(client, make_user, make_org, bearer, curator):
    org = make_org(owner=make_user("founder@example.org"), name="Alpha")
    claimant = bearer(make_user("claimant@example.org"))
    error_of(client.post(f"{API}/organisations/{org.slug}/claims", headers=claimant, json={}), 400)
    claim = client.post(f"{API}/organisations/{org.slug}/claims", headers=claimant,
                        json={"message": "I am the CEO."})
    assert claim.status_code == 201 and claim.json["status"] == "pending"
    error_of(client.post(f"{API}/organisations/{org.slug}/claims", headers=claimant, json={"message": "Again"}), 409)

    error_of(client.get(f"{API}/claims", headers=claimant), 403)
    error_of(client.post(f"{API}/claims/{claim.json['id']}/approve", headers=claimant), 403)
    listed = client.get(f"{API}/claims?status=pending", headers=curator).json
    assert [c["id"] for c in listed["items"]] == [claim.json["id"]]
    error_of(client.get(f"{API}/claims?status=maybe", headers=curator), 400)
    error_of(client.post(f"{API}/claims/999/approve", headers=curator), 404)

    approved = client.post(f"{API}/claims/{claim.json['id']}/approve", headers=curator)
    assert approved.status_code == 200 and approved.json["status"] == "approved"
    me = client.get(f"{API}/me", headers=claimant).json
    assert me["organisations"] == [{"slug": org.slug, "name": "Alpha", "kind": "startup", "status": "verified",
                                    "role": "owner"}]
    members = client.get(f"{API}/organisations/{org.slug}/members", headers=claimant).json["items"]
    assert sorted(m["user"]["email"] for m in members) == ["claimant@example.org", "founder@example.org"]
    assert client.get(f"{API}/claims?status=approved", headers=curator).json["total"] == 1


def test_owners_manage_members(client, make_user, make_org, bearer):
    owner = make_user("owner@example.org")
    org = make_org(owner=owner, name="Alpha")
    editor_user = make_user("editor@example.org")
    headers, url = bearer(owner), f"{API}/organisations/{org.slug}/members"

    assert set(error_of(client.post(url, headers=headers, json={"email": "editor@example.org", "role": "boss"}),
                        400)["errors"]) == {"role"}
    added = client.post(url, headers=headers, json={"email": "editor@example.org", "role": "editor"})
    assert added.status_code == 201 and added.json["user"]["id"] == editor_user.id
    error_of(client.post(url, headers=headers, json={"email": "editor@example.org", "role": "editor"}), 409)
    error_of(client.post(url, headers=headers, json={"email": "nobody@example.org", "role": "editor"}), 400)

    editor = bearer(editor_user)
    error_of(client.get(url, headers=editor), 403)
    error_of(client.get(url), 401)
    owner_membership = next(m for m in client.get(url, headers=headers).json["items"] if m["role"] == "owner")
    error_of(client.delete(f"{url}/{owner_membership['id']}", headers=headers), 409)
    error_of(client.delete(f"{url}/999", headers=headers), 404)
    assert client.delete(f"{url}/{added.json['id']}", headers=headers).status_code == 204
    assert len(client.get(url, headers=headers).json["items"]) == 1


# --- people ----------------------------------------------------------------------------------------------

def test_people_contact_details_follow_the_persons_choice(client, make_user, bearer, curator):
    owner = make_user("scientist@example.org")
    headers = bearer(owner)
    created = client.post(f"{API}/people", headers=headers, json={
        "full_name": "Nguyễn Văn An", "kind": "researcher", "email": "an@example.org", "phone": "+84 912 345 678",
        "show_phone": True, "technologies": ["biotech"]})
    assert created.status_code == 201, created.json
    slug = created.json["slug"]
    assert created.headers["Location"].endswith(f"{API}/people/{slug}")
    error_of(client.get(f"{API}/people/{slug}"), 404)
    assert client.post(f"{API}/people/{slug}/verify", headers=curator).json["status"] == "verified"

    public = client.get(f"{API}/people/{slug}").json
    assert public["email"] is None and public["phone"] == "+84 912 345 678"
    assert "an@example.org" not in json.dumps(client.get(f"{API}/people").json)
    assert client.get(f"{API}/people/{slug}", headers=headers).json["email"] == "an@example.org"
    assert client.get(f"{API}/people/{slug}", headers=curator).json["email"] == "an@example.org"
    assert [p["slug"] for p in client.get(f"{API}/people?tech=biotech").json["items"]] == [slug]
    error_of(client.get(f"{API}/people?kind=wizard"), 400)


def test_people_patch_and_affiliations(client, make_user, make_org, bearer, curator):
    owner = make_user("scientist@example.org")
    person = create_person(owner, {"full_name": "Trần Thị Bình"}, status=Status.VERIFIED)
    db.session.commit()
    org = make_org("university", "Đại học Bách khoa Hà Nội")
    headers, url = bearer(owner), f"{API}/people/{person.slug}"

    error_of(client.patch(url, headers=headers, json={"version": person.version + 5, "position": "Dean"}), 409)
    error_of(client.patch(url, headers=bearer(make_user("other@example.org")),
                          json={"version": person.version, "position": "Dean"}), 403)
    changed = client.patch(url, headers=headers, json={"version": person.version, "expertise": "Robotics"})
    assert changed.status_code == 200 and changed.json["expertise"] == "Robotics"

    error = error_of(client.post(f"{url}/affiliations", headers=headers, json={"organisation": "nowhere"}), 400)
    assert "organisation" in error["errors"]
    added = client.post(f"{url}/affiliations", headers=headers, json={"organisation": org.slug, "role": "Lecturer"})
    assert added.status_code == 201 and added.json["is_current"] is True
    people = client.get(f"{API}/organisations/{org.slug}").json["people"]
    assert people == [{"slug": person.slug, "name": "Trần Thị Bình", "role": "Lecturer", "is_current": True}]
    error_of(client.delete(f"{url}/affiliations/999", headers=headers), 404)
    assert client.delete(f"{url}/affiliations/{added.json['id']}", headers=headers).status_code == 204
    assert client.get(url).json["affiliations"] == []


# --- reference -------------------------------------------------------------------------------------------

def test_taxonomy_lists_codes_and_names(client):
    taxonomy = client.get(f"{API}/taxonomy").json
    assert {"code": "ai", "name_vi": "Trí tuệ nhân tạo, song sinh số, thực tế ảo/tăng cường",
            "name_en": "Artificial intelligence, digital twins, VR/AR"} in taxonomy["technologies"]
    assert any(s["code"] == "fintech" for s in taxonomy["sectors"])
    assert any(p["code"] == "ha-noi" for p in taxonomy["provinces"])
    assert taxonomy["wards"] and all(w["province"] == "ha-noi" for w in taxonomy["wards"])


def test_me_needs_a_user(client, make_user, make_org, bearer):
    error_of(client.get(f"{API}/me"), 401)
    user = make_user("owner@example.org", name="Chủ sở hữu")
    make_org(owner=user, name="Alpha")
    me = client.get(f"{API}/me", headers=bearer(user)).json
    assert (me["id"], me["email"], me["name"], me["role"]) == (user.id, "owner@example.org", "Chủ sở hữu", "member")
    assert [(o["name"], o["role"]) for o in me["organisations"]] == [("Alpha", "owner")]


def test_curation_queue_is_for_curators(client, make_user, bearer, curator):
    member = make_user("member@example.org")
    create_person(member, {"full_name": "Lê Văn Cường"})
    db.session.commit()
    error_of(client.get(f"{API}/curation/pending", headers=bearer(member)), 403)
    queue = client.get(f"{API}/curation/pending", headers=curator).json
    assert queue["people"]["total"] == 1 and queue["organisations"]["total"] == 0


# --- the OpenAPI document --------------------------------------------------------------------------------

def openapi_path(rule):
    """`/api/v1/organisations/<slug>` -> `/organisations/{slug}` (paths are relative to the server)."""
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule[len(API):])


def test_openapi_describes_every_api_route(app, client):
    document = client.get(f"{API}/openapi.json").json
    assert document["openapi"].startswith("3.1") and document["servers"] == [{"url": API}]
    rules = [rule for rule in app.url_map.iter_rules() if rule.rule.startswith(API + "/")]
    assert len(rules) >= 25
    for rule in rules:
        assert getattr(app.view_functions[rule.endpoint], "policy", None), rule.endpoint
        path = document["paths"].get(openapi_path(rule.rule))
        assert path is not None, f"{rule.rule} is missing from the OpenAPI document"
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            operation = path.get(method.lower())
            assert operation is not None, f"{method} {rule.rule} is missing from the OpenAPI document"
            assert operation["operationId"] == rule.endpoint.split(".", 1)[1]
    documented = {(p, m) for p, item in document["paths"].items() for m in item if m != "parameters"}
    routed = {(openapi_path(r.rule), m.lower()) for r in rules for m in r.methods - {"HEAD", "OPTIONS"}}
    assert documented == routed
    refs = set(re.findall(r'"#/components/(?:schemas|responses)/([^"]+)"', json.dumps(document)))
    components = document["components"]
    assert refs <= set(components["schemas"]) | set(components["responses"])


def test_openapi_bodies_come_from_the_validation_rules(client):
    schemas = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    for kind in ("startup", "investor", "zone", "company"):
        create = schemas[f"OrganisationCreate_{kind}"]
        assert set(create["properties"]) == set(rules_for(kind)) | {"kind"}
        assert create["additionalProperties"] is False and set(create["required"]) == {"kind", "name"}
        assert set(schemas[f"OrganisationPatch_{kind}"]["properties"]) == set(rules_for(kind)) | {"version"}
    assert schemas["OrganisationCreate_startup"]["properties"]["stage"]["enum"][:2] == ["idea", "pre-seed"]
    assert set(schemas["PersonCreate"]["properties"]) == set(PERSON_RULES)
    assert schemas["PersonPatch"]["required"] == ["version"]


def test_openapi_response_schemas_match_the_serializers(client, make_user, make_org, bearer, curator):
    owner = make_user("owner@example.org")
    org = make_org("startup", "Alpha", owner=owner, stage="seed")
    person = create_person(owner, {"full_name": "Phạm Dũng"}, status=Status.VERIFIED)
    db.session.commit()
    schemas = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    samples = {
        "Organisation": client.get(f"{API}/organisations/{org.slug}").json,
        "OrganisationPage": client.get(f"{API}/organisations").json,
        "OrganisationSummary": client.get(f"{API}/organisations").json["items"][0],
        "Person": client.get(f"{API}/people/{person.slug}").json,
        "PersonSummary": client.get(f"{API}/people").json["items"][0],
        "Me": client.get(f"{API}/me", headers=bearer(owner)).json,
        "Taxonomy": client.get(f"{API}/taxonomy").json,
        "PendingQueue": client.get(f"{API}/curation/pending", headers=curator).json,
        "Error": client.get(f"{API}/organisations/nowhere").json,
    }
    for name, sample in samples.items():
        assert set(sample) == set(schemas[name]["properties"]), name
    assert set(samples["Organisation"]["details"]) <= set(schemas["Organisation"]["properties"]["details"]
                                                          ["properties"])


def test_logo_upload_through_the_api(client, make_user, make_org):
    import io

    from PIL import Image

    owner = make_user("logo-owner@example.org")
    org = make_org(name="Logo Co", owner=owner)
    _, raw = create_api_token(owner, "logo")
    db.session.commit()
    headers = {"Authorization": f"Bearer {raw}"}
    picture = io.BytesIO()
    Image.new("RGB", (32, 32), (0, 90, 160)).save(picture, format="JPEG")
    picture.seek(0)
    response = client.put(f"/api/v1/organisations/{org.slug}/logo", headers=headers,
                          data={"logo": (picture, "logo.jpg")}, content_type="multipart/form-data")
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["logo_url"].endswith(".png")
    bad = client.put(f"/api/v1/organisations/{org.slug}/logo", headers=headers,
                     data={"logo": (io.BytesIO(b"not an image"), "x.png")}, content_type="multipart/form-data")
    assert bad.status_code == 400 and bad.get_json()["error"]["errors"]["logo"]
    cookie_only = client.put(f"/api/v1/organisations/{org.slug}/logo", data={}, content_type="multipart/form-data")
    assert cookie_only.status_code == 401
