"""The technology exchange end to end: a university's staff member publishes an offer from the
university's page and sees it pending; a business owner posts a need from their company's page; a
curator verifies both from their detail pages; an anonymous visitor narrows /offers down to the offer
(strategic technology and TRL range), opens it, finds both through the header search with the kind
facet, and sees them in the organisations' "Technology exchange" sections. Vietnamese UI, CSRF on,
real forms; the starting data (accounts, organisations, two other offers) goes through the services."""
import re
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from ecosystem.auth.policy import SYSTEM
from ecosystem.exchange.services import create_offer
from ecosystem.extensions import db
from ecosystem.models import OrgRole, Role, Status
from ecosystem.registry.members import add_member

from .conftest import artifact_path
from .test_journeys import PENDING_VI, sign_in

pytestmark = pytest.mark.browser

RECTOR_EMAIL, STAFF_EMAIL = "hieutruong@dhvl.edu.vn", "ha.nguyen@dhvl.edu.vn"
BUSINESS_EMAIL, CURATOR_EMAIL = "giamdoc@nangluonghoabinh.vn", "curator@hanoi.gov.vn"
UNIVERSITY = "Trường Đại học Khoa học Vật liệu Hà Nội"
COMPANY = "Công ty Cổ phần Năng lượng Mặt trời Hòa Bình"
INSTITUTE = "Viện Trí tuệ Nhân tạo Thử nghiệm"
ENERGY_VI = "Năng lượng và vật liệu tiên tiến"  # strategic technology "energy-materials", as seeded
ENERGY_SECTOR_VI = "Năng lượng"

OFFER_TITLE = "Pin natri-ion cho lưu trữ điện mặt trời"
OFFER_SUMMARY = ("Công nghệ **pin natri-ion** dùng vật liệu cực âm sản xuất trong nước, "
                 "đạt 2000 chu kỳ sạc và an toàn hơn pin lithium.")
OFFER_TERMS = "Cấp phép **độc quyền theo lĩnh vực**; phí ban đầu và phí bản quyền theo doanh thu."
TRL6 = "TRL 6 – demonstrated in a relevant environment"
NEED_TITLE = "Bộ lưu trữ điện giá rẻ cho trang trại điện mặt trời"
NEED_PROBLEM = "Chúng tôi cần hệ **pin natri-ion** hoặc công nghệ tương đương để lưu trữ 2 MWh cho trang trại 10 MW."
NEED_OUTCOME = "Một hệ thử nghiệm 200 kWh chạy ổn định trong một mùa khô."
# Offers the filters must leave out: another technology, and the same technology below the TRL range.
AI_OFFER = "Mô hình nhận dạng tiếng nói tiếng Việt"
EARLY_OFFER = "Vật liệu cực dương thế hệ mới cho ắc quy"


@pytest.fixture
def exchange_world(make_user, make_org):
    """Accounts, a verified university (the staff member is its editor), a verified company and two
    verified offers of other publishers. Returns the slugs of the university and the company."""
    rector = make_user(RECTOR_EMAIL, name="Phạm Quốc Hùng")
    make_user(STAFF_EMAIL, name="Nguyễn Thu Hà")
    business = make_user(BUSINESS_EMAIL, name="Lê Văn Bình")
    make_user(CURATOR_EMAIL, role=Role.CURATOR, name="Trần Văn Kiểm")
    university = make_org("university", UNIVERSITY, owner=rector, technologies=["energy-materials"],
                          sectors=["energy"], province="ha-noi")
    add_member(rector, university, STAFF_EMAIL, OrgRole.EDITOR)
    company = make_org("company", COMPANY, owner=business, technologies=["energy-materials"], sectors=["energy"])
    institute = make_org("institute", INSTITUTE, technologies=["ai"])
    create_offer(SYSTEM, institute, {"title": AI_OFFER, "summary": "Nhận dạng tiếng nói cho tổng đài.",
                                     "technologies": ["ai"], "trl": 7, "engagement": "licence"},
                 status=Status.VERIFIED)
    create_offer(SYSTEM, university, {"title": EARLY_OFFER, "summary": "Vật liệu mới, mới thử trong phòng thí nghiệm.",
                                      "technologies": ["energy-materials"], "trl": 3,
                                      "engagement": "collaboration"}, status=Status.VERIFIED)
    db.session.commit()
    return university.slug, company.slug


