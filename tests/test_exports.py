"""Exports of search results and directory pages as CSV, JSON and XLSX: visibility and formula escaping."""
import csv
import io

import pytest
from openpyxl import load_workbook

from ecosystem.exports import COLUMNS, needs_escaping, spreadsheet_safe, to_csv, to_xlsx
from ecosystem.extensions import db
from ecosystem.models import Organisation, Role, Status

HOSTILE = ["=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturn", "\x01Start"]


@pytest.fixture
def listings(make_org):
    """Public startups (one with every hostile start in turn), a pending and a rejected one."""
    make_org(name="Chip Việt", technologies=["semiconductors"], province="ha-noi", stage="seed",
             email="hello@chip.example.vn")
    make_org(name="Bán Dẫn Bí Mật", status=Status.PENDING)
    make_org(name="Bị Từ Chối", status=Status.REJECTED)
    make_org(kind="investor", name="Quỹ Đầu tư", investor_type="vc")
    for number, name in enumerate(HOSTILE):
        org = make_org(name=f"Hostile {number}")
        org.name = name  # straight into the model: the point is what the export does with any stored value
    db.session.commit()


def csv_rows(response):
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


def xlsx_rows(response):
    assert response.status_code == 200
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response.headers["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.data)).active
    header, *rows = list(sheet.iter_rows())
    assert all(cell.font.b for cell in header)
    assert all(cell.data_type == "s" for row in rows for cell in row if cell.value is not None)
    names = [cell.value for cell in header]
    return [dict(zip(names, (cell.value or "" for cell in row), strict=True)) for row in rows]


@pytest.mark.parametrize("value, escaped", [
    ("=1+1", "'=1+1"), ("+84 24", "'+84 24"), ("-5", "'-5"), ("@x", "'@x"), ("\tx", "'\tx"), ("\x00x", "'\x00x"),
    ("\x7fx", "'\x7fx"), ("Hòa Lạc", "Hòa Lạc"), ("a=b", "a=b"), ("", ""), (None, ""), (2021, "2021")])
def test_spreadsheet_safe(value, escaped):
    assert spreadsheet_safe(value) == escaped


def test_xlsx_cells_are_text_and_escaped_even_with_characters_xml_cannot_hold():
    rows = [{"name": "=1+1", "kind": "\x01=2", "url": "https://x.vn", "updated_at": "2025-01-01"}]
    sheet = load_workbook(io.BytesIO(to_xlsx(rows))).active
    assert [c.value for c in sheet[1]] == list(COLUMNS) and sheet.title == "listings"
    values = {name: cell for name, cell in zip(COLUMNS, sheet[2], strict=True)}
    assert values["name"].value == "'=1+1" and values["name"].data_type == "s"
    assert values["kind"].value == "'=2"  # escaped first, then the character XML forbids is dropped
    assert needs_escaping("\x01") and not needs_escaping("Chip")
    assert to_csv(rows).startswith("\ufeffkind,name,")


def test_search_exports_in_three_formats_respect_visibility_and_escape(client, listings):
    rows = csv_rows(client.get("/search/export.csv?kind=startup"))
    names = {row["name"] for row in rows}
    assert "Chip Việt" in names and not names & {"Bán Dẫn Bí Mật", "Bị Từ Chối"}
    assert {"'" + name for name in HOSTILE} <= names
    assert "email" not in rows[0] and all("hello@" not in value for row in rows for value in row.values())
    sheet = xlsx_rows(client.get("/search/export.xlsx?kind=startup"))
    # XML reads a carriage return back as a line feed; the apostrophe in front is what matters.
    assert {row["name"] for row in sheet} == {name.replace("\x01", "").replace("\r", "\n") for name in names}
    assert "'=HYPERLINK(\"http://evil\")" in {row["name"] for row in sheet}
    data = client.get("/search/export.json?kind=investor").json
    assert [item["name"] for item in data["items"]] == ["Quỹ Đầu tư"] and data["columns"] == list(COLUMNS)


def test_results_page_links_every_format(client, listings):
    html = client.get("/search?q=chip").get_data(as_text=True)
    for extension in ("csv", "json", "xlsx"):
        assert f'href="/search/export.{extension}?q=chip"' in html


def test_directory_exports_follow_the_page_filters(client, listings):
    rows = csv_rows(client.get("/directory/startups/export.csv?q=chip&stage=seed&page=2"))
    assert [row["name"] for row in rows] == ["Chip Việt"]
    assert rows[0]["technologies"] == "semiconductors" and rows[0]["stage"] == "seed"
    assert rows[0]["url"].endswith("/o/chip-viet") and rows[0]["status"] == "verified"
    every = csv_rows(client.get("/directory/startups/export.csv"))
    assert len(every) == 1 + len(HOSTILE) and {row["kind"] for row in every} == {"startup"}
    assert "'@SUM(A1)" in {row["name"] for row in every}
    sheet = xlsx_rows(client.get("/directory/startups/export.xlsx"))
    assert len(sheet) == len(every) and "'+1+2" in {row["name"] for row in sheet}
    assert "Bán Dẫn Bí Mật" not in {row["name"] for row in sheet}
    data = client.get("/directory/investors/export.json").json
    assert [(item["name"], item["investor_type"]) for item in data["items"]] == [("Quỹ Đầu tư", "vc")]


def test_directory_page_links_exports_with_its_filters(client, listings):
    html = client.get("/directory/startups?q=chip&page=1").get_data(as_text=True)
    for extension in ("csv", "json", "xlsx"):
        assert f'href="/directory/startups/export.{extension}?q=chip"' in html


def test_curators_export_what_they_may_see(client, auth, make_user, listings):
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    names = {row["name"] for row in csv_rows(client.get("/directory/startups/export.csv"))}
    assert {"Bán Dẫn Bí Mật", "Bị Từ Chối"} <= names


@pytest.mark.parametrize("url, status", [
    ("/directory/nowhere/export.csv", 404), ("/directory/startups/export.pdf", 404),
    ("/search/export.xml", 404), ("/directory/startups/export.csv?stage=ripe", 400),
    ("/directory/startups/export.xlsx?sort=price", 400)])
def test_bad_export_requests(client, listings, url, status):
    assert client.get(url).status_code == status


def test_directory_export_has_no_hidden_zone(client, make_org):
    zone = make_org(kind="zone", name="Khu Ẩn", status=Status.PENDING)
    startup = make_org(name="Trong Khu")
    startup.zone_id = zone.id
    db.session.commit()
    rows = csv_rows(client.get("/directory/startups/export.csv"))
    assert rows[0]["zone"] == "" and db.session.get(Organisation, startup.id).zone_id == zone.id
