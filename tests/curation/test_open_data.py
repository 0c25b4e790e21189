"""The open-data package: what goes in (and what never does), the descriptor, the files' addresses, the CLI,
the curators' rebuild button and the API."""
import csv
import hashlib
import io
import json
import os
import zipfile
from datetime import date

import pytest

from ecosystem.curation.open_data import FILE_NAMES, build_package, published_days
from ecosystem.curation.open_data_schema import ORGANISATION_FIELDS, PERSON_FIELDS
from ecosystem.extensions import db
from ecosystem.models import Status
from ecosystem.registry.people import add_affiliation, create_person
from tests.conftest import csrf_token_from

SECRETS = ("hidden-person@example.org", "0912 345 678", "member-secret@example.org", "Bán Dẫn Bí Mật",
           "Bị Từ Chối", "Thiếu giấy tờ", "Người Chờ Duyệt")
TODAY = date.today().isoformat()


@pytest.fixture(autouse=True)
def open_data_dir(app, tmp_path, monkeypatch):
    """Each test gets its own package folder."""
    folder = tmp_path / "open-data"
    monkeypatch.setitem(app.config, "OPEN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def registry(make_org, make_user, curator):
    """Public and hidden organisations and people, with contacts that may and may not be published."""
    owner = make_user("member-secret@example.org")
    chip = make_org(name="Chip Việt", owner=owner, technologies=["semiconductors", "ai"], province="ha-noi",
                    stage="seed", tax_code="0109999999", email="hello@chip.example.vn", phone="+84 24 3555 0101")
    make_org(name="=HYPERLINK(\"http://evil\")")
    make_org(kind="investor", name="Quỹ Mở", investor_type="vc", ticket_min_usd=50000, ticket_max_usd=500000)
    hidden = make_org(name="Bán Dẫn Bí Mật", status=Status.PENDING)
    rejected = make_org(name="Bị Từ Chối", status=Status.REJECTED)
    rejected.status_reason = "Thiếu giấy tờ"
    shown = create_person(curator, {"full_name": "Nguyễn Văn Công Khai", "email": "open@example.org",
                                    "show_email": True, "phone": "0243 555 0000", "kind": "researcher"},
                          status=Status.VERIFIED)
    create_person(curator, {"full_name": "Trần Thị Kín", "email": "hidden-person@example.org",
                            "phone": "0912 345 678"}, status=Status.VERIFIED)
    create_person(curator, {"full_name": "Người Chờ Duyệt"}, status=Status.PENDING)
    db.session.flush()
    add_affiliation(curator, shown, chip.slug, role="CTO")
    hidden.status = Status.VERIFIED  # briefly public, so the affiliation can be made, then hidden again
    db.session.flush()
    add_affiliation(curator, shown, hidden.slug)
    hidden.status = Status.PENDING
    db.session.commit()


def read(folder, name):
    return (folder / TODAY / name).read_bytes()


def csv_rows(data):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_package_has_public_records_only(app, registry, open_data_dir):
    build_package()
    orgs = json.loads(read(open_data_dir, "organisations.json"))
    assert {o["name"] for o in orgs} == {"Chip Việt", "=HYPERLINK(\"http://evil\")", "Quỹ Mở"}
    chip = next(o for o in orgs if o["name"] == "Chip Việt")
    assert chip["tax_code"] == "0109999999" and set(chip["technologies"].split("|")) == {"semiconductors", "ai"}
    assert chip["email"] == "hello@chip.example.vn" and chip["stage"] == "seed" and chip["is_sample"] is False
    assert chip["url"].endswith("/o/chip-viet") and chip["verified_at"].endswith("Z")
    fund = next(o for o in orgs if o["name"] == "Quỹ Mở")
    assert (fund["ticket_min_usd"], fund["ticket_max_usd"], fund["investor_type"]) == (50000, 500000, "vc")
    people = {p["full_name"]: p for p in json.loads(read(open_data_dir, "people.json"))}
    assert set(people) == {"Nguyễn Văn Công Khai", "Trần Thị Kín"}
    assert people["Nguyễn Văn Công Khai"]["email"] == "open@example.org"
    assert people["Nguyễn Văn Công Khai"]["phone"] is None  # email shown, phone not
    assert people["Nguyễn Văn Công Khai"]["organisations"] == "chip-viet"  # not the pending one
    assert people["Trần Thị Kín"]["email"] is None and people["Trần Thị Kín"]["phone"] is None
    every_file = b"".join(read(open_data_dir, name) for name in FILE_NAMES if name != "datapackage.zip")
    with zipfile.ZipFile(open_data_dir / TODAY / "datapackage.zip") as archive:
        every_file += b"".join(archive.read(name) for name in archive.namelist())
    for secret in SECRETS:
        assert secret.encode() not in every_file, secret
    assert b"status_reason" not in every_file and b"password" not in every_file


def test_csv_escapes_formulas_and_json_keeps_values(app, registry, open_data_dir):
    build_package()
    rows = csv_rows(read(open_data_dir, "organisations.csv"))
    assert list(rows[0]) == [field.name for field in ORGANISATION_FIELDS]
    names = {row["name"] for row in rows}
    assert "'=HYPERLINK(\"http://evil\")" in names
    chip = next(row for row in rows if row["name"] == "Chip Việt")
    assert chip["phone"] == "'+84 24 3555 0101" and chip["is_sample"] == "false" and chip["founded_year"] == ""
    assert not read(open_data_dir, "organisations.csv").startswith(b"\xef\xbb\xbf")  # plain UTF-8
    people = csv_rows(read(open_data_dir, "people.csv"))
    assert list(people[0]) == [field.name for field in PERSON_FIELDS]


def test_descriptor_counts_and_hashes_match_the_files(app, registry, open_data_dir):
    descriptor = build_package()
    assert descriptor == json.loads(read(open_data_dir, "datapackage.json"))
    assert descriptor["profile"] == "tabular-data-package" and descriptor["version"] == TODAY
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0" and descriptor["homepage"].endswith("/open-data")
    expected_rows = {"organisations": 3, "people": 2}
    assert [r["path"] for r in descriptor["resources"]] == [
        "organisations.csv", "organisations.json", "people.csv", "people.json"]
    for item in descriptor["resources"]:
        data = read(open_data_dir, item["path"])
        assert item["bytes"] == len(data) and item["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        table = item["path"].split(".")[0]
        records = csv_rows(data) if item["format"] == "csv" else json.loads(data)
        assert item["rows"] == len(records) == expected_rows[table]
        assert item["encoding"] == "utf-8" and item["mediatype"] in ("text/csv", "application/json")
        fields = item["schema"]["fields"]
        assert [f["name"] for f in fields] == list(records[0])
        assert all(f["type"] and f["description"] for f in fields)
    with zipfile.ZipFile(open_data_dir / TODAY / "datapackage.zip") as archive:
        assert sorted(archive.namelist()) == sorted(n for n in FILE_NAMES if n != "datapackage.zip")
        assert archive.read("people.csv") == read(open_data_dir, "people.csv")


def test_rebuilding_a_day_replaces_it_and_only_the_newest_are_kept(app, registry, open_data_dir, monkeypatch):
    monkeypatch.setitem(app.config, "OPEN_DATA_KEEP", 3)
    for day in range(1, 6):
        build_package(date(2025, 1, day))
    assert published_days() == ["2025-01-05", "2025-01-04", "2025-01-03"]
    first = json.loads((open_data_dir / "2025-01-05" / "datapackage.json").read_text())
    build_package(date(2025, 1, 5))
    second = json.loads((open_data_dir / "2025-01-05" / "datapackage.json").read_text())
    assert second["created"] >= first["created"]
    assert sorted(os.listdir(open_data_dir)) == [".lock", "2025-01-03", "2025-01-04", "2025-01-05"]


def test_cli_builds_a_dated_package(app, runner, registry, open_data_dir):
    result = runner.invoke(args=["curation", "open-data", "--date", "2024-12-31"])
    assert result.exit_code == 0, result.output
    assert "organisations.csv" in result.output and "2024-12-31" in result.output
    assert (open_data_dir / "2024-12-31" / "datapackage.zip").is_file()
    result = runner.invoke(args=["curation", "open-data"])
    assert result.exit_code == 0 and published_days() == [TODAY, "2024-12-31"]
    assert runner.invoke(args=["curation", "open-data", "--date", "31/12/2024"]).exit_code != 0


def download(client, path):
    """GET a file, read it and close the response (a file response holds the file open until then)."""
    response = client.get(path)
    response.get_data()
    response.close()
    return response


def test_files_are_served_from_a_whitelist(client, registry):
    build_package()
    response = download(client, f"/open-data/{TODAY}/organisations.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == (
        f"attachment; filename=ecosystem-open-data-{TODAY}-organisations.csv")
    assert response.get_data(as_text=True).startswith("slug,kind,name,")
    archive = download(client, f"/open-data/{TODAY}/datapackage.zip")
    assert archive.mimetype == "application/zip" and zipfile.ZipFile(io.BytesIO(archive.data)).testzip() is None
    descriptor = download(client, f"/open-data/{TODAY}/datapackage.json")
    assert descriptor.mimetype == "application/json" and descriptor.headers["Content-Disposition"].startswith("inline")
    assert descriptor.json["version"] == TODAY
    for path in (f"/open-data/{TODAY}/../{TODAY}/people.csv", f"/open-data/{TODAY}/..%2Fsecret_key",
                 f"/open-data/{TODAY}/.lock", f"/open-data/{TODAY}/secret_key", f"/open-data/{TODAY}/people.xml",
                 "/open-data/2025-13-01/people.csv", "/open-data/20250101/people.csv",
                 "/open-data/latest/people.csv", "/open-data/..%2F..%2Fetc/passwd", "/open-data/1999-01-01/people.csv",
                 f"/open-data/{TODAY}%2F..%2F..%2F/people.csv", f"/open-data/{TODAY}/%2E%2E"):
        assert download(client, path).status_code == 404, path


def test_page_before_and_after_the_first_package(client, auth, make_user, registry):
    html = client.get("/open-data").get_data(as_text=True)
    assert "No package has been published yet" in html and "Rebuild now" not in html
    assert "CC BY 4.0" in html or "Creative Commons Attribution 4.0" in html
    assert "/open-data" in client.get("/").get_data(as_text=True)  # the footer links it
    assert published_days() == []  # a visit builds nothing
    build_package(date(2025, 1, 1))
    build_package()
    html = client.get("/open-data").get_data(as_text=True)
    assert f"/open-data/{TODAY}/datapackage.zip" in html and "/open-data/2025-01-01/datapackage.zip" in html
    assert "<code>tax_code</code>" in html and "Tax code (business registration number)." in html
    assert "its page is /o/&lt;slug&gt;." in html  # descriptions are text, escaped
    assert "https://creativecommons.org/licenses/by/4.0/" in html


def test_only_curators_rebuild_and_only_by_post(client, auth, make_user, registry):
    assert client.post("/open-data/rebuild").status_code == 302  # to the sign-in page
    make_user("member@example.org")
    auth.login()
    assert client.post("/open-data/rebuild").status_code == 403
    assert client.get("/open-data/rebuild").status_code == 405
    auth.logout()
    auth.login("curator@example.org")
    assert "Rebuild now" in client.get("/open-data").get_data(as_text=True)
    response = client.post("/open-data/rebuild", follow_redirects=True)
    assert response.status_code == 200 and "3 organisations and 2 people" in response.get_data(as_text=True)
    assert published_days() == [TODAY]


def test_rebuild_needs_the_csrf_token(app, client, auth, registry, monkeypatch):
    monkeypatch.setitem(app.config, "WTF_CSRF_ENABLED", True)
    auth.client.post("/login", data={"email": "curator@example.org", "password": "correct horse battery",
                                     "csrf_token": csrf_token_from(client.get("/login").get_data(as_text=True))})
    assert client.post("/open-data/rebuild").status_code == 400 and published_days() == []
    token = csrf_token_from(client.get("/open-data").get_data(as_text=True))
    assert client.post("/open-data/rebuild", data={"csrf_token": token}).status_code == 302
    assert published_days() == [TODAY]


def test_api_gives_the_latest_descriptor_and_the_dates(client, registry):
    empty = client.get("/api/v1/open-data").json
    assert empty == {"latest": None, "dates": [], "files": {}, "html_url": "http://localhost/open-data"}
    build_package(date(2025, 1, 1))
    descriptor = build_package()
    data = client.get("/api/v1/open-data").json
    assert data["latest"] == descriptor and data["dates"] == [TODAY, "2025-01-01"]
    assert data["files"]["datapackage.zip"] == f"http://localhost/open-data/{TODAY}/datapackage.zip"
    assert client.get("/api/v1/open-data", headers={"Authorization": "Bearer nope"}).status_code == 401
    schemas = client.get("/api/v1/openapi.json").json["components"]["schemas"]
    assert set(data) == set(schemas["OpenData"]["properties"])
    assert set(descriptor) == set(schemas["DataPackage"]["properties"])
    resource = schemas["DataPackage"]["properties"]["resources"]["items"]
    assert set(descriptor["resources"][0]) == set(resource["properties"])
    field = resource["properties"]["schema"]["properties"]["fields"]["items"]
    assert {key for item in descriptor["resources"][0]["schema"]["fields"] for key in item} == set(field["properties"])


def test_page_speaks_vietnamese_schema_included(client, registry):
    build_package()
    client.set_cookie("lang", "vi")
    html = client.get("/open-data").get_data(as_text=True)
    assert "Dữ liệu mở" in html and "Giấy phép" in html
    assert "Mã số thuế (mã số doanh nghiệp)." in html and "Tax code (business" not in html
