"""End-to-end journeys through the real UI in headless Chromium.

A founder registers and submits a startup, a curator verifies it, a visitor finds it in Vietnamese
and in English; signing out ends a session even for a copied cookie. Only the curator account is
made directly (nobody can become a curator through the UI); everything else goes through the pages.

Labels are looked up with `t(...)` in the catalogue the app uses, so the journeys click what a
Vietnamese visitor sees; "Chờ duyệt" (Pending review) is asserted literally as the sentinel that the
Vietnamese catalogue is really served."""
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from ecosystem.models import Role
from tests.conftest import PASSWORD

from .conftest import artifact_path

pytestmark = pytest.mark.browser

FOUNDER = {"name": "Nguyễn Thị Lan", "email": "lan@hoalacrobot.vn"}
CURATOR_EMAIL = "curator@hanoi.gov.vn"
STARTUP_VI = "Công ty Cổ phần Robot Hòa Lạc"
STARTUP_EN = "Hoa Lac Robotics JSC"
STARTUP_SLUG = "cong-ty-co-phan-robot-hoa-lac"
DESCRIPTION = ("## Giới thiệu\n\n"
               "Chúng tôi chế tạo **robot tự hành** cho kho vận và nông nghiệp tại Khu công nghệ cao Hòa Lạc.\n\n"
               "- Robot kho vận\n"
               "- Robot phun thuốc nông nghiệp\n")
ROBOTICS_VI = "Robot và tự động hóa"  # strategic technology "robotics", as seeded
ROBOTICS_EN = "Robotics and automation"
PENDING_VI = "Chờ duyệt"


