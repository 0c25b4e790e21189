"""The instruments report: aggregation, the under-use flag, filters, downloads, permissions and bad input."""
import csv
import io

import pytest
from flask_babel import force_locale
from openpyxl import load_workbook

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.labs.investment_report import ReportFilters, investment_report
from ecosystem.labs.services import update_equipment
from ecosystem.models import Role, Status

from .investment_city import BILLION, REPORT_DAY, build_city

API = "/api/v1"
ONE_MONTH = ReportFilters(months=1)


@pytest.fixture
def city(make_org, make_lab, make_equipment):
    return build_city(make_org, make_lab, make_equipment)


@pytest.fixture
def agency_member(make_user, make_org):
    user = make_user("agency@example.org")
    make_org("agency", "Sở Khoa học và Công nghệ Thử nghiệm", owner=user)
    return user


def category(report, code):
    return next(group for group in report.categories if group.category == code)


def test_instruments_are_grouped_by_category_maker_and_model(city):
    report = investment_report(ONE_MONTH, today=REPORT_DAY)
    assert (report.start.isoformat(), report.end.isoformat()) == ("2026-03-01", "2026-03-31")
    sem = category(report, "electron-microscope")
    # Four public SEMs; the one of a pending lab and the one of an unpublished host are not counted.
    assert sem.summary.count == 4 and sem.summary.total_value_vnd == 22 * BILLION
    # 10 h and 2 h of 50 open hours: 20 % and 4 %; the Sigma 0 %; the EVO is not bookable (no open hours).
    assert sem.summary.average_utilisation == pytest.approx((0.2 + 0.04 + 0) / 3)
    assert sem.summary.under_used == 2 and sem.summary.without_open_hours == 1
    rows = {(row.maker.lower(), row.model.lower().strip()): row for row in sem.rows}
    assert set(rows) == {("jeol", "jsm-it200"), ("zeiss", "evo 15"), ("zeiss", "sigma 300")}
    jeol = rows[("jeol", "jsm-it200")]  # "JEOL JSM-IT200" and "jeol jsm-it200 " are one model
    assert jeol.summary.count == 2 and jeol.summary.total_value_vnd == 11 * BILLION
    assert jeol.summary.average_percent == 12 and jeol.summary.under_used == 1
    assert sorted(lab.slug for lab in jeol.distinct("lab")) == sorted([city["zone_lab"].slug,
                                                                       city["institute_lab"].slug])
    assert [zone.slug for zone in jeol.distinct("zone")] == [city["zone"].slug]
    assert report.summary.count == 5


def test_a_category_with_two_under_used_instruments_is_flagged_in_words(city):
    report = investment_report(ONE_MONTH, today=REPORT_DAY)
    sem, pcr = category(report, "electron-microscope"), category(report, "pcr")
    assert sem.flagged and not pcr.flagged and report.flagged == [sem]
    with force_locale("en"):
        assert sem.message == ("2 of 4 instruments in “Electron microscope” are used less than 20% of their "
                               "open hours.")
    assert report.categories[0] is sem  # flagged categories first
    # Under 4 %: only the Sigma (0 %); the Hoàn Kiếm JEOL (4 %) is not below it.
    assert category(investment_report(ReportFilters(months=1, threshold=4), today=REPORT_DAY),
                    "electron-microscope").flagged is False


def test_more_bookings_lift_an_instrument_out_of_under_use(city):
    update_equipment(SYSTEM, city["zeiss_uni"], {"bookable": True})
    db.session.commit()
    sem = category(investment_report(ONE_MONTH, today=REPORT_DAY), "electron-microscope")
    assert sem.summary.without_open_hours == 0 and sem.summary.under_used == 3


def test_filters_narrow_the_report(city):
    in_zone = investment_report(ReportFilters(months=1, zone=city["zone"].slug), today=REPORT_DAY)
    assert sorted(g.category for g in in_zone.categories) == ["electron-microscope", "pcr"]
    assert in_zone.summary.count == 2
    hai_phong = investment_report(ReportFilters(months=1, province="hai-phong"), today=REPORT_DAY)
    assert hai_phong.summary.count == 1 and hai_phong.categories[0].rows[0].model == "Sigma 300"
    pcr_only = investment_report(ReportFilters(months=1, category="pcr"), today=REPORT_DAY)
    assert [g.category for g in pcr_only.categories] == ["pcr"]