def staff_publishes_offer(page, t, university_slug):
    """From the university's page: the offer form, pre-set to the university, submitted; it is pending."""
    sign_in(page, t, STAFF_EMAIL)
    page.goto(f"/o/{university_slug}")
    panel = page.locator("section#exchange")
    expect(panel.get_by_role("heading", level=2)).to_have_text(t("Technology exchange"))
    expect(panel).to_contain_text(EARLY_OFFER)
    panel.get_by_role("link", name=t("Publish an offer")).click()

    expect(page).to_have_url(re.compile(rf"/offers/new\?organisation={university_slug}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Publish a technology offer"))
    expect(page.locator("main form input[name=csrf_token]")).to_have_attribute("value", re.compile(r".{20,}"))
    expect(page.get_by_label(t("Published by"))).to_have_value(f"organisation:{university_slug}")
    page.get_by_label(t("Title (Vietnamese)")).fill(OFFER_TITLE)
    page.get_by_label(t("Title (English)")).fill("Sodium-ion batteries for solar storage")
    page.get_by_label(t("What you offer (Vietnamese, Markdown)")).fill(OFFER_SUMMARY)
    page.get_by_label(t("Strategic technologies")).select_option(label=ENERGY_VI)
    page.get_by_label(t("Sectors it applies to")).select_option(label=ENERGY_SECTOR_VI)
    page.get_by_label(t("Tags (comma-separated)")).fill("pin, lưu trữ năng lượng")
    page.get_by_label(t("Technology readiness level")).select_option(label=t(TRL6))
    page.get_by_label(t("Intellectual property")).select_option(label=t("Patent pending"))
    page.get_by_label(t("Available as")).select_option(label=t("Licence"))
    page.get_by_label(t("Licensing or collaboration terms")).fill(OFFER_TERMS)
    page.get_by_role("button", name=t("Submit for review")).click()

    expect(page).to_have_url(re.compile(r"/offers/pin-natri-ion-cho-luu-tru-dien-mat-troi$"))
    expect(page.locator(".flash-success")).to_contain_text(
        t("Your listing is saved and waits for review by the city's curators."))
    expect(page.get_by_role("heading", level=1)).to_have_text(OFFER_TITLE)
    expect(page.locator(".profile-head .badge-pending")).to_have_text(PENDING_VI)
    expect(page.locator(".profile-head .notice")).to_have_text(
        t("This listing is pending review and is not public yet."))
    expect(page.locator(".markdown strong").first).to_have_text("pin natri-ion")
    expect(page.get_by_role("button", name=t("Verify"), exact=True)).to_have_count(0)  # staff are no curators
    expect(page.get_by_role("link", name=t("Edit"), exact=True)).to_be_visible()
    offer_path = urlsplit(page.url).path

    # Back on the university's page, the section lists it as pending.
    page.goto(f"/o/{university_slug}")
    row = page.locator("section#exchange li", has_text=OFFER_TITLE)
    expect(row.locator(".badge-pending")).to_have_text(PENDING_VI)
    expect(row).to_contain_text("TRL 6")
    return offer_path


def business_posts_need(page, t, company_slug):
    """From the company's page: the need form, pre-set to the company, submitted; it is pending."""
    sign_in(page, t, BUSINESS_EMAIL)
    page.goto(f"/o/{company_slug}")
    page.locator("section#exchange").get_by_role("link", name=t("Post a need")).click()

    expect(page).to_have_url(re.compile(rf"/needs/new\?organisation={company_slug}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Post a technology need"))
    expect(page.get_by_label(t("Published by"))).to_have_value(f"organisation:{company_slug}")
    page.get_by_label(t("Title (Vietnamese)")).fill(NEED_TITLE)
    page.get_by_label(t("The problem (Vietnamese, Markdown)")).fill(NEED_PROBLEM)
    page.get_by_label(t("Desired outcome")).fill(NEED_OUTCOME)
    page.get_by_label(t("Strategic technologies")).select_option(label=ENERGY_VI)
    page.get_by_label(t("Sectors"), exact=True).select_option(label=ENERGY_SECTOR_VI)
    page.get_by_label(t("Smallest budget (VND)")).fill("2000000000")
    page.get_by_label(t("Largest budget (VND)")).fill("5000000000")
    deadline = (date.today() + timedelta(days=90)).isoformat()
    page.get_by_label(t("Deadline")).fill(deadline)
    page.get_by_role("button", name=t("Submit for review")).click()

    expect(page).to_have_url(re.compile(r"/needs/bo-luu-tru-dien-gia-re-cho-trang-trai-dien-mat-troi$"))
    expect(page.locator(".flash-success")).to_contain_text(
        t("Your listing is saved and waits for review by the city's curators."))
    expect(page.get_by_role("heading", level=1)).to_have_text(NEED_TITLE)
    expect(page.locator(".profile-head .badge-pending")).to_have_text(PENDING_VI)
    facts = page.locator(".facts")
    expect(facts).to_contain_text(deadline)
    expect(facts).to_contain_text(t("Open"))
    expect(facts.locator(".chip")).to_have_text([ENERGY_VI, ENERGY_SECTOR_VI])
    return urlsplit(page.url).path


