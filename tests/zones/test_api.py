"""Zones and their projects through the JSON API: figures, CRUD, phase changes, decisions, bad input."""
from datetime import date, timedelta

import pytest

from ecosystem.extensions import db
from ecosystem.models import Status, ZoneProject

from .conftest import API, project_data


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    return response.json["error"]


def test_zones_list_their_computed_figures(client, zone, other_zone, make_project, make_org):
    make_project(zone, name="A", capital_bn_vnd=1000)
    make_project(zone, name="B", capital_bn_vnd=500, phase="withdrawn")
    make_org("startup", "Khởi nghiệp Hòa Lạc", zone=zone.slug)
    body = client.get(f"{API}/zones").json
    assert body["total"] == 2
    figures = {item["slug"]: item["figures"] for item in body["items"]}[zone.slug]
    assert figures["capital_bn_vnd"] == 1000 and figures["project_count"] == 1 and figures["tenant_count"] == 1
    assert figures["projects_by_phase"]["withdrawn"] == 1 and figures["area_ha"] == 1586
    assert figures["published"] == {"capital_bn_vnd": 115000, "project_count": 110}
    detail = client.get(f"{API}/zones/{zone.slug}").json
    assert [p["name"] for p in detail["projects"]] == ["A", "B"] and detail["managed_by"]["kind"] == "agency"
    error_of(client.get(f"{API}/zones/{make_org('company', 'Không phải khu').slug}"), 404)


def test_create_read_patch_and_history(client, zone, board_user, bearer, investor, curator_user):
    headers = bearer(board_user)
    response = client.post(f"{API}/projects", json=project_data(zone, investors=[investor.slug]), headers=headers)
    assert response.status_code == 201 and response.headers["Location"].endswith(response.json["slug"])
    project = response.json
    assert project["status"] == "pending" and project["investors"][0]["slug"] == investor.slug
    assert project["history"] == [{"phase": "licensed", "changed_on": "2021-03-15", "note": None,
                                   "recorded_at": project["history"][0]["recorded_at"]}]
    url = f"{API}/projects/{project['slug']}"
    error_of(client.get(url), 404)  # pending: not public
    assert client.get(url, headers=headers).json["slug"] == project["slug"]
    changed = client.patch(url, json={"version": project["version"], "capital_bn_vnd": 1800.5}, headers=headers)
    assert changed.status_code == 200 and changed.json["capital_bn_vnd"] == 1800.5
    error_of(client.patch(url, json={"version": project["version"], "name": "Cũ"}, headers=headers), 409)
    error_of(client.patch(url, json={"version": changed.json["version"], "phase": "operating"}, headers=headers), 400)
    curator = bearer(curator_user)
    assert client.post(f"{url}/verify", headers=curator).json["status"] == "verified"
    assert client.get(url).status_code == 200
    assert client.get(f"{url}/history").json["items"][0]["phase"] == "licensed"


def test_phase_changes_through_the_api(client, zone, make_project, board_user, bearer):
    project = make_project(zone, licensed_on="2020-01-01")
    url, headers = f"{API}/projects/{project.slug}", bearer(board_user)
    response = client.post(f"{url}/status", json={"phase": "building", "changed_on": "2021-07-01",
                                                  "note": "Khởi công"}, headers=headers)
    assert response.status_code == 201 and response.json["phase"] == "building"
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert "changed_on" in error_of(client.post(f"{url}/status", json={"phase": "operating", "changed_on": tomorrow},
                                                headers=headers), 400)["errors"]
    error_of(client.post(f"{url}/status", json={"phase": "operating", "changed_on": "2020-06-01"}, headers=headers),
             400)
    error_of(client.post(f"{url}/status", json={"phase": "building"}, headers=headers), 400)
    error_of(client.post(f"{url}/status", json={"phase": "operating", "when": "now"}, headers=headers), 400)
    error_of(client.post(f"{url}/status", json={"phase": "operating"}), 401)
    history = client.get(f"{url}/history").json
    assert [(i["phase"], i["changed_on"], i["note"]) for i in history["items"]] == [
        ("licensed", "2020-01-01", None), ("building", "2021-07-01", "Khởi công")]


def test_permissions(client, zone, other_zone, make_project, make_user, bearer, board_user):
    project = make_project(zone)
    stranger = bearer(make_user("stranger@example.org"))
    error_of(client.post(f"{API}/projects", json=project_data(zone), headers=stranger), 403)
    error_of(client.post(f"{API}/projects", json=project_data(other_zone), headers=bearer(board_user)), 403)
    url = f"{API}/projects/{project.slug}"
    error_of(client.patch(url, json={"version": project.version, "name": "X"}, headers=stranger), 403)
    error_of(client.post(f"{url}/status", json={"phase": "operating"}, headers=stranger), 403)
    error_of(client.post(f"{url}/verify", headers=stranger), 403)
    error_of(client.post(f"{url}/archive", headers=stranger), 403)
    assert client.post(f"{url}/archive", headers=bearer(board_user)).json["status"] == "archived"
    error_of(client.get(url), 404)


@pytest.mark.parametrize("body", [
    {"zone": None}, {"zone": "khong-co"}, {"name": ["danh", "sach"]}, {"name": ""}, {"capital_bn_vnd": {"a": 1}},
    {"capital_bn_vnd": -1}, {"status": "verified"}, {"licensed_on": "15/03/2021"}, {"technologies": ["warp-drive"]},
    {"operator": "khong-co"}, {"phase": "dreaming"}])
def test_bad_input_is_400_and_creates_nothing(client, zone, board_user, bearer, body):
    data = {**project_data(zone), **body}
    error_of(client.post(f"{API}/projects", json=data, headers=bearer(board_user)), 400)
    assert db.session.scalar(db.select(db.func.count(ZoneProject.id))) == 0


def test_listing_filters_through_the_api(client, zone, make_project, make_user, bearer, curator_user):
    make_project(zone, name="Nhà máy", phase="operating", capital_bn_vnd=10)
    make_project(zone, name="Chờ", status=Status.PENDING)
    assert [p["name"] for p in client.get(f"{API}/projects?phase=operating").json["items"]] == ["Nhà máy"]
    assert client.get(f"{API}/projects").json["total"] == 1
    error_of(client.get(f"{API}/projects?status=pending"), 400)
    pending = client.get(f"{API}/projects?status=pending", headers=bearer(curator_user)).json
    assert [p["name"] for p in pending["items"]] == ["Chờ"]
    error_of(client.get(f"{API}/projects?sort=random"), 400)


def test_openapi_documents_zone_schemas_that_match(client, zone, make_project):
    project = make_project(zone)
    schemas = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    samples = {"ZoneProject": client.get(f"{API}/projects/{project.slug}").json,
               "ZoneProjectSummary": client.get(f"{API}/projects").json["items"][0],
               "ZoneProjectPage": client.get(f"{API}/projects").json,
               "ZoneProjectHistory": client.get(f"{API}/projects/{project.slug}/history").json,
               "ZoneSummary": client.get(f"{API}/zones").json["items"][0],
               "Zone": client.get(f"{API}/zones/{zone.slug}").json,
               "ZoneFigures": client.get(f"{API}/zones/{zone.slug}").json["figures"]}
    for name, sample in samples.items():
        assert set(sample) == set(schemas[name]["properties"]), name
    assert schemas["ZoneProjectCreate"]["required"] == ["name", "zone"]
    assert schemas["ZoneProjectPatch"]["required"] == ["version"] and "phase" not in schemas["ZoneProjectPatch"][
        "properties"]