def sign_in(page, t, email, password=PASSWORD, remember=False):
    page.goto("/")
    page.get_by_role("link", name=t("Sign in"), exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Sign in"))
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    if remember:
        page.locator("#remember").check()
    page.get_by_role("button", name=t("Sign in"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/my$"))


def sign_out(page, t):
    page.get_by_role("button", name=t("Sign out"), exact=True).click()
    expect(page.locator(".flash")).to_contain_text(t("You are signed out."))
    expect(page.get_by_role("link", name=t("Sign in"), exact=True)).to_be_visible()


def register_founder(page, t):
    """Register through /register; the new account lands on "My listings"."""
    page.goto("/")
    page.get_by_role("link", name=t("Register"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/register$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Create an account"))
    # CSRF is on for the live server: the real form carries its token (absent when CSRF is off).
    expect(page.locator("main form input[name=csrf_token]")).to_have_attribute("value", re.compile(r".{20,}"))
    page.get_by_label(t("Full name")).fill(FOUNDER["name"])
    page.get_by_label(t("Email")).fill(FOUNDER["email"])
    page.get_by_label(t("Password"), exact=True).fill(PASSWORD)
    page.get_by_label(t("Repeat password")).fill(PASSWORD)
    page.get_by_role("button", name=t("Create account")).click()

    expect(page).to_have_url(re.compile(r"/my$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(t("My listings"))
    expect(page.locator(".flash-success")).to_contain_text(
        t("Welcome! Your account is ready. Add your organisation or researcher profile."))
    expect(page.get_by_text(t("You do not manage any organisation yet."))).to_be_visible()
    expect(page.locator(".user-nav")).to_contain_text(FOUNDER["name"])


def submit_startup(page, t):
    """My listings → Add an organisation → Startup → fill the form → the pending listing page."""
    page.get_by_role("link", name=t("Add an organisation")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(t("What kind of organisation are you adding?"))
    page.get_by_role("main").get_by_role("link", name=t("Startup"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/organisations/new/startup$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(t("New listing: %(kind)s", kind=t("Startup")))

    page.get_by_label(t("Name (Vietnamese)")).fill(STARTUP_VI)
    page.get_by_label(t("Name (English)")).fill(STARTUP_EN)
    page.get_by_label(t("Description (Vietnamese, Markdown)")).fill(DESCRIPTION)
    page.get_by_label(t("Strategic technologies")).select_option(label=ROBOTICS_VI)
    page.get_by_label(t("Stage"), exact=True).select_option(label=t("Seed"))
    page.get_by_role("button", name=t("Submit for review")).click()

    expect(page).to_have_url(re.compile(rf"/o/{STARTUP_SLUG}$"))
    expect(page.locator(".flash-success")).to_contain_text(
        t("Your listing is saved and waits for review by the city's curators."))
    expect(page.get_by_role("heading", level=1)).to_have_text(STARTUP_VI)
    expect(page.locator(".profile-head .subtitle")).to_have_text(STARTUP_EN)
    expect(page.locator(".profile-head .meta")).to_have_text(t("Startup"))
    # The status badge, in Vietnamese: needs the compiled Vietnamese catalogue.
    expect(page.locator(".profile-head .badge-pending")).to_have_text(PENDING_VI)
    expect(page.locator(".notice")).to_have_text(t("This listing is pending review and is not public yet."))
    # The Markdown description is rendered, not shown raw.
    markdown = page.locator(".markdown").first
    expect(markdown.locator("h3")).to_have_text("Giới thiệu")  # user headings are demoted below the h1
    expect(markdown.locator("strong")).to_have_text("robot tự hành")
    expect(markdown.locator("li")).to_have_text(["Robot kho vận", "Robot phun thuốc nông nghiệp"])
    expect(markdown).not_to_contain_text("**")
    facts = page.locator(".facts")
    expect(facts.first).to_contain_text(t("Seed"))
    expect(page.locator(".facts-box .chip")).to_have_text([ROBOTICS_VI])
    expect(page.get_by_role("link", name=t("Edit listing"))).to_be_visible()
    page.screenshot(path=artifact_path("startup-detail-vi.png"), full_page=True)

    # Back on "My listings" the founder sees it as theirs, waiting for review.
    page.get_by_role("link", name=t("My listings"), exact=True).click()
    row = page.locator("table tr", has_text=STARTUP_VI)
    expect(row).to_contain_text(PENDING_VI)
    expect(row).to_contain_text(t("Owner"))


def assert_not_public(new_context, t):
    """An anonymous visitor neither finds the pending listing nor opens its page."""
    visitor = new_context().new_page()
    visitor.goto("/directory/startups")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(t("Startups"))
    expect(visitor.locator(".empty")).to_have_text(t("Nothing matches these filters yet."))
    expect(visitor.get_by_text(STARTUP_VI)).to_have_count(0)
    expect(visitor.get_by_text(STARTUP_EN)).to_have_count(0)
    response = visitor.goto(f"/o/{STARTUP_SLUG}")
    assert response.status == 404
    visitor.close()


def curator_verifies(page, t):
    """The curator signs in, opens the queue and verifies the startup; it leaves the queue."""
    sign_in(page, t, CURATOR_EMAIL)
    page.get_by_role("link", name=t("Curation"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/curation/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Curation"))
    row = page.locator("table tr", has_text=STARTUP_VI)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(t("Startup"))
    row.get_by_role("button", name=t("Verify"), exact=True).click()

    expect(page).to_have_url(re.compile(r"/curation/$"))
    expect(page.locator(".flash-success")).to_have_text(t("Verified: %(name)s is public now.", name=STARTUP_VI))
    expect(page.locator("table tr", has_text=STARTUP_VI)).to_have_count(0)
    expect(page.get_by_text(t("No organisation is waiting."))).to_be_visible()


def visitor_finds_it_in_both_languages(new_context, t):
    """Found in Vietnamese; the header switcher turns the UI English, and the choice sticks."""
    visitor = new_context().new_page()
    visitor.goto("/directory/startups")
    expect(visitor.locator("html")).to_have_attribute("lang", "vi")
    assert t("Startups") != "Startups", "the Vietnamese catalogue is not compiled (pybabel compile)"
    expect(visitor.get_by_role("heading", level=1)).to_have_text(t("Startups"))
    card = visitor.locator("article.card", has_text=STARTUP_VI)
    expect(card).to_have_count(1)
    expect(card.get_by_role("link", name=STARTUP_VI)).to_be_visible()
    expect(card.locator(".chip")).to_have_text([ROBOTICS_VI])
    expect(card).not_to_contain_text(PENDING_VI)

    visitor.locator("header form.lang-switch").get_by_role("button", name="English").click()
    expect(visitor).to_have_url(re.compile(r"/directory/startups$"))
    expect(visitor.locator("html")).to_have_attribute("lang", "en")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Startups")
    card = visitor.locator("article.card", has_text=STARTUP_EN)
    expect(card.get_by_role("link", name=STARTUP_EN)).to_be_visible()
    expect(card.locator(".subtitle")).to_have_text(STARTUP_VI)
    expect(card.locator(".meta")).to_have_text("Startup · Seed")
    expect(card.locator(".chip")).to_have_text([ROBOTICS_EN])
    expect(visitor.locator(".result-count")).to_have_text("1 listing")
    expect(visitor.get_by_label("Name contains")).to_be_visible()
    expect(visitor.get_by_role("link", name="Sign in", exact=True)).to_be_visible()
    visitor.screenshot(path=artifact_path("startups-listing-en.png"), full_page=True)

    # The choice is a cookie, so the next page load (another page entirely) is English too.
    assert {c["name"]: c["value"] for c in visitor.context.cookies()}.get("lang") == "en"
    visitor.get_by_role("link", name="Hanoi Innovation Registry").click()
    expect(visitor).to_have_url(re.compile(r"/$"))
    expect(visitor.locator("html")).to_have_attribute("lang", "en")
    expect(visitor.locator("header nav.main-nav")).to_contain_text("Universities & institutes")
    expect(visitor.get_by_role("link", name="Register", exact=True)).to_be_visible()
    visitor.goto("/directory/startups")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Startups")

    # "Name contains" folds diacritics: "hoa lac" finds "Hòa Lạc".
    visitor.get_by_label("Name contains").fill("hoa lac")
    visitor.get_by_role("button", name="Apply filters").click()
    assert parse_qs(urlsplit(visitor.url).query).get("q") == ["hoa lac"]
    expect(visitor.get_by_label("Name contains")).to_have_value("hoa lac")
    expect(visitor.locator("article.card")).to_have_count(1)
    expect(visitor.get_by_role("link", name=STARTUP_EN)).to_be_visible()
    # ...and a name nobody has finds nothing.
    visitor.get_by_label("Name contains").fill("hoa binh")
    visitor.get_by_role("button", name="Apply filters").click()
    expect(visitor.locator("article.card")).to_have_count(0)
    expect(visitor.locator(".empty")).to_have_text("Nothing matches these filters yet.")
    visitor.close()


def test_startup_from_registration_to_public_listing(new_context, page, make_user, t):
    """Journeys 1–3: founder registers and submits, curator verifies, visitor finds it (vi, en)."""
    make_user(CURATOR_EMAIL, role=Role.CURATOR, name="Trần Văn Kiểm")

    register_founder(page, t)
    submit_startup(page, t)
    assert_not_public(new_context, t)

    curator = new_context().new_page()
    curator_verifies(curator, t)
    curator.close()

    visitor_finds_it_in_both_languages(new_context, t)


def test_sign_out_ends_a_copied_session(new_context, page, t):
    """Journey 4: a session cookie copied before signing out no longer opens /my afterwards."""
    register_founder(page, t)
    sign_out(page, t)
    sign_in(page, t, FOUNDER["email"], remember=True)
    copied = [c for c in page.context.cookies() if c["name"] in ("session", "remember_token")]
    assert "session" in {c["name"] for c in copied}

    # Control: before sign-out the copied cookies really are a signed-in session elsewhere.
    before = new_context().new_page()
    before.context.add_cookies(copied)
    before.goto("/my")
    expect(before).to_have_url(re.compile(r"/my$"))
    expect(before.get_by_role("heading", level=1)).to_have_text(t("My listings"))
    before.context.close()

    sign_out(page, t)
    page.goto("/my")
    expect(page).to_have_url(re.compile(r"/login\?next="))

    replayed = new_context().new_page()
    replayed.context.add_cookies(copied)
    replayed.goto("/my")
    expect(replayed).to_have_url(re.compile(r"/login\?next="))
    assert parse_qs(urlsplit(replayed.url).query).get("next") == ["/my"]
    expect(replayed.get_by_role("heading", level=1)).to_have_text(t("Sign in"))
    expect(replayed.locator("#email")).to_be_visible()
    expect(replayed.get_by_role("link", name=t("My listings"))).to_have_count(0)
