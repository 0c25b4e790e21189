"""Labs and equipment through the JSON API: CRUD, filters, 401/403/404/409/422-style errors, the document."""
import pytest

from ecosystem.extensions import db
from ecosystem.models import Equipment, Lab, Status

from .conftest import API, LAB, SEM


def test_lists_and_details_show_public_labs_and_their_equipment(client, university, zone, make_lab, make_equipment):
    lab = make_lab(university, zone=zone.slug)
    make_equipment(lab)
    make_lab(university, name="Phòng Ẩn", name_en=None, status=Status.PENDING)
    listing = client.get(f"{API}/labs").json
    assert listing["total"] == 1 and listing["items"][0]["host"]["slug"] == university.slug
    assert listing["items"][0]["zone"]["slug"] == zone.slug
    detail = client.get(f"{API}/labs/{lab.slug}").json
    assert detail["research_areas"] == ["Thiết kế vi mạch", "Đo kiểm"] and detail["manager_user_id"] is None
    assert [e["model"] for e in detail["equipment"]] == ["JSM-IT800"]
    assert client.get(f"{API}/labs?accredited=no").json["total"] == 0
    equipment = client.get(f"{API}/equipment?category=electron-microscope&maker=jeol").json
    assert equipment["total"] == 1 and equipment["items"][0]["lab"]["slug"] == lab.slug
    sem = client.get(equipment["items"][0]["url"]).json
    assert sem["purchase_value_vnd"] == 12_000_000_000 and sem["host"]["slug"] == university.slug
    assert client.get(f"{API}/labs/{lab.slug}/equipment?bookable=no").json["total"] == 0


def test_hidden_labs_are_404_for_others(client, university, make_lab, make_equipment, stranger, bearer):
    lab = make_lab(university, status=Status.PENDING)
    sem = make_equipment(lab)
    headers = bearer(stranger)
    for path in (f"/labs/{lab.slug}", f"/labs/{lab.slug}/equipment", f"/equipment/{sem.slug}"):
        assert client.get(API + path).status_code == 404
        assert client.get(API + path, headers=headers).status_code == 404


def test_create_change_verify_archive(client, owner, curator_user, university, zone, bearer):
    headers = bearer(owner)
    response = client.post(f"{API}/labs", json={**LAB, "host": university.slug, "zone": zone.slug,
                                                "manager_user_id": owner.id}, headers=headers)
    assert response.status_code == 201 and response.json["status"] == "pending"
    assert response.json["manager_user_id"] == owner.id and response.headers["Location"].endswith(response.json["slug"])
    slug, version = response.json["slug"], response.json["version"]
    assert client.patch(f"{API}/labs/{slug}", json={"version": version - 1, "name": "Cũ"},
                        headers=headers).status_code == 409
    changed = client.patch(f"{API}/labs/{slug}", json={"version": version, "capacity_hours_per_week": 30},
                           headers=headers)
    assert changed.status_code == 200 and changed.json["capacity_hours_per_week"] == 30
    assert client.post(f"{API}/labs/{slug}/verify", headers=headers).status_code == 403
    verified = client.post(f"{API}/labs/{slug}/verify", headers=bearer(curator_user))
    assert verified.status_code == 200 and verified.json["status"] == "verified"
    assert client.get(f"{API}/labs/{slug}").status_code == 200
    assert client.post(f"{API}/labs/{slug}/reject", json={"reason": ""}, headers=bearer(curator_user)).status_code == 400
    assert client.post(f"{API}/labs/{slug}/archive", headers=headers).json["status"] == "archived"
    assert client.get(f"{API}/labs/{slug}").status_code == 404


@pytest.mark.parametrize("body, field", [
    ({"name": "X"}, "host"), ({"host": "nowhere", "name": "X"}, None), ({"host": "UNI", "name": ""}, "name"),
    ({"host": "UNI", "name": "X", "status": "verified"}, "status"),
    ({"host": "UNI", "name": "X", "capacity_hours_per_week": "many"}, "capacity_hours_per_week"),
    ({"host": "UNI", "name": "X", "technologies": [{"code": "x"}]}, "technologies"),
    ({"host": "UNI", "name": "X", "free_for_startups": {"yes": 1}}, "free_for_startups"),
])
def test_bad_lab_bodies_are_refused_and_nothing_is_saved(client, owner, university, bearer, body, field):
    body = {**body, "host": university.slug} if body.get("host") == "UNI" else body
    response = client.post(f"{API}/labs", json=body, headers=bearer(owner))
    assert response.status_code in (400, 404)
    if field:
        assert field in response.json["error"]["errors"]
    assert db.session.scalar(db.select(db.func.count(Lab.id))) == 0


