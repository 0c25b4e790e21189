"""A founder asks an investor for an introduction from the investor's page; the investor finds it
under the bell, accepts, sees the founder's contact, marks that they met and then that they agreed;
the curator's funnel counts every step. Vietnamese UI, CSRF on, real forms."""
import re

import pytest
from playwright.sync_api import expect

from ecosystem.extensions import db
from ecosystem.models import Role

from .conftest import artifact_path
from .test_journeys import sign_in

pytestmark = pytest.mark.browser

FOUNDER_EMAIL, INVESTOR_EMAIL, CURATOR_EMAIL = "lan@robothoalac.vn", "minh@songhongfund.vn", "curator@hanoi.gov.vn"
STARTUP, FUND = "Công ty Cổ phần Robot Hòa Lạc", "Quỹ Đầu tư Sông Hồng"
MESSAGE = "Chào anh Minh, chúng tôi đang gọi vốn hạt giống cho robot kho vận và mong được gặp quỹ."


@pytest.fixture
def parties(make_user, make_org):
    founder = make_user(FOUNDER_EMAIL, name="Nguyễn Thị Lan")
    investor = make_user(INVESTOR_EMAIL, name="Trần Văn Minh")
    make_user(CURATOR_EMAIL, role=Role.CURATOR)
    make_org("startup", STARTUP, owner=founder, stage="seed", technologies=["robotics"], sectors=["logistics"],
             funding_sought_usd=500000, phone="+84 24 3555 0101")
    fund = make_org("investor", FUND, owner=investor, investor_type="vc", stages=["seed"], sectors=["logistics"],
                    technologies=["robotics"], ticket_min_usd=100000, ticket_max_usd=1000000)
    db.session.commit()
    return fund.slug


def funnel_step(page, step):
    return page.locator(f'.funnel-stats [data-step="{step}"] strong')


def test_founder_investor_introduction_journey(new_context, t, parties):
    fund_slug = parties
    curator = new_context().new_page()
    sign_in(curator, t, CURATOR_EMAIL)
    curator.goto("/curation/introductions")
    expect(curator.get_by_role("heading", level=1)).to_have_text(t("Introductions funnel"))
    expect(funnel_step(curator, "sent")).to_have_text("0")

    # The founder asks from the investor's page.
    founder = new_context().new_page()
    sign_in(founder, t, FOUNDER_EMAIL)
    founder.goto(f"/o/{fund_slug}")
    panel = founder.locator("section.intro-panel")
    panel.get_by_role("link", name=t("Request an introduction")).click()
    expect(founder.get_by_role("heading", level=1)).to_have_text(t("Request an introduction to %(name)s", name=FUND))
    expect(founder.get_by_label(t("You write as"))).to_have_value(re.compile(r"^organisation:"))
    expect(founder.locator(".match-preview h2")).to_contain_text(re.compile(r"\d+/100"))
    founder.get_by_label(t("Your message")).fill(MESSAGE)
    founder.get_by_role("button", name=t("Send the request")).click()
    expect(founder.locator(".flash-success")).to_have_text(t("Your request is sent. You will be notified when they answer."))
    expect(founder.locator(".intro-status")).to_have_text(t("Waiting for an answer"))
    expect(founder.get_by_text(t("Contact details are shared with both sides once the request is accepted."))).to_be_visible()
    detail_url = founder.url

    # The investor sees the bell, opens the notification, and sees no contact yet.
    investor = new_context().new_page()
    sign_in(investor, t, INVESTOR_EMAIL)
    bell = investor.locator("header a.bell")
    expect(bell.locator(".count")).to_have_text("1")
    bell.click()
    expect(investor.get_by_role("heading", level=1)).to_have_text(t("Notifications"))
    item = investor.locator("li.notification.unread")
    expect(item).to_contain_text(t("%(source)s asks for an introduction to %(target)s.", source=STARTUP, target=FUND))
    item.locator("form").first.get_by_role("button").click()
    expect(investor).to_have_url(detail_url)
    expect(investor.locator(".intro-message")).to_have_text(MESSAGE)
    expect(investor.get_by_text(FOUNDER_EMAIL)).to_have_count(0)
    expect(investor.locator("header a.bell .count")).to_have_text("0")

    investor.get_by_role("button", name=t("Accept"), exact=True).click()
    expect(investor.locator(".flash-success")).to_have_text(t("You accepted the introduction. Contact details are now shared."))
    contacts = investor.locator(".contact-card")
    expect(contacts.first).to_contain_text(FOUNDER_EMAIL)
    expect(contacts.first).to_contain_text("+84 24 3555 0101")
    investor.get_by_role("button", name=t("We have met")).click()
    expect(investor.locator(".intro-status")).to_have_text(t("Met"))
    investor.get_by_role("button", name=t("We reached an agreement")).click()
    expect(investor.locator(".intro-status")).to_have_text(t("Agreed"))
    expect(investor.locator("ol.timeline li")).to_have_count(4)
    investor.screenshot(path=artifact_path("introduction-agreed-vi.png"), full_page=True)

    # The founder was told in the app, and now sees the investor's contact.
    founder.reload()
    expect(founder.locator("header a.bell .count")).to_have_text("3")  # accepted, met, agreed
    expect(founder.locator(".contact-card").nth(1)).to_contain_text(INVESTOR_EMAIL)

    curator.reload()
    for step in ("sent", "accepted", "met", "agreed"):
        expect(funnel_step(curator, step)).to_have_text("1")
    expect(funnel_step(curator, "declined")).to_have_text("0")
    curator.screenshot(path=artifact_path("introductions-funnel-vi.png"), full_page=True)
