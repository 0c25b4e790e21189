"""The exchange through the JSON API: lists with filters, create, patch with versions, decisions, OpenAPI."""
import pytest

from ecosystem.exchange.services import create_offer
from ecosystem.extensions import db
from ecosystem.models import Role, Status

from .conftest import API, OFFER, need_data


@pytest.fixture
def curator(make_user, bearer):
    return bearer(make_user("api-curator@example.org", role=Role.CURATOR))


def test_offers_are_created_pending_then_verified(client, bearer, owner, institute, curator):
    headers = bearer(owner)
    response = client.post(f"{API}/offers", headers=headers, json={**OFFER, "organisation": institute.slug})
    assert response.status_code == 201, response.json
    body = response.json
    assert body["status"] == "pending" and body["publisher"] == {"type": "organisation", "slug": institute.slug,
                                                                  "name": institute.name, "kind": "institute"}
    assert client.get(f"{API}/offers/{body['slug']}").status_code == 404
    assert client.post(f"{API}/offers/{body['slug']}/verify", headers=headers, json={}).status_code == 403
    verified = client.post(f"{API}/offers/{body['slug']}/verify", headers=curator, json={})
    assert verified.status_code == 200 and verified.json["status"] == "verified"
    listed = client.get(f"{API}/offers?tech=semiconductors&trl_min=5").json
    assert [item["slug"] for item in listed["items"]] == [body["slug"]]
    assert client.get(f"{API}/offers?trl_min=7").json["total"] == 0


def test_a_researcher_offers_through_the_api_and_patches_with_the_version(client, bearer, owner, researcher):
    headers = bearer(owner)
    created = client.post(f"{API}/offers", headers=headers, json={**OFFER, "person": researcher.slug}).json
    assert created["publisher"]["type"] == "person"
    patch = client.patch(f"{API}/offers/{created['slug']}", headers=headers, json={"version": created["version"],
                                                                                     "trl": 7})
    assert patch.status_code == 200 and patch.json["trl"] == 7
    stale = client.patch(f"{API}/offers/{created['slug']}", headers=headers, json={"version": created["version"],
                                                                                     "trl": 8})
    assert stale.status_code == 409
    assert client.patch(f"{API}/offers/{created['slug']}", headers=headers, json={"trl": 8}).status_code == 400


@pytest.mark.parametrize("body, field", [
    ({"organisation": None}, "organisation"), ({"organisation": "x", "person": "y"}, "organisation"),
    ({"trl": "high"}, "trl"), ({"technologies": [{"code": "ai"}]}, "technologies"), ({"status": "verified"}, "status"),
])
def test_bad_offer_bodies_are_400_with_the_field(client, bearer, owner, institute, body, field):
    data = {**OFFER, "organisation": institute.slug, **body}
    data = {key: value for key, value in data.items() if value is not None}
    response = client.post(f"{API}/offers", headers=bearer(owner), json=data)
    assert response.status_code in (400, 404), response.json
    if response.status_code == 400:
        assert field in response.json["error"]["errors"]


def test_needs_through_the_api(client, bearer, make_user, company, curator):
    manager = company.memberships[0].user
    headers = bearer(manager)
    response = client.post(f"{API}/needs", headers=headers, json={**need_data(), "organisation": company.slug})
    assert response.status_code == 201, response.json
    slug = response.json["slug"]
    assert response.json["is_open"] is True and response.json["budget_max_vnd"] == 3_000_000_000
    bad = client.post(f"{API}/needs", headers=headers, json={**need_data(deadline="2001-01-01"),
                                                             "organisation": company.slug})
    assert bad.status_code == 400 and "deadline" in bad.json["error"]["errors"]
    reject = client.post(f"{API}/needs/{slug}/reject", headers=curator, json={"reason": "Thêm chi tiết."})
    assert reject.json["status"] == "rejected" and reject.json["status_reason"] == "Thêm chi tiết."
    assert client.post(f"{API}/needs/{slug}/verify", headers=headers, json={}).status_code == 403
    client.post(f"{API}/needs/{slug}/verify", headers=curator, json={})
    assert client.get(f"{API}/needs?state=open&budget_min=2000000000").json["total"] == 1
    archived = client.post(f"{API}/needs/{slug}/archive", headers=headers, json={})
    assert archived.json["status"] == "archived" and client.get(f"{API}/needs").json["total"] == 0
    assert client.post(f"{API}/needs", json={**need_data(), "organisation": company.slug}).status_code == 401


def test_openapi_describes_the_exchange_and_matches_the_output(client, owner, institute, company, make_need):
    offer = create_offer(owner, institute, OFFER, status=Status.VERIFIED)
    make_need(company)
    db.session.commit()
    document = client.get(f"{API}/openapi.json").json
    schemas = document["components"]["schemas"]
    for path in ("/offers", "/offers/{slug}", "/offers/{slug}/verify", "/needs/{slug}/reject", "/needs/{slug}/archive"):
        assert path in document["paths"]
    samples = {"Offer": client.get(f"{API}/offers/{offer.slug}").json,
               "OfferSummary": client.get(f"{API}/offers").json["items"][0],
               "OfferPage": client.get(f"{API}/offers").json,
               "NeedSummary": client.get(f"{API}/needs").json["items"][0],
               "Need": client.get(f"{API}/needs/{client.get(f'{API}/needs').json['items'][0]['slug']}").json}
    for name, sample in samples.items():
        assert set(sample) == set(schemas[name]["properties"]), name
    assert set(schemas["OfferCreate"]["properties"]) >= {"title", "summary", "trl", "organisation", "person"}
    assert schemas["NeedPatch"]["required"] == ["version"]
