"""Journey: a curator opens the duplicates queue, picks field values, merges, and the old address leads to
the survivor showing the chosen values."""
import re

from playwright.sync_api import expect

from ecosystem.models import Role, Status

from .test_journeys import sign_in

CURATOR_EMAIL = "kiem.duyet@hanoi.gov.vn"


def test_curator_merges_two_duplicates(page, make_user, make_org, t):
    make_user(CURATOR_EMAIL, role=Role.CURATOR, name="Trần Văn Kiểm")
    survivor = make_org("company", "MISA JSC", website="https://www.misa.vn", description="")
    loser = make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn/gioi-thieu",
                     description="Phần mềm kế toán cho doanh nghiệp Việt Nam.", tax_code="0101243150",
                     status=Status.PENDING)
    kept, gone = survivor.slug, loser.slug
    sign_in(page, t, CURATOR_EMAIL)

    page.get_by_role("link", name=t("Duplicates"), exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(t("Likely duplicates"))
    row = page.locator("tr.duplicate-pair")
    expect(row).to_have_count(1)
    expect(row).to_contain_text(t("Same website domain: %(value)s", value="misa.vn"))
    row.get_by_role("link", name=t("Merge…")).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(t("Merge two listings"))
    page.locator('input[name="choice-name"][value="loser"]').check()
    # The survivor has no description and no tax code: the loser's are preselected.
    expect(page.locator('input[name="choice-description"][value="loser"]')).to_be_checked()
    expect(page.locator('input[name="choice-tax_code"][value="loser"]')).to_be_checked()
    page.get_by_role("button", name=t("Merge into %(slug)s", slug=kept)).click()

    expect(page).to_have_url(re.compile(rf"/o/{kept}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Công ty Cổ phần MISA")

    page.goto(f"/o/{gone}")  # the old address redirects
    expect(page).to_have_url(re.compile(rf"/o/{kept}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Công ty Cổ phần MISA")
    expect(page.locator("body")).to_contain_text("Phần mềm kế toán cho doanh nghiệp Việt Nam.")

    page.goto("/curation/duplicates")
    expect(page.locator("tr.duplicate-pair")).to_have_count(0)