def test_writes_need_a_token_and_a_manager(client, owner, stranger, university, make_lab, make_equipment, bearer):
    lab = make_lab(university)
    sem = make_equipment(lab)
    assert client.post(f"{API}/labs", json={"host": university.slug, "name": "X"}).status_code == 401
    assert client.post(f"{API}/labs", json={"host": university.slug, "name": "X"},
                       headers=bearer(stranger)).status_code == 403
    headers = bearer(stranger)
    assert client.patch(f"{API}/labs/{lab.slug}", json={"version": lab.version, "name": "Y"},
                        headers=headers).status_code == 403
    assert client.post(f"{API}/labs/{lab.slug}/equipment", json=SEM, headers=headers).status_code == 403
    assert client.patch(f"{API}/equipment/{sem.slug}", json={"version": sem.version, "year": 2020},
                        headers=headers).status_code == 403
    assert client.delete(f"{API}/equipment/{sem.slug}", headers=headers).status_code == 403
    assert client.delete(f"{API}/equipment/{sem.slug}").status_code == 401
    assert client.get(f"{API}/equipment/nowhere").status_code == 404


def test_managers_add_change_and_remove_equipment(client, owner, university, make_lab, bearer):
    lab = make_lab(university)
    headers = bearer(owner)
    created = client.post(f"{API}/labs/{lab.slug}/equipment", json={"name": "Máy PCR", "category": "pcr",
                                                                    "maker": "Bio-Rad"}, headers=headers)
    assert created.status_code == 201 and created.json["bookable"] is True and created.json["category"] == "pcr"
    slug, version = created.json["slug"], created.json["version"]
    bad = client.post(f"{API}/labs/{lab.slug}/equipment", json={"name": "X", "condition": "broken", "year": 3000},
                      headers=headers)
    assert bad.status_code == 400 and set(bad.json["error"]["errors"]) == {"condition", "year"}
    assert client.patch(f"{API}/equipment/{slug}", json={"year": 2020}, headers=headers).status_code == 400
    changed = client.patch(f"{API}/equipment/{slug}", json={"version": version, "fee_per_hour_vnd": 250_000},
                           headers=headers)
    assert changed.status_code == 200 and changed.json["fee_per_hour_vnd"] == 250_000
    assert client.patch(f"{API}/equipment/{slug}", json={"version": version, "year": 2020},
                        headers=headers).status_code == 409
    assert client.delete(f"{API}/equipment/{slug}", headers=headers).status_code == 204
    assert db.session.scalar(db.select(db.func.count(Equipment.id))) == 0


@pytest.mark.parametrize("query", ["fee_min=x", "bookable=maybe", "category=warp", "sort=price", "per_page=1000"])
def test_bad_equipment_filters_are_400(client, query):
    assert client.get(f"{API}/equipment?{query}").status_code == 400


def test_openapi_schemas_match_the_serializers(client, owner, university, make_lab, make_equipment, bearer):
    lab = make_lab(university)
    sem = make_equipment(lab)
    schemas = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    samples = {"Lab": client.get(f"{API}/labs/{lab.slug}", headers=bearer(owner)).json,
               "LabPage": client.get(f"{API}/labs").json, "LabSummary": client.get(f"{API}/labs").json["items"][0],
               "Equipment": client.get(f"{API}/equipment/{sem.slug}").json,
               "EquipmentPage": client.get(f"{API}/equipment").json,
               "EquipmentSummary": client.get(f"{API}/equipment").json["items"][0]}
    for name, sample in samples.items():
        assert set(sample) == set(schemas[name]["properties"]), name
    assert set(schemas["LabCreate"]["properties"]) == set(LAB) | {"host", "zone", "contact_email", "manager_person",
                                                                  "manager_user_id", "address", "description_en"}
    assert schemas["LabCreate"]["required"] == ["host", "name"]
    assert schemas["EquipmentPatch"]["required"] == ["version"]
