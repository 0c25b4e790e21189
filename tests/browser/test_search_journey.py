"""A visitor searches in Vietnamese: autocomplete in the header, diacritic-free words, facets that
apply themselves, a spelling suggestion, and similar listings on the detail page."""
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ZONE = "Khu Công nghệ cao Hòa Lạc"


@pytest.fixture
def listings(make_org):
    make_org(kind="zone", name=ZONE, description="Khu công nghệ cao quốc gia phía tây Hà Nội.",
             technologies=["semiconductors"])
    make_org(name="Chip Việt", description="Thiết kế chip bán dẫn cho thiết bị IoT.", technologies=["semiconductors"],
             stage="seed", zone="khu-cong-nghe-cao-hoa-lac")
    make_org(kind="investor", name="Quỹ Bán dẫn Thủ đô", description="Đầu tư vào bán dẫn và vi mạch.",
             technologies=["semiconductors"], investor_type="vc")
    make_org(name="Nông Sản Blockchain", description="Truy xuất nguồn gốc nông sản bằng blockchain.",
             technologies=["blockchain"])


def test_visitor_finds_listings_with_autocomplete_facets_and_suggestions(page, t, listings):
    page.goto("/")
    box = page.locator("#header-q")
    box.fill("hoa l")
    option = page.get_by_role("option").filter(has_text=ZONE)
    expect(option).to_be_visible()
    box.press("ArrowDown")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(ZONE)
    similar = page.locator("section.similar")
    expect(similar.get_by_role("heading", level=2)).to_have_text(t("Similar listings"))
    expect(similar).to_contain_text("Chip Việt")

    box = page.locator("#header-q")
    box.fill("ban dan")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=ban\+dan"))
    results = page.locator(".search-result")
    expect(results).to_have_count(3)  # the zone lists semiconductors (bán dẫn) among its technologies
    expect(page.locator(".search-result mark").first).to_have_text(re.compile("bán", re.IGNORECASE))
    page.locator('.facet[data-facet="kind"] input[value="investor"]').check()  # applies itself
    expect(page).to_have_url(re.compile(r"kind=investor"))
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("Quỹ Bán dẫn Thủ đô")
    expect(page.locator('.facet[data-facet="kind"] input[value="startup"]')).not_to_be_checked()

    page.locator("#header-q").fill("blokchain")  # the header box starts a new search, without filters
    page.locator("#header-q").press("Enter")
    suggestion = page.locator(".did-you-mean a")
    expect(suggestion).to_have_text("blockchain")
    suggestion.click()
    expect(page.locator(".search-result")).to_have_count(1)
    expect(page.locator(".search-result").first).to_contain_text("Nông Sản Blockchain")
