"""Programmes through the JSON API: publish, calls, apply, review, withdraw, my applications, bad input, OpenAPI."""
import pytest

from ecosystem.extensions import db
from ecosystem.models import Programme, ProgrammeApplication, ProgrammeCall

from .conftest import API, NOW, PROGRAMME, around


@pytest.fixture
def open_programme(clock, agency, make_programme):
    return make_programme(agency, calls=[around(NOW, 1, 10)])


def test_publish_through_the_api_and_verify(client, bearer, clock, agency, agency_manager, curator):
    headers = bearer(agency_manager)
    created = client.post(f"{API}/programmes", headers=headers, json={**PROGRAMME, "agency": agency.slug})
    assert created.status_code == 201, created.json
    body = created.json
    assert body["status"] == "pending" and body["state"] == "interest" and body["agency"]["slug"] == agency.slug
    assert client.get(f"{API}/programmes/{body['slug']}").status_code == 404
    assert client.post(f"{API}/programmes/{body['slug']}/verify", headers=headers, json={}).status_code == 403
    verified = client.post(f"{API}/programmes/{body['slug']}/verify", headers=bearer(curator), json={})
    assert verified.status_code == 200 and verified.json["status"] == "verified"
    call = client.post(f"{API}/programmes/{body['slug']}/calls", headers=headers,
                       json={"title": "Đợt 1", "opens_at": "2026-05-01T08:00", "closes_at": "2026-07-01T17:00+07:00"})
    assert call.status_code == 201 and call.json["closes_at"] == "2026-07-01T10:00:00+00:00"
    patch = client.patch(f"{API}/programme-calls/{call.json['id']}", headers=headers,
                         json={"version": call.json["version"], "closes_at": "2026-04-01T08:00"})
    assert patch.status_code == 400 and "closes_at" in patch.json["error"]["errors"]
    listed = client.get(f"{API}/programmes?state=open").json
    assert [item["slug"] for item in listed["items"]] == [body["slug"]]
    assert listed["items"][0]["next_deadline"] == "2026-07-01T10:00:00+00:00"


def test_apply_review_and_my_applications(client, bearer, open_programme, startup, founder, agency_manager, outbox):
    slug, call_id = open_programme.slug, open_programme.calls[0].id
    mine = bearer(founder)
    applied = client.post(f"{API}/programmes/{slug}/applications", headers=mine,
                          json={"organisation": startup.slug, "call": call_id, "message": "Đề xuất",
                                "requested_vnd": 100_000_000})
    assert applied.status_code == 201, applied.json
    app_id = applied.json["id"]
    assert applied.json["status"] == "submitted" and applied.json["call"]["id"] == call_id
    again = client.post(f"{API}/programmes/{slug}/applications", headers=mine,
                        json={"organisation": startup.slug, "call": call_id})
    assert again.status_code == 409
    agency_headers = bearer(agency_manager)
    assert client.post(f"{API}/applications/{app_id}/accept", headers=mine, json={}).status_code == 403
    listed = client.get(f"{API}/programmes/{slug}/applications?status=submitted", headers=agency_headers).json
    assert [item["id"] for item in listed["items"]] == [app_id]
    reviewed = client.post(f"{API}/applications/{app_id}/review", headers=agency_headers, json={})
    assert reviewed.json["status"] == "under-review"
    stale = client.post(f"{API}/applications/{app_id}/accept", headers=agency_headers,
                        json={"version": applied.json["version"]})
    assert stale.status_code == 409
    accepted = client.post(f"{API}/applications/{app_id}/accept", headers=agency_headers,
                           json={"note": "Chúc mừng", "version": reviewed.json["version"]})
    assert accepted.status_code == 200 and accepted.json["decision_note"] == "Chúc mừng"
    assert outbox and outbox[-1]["To"] == founder.email
    me = client.get(f"{API}/me/applications", headers=mine).json
    assert [(item["id"], item["status"]) for item in me["items"]] == [(app_id, "accepted")]
    assert client.post(f"{API}/applications/{app_id}/withdraw", headers=mine, json={}).status_code == 409
    assert client.get(f"{API}/applications/{app_id}", headers=bearer(agency_manager)).status_code == 200


