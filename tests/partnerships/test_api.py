"""Partnerships through the JSON API: lists, writes with tokens, partners, decisions, errors, the document."""
import pytest

from ecosystem.extensions import db
from ecosystem.models import Partnership, PartnershipPartner, Status

from .conftest import API, PARTNERSHIP, partner


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    return response.json["error"]


def test_list_filters_and_organisation_partnerships(client, world, make_partnership, pending_of_school):
    make_partnership([partner(world["agency"], "state"), partner(world["university"], "school"),
                      partner(world["company"], "investor")], title="Bộ ba đầy đủ", title_en=None)
    listed = client.get(f"{API}/partnerships").json
    assert listed["total"] == 1 and listed["items"][0]["is_complete"] is True
    assert client.get(f"{API}/partnerships?composition=missing-investor").json["total"] == 0
    assert client.get(f"{API}/partnerships?tech=semiconductors&composition=complete").json["total"] == 1
    error_of(client.get(f"{API}/partnerships?composition=half"), 400)
    error_of(client.get(f"{API}/partnerships?status=pending"), 400)
    own = client.get(f"{API}/organisations/{world['university'].slug}/partnerships").json
    assert [(i["partnership"]["title"], i["roles"]) for i in own["items"]] == [("Bộ ba đầy đủ", ["school"])]


def test_member_creates_then_curator_verifies(client, world, school_owner, bearer, curator_user):
    owner = bearer(school_owner)
    body = {**PARTNERSHIP, "partners": [partner(world["university"], "school", "Phòng sạch"),
                                        partner(world["zone"], "state")]}
    error_of(client.post(f"{API}/partnerships", json=body), 401)
    response = client.post(f"{API}/partnerships", json=body, headers=owner)
    assert response.status_code == 201, response.json
    created = response.json
    assert created["status"] == "pending" and created["missing_roles"] == ["investor"]
    assert response.headers["Location"].endswith(f"/partnerships/{created['slug']}")
    error_of(client.get(f"{API}/partnerships/{created['slug']}"), 404)
    error_of(client.post(f"{API}/partnerships/{created['slug']}/verify", headers=owner), 403)
    curator = bearer(curator_user)
    verified = client.post(f"{API}/partnerships/{created['slug']}/verify", headers=curator)
    assert verified.status_code == 200 and verified.json["status"] == "verified"
    assert client.get(f"{API}/partnerships/{created['slug']}").json["partners"][0]["contribution"] == "Phòng sạch"


def test_partners_through_the_api(client, world, school_owner, bearer, pending_of_school):
    owner, slug = bearer(school_owner), pending_of_school.slug
    url = f"{API}/partnerships/{slug}/partners"
    added = client.post(url, json=partner(world["investor"], "investor", "Vốn mồi"), headers=owner)
    assert added.status_code == 201 and added.json["organisation"]["slug"] == world["investor"].slug
    error_of(client.post(url, json=partner(world["investor"], "investor"), headers=owner), 409)
    error = error_of(client.post(url, json=partner(world["incubator"], "state"), headers=owner), 400)
    assert "role" in error["errors"]
    error_of(client.post(url, json={"organisation": world["company"].slug, "role": "investor", "x": 1},
                         headers=owner), 400)
    assert client.delete(f"{url}/{added.json['id']}", headers=owner).status_code == 204
    school = db.session.scalar(db.select(PartnershipPartner).filter_by(role="school"))
    error_of(client.delete(f"{url}/{school.id}", headers=owner), 409)
    error_of(client.delete(f"{url}/999999", headers=owner), 404)
    assert db.session.scalar(db.select(db.func.count(PartnershipPartner.id))) == 2


@pytest.mark.parametrize("body", [
    {}, {"title": ""}, {"title": "X", "phase": "dreaming"}, {"title": "X", "funding_vnd": "lots"},
    {"title": "X", "partners": "all"}, {"title": "X", "partners": [["a"]]}, {"title": "X", "status": "verified"},
    {"title": "X", "technologies": [{"code": "ai"}]},
    {"title": "X", "starts_on": "2026-05-01", "ends_on": "2026-01-01"},
])
def test_bad_bodies_are_400_and_change_nothing(client, world, school_owner, bearer, body):
    body = {"partners": [partner(world["university"], "school")], **body}
    error_of(client.post(f"{API}/partnerships", json=body, headers=bearer(school_owner)), 400)
    assert db.session.scalar(db.select(db.func.count(Partnership.id))) == 0


def test_patch_needs_the_current_version_and_an_editor(client, world, school_owner, bearer, make_user,
                                                       pending_of_school):
    owner, slug = bearer(school_owner), pending_of_school.slug
    error_of(client.patch(f"{API}/partnerships/{slug}", json={"phase": "active"}, headers=owner), 400)
    version = pending_of_school.version
    changed = client.patch(f"{API}/partnerships/{slug}", json={"phase": "completed", "version": version},
                           headers=owner)
    assert changed.status_code == 200 and changed.json["phase"] == "completed"
    error_of(client.patch(f"{API}/partnerships/{slug}", json={"phase": "active", "version": version},
                          headers=owner), 409)
    error_of(client.patch(f"{API}/partnerships/{slug}", json={"phase": "active", "version": version + 1},
                          headers=bearer(make_user("x@example.org"))), 404)
    archived = client.post(f"{API}/partnerships/{slug}/archive", headers=owner)
    assert archived.status_code == 200 and archived.json["status"] == Status.ARCHIVED


def test_curator_rejects_with_a_reason(client, bearer, curator_user, pending_of_school):
    curator, slug = bearer(curator_user), pending_of_school.slug
    error_of(client.post(f"{API}/partnerships/{slug}/reject", json={}, headers=curator), 400)
    rejected = client.post(f"{API}/partnerships/{slug}/reject", json={"reason": "Thiếu nhà đầu tư."}, headers=curator)
    assert rejected.json["status"] == "rejected" and rejected.json["status_reason"] == "Thiếu nhà đầu tư."


def test_openapi_schemas_match_the_responses(client, world, make_partnership):
    created = make_partnership([partner(world["agency"], "state"), partner(world["university"], "school")])
    schemas = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    samples = {"Partnership": client.get(f"{API}/partnerships/{created.slug}").json,
               "PartnershipPage": client.get(f"{API}/partnerships").json,
               "PartnershipSummary": client.get(f"{API}/partnerships").json["items"][0],
               "PartnerSuggestions": client.get(f"{API}/partnerships/{created.slug}/suggestions").json,
               "OrganisationPartnerships": client.get(f"{API}/organisations/{world['agency'].slug}/partnerships").json}
    for name, sample in samples.items():
        assert set(sample) == set(schemas[name]["properties"]), name
    assert set(samples["Partnership"]["partners"][0]) == set(schemas["Partner"]["properties"])
    item = samples["PartnerSuggestions"]["items"][0]
    assert set(item) == set(schemas["PartnerSuggestion"]["properties"])
    assert set(schemas["PartnershipCreate"]["properties"]) >= {"title", "partners", "technologies", "zone"}
