"""The import engine: mapping, kinds, values, duplicates, dry run, atomic and per-row modes."""
import csv
import os

import pytest
from flask_babel import force_locale

from ecosystem.curation.importing.duplicates import website_domain
from ecosystem.curation.importing.jobs import create_job, report_path, run_job
from ecosystem.curation.importing.readers import FileProblem
from ecosystem.extensions import db
from ecosystem.models import (
    AuditEvent,
    ImportJob,
    ImportStatus,
    Membership,
    Organisation,
    Person,
    SearchOutbox,
    Status,
)
from ecosystem.search.backends import get_backend
from ecosystem.search.protocol import SearchRequest
from ecosystem.search.query import parse

STARTUP_HEADER = "name,description,sectors,tags,stage,city,province,country,founded_year,funding_sought_usd\n"


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return str(path)


def run_file(path, kind="startup", user=None, dry_run=False, mode="atomic", overrides=None):
    """Create and run a job for the file the way the CLI does; returns the finished job."""
    with force_locale("en"):
        job = create_job(user, kind, path, os.path.basename(path), mode=mode, dry_run=dry_run, overrides=overrides,
                         source_name="cli", locale="en")
    db.session.commit()
    return run_job(job.id)


def report_rows(job):
    with open(report_path(job), encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def org_names():
    return sorted(db.session.scalars(db.select(Organisation.name)))


def indexed_titles(app, text):
    """Titles the search index finds for `text` (public listings)."""
    return {hit.title for hit in get_backend(app).search(SearchRequest(query=parse(text))).hits}


# --- the issue-4 startup and investor formats ------------------------------------------------------------

def test_startup_columns_fill_the_listing(app, tmp_path):
    path = write(tmp_path, STARTUP_HEADER +
                 'Công ty Alpha AI,"Nền tảng AI\ncho nông nghiệp",fintech|Quantum farming,AI|Hòa Lạc,Series A,'
                 'Hà Nội,,Việt Nam,2021,"1,500,000"\n'
                 "Beta Robotics,Robots,,,seed,Singapore,,Singapore,2019,250000\n")
    job = run_file(path)
    assert job.status == ImportStatus.DONE, job.problem
    assert (job.processed_rows, job.imported_count, job.error_count) == (2, 2, 0)
    alpha = db.session.scalar(db.select(Organisation).filter_by(name="Công ty Alpha AI"))
    assert alpha.status == Status.VERIFIED and alpha.verified_at is not None
    assert alpha.description == "Nền tảng AI\ncho nông nghiệp"
    assert [s.code for s in alpha.sectors] == ["fintech"]
    assert sorted(t.name for t in alpha.tags) == ["AI", "Hòa Lạc", "Quantum farming"]
    assert alpha.startup.stage == "series-a" and alpha.startup.funding_sought_usd == 1500000
    assert alpha.province.code == "ha-noi" and alpha.address is None and alpha.founded_year == 2021
    beta = db.session.scalar(db.select(Organisation).filter_by(name="Beta Robotics"))
    assert beta.province is None and beta.address == "Singapore, Singapore"
    warning = [m for m in job.messages if m["level"] == "warning"]
    assert warning and "Quantum farming" in warning[0]["message"] and "tag" in warning[0]["message"]
    assert db.session.scalar(db.select(db.func.count(Membership.id))) == 0  # nobody becomes a member


def test_investor_columns_and_portfolio_warnings(app, tmp_path, make_org):
    make_org("startup", "Công ty Gamma")
    path = write(tmp_path, "name,description,investor_type,sectors,stages,regions,ticket_min_usd,ticket_max_usd,"
                           "portfolio\n"
                           "Quỹ Delta,Quỹ mạo hiểm,VC,fintech,Seed|Series A,Việt Nam|ASEAN,100000,2000000,"
                           "cong-ty-gamma|Unknown Co\n")
    job = run_file(path, kind="investor")
    assert job.status == ImportStatus.DONE, job.problem
    delta = db.session.scalar(db.select(Organisation).filter_by(name="Quỹ Delta"))
    assert delta.investor.investor_type == "vc" and delta.investor.stages == ["seed", "series-a"]
    assert delta.investor.regions == ["Việt Nam", "ASEAN"]
    assert (delta.investor.ticket_min_usd, delta.investor.ticket_max_usd) == (100000, 2000000)
    assert [o.slug for o in delta.portfolio] == ["cong-ty-gamma"]
    assert any("Unknown Co" in m["message"] for m in job.messages if m["level"] == "warning")


def test_people_with_affiliations(app, tmp_path, make_org):
    make_org("university", "Trường Đại học Công nghệ")
    path = write(tmp_path, "Họ và tên,Chuyên môn,kind,affiliations,show_email\n"
                           "Nguyễn Văn A,Học máy,researcher,Trường Đại học Công nghệ|Nowhere,có\n")
    job = run_file(path, kind="person")
    assert job.status == ImportStatus.DONE, job.problem
    person = db.session.scalar(db.select(Person))
    assert person.full_name == "Nguyễn Văn A" and person.expertise == "Học máy" and person.show_email is True
    assert [a.organisation.name for a in person.affiliations] == ["Trường Đại học Công nghệ"]
    assert person.status == Status.VERIFIED and person.owner_id is None


@pytest.mark.parametrize("kind", ["company", "university", "institute", "agency", "incubator", "zone"])
def test_every_organisation_kind(app, tmp_path, kind):
    job = run_file(write(tmp_path, "Tên,Mô tả,Website,Tỉnh/Thành phố\nTổ chức Một,Mô tả,https://mot.vn,Hà Nội\n"),
                   kind=kind)
    assert job.status == ImportStatus.DONE, job.problem
    org = db.session.scalar(db.select(Organisation))
    assert (org.kind, org.name, org.website, org.province.code) == (kind, "Tổ chức Một", "https://mot.vn", "ha-noi")


# --- mapping -------------------------------------------------------------------------------------------

def test_vietnamese_headers_and_overrides(app, tmp_path):
    path = write(tmp_path, "Tên doanh nghiệp;Giới thiệu;Ghi chú;Năm thành lập\nAlpha;Mô tả;nội bộ;2020\n")
    job = run_file(path, overrides={"Tên doanh nghiệp": "name", "Giới thiệu": "description"})
    assert job.status == ImportStatus.DONE and job.ignored_columns == ["Ghi chú"]
    org = db.session.scalar(db.select(Organisation))
    assert (org.name, org.description, org.founded_year) == ("Alpha", "Mô tả", 2020)


@pytest.mark.parametrize("text, overrides, needle", [
    ("description\nAbout\n", None, "required field 'name'"),
    ("name,website\nA,https://a.vn\n", {"website": "warp_speed"}, "not a field"),
    ("name,website\nA,https://a.vn\n", {"Nope": "name"}, "no column named"),
    ("name,Tên\nA,B\n", {"Tên": "name"}, "both fill"),
])
def test_mapping_problems_stop_before_any_row(app, tmp_path, text, overrides, needle):
    with pytest.raises(FileProblem) as caught, force_locale("en"):
        create_job(None, "startup", write(tmp_path, text), "data.csv", overrides=overrides)
    assert needle in caught.value.message
    assert db.session.scalar(db.select(db.func.count(ImportJob.id))) == 0
    assert os.listdir(os.path.join(app.config["IMPORT_DIR"], "uploads")) == []


# --- modes -----------------------------------------------------------------------------------------------

BAD_FILE = ("name,website,founded_year,stage\n"
            "Good One,https://one.vn,2020,seed\n"
            ",https://nameless.vn,2020,seed\n"
            "Bad Year,,1700,seed\n"
            "Good Two,,2021,unicorn\n"
            "Good Three,,2022,idea\n")


def test_atomic_imports_nothing_when_a_row_is_bad(app, tmp_path):
    job = run_file(write(tmp_path, BAD_FILE), mode="atomic")
    assert job.status == ImportStatus.FAILED and "Nothing was imported" in job.problem
    assert (job.processed_rows, job.error_count, job.imported_count) == (5, 3, 0)
    assert org_names() == [] and db.session.scalar(db.select(db.func.count(SearchOutbox.id))) == 0
    rows = report_rows(job)
    assert [r["result"] for r in rows] == ["not imported", "error", "error", "error", "not imported"]
    assert "name: This field is required." in rows[1]["errors"]
    assert "founded_year" in rows[2]["errors"] and "stage" in rows[3]["errors"]
    assert rows[0]["listing"] == ""


def test_per_row_imports_the_good_rows(app, tmp_path):
    app.config["IMPORT_BATCH_SIZE"] = 2  # several committed batches
    try:
        job = run_file(write(tmp_path, BAD_FILE), mode="per-row")
    finally:
        app.config["IMPORT_BATCH_SIZE"] = 500
    assert job.status == ImportStatus.DONE and job.problem is None
    assert (job.imported_count, job.error_count) == (2, 3)
    assert org_names() == ["Good One", "Good Three"]
    assert [r["result"] for r in report_rows(job)] == ["imported", "error", "error", "error", "imported"]
    assert report_rows(job)[0]["listing"] == "good-one"
    audit = db.session.scalars(db.select(AuditEvent).filter_by(action="imported")).all()
    assert sorted(e.details["row"] for e in audit) == [2, 6]
    assert indexed_titles(app, "good") == {"Good One", "Good Three"}


def test_dry_run_changes_nothing(app, tmp_path, make_org):
    make_org("startup", "Existing Co", website="https://existing.vn")
    before = db.session.scalar(db.select(db.func.count(AuditEvent.id)))
    path = write(tmp_path, "name,website,sectors\nNew Co,https://www.existing.vn/about,unknown sector\n"
                           "New Co,,\nExisting Co,,\n")
    job = run_file(path, dry_run=True)
    assert job.status == ImportStatus.DONE and job.dry_run
    assert (job.imported_count, job.error_count, job.duplicate_count) == (3, 0, 3)
    assert org_names() == ["Existing Co"]
    assert db.session.scalar(db.select(db.func.count(AuditEvent.id))) == before
    assert db.session.scalar(db.select(db.func.count(SearchOutbox.id))) == 0
    assert indexed_titles(app, "new co") == set()
    messages = [m["message"] for m in job.messages if m["level"] == "duplicate"]
    assert any("existing.vn" in m and "existing-co" in m for m in messages)
    assert any("earlier row of this file" in m for m in messages)
    assert any("Existing Co" in m and "existing listing" in m for m in messages)
    assert [r["result"] for r in report_rows(job)] == ["would be imported"] * 3
    assert job.stored_name is None  # a CLI dry run keeps no upload


def test_duplicate_domains_within_the_file(app, tmp_path):
    path = write(tmp_path, "name,website\nOne,https://same.vn\nTwo,http://www.same.vn/x\nThree,https://facebook.com/a\n"
                           "Four,https://facebook.com/b\n")
    job = run_file(path, dry_run=True)
    duplicates = [m for m in job.messages if m["level"] == "duplicate"]
    assert [(m["row"], "row 2" in m["message"]) for m in duplicates] == [(3, True)]


def test_website_domain():
    assert website_domain("https://www.Example.vn/about") == "example.vn"
    assert website_domain("example.vn") == "example.vn"
    assert website_domain("https://facebook.com/page") is None
    assert website_domain("") is None and website_domain("http://[bad") is None


def test_kind_column_must_match(app, tmp_path):
    job = run_file(write(tmp_path, "kind,name\nstartup,A\ninvestor,B\n"), mode="per-row")
    assert org_names() == ["A"] and job.error_count == 1
    assert "this import is for 'startup'" in job.messages[0]["message"]


def test_report_keeps_the_first_messages_only(app, tmp_path):
    app.config["IMPORT_REPORT_DETAILS"] = 3
    try:
        job = run_file(write(tmp_path, "name,founded_year\n" + "".join(f"Row {i},1500\n" for i in range(10))),
                       dry_run=True)
    finally:
        app.config["IMPORT_REPORT_DETAILS"] = 200
    assert job.error_count == 10 and len(job.messages) == 3
    assert len(report_rows(job)) == 10 and all(r["result"] == "error" for r in report_rows(job))


def test_report_cells_are_spreadsheet_safe(app, tmp_path):
    job = run_file(write(tmp_path, "name,founded_year\n=HYPERLINK(1),1500\n"), dry_run=True)
    row = report_rows(job)[0]
    assert row["name"] == "'=HYPERLINK(1)"


def test_stops_when_a_row_cannot_be_read_before_importing(app, tmp_path):
    """A bad byte far into a UTF-8 file (past the part read to detect the encoding) stops the run before any row."""
    good = "".join(f"Công ty số {i},Mô tả\n" for i in range(4000))
    data = b"name,description\n" + good.encode() + b"Broken \xff row,x\n"
    assert len(data) > 64 * 1024
    job = run_file(write(tmp_path, data), mode="per-row")
    assert job.status == ImportStatus.FAILED and job.imported_count == 0
    assert "Line 4002 of the file is not valid UTF-8 text" in job.problem and "Nothing was imported" in job.problem
    assert org_names() == []