def assert_hidden_from_visitors(new_context, t, offer_path, need_path):
    """Pending listings: neither listed nor reachable for an anonymous visitor."""
    visitor = new_context().new_page()
    visitor.goto("/offers")
    expect(visitor.locator("article.exchange-card")).to_have_count(2)  # only the two verified ones
    expect(visitor.get_by_text(OFFER_TITLE)).to_have_count(0)
    assert visitor.goto(offer_path).status == 404
    assert visitor.goto(need_path).status == 404
    visitor.goto("/needs")
    expect(visitor.locator(".empty")).to_have_text(t("Nothing matches these filters yet."))
    visitor.close()


def curator_verifies(page, t, path, title):
    """The curator finds the listing among the pending ones, opens it and verifies it there."""
    kind = "offers" if path.startswith("/offers/") else "needs"
    page.goto(f"/{kind}?status=pending")
    card = page.locator("article.exchange-card", has_text=title)
    expect(card.locator(".badge-pending")).to_have_text(PENDING_VI)
    card.get_by_role("link", name=title).click()
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}$"))
    page.get_by_role("button", name=t("Verify"), exact=True).click()

    expect(page).to_have_url(re.compile(rf"{re.escape(path)}$"))
    expect(page.locator(".flash-success")).to_have_text(t("Verified: %(name)s is public now.", name=title))
    expect(page.locator(".profile-head .badge-pending")).to_have_count(0)
    expect(page.get_by_role("button", name=t("Verify"), exact=True)).to_have_count(0)


def visitor_filters_offers(page, t):
    """/offers narrowed by strategic technology, then by a TRL range, down to the new offer."""
    page.goto("/offers")
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Technology offers"))
    cards = page.locator("article.exchange-card")
    expect(cards).to_have_count(3)

    page.get_by_label(t("Strategic technology"), exact=True).select_option(label=ENERGY_VI)
    page.get_by_role("button", name=t("Apply filters")).click()
    assert parse_qs(urlsplit(page.url).query).get("tech") == ["energy-materials"]
    expect(cards).to_have_count(2)
    expect(page.get_by_text(AI_OFFER)).to_have_count(0)

    page.get_by_label(t("Lowest level")).select_option("5")
    page.get_by_label(t("Highest level")).select_option("9")
    page.get_by_role("button", name=t("Apply filters")).click()
    query = parse_qs(urlsplit(page.url).query)
    assert (query.get("tech"), query.get("trl_min"), query.get("trl_max")) == (["energy-materials"], ["5"], ["9"])
    expect(page.get_by_label(t("Lowest level"))).to_have_value("5")
    expect(cards).to_have_count(1)
    card = cards.first
    expect(card).to_contain_text(OFFER_TITLE)
    expect(card.locator(".meta")).to_contain_text("TRL 6")
    expect(card.locator(".chip")).to_have_text([ENERGY_VI])
    expect(card).not_to_contain_text(PENDING_VI)
    page.screenshot(path=artifact_path("exchange-offers-filtered-vi.png"), full_page=True)

    # A range that leaves it out finds nothing.
    page.get_by_label(t("Lowest level")).select_option("7")
    page.get_by_role("button", name=t("Apply filters")).click()
    expect(page.locator(".empty")).to_have_text(t("Nothing matches these filters yet."))
    page.go_back()
    expect(cards).to_have_count(1)


