"""Data quality through the API: scores for editors and curators, confirming with a token, the dashboard,
and an OpenAPI document whose schemas match what is served."""
from ecosystem.extensions import db
from ecosystem.models import Status
from ecosystem.registry.people import create_person

from .conftest import COMPLETE_STARTUP, age

API = "/api/v1"


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json and response.json["error"]["status"] == status
    return response.json["error"]


def schemas(client):
    return client.get(f"{API}/openapi.json").json["components"]["schemas"]


def test_editors_and_curators_read_the_quality_of_an_organisation(client, make_org, make_user, owner, curator,
                                                                   bearer):
    org = age(make_org(name="Alpha", owner=owner, description="Ngắn."), 200)
    body = client.get(f"{API}/organisations/{org.slug}/quality", headers=bearer(owner)).json
    assert body["score"] == 100 - sum(item["points"] for item in body["to_fix"])
    assert body["stale"] and not body["suggest_archiving"] and body["days_since_confirmed"] == 200
    fixes = {item["code"]: item for item in body["to_fix"]}
    assert fixes["description"]["message"] == "Add a description of at least 200 characters"
    assert fixes["confirm"]["factor"] == "freshness" and fixes["confirm"]["points"] == 10
    client.set_cookie("lang", "vi")
    vietnamese = client.get(f"{API}/organisations/{org.slug}/quality", headers=bearer(owner)).json
    assert {item["code"]: item for item in vietnamese["to_fix"]}["description"]["message"] \
        == "Thêm phần mô tả dài ít nhất 200 ký tự"
    client.set_cookie("lang", "en")
    assert client.get(f"{API}/organisations/{org.slug}/quality", headers=bearer(curator)).status_code == 200
    error_of(client.get(f"{API}/organisations/{org.slug}/quality"), 401)
    error_of(client.get(f"{API}/organisations/{org.slug}/quality", headers=bearer(make_user("x@example.org"))), 403)
    error_of(client.get(f"{API}/organisations/nowhere/quality", headers=bearer(owner)), 404)


def test_hidden_listings_are_404_to_others(client, make_org, make_user, owner, bearer):
    org = make_org(name="Pending", owner=owner, status=Status.PENDING)
    error_of(client.get(f"{API}/organisations/{org.slug}/quality", headers=bearer(make_user("x@example.org"))), 404)
    assert client.get(f"{API}/organisations/{org.slug}/quality", headers=bearer(owner)).status_code == 200


def test_a_profile_owner_reads_and_confirms_with_a_token(client, make_user, owner, bearer):
    person = age(create_person(owner, {"full_name": "Hà Thu"}, status=Status.VERIFIED), 400)
    db.session.commit()
    headers = bearer(owner)
    before = client.get(f"{API}/people/{person.slug}/quality", headers=headers).json
    assert before["suggest_archiving"] and "confirm" in {item["code"] for item in before["to_fix"]}
    after = client.post(f"{API}/people/{person.slug}/confirm", headers=headers)
    assert after.status_code == 200 and after.json["days_since_confirmed"] == 0
    assert after.json["score"] == before["score"] + 20
    error_of(client.post(f"{API}/people/{person.slug}/confirm", headers=bearer(make_user("x@example.org"))), 403)


def test_confirming_needs_a_bearer_token_and_editor_rights(client, auth, make_org, make_user, owner, bearer):
    org = age(make_org(name="Alpha", owner=owner), 300)
    auth.login("owner@example.org")
    error_of(client.post(f"{API}/organisations/{org.slug}/confirm"), 401)  # the session cookie alone cannot write
    auth.logout()
    error_of(client.post(f"{API}/organisations/{org.slug}/confirm", headers=bearer(make_user("x@example.org"))), 403)
    error_of(client.post(f"{API}/organisations/{org.slug}/confirm", headers=bearer(owner), json={"x": 1}), 400)
    response = client.post(f"{API}/organisations/{org.slug}/confirm", headers=bearer(owner))
    assert response.status_code == 200 and not response.json["stale"]
    archived = make_org(name="Old", owner=owner, status=Status.ARCHIVED)
    error_of(client.post(f"{API}/organisations/{archived.slug}/confirm", headers=bearer(owner)), 409)