def test_deadline_and_eligibility_through_the_api(client, bearer, clock, open_programme, university, startup, founder):
    rector = bearer(university.memberships[0].user)
    refused = client.post(f"{API}/programmes/{open_programme.slug}/applications", headers=rector,
                          json={"organisation": university.slug, "call": open_programme.calls[0].id})
    assert refused.status_code == 400 and "applicant" in refused.json["error"]["errors"]
    clock.move(days=11)
    late = client.post(f"{API}/programmes/{open_programme.slug}/applications", headers=bearer(founder),
                       json={"organisation": startup.slug, "call": open_programme.calls[0].id})
    assert late.status_code == 409 and "closed on" in late.json["error"]["message"]
    assert db.session.scalar(db.select(db.func.count(ProgrammeApplication.id))) == 0


@pytest.mark.parametrize("body, field", [
    ({"agency": None}, "agency"), ({"budget_vnd": "lots"}, "budget_vnd"), ({"eligible_kinds": ["aliens"]},
                                                                            "eligible_kinds"),
    ({"status": "verified"}, "status"), ({"max_award_vnd": 10 ** 12}, "max_award_vnd"),
    ({"technologies": [{"code": "ai"}]}, "technologies"), ({"title": ""}, "title"),
])
def test_bad_programme_bodies_are_400_and_change_nothing(client, bearer, agency, agency_manager, body, field):
    data = {key: value for key, value in {**PROGRAMME, "agency": agency.slug, **body}.items() if value is not None}
    response = client.post(f"{API}/programmes", headers=bearer(agency_manager), json=data)
    assert response.status_code == 400, response.json
    assert field in response.json["error"]["errors"]
    assert db.session.scalar(db.select(db.func.count(Programme.id))) == 0


@pytest.mark.parametrize("body", [{"call": "one"}, {"call": True}, {"organisation": "x", "person": "y"},
                                  {"requested_vnd": -1}, {"message": ["a"]}, {"extra": 1}])
def test_bad_application_bodies_are_client_errors(client, bearer, open_programme, startup, founder, body):
    data = {"organisation": startup.slug, "call": open_programme.calls[0].id, **body}
    response = client.post(f"{API}/programmes/{open_programme.slug}/applications", headers=bearer(founder), json=data)
    assert response.status_code in (400, 404), response.json
    assert db.session.scalar(db.select(db.func.count(ProgrammeApplication.id))) == 0


def test_writes_need_a_token_and_bad_call_times_change_nothing(client, bearer, open_programme, agency_manager):
    assert client.post(f"{API}/programmes/{open_programme.slug}/calls", json={}).status_code == 401
    response = client.post(f"{API}/programmes/{open_programme.slug}/calls", headers=bearer(agency_manager),
                           json={"title": "X", "opens_at": "soon", "closes_at": "2026-07-01"})
    assert response.status_code == 400 and "opens_at" in response.json["error"]["errors"]
    assert db.session.scalar(db.select(db.func.count(ProgrammeCall.id))) == 1
    assert client.get(f"{API}/programmes?state=sometime").status_code == 400


def test_openapi_lists_the_programme_routes_and_schemas_match(client, bearer, open_programme, startup, founder):
    document = client.get(f"{API}/openapi.json").json
    assert "/programmes/{slug}/applications" in document["paths"]
    schemas = document["components"]["schemas"]
    assert set(schemas["ProgrammePatch"]["properties"]) - {"version"} == set(
        schemas["ProgrammeCreate"]["properties"]) - {"agency"}
    applied = client.post(f"{API}/programmes/{open_programme.slug}/applications", headers=bearer(founder),
                          json={"organisation": startup.slug, "call": open_programme.calls[0].id}).json
    samples = {"Programme": client.get(f"{API}/programmes/{open_programme.slug}").json,
               "ProgrammeSummary": client.get(f"{API}/programmes").json["items"][0],
               "ProgrammeCall": client.get(f"{API}/programmes/{open_programme.slug}/calls").json["items"][0],
               "Application": applied}
    for name, sample in samples.items():
        assert set(sample) == set(schemas[name]["properties"]), name


def test_huge_ids_are_not_found(client, bearer, open_programme, startup, founder):
    headers = bearer(founder)
    assert client.get(f"{API}/applications/99999999999", headers=headers).status_code == 404
    response = client.post(f"{API}/programmes/{open_programme.slug}/applications", headers=headers,
                           json={"organisation": startup.slug, "call": 10 ** 12})
    assert response.status_code == 404