def visitor_opens_offer(page, t, offer_path):
    """From the filtered list to the offer's page: its facts, its terms, and no manager's or curator's tools."""
    page.locator("article.exchange-card").get_by_role("link", name=OFFER_TITLE).click()
    expect(page).to_have_url(re.compile(rf"{re.escape(offer_path)}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(OFFER_TITLE)
    expect(page.locator(".profile-head .subtitle")).to_have_text("Sodium-ion batteries for solar storage")
    facts = page.locator(".facts")
    expect(facts).to_contain_text(UNIVERSITY)
    expect(facts).to_contain_text(t(TRL6))
    expect(facts).to_contain_text(t("Patent pending"))
    expect(facts).to_contain_text(t("Licence"))
    expect(facts.locator("dd.chips").first.locator(".chip")).to_have_text([ENERGY_VI])
    expect(page.locator(".markdown").nth(1).locator("strong")).to_have_text("độc quyền theo lĩnh vực")
    expect(page.locator(".badge-pending")).to_have_count(0)
    expect(page.locator(".notice")).to_have_count(0)
    expect(page.get_by_role("link", name=t("Edit"), exact=True)).to_have_count(0)
    expect(page.get_by_role("button", name=t("Verify"), exact=True)).to_have_count(0)


def visitor_searches(page):
    """The header search finds both; the kind facet keeps the offer, then (a new search) the need."""
    results = page.locator(".search-result")
    for kind, title, other in (("offer", OFFER_TITLE, NEED_TITLE), ("need", NEED_TITLE, OFFER_TITLE)):
        box = page.locator("#header-q")
        box.fill("natri")
        box.press("Enter")
        expect(page).to_have_url(re.compile(r"/search\?q=natri"))
        expect(results).to_have_count(2)
        expect(results.filter(has_text=OFFER_TITLE)).to_have_count(1)
        expect(results.filter(has_text=NEED_TITLE)).to_have_count(1)
        page.locator(f'.facet[data-facet="kind"] input[value="{kind}"]').check()  # applies itself
        expect(page).to_have_url(re.compile(rf"kind={kind}"))
        expect(results).to_have_count(1)
        expect(results.first.get_by_role("heading", level=3)).to_have_text(title)
        expect(results.first).not_to_contain_text(other)
        expect(results.first.locator(".meta")).to_contain_text(UNIVERSITY if kind == "offer" else COMPANY)
    page.screenshot(path=artifact_path("exchange-search-need-vi.png"), full_page=True)
    results.first.get_by_role("link", name=NEED_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NEED_TITLE)
    expect(page.locator(".markdown strong").first).to_have_text("pin natri-ion")


def visitor_sees_organisation_sections(page, t, university_slug, company_slug):
    """Each organisation's page lists its verified listings under "Technology exchange"."""
    page.goto(f"/o/{university_slug}")
    panel = page.locator("section#exchange")
    expect(panel.get_by_role("heading", level=2)).to_have_text(t("Technology exchange"))
    expect(panel.locator("li")).to_have_text([re.compile(re.escape(OFFER_TITLE)), re.compile(re.escape(EARLY_OFFER))])
    expect(panel).to_contain_text(t("No needs yet."))
    expect(panel.get_by_role("link", name=t("Publish an offer"))).to_have_count(0)
    panel.get_by_role("link", name=OFFER_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(OFFER_TITLE)

    page.goto(f"/o/{company_slug}")
    panel = page.locator("section#exchange")
    expect(panel.locator("li")).to_have_count(1)
    expect(panel.get_by_role("link", name=NEED_TITLE)).to_be_visible()
    expect(panel.get_by_role("link", name=t("Post a need"))).to_have_count(0)


def test_offer_and_need_from_publishing_to_public_search(new_context, t, exchange_world):
    university_slug, company_slug = exchange_world

    staff = new_context().new_page()
    offer_path = staff_publishes_offer(staff, t, university_slug)
    business = new_context().new_page()
    need_path = business_posts_need(business, t, company_slug)
    assert_hidden_from_visitors(new_context, t, offer_path, need_path)

    curator = new_context().new_page()
    sign_in(curator, t, CURATOR_EMAIL)
    curator_verifies(curator, t, offer_path, OFFER_TITLE)
    curator_verifies(curator, t, need_path, NEED_TITLE)
    curator.goto("/offers?status=pending")
    expect(curator.locator(".empty")).to_have_text(t("Nothing matches these filters yet."))

    # The staff member now sees the offer verified.
    staff.goto(offer_path)
    expect(staff.locator(".profile-head .badge-pending")).to_have_count(0)
    expect(staff.locator(".profile-head .notice")).to_have_count(0)

    visitor = new_context().new_page()
    visitor_filters_offers(visitor, t)
    visitor_opens_offer(visitor, t, offer_path)
    visitor_searches(visitor)
    visitor_sees_organisation_sections(visitor, t, university_slug, company_slug)
