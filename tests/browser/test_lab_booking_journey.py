"""Lab bookings end to end: a university staff member posts a lab with an instrument and publishes weekly
hours; a curator verifies the lab; a startup's founder finds the instrument's calendar and asks for two
hours; the staff member (who answers the lab's requests) approves; the instrument's and the lab's
utilisation show the booked hours. Vietnamese UI, CSRF on, real forms."""
import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from ecosystem.extensions import db
from ecosystem.labs.availability import city_today
from ecosystem.models import OrgRole, Role
from ecosystem.registry.members import add_member

from .test_journeys import sign_in, sign_out

pytestmark = pytest.mark.browser

RECTOR_EMAIL, STAFF_EMAIL = "hieutruong@dhcnhn.edu.vn", "tuan.le@dhcnhn.edu.vn"
FOUNDER_EMAIL, CURATOR_EMAIL = "founder@vimachsaokhue.vn", "curator@hanoi.gov.vn"
UNIVERSITY = "Trường Đại học Công nghệ Nano Hà Nội"
STARTUP = "Công ty Cổ phần Vi mạch Sao Khuê"
LAB = "Phòng thí nghiệm Đo kiểm Vi mạch"
INSTRUMENT = "Máy phân tích tham số bán dẫn"


@pytest.fixture
def booking_world(make_user, make_org):
    rector = make_user(RECTOR_EMAIL, name="Phạm Văn Hùng")
    make_user(STAFF_EMAIL, name="Lê Minh Tuấn")
    founder = make_user(FOUNDER_EMAIL, name="Nguyễn Thị Khuê")
    make_user(CURATOR_EMAIL, role=Role.CURATOR, name="Trần Văn Kiểm")
    university = make_org("university", UNIVERSITY, owner=rector, province="ha-noi")
    add_member(rector, university, STAFF_EMAIL, OrgRole.EDITOR)
    make_org("startup", STARTUP, owner=founder)
    db.session.commit()
    return university.slug


def next_weekday():
    day = city_today() + timedelta(days=1)
    while day.weekday() > 4:
        day += timedelta(days=1)
    return day


def staff_posts_lab_with_hours(page, t, university_slug):
    """The lab form, an instrument, and weekly hours Monday to Friday 08:00–17:00; returns the lab's path."""
    sign_in(page, t, STAFF_EMAIL)
    page.goto(f"/labs/new?host={university_slug}")
    page.get_by_label(t("Name of the lab (Vietnamese)")).fill(LAB)
    page.get_by_label(t("Name of the lab (English)")).fill("Chip Test Lab")
    page.get_by_role("button", name=t("Submit for review")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(LAB)
    lab_path = urlsplit(page.url).path
    page.get_by_role("link", name=t("Add an instrument")).click()
    page.get_by_label(t("Name of the instrument (Vietnamese)")).fill(INSTRUMENT)
    page.get_by_label(t("Fee per hour (VND)")).fill("600000")
    page.get_by_role("button", name=t("Add the instrument")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(INSTRUMENT)
    page.goto(lab_path)
    page.get_by_role("link", name=t("Edit open hours")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Open hours"))
    weekly = page.locator("form", has=page.locator("select[name=weekday]"))
    for weekday in range(5):
        weekly.locator("select[name=weekday]").select_option(str(weekday))
        weekly.locator("input[name=start_time]").fill("08:00")
        weekly.locator("input[name=end_time]").fill("17:00")
        weekly.get_by_role("button", name=t("Add")).click()
        expect(page.locator(".flash-success")).to_contain_text(t("The weekly hours are published."))
    expect(page.locator("table.calendar-table td.cal-open")).to_have_count(5 * 18)
    sign_out(page, t)
    return lab_path


def curator_verifies(page, t, lab_path):
    sign_in(page, t, CURATOR_EMAIL)
    page.goto(lab_path)
    page.get_by_role("button", name=t("Verify"), exact=True).click()
    expect(page.locator(".flash-success")).to_be_visible()
    sign_out(page, t)


def founder_requests_instrument(page, t, lab_path, day):
    """From the lab page to the instrument's calendar, then the request form: 09:00–11:00 on `day`."""
    sign_in(page, t, FOUNDER_EMAIL)
    page.goto(lab_path)
    page.locator("table.equipment-table").get_by_role("link", name=INSTRUMENT).click()
    expect(page.get_by_role("heading", level=2, name=t("Open hours and bookings"))).to_be_visible()
    expect(page.locator(".utilisation-coming")).to_have_attribute("data-coming-booked", "0.0")
    page.get_by_role("link", name=t("Request access")).click()
    expect(page.get_by_label(t("What you need"))).to_have_value(re.compile(r".+"))
    page.get_by_label(t("On behalf of")).select_option(label=STARTUP)
    page.get_by_label(t("From (Hanoi time)")).fill(f"{day.isoformat()}T09:00")
    page.get_by_label(t("Until (Hanoi time)")).fill(f"{day.isoformat()}T11:00")
    page.get_by_label(t("Purpose: what you will do, samples, who will come")).fill(
        "Đo đặc tuyến I-V của 20 mẫu transistor cho sản phẩm cảm biến.")
    page.get_by_role("button", name=t("Send the request")).click()
    expect(page.locator(".flash-success")).to_contain_text(
        t("Your request is sent. The lab's managers will answer here and by email."))
    expect(page.locator("[data-status]")).to_have_text(t("Waiting for the lab"))
    request_path = urlsplit(page.url).path
    sign_out(page, t)
    return request_path


def manager_approves(page, t, request_path):
    sign_in(page, t, STAFF_EMAIL)
    page.get_by_role("link", name=t("Lab requests")).click()
    page.get_by_role("link", name=t("Requests to my labs")).click()
    page.locator("table.requests-table a").first.click()
    expect(page).to_have_url(re.compile(re.escape(request_path) + "$"))
    page.get_by_role("button", name=t("Approve"), exact=True).click()
    expect(page.locator("[data-status]")).to_have_text(t("Approved"))


def test_a_startup_books_an_instrument_and_utilisation_counts_it(page, t, booking_world):
    day = next_weekday()
    lab_path = staff_posts_lab_with_hours(page, t, booking_world)
    curator_verifies(page, t, lab_path)
    request_path = founder_requests_instrument(page, t, lab_path, day)
    manager_approves(page, t, request_path)

    page.get_by_role("link", name=INSTRUMENT).first.click()
    expect(page.locator(".utilisation-coming")).to_have_attribute("data-coming-booked", "2.0")
    page.goto(f"{page.url.split('?')[0]}?week={day.isoformat()}")
    expect(page.locator("table.calendar-table td.cal-booked")).to_have_count(4)
    page.goto(lab_path)
    expect(page.locator(".utilisation-coming")).to_have_attribute("data-coming-booked", "2.0")
    row = page.locator("section.utilisation table").nth(1).locator("tr", has_text=INSTRUMENT)
    this_month = day.month == city_today().month  # the table ends with this month
    expect(row.locator("td").nth(1)).to_have_text("2" if this_month else "0")
    expect(page.locator("[data-total-booked]")).to_have_text("2" if this_month else "0")
