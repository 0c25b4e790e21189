"""The import through the CLI, the curators' pages and the API: every bad file gets a message, never a 500."""
import io
import json
import os

import pytest

from ecosystem.extensions import db
from ecosystem.models import ImportJob, ImportStatus, Organisation, Role
from tests.curation.test_import_engine import STARTUP_HEADER, write
from tests.curation.test_import_files import xlsx_bytes

SAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "samples")
GOOD = STARTUP_HEADER + "Alpha AI,AI,fintech|Mars mining,AI,seed,Hà Nội,,Việt Nam,2021,500000\n"
BAD_FILES = [
    ("empty.csv", b"", "The file is empty."),
    ("binary.csv", bytes(range(256)) * 8, "binary data"),
    ("book.xlsx", b"PK\x03\x04garbage", "damaged"),
    ("header.csv", b"name,description\n", "no data rows"),
    ("picture.png", b"\x89PNG", "Upload a .csv or .xlsx file."),
    ("noname.csv", b"description\nx\n", "required field 'name'"),
]


def names():
    return sorted(db.session.scalars(db.select(Organisation.name)))


# --- CLI ---------------------------------------------------------------------------------------------------

def test_curation_import_cli_with_progress_and_map(app, runner, tmp_path):
    path = write(tmp_path, "Tên doanh nghiệp;Ghi chú\nAlpha;x\nBeta;y\n")
    result = runner.invoke(args=["curation", "import", path, "--kind", "company", "--map", "Tên doanh nghiệp=name",
                                 "--map", "Ghi chú="])
    assert result.exit_code == 0, result.output
    assert "2 rows to process." in result.output and "Rows" in result.output
    assert "2 listings imported (verified)." in result.output and "Report:" in result.output
    assert names() == ["Alpha", "Beta"]


def test_cli_dry_run_and_atomic_failure_exit_codes(app, runner, tmp_path):
    path = write(tmp_path, "name,founded_year\nGood,2020\nBad,1500\n")
    dry = runner.invoke(args=["curation", "import", path, "--kind", "startup", "--dry-run"])
    assert dry.exit_code == 0 and "Dry run: nothing was changed. 1 rows would be imported." in dry.output
    assert "row 3 [error] founded_year:" in dry.output
    atomic = runner.invoke(args=["curation", "import", path, "--kind", "startup"])
    assert atomic.exit_code == 1 and "Nothing was imported" in atomic.output and names() == []
    per_row = runner.invoke(args=["curation", "import", path, "--kind", "startup", "--mode", "per-row"])
    assert per_row.exit_code == 0 and names() == ["Good"]


def test_cli_bad_file_and_bad_map(app, runner, tmp_path):
    empty = runner.invoke(args=["curation", "import", write(tmp_path, b""), "--kind", "startup"])
    assert empty.exit_code == 1 and "The file is empty." in empty.output
    bad_map = runner.invoke(args=["curation", "import", write(tmp_path, "name\nA\n"), "--kind", "startup",
                                  "--map", "name"])
    assert bad_map.exit_code == 2 and "COLUMN=FIELD" in bad_map.output


def test_registry_import_of_the_issue_4_samples(app, runner):
    startups = runner.invoke(args=["registry", "import", os.path.join(SAMPLES, "startups.csv"), "--kind", "startup"])
    assert startups.exit_code == 0, startups.output
    investors = runner.invoke(args=["registry", "import", os.path.join(SAMPLES, "investors.csv"),
                                    "--kind", "investor"])
    assert investors.exit_code == 0, investors.output
    kinds = dict(db.session.execute(db.select(Organisation.kind, db.func.count()).group_by(Organisation.kind)).all())
    assert kinds["startup"] >= 5 and kinds["investor"] >= 3
    with_portfolio = [o for o in db.session.scalars(db.select(Organisation).filter_by(kind="investor")) if o.portfolio]
    assert with_portfolio, "the sample investors name sample startups in their portfolio"
    assert runner.invoke(args=["registry", "import", os.path.join(SAMPLES, "startups.csv"),
                               "--kind", "company"]).exit_code == 2


# --- the curators' pages -----------------------------------------------------------------------------------

@pytest.fixture
def curator_client(client, auth, make_user):
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    return client