def test_the_dashboard_is_for_curators(client, make_org, make_user, owner, curator, bearer):
    make_org(name="Alpha", **COMPLETE_STARTUP)
    age(make_org(name="Beta", owner=owner, ward="ha-noi-cau-giay"), 400)
    create_person(owner, {"full_name": "Hà Thu"})
    db.session.commit()
    error_of(client.get(f"{API}/curation/quality"), 401)
    error_of(client.get(f"{API}/curation/quality", headers=bearer(owner)), 403)
    body = client.get(f"{API}/curation/quality", headers=bearer(curator)).json
    assert body["total"] == 3 and body["stale"] == 1 and body["suggest_archiving"] == 1
    assert sum(bucket["count"] for bucket in body["distribution"]) == 3
    assert {group["kind"]: group["count"] for group in body["by_kind"]} == {"startup": 2, "person": 1}
    assert [(group["ward"], group["count"]) for group in body["by_ward"]] == [("ha-noi-cau-giay", 2)]
    assert [item["name"] for item in body["worst"]][-1] == "Alpha"
    assert body["alerts"]["total"] == 1 and body["alerts"]["items"][0]["name"] == "Beta"
    assert body["trend"] == [] and body["freshness_days"] == 180
    error_of(client.get(f"{API}/curation/quality?kind=spaceship", headers=bearer(curator)), 400)
    assert client.get(f"{API}/curation/quality?limit=0", headers=bearer(curator)).status_code == 400
    assert client.get(f"{API}/curation/quality?kind=person&limit=1", headers=bearer(curator)).status_code == 200


def test_the_openapi_schemas_match_what_is_served(client, runner, make_org, owner, curator, bearer):
    org = age(make_org(name="Beta", owner=owner), 400)
    runner.invoke(args=["curation", "weekly-report"])
    described = schemas(client)
    quality = client.get(f"{API}/organisations/{org.slug}/quality", headers=bearer(owner)).json
    dashboard = client.get(f"{API}/curation/quality", headers=bearer(curator)).json
    samples = {"Quality": quality, "QualityDeduction": quality["to_fix"][0], "QualityDashboard": dashboard,
               "QualityListing": dashboard["worst"][0], "FreshnessAlert": dashboard["alerts"]["items"][0]}
    for name, sample in samples.items():
        assert set(sample) == set(described[name]["properties"]), name
    nested = described["QualityDashboard"]["properties"]
    for key in ("distribution", "by_kind", "by_ward", "trend"):
        assert set(dashboard[key][0]) == set(nested[key]["items"]["properties"]), key
    assert set(dashboard["alerts"]) == set(nested["alerts"]["properties"])
    paths = client.get(f"{API}/openapi.json").json["paths"]
    assert paths["/organisations/{slug}/confirm"]["post"]["security"] == [{"bearerAuth": []}]
    assert paths["/curation/quality"]["get"]["operationId"] == "curation_quality"


def test_curators_record_a_snapshot_through_the_api(client, make_org, owner, curator, bearer):
    make_org(name="Alpha", owner=owner)
    error_of(client.post(f"{API}/curation/quality/snapshot", headers=bearer(owner)), 403)
    response = client.post(f"{API}/curation/quality/snapshot", headers=bearer(curator))
    assert response.status_code == 201
    assert [(row["kind"], row["listing_count"]) for row in response.json["items"]] == [("startup", 1)]
    described = schemas(client)["QualitySnapshot"]
    assert set(response.json) == set(described["properties"])
    assert set(response.json["items"][0]) == set(described["properties"]["items"]["items"]["properties"])
    assert client.get(f"{API}/curation/quality", headers=bearer(curator)).json["trend"][0]["count"] == 1