def test_report_page_permissions(client, auth, city, make_user, make_org, agency_member):
    assert client.get("/labs/report").status_code == 302
    make_user("member@example.org")
    auth.login("member@example.org")
    assert client.get("/labs/report").status_code == 403
    assert client.get("/labs/report.csv").status_code == 403
    auth.logout()
    pending_agency = make_user("pending-agency@example.org")
    make_org("agency", "Cơ quan chưa duyệt", owner=pending_agency, status=Status.PENDING)
    auth.login("pending-agency@example.org")
    assert client.get("/labs/report").status_code == 403
    auth.logout()
    auth.login("agency@example.org")
    page = client.get("/labs/report?months=36").get_data(as_text=True)
    assert "Electron microscope" in page and "SEM Zeiss Sigma" in page and "Instruments in the city" in page
    assert "/labs/report" in client.get("/my").get_data(as_text=True)
    auth.logout()
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    assert client.get("/labs/report").status_code == 200
    assert "/labs/report" in client.get("/curation/").get_data(as_text=True)


@pytest.mark.parametrize("query", ["months=0", "months=37", "months=six", "threshold=0", "threshold=101",
                                   "category=microscope", "province=atlantis", "zone=nowhere",
                                   "zone=khu-cong-nghe-cao-hoa-lac-thu-nghiem&months=-1"])
def test_bad_parameters_are_400(client, auth, city, make_user, query):
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    assert client.get(f"/labs/report?{query}").status_code == 400
    assert client.get(f"/labs/report.xlsx?{query}").status_code == 400
    assert client.get(f"{API}/reports/equipment?{query}").status_code == 400


def test_csv_download_has_the_rows_with_filters_and_escapes_formulas(client, auth, city, make_user):
    update_equipment(SYSTEM, city["zeiss_far"], {"maker": "=HYPERLINK(\"http://evil\")"})
    db.session.commit()
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    response = client.get("/labs/report.csv?category=electron-microscope")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert {row["category"] for row in rows} == {"electron-microscope"} and len(rows) == 3
    jeol = next(row for row in rows if row["model"].lower() == "jsm-it200")
    assert jeol["instruments"] == "2" and jeol["total_value_vnd"] == str(11 * BILLION)
    assert "Phòng Hiển vi Hoàn Kiếm" in jeol["labs"] and jeol["provinces"] == "ha-noi"
    evil = next(row for row in rows if row["model"] == "Sigma 300")
    assert evil["maker"] == "'=HYPERLINK(\"http://evil\")"


def test_xlsx_download(client, auth, city, agency_member):
    auth.login("agency@example.org")
    response = client.get(f"/labs/report.xlsx?zone={city['zone'].slug}")
    assert response.status_code == 200 and response.mimetype.endswith("spreadsheetml.sheet")
    sheet = load_workbook(io.BytesIO(response.data)).active
    values = list(sheet.values)
    assert values[0][:4] == ("category", "category_name", "maker", "model")
    assert sorted(row[0] for row in values[1:]) == ["electron-microscope", "pcr"]


def test_api_report_same_data_and_policy(client, bearer, city, make_user, agency_member):
    assert client.get(f"{API}/reports/equipment").status_code == 401
    member = make_user("member@example.org")
    assert client.get(f"{API}/reports/equipment", headers=bearer(member)).status_code == 403
    body = client.get(f"{API}/reports/equipment?months=12&threshold=20", headers=bearer(agency_member)).json
    assert body["filters"]["months"] == 12 and body["totals"]["instruments"] == 5
    sem = next(group for group in body["categories"] if group["category"] == "electron-microscope")
    assert sem["instruments"] == 4 and sem["total_value_vnd"] == 22 * BILLION and sem["flagged"] is True
    models = {(m["maker"].lower(), m["model"].lower().strip()): m for m in sem["models"]}
    assert models[("jeol", "jsm-it200")]["instruments"] == 2
    assert len(models[("jeol", "jsm-it200")]["instruments_list"]) == 2
    schema = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    assert set(body) == set(schema["EquipmentReport"]["properties"])
    assert set(sem) == set(schema["ReportCategory"]["properties"])
    assert set(sem["models"][0]) == set(schema["ReportModel"]["properties"])


def test_report_and_fragment_in_vietnamese(client, auth, city, agency_member):
    client.set_cookie("lang", "vi")
    auth.login("agency@example.org")
    page = client.get("/labs/report?months=36&threshold=100").get_data(as_text=True)
    assert "Thiết bị trong thành phố" in page and "được sử dụng dưới 100% số giờ mở cửa" in page
    fragment = client.get("/equipment/similar?category=electron-microscope&model=EVO+15").get_data(as_text=True)
    assert "Cùng model" in fragment and "Thiết bị tương tự đã có trong thành phố" in fragment