def upload(client, data, name="data.csv", kind="startup"):
    return client.post("/curation/import/", data={"kind": kind, "file": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def test_pages_need_a_curator(client, auth, make_user):
    assert client.get("/curation/import/").status_code == 302  # to the sign-in page
    make_user("member@example.org")
    auth.login("member@example.org")
    assert client.get("/curation/import/").status_code == 403


def test_upload_map_dry_run_then_import(app, curator_client):
    page = upload(curator_client, GOOD.encode())
    assert page.status_code == 302
    job = db.session.scalar(db.select(ImportJob))
    assert job.status == ImportStatus.UPLOADED and page.headers["Location"].endswith(f"/{job.id}/mapping")
    mapping = curator_client.get(f"/curation/import/{job.id}/mapping").get_data(as_text=True)
    assert '<option value="name" selected>' in mapping and "Alpha AI" in mapping
    headers = STARTUP_HEADER.strip().split(",")
    form = {f"column-{i}": header for i, header in enumerate(headers)}
    form.update({"column-5": "", "mode": "atomic", "action": "check"})  # ignore "city"
    checked = curator_client.post(f"/curation/import/{job.id}/mapping", data=form)
    assert checked.status_code == 302
    db.session.expire_all()
    job = db.session.get(ImportJob, job.id)
    assert job.status == ImportStatus.DONE and job.dry_run and job.imported_count == 1 and names() == []
    report_page = curator_client.get(f"/curation/import/{job.id}").get_data(as_text=True)
    assert "Dry run finished: nothing was changed." in report_page and "Mars mining" in report_page
    assert "Import the file now" in report_page
    progress = curator_client.get(f"/curation/import/{job.id}/progress.json").json
    assert progress["finished"] and progress["processed"] == 1 and progress["percent"] == 100
    csv_report = curator_client.get(f"/curation/import/{job.id}/report.csv")
    assert csv_report.status_code == 200 and "would be imported" in csv_report.get_data(as_text=True)
    csv_report.close()
    imported = curator_client.post(f"/curation/import/{job.id}/import")
    assert imported.status_code == 302
    assert names() == ["Alpha AI"]
    db.session.expire_all()
    final = db.session.scalars(db.select(ImportJob).order_by(ImportJob.id)).all()[-1]
    assert final.checked_by_id == job.id and final.status == ImportStatus.DONE and final.stored_name is None
    assert "listings imported as verified listings" in curator_client.get(f"/curation/import/{final.id}").get_data(
        as_text=True)
    assert curator_client.post(f"/curation/import/{job.id}/import").status_code == 303  # file gone: a message
    assert names() == ["Alpha AI"]


@pytest.mark.parametrize("name, data, needle", BAD_FILES)
def test_bad_uploads_get_a_message_not_a_500(app, curator_client, name, data, needle):
    response = upload(curator_client, data, name)
    body = response.get_data(as_text=True)
    if needle == "no data rows":  # found when the rows are counted: the job reports it
        job = db.session.scalar(db.select(ImportJob))
        form = {"column-0": "name", "column-1": "description", "mode": "per-row", "action": "import"}
        curator_client.post(f"/curation/import/{job.id}/mapping", data=form)
        body = curator_client.get(f"/curation/import/{job.id}").get_data(as_text=True)
    else:
        assert response.status_code == 400
    assert needle in body.replace("&#39;", "'")
    assert names() == []


def test_bad_mapping_in_the_form(app, curator_client):
    upload(curator_client, GOOD.encode())
    job = db.session.scalar(db.select(ImportJob))
    response = curator_client.post(f"/curation/import/{job.id}/mapping",
                                   data={"column-0": "", "mode": "atomic", "action": "check"})
    assert response.status_code == 400 and "required field" in response.get_data(as_text=True)
    response = curator_client.post(f"/curation/import/{job.id}/mapping",
                                   data={"column-0": "name", "column-1": "hacked", "mode": "atomic"})
    assert response.status_code == 400 and "not a field of this kind" in response.get_data(as_text=True)


def test_upload_too_large_is_a_413_page(app, curator_client):
    app.config["IMPORT_MAX_BYTES"] = 1024
    try:
        response = upload(curator_client, b"name\n" + b"a" * 200 * 1024)
    finally:
        app.config["IMPORT_MAX_BYTES"] = 64 * 1024 * 1024
    assert response.status_code == 413 and "Split it into smaller files" in response.get_data(as_text=True)


def test_xlsx_upload_through_the_pages(app, curator_client):
    upload(curator_client, xlsx_bytes([["Tên", "Website"], ["Công ty X", "https://x.vn"]]), "book.xlsx",
           kind="company")
    job = db.session.scalar(db.select(ImportJob))
    curator_client.post(f"/curation/import/{job.id}/mapping",
                        data={"column-0": "name", "column-1": "website", "mode": "atomic", "action": "import"})
    assert names() == ["Công ty X"]


# --- the API -----------------------------------------------------------------------------------------------

API = "/api/v1/curation/imports"


@pytest.fixture
def curator_token(make_user, bearer):
    return bearer(make_user("curator@example.org", role=Role.CURATOR))


def api_upload(client, headers, data, name="data.csv", **fields):
    form = {"kind": "startup", "file": (io.BytesIO(data), name), **fields}
    return client.post(API, data=form, headers=headers, content_type="multipart/form-data")


def test_api_dry_run_then_import(app, client, curator_token):
    created = api_upload(client, curator_token, GOOD.encode(), mapping=json.dumps({"city": ""}))
    assert created.status_code == 202, created.json
    job_id = created.json["id"]
    detail = client.get(f"{API}/{job_id}", headers=curator_token).json
    assert detail["status"] == "done" and detail["dry_run"] and detail["counts"]["imported"] == 1
    assert detail["ignored_columns"] == ["city"] and names() == []
    assert any(m["level"] == "warning" and "Mars mining" in m["message"] for m in detail["messages"])
    report = client.get(detail["report_url"].replace("http://localhost", ""), headers=curator_token)
    assert report.status_code == 200 and "would be imported" in report.get_data(as_text=True)
    report.close()
    done = api_upload(client, curator_token, GOOD.encode(), dry_run="false", mode="per-row")
    assert client.get(f"{API}/{done.json['id']}", headers=curator_token).json["counts"]["imported"] == 1
    assert names() == ["Alpha AI"]


@pytest.mark.parametrize("name, data, needle", BAD_FILES)
def test_api_bad_files(app, client, curator_token, name, data, needle):
    response = api_upload(client, curator_token, data, name)
    if needle == "no data rows":
        assert response.status_code == 202
        response = client.get(f"{API}/{response.json['id']}", headers=curator_token)
        assert response.json["status"] == "failed" and needle in response.json["problem"]
    else:
        assert response.status_code == 400 and needle in response.json["error"]["message"]


@pytest.mark.parametrize("fields, status", [
    ({"kind": "planet"}, 400), ({"mode": "sometimes"}, 400), ({"dry_run": "maybe"}, 400),
    ({"mapping": "[1]"}, 400), ({"mapping": "{not json"}, 400),
])
def test_api_bad_parameters(app, client, curator_token, fields, status):
    assert api_upload(client, curator_token, GOOD.encode(), **fields).status_code == status


def test_api_needs_a_curator_token(app, client, make_user, bearer):
    assert client.post(API, data={"kind": "startup"}, content_type="multipart/form-data").status_code == 401
    member = bearer(make_user("member@example.org"))
    assert api_upload(client, member, GOOD.encode()).status_code == 403
    assert client.get(f"{API}/1", headers=member).status_code == 403


def test_api_missing_file_and_unknown_job(app, client, curator_token):
    response = client.post(API, data={"kind": "startup"}, headers=curator_token, content_type="multipart/form-data")
    assert response.status_code == 400 and "'file'" in response.json["error"]["message"]
    assert client.get(f"{API}/999", headers=curator_token).status_code == 404


def test_api_too_large(app, client, curator_token):
    app.config["IMPORT_MAX_BYTES"] = 1024
    try:
        response = api_upload(client, curator_token, b"name\n" + b"a" * 200 * 1024)
    finally:
        app.config["IMPORT_MAX_BYTES"] = 64 * 1024 * 1024
    assert response.status_code == 413 and response.is_json
