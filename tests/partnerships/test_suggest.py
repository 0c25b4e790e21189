"""'Suggest partners' on a small world where the right order is known, on the page and through the API."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.collaboration.partnerships.suggestions import suggest_partners
from ecosystem.collaboration.programmes.services import create_programme
from ecosystem.extensions import db
from ecosystem.models import Status

from .conftest import API, partner

AI_TEXT = "Nghiên cứu trí tuệ nhân tạo, thị giác máy tính và xử lý ngôn ngữ tiếng Việt cho y tế."


@pytest.fixture
def ai_world(make_org, make_partnership):
    """An AI partnership with a company and a hospital-AI goal; schools, investors and agencies that fit
    well, partly, or not at all."""
    board = make_org("agency", "Ban Quản lý Khu CNC Hòa Lạc", province="ha-noi")
    zone = make_org("zone", "Khu CNC Hòa Lạc", province="ha-noi", managed_by=board.slug)
    company = make_org("company", "Công ty Y tế Số", technologies=["ai"], sectors=["healthtech"], province="ha-noi",
                       zone=zone.slug)
    orgs = {
        "best_school": make_org("university", "Trường Đại học Công nghệ", technologies=["ai"],
                                sectors=["healthtech"], province="ha-noi", description=AI_TEXT, zone=zone.slug,
                                researcher_count=300),
        "partial_school": make_org("institute", "Viện Công nghệ thông tin", technologies=["ai"]),
        "poor_school": make_org("institute", "Viện Công nghệ sinh học", technologies=["biotech"],
                                description="Giống cây trồng và vi sinh vật."),
        "startup": make_org("startup", "AI Startup", technologies=["ai"], sectors=["healthtech"]),
        "best_investor": make_org("investor", "Quỹ AI Y tế", technologies=["ai"], sectors=["healthtech"],
                                  regions=["Hà Nội"], description=AI_TEXT),
        "poor_investor": make_org("investor", "Quỹ Nông nghiệp", sectors=["agritech"]),
        "dost": make_org("agency", "Sở KH&CN Hà Nội", technologies=["ai"], sectors=["healthtech"],
                         province="ha-noi"),
        "board": board, "zone": zone,
        "far_agency": make_org("agency", "Bộ Văn hóa", sectors=["agritech"]),
    }
    create_programme(SYSTEM, orgs["dost"], {"title": "Chương trình AI cho y tế", "summary": "Tài trợ dự án AI.",
                                            "technologies": ["ai"]}, status=Status.VERIFIED)
    db.session.commit()
    partnership = make_partnership([partner(company, "investor")], title="Chẩn đoán hình ảnh bằng AI",
                                   title_en="AI imaging diagnosis", goals=AI_TEXT, technologies=["ai"],
                                   sectors=["healthtech"], tags=[])
    return partnership, orgs, company


def _check_arithmetic(ranked):
    for _org, match in ranked:
        assert 0 <= match.score <= 100 and match.score == sum(r.points for r in match.reasons)


def test_schools_ranked_best_fit_first(ai_world):
    partnership, orgs, _company = ai_world
    ranked = suggest_partners(partnership, "school", 10)
    names = [org.name for org, _m in ranked]
    assert names[:3] == ["Trường Đại học Công nghệ", "Viện Công nghệ thông tin", "Viện Công nghệ sinh học"]
    assert "AI Startup" not in names  # a startup never takes the school role
    _check_arithmetic(ranked)
    best = ranked[0][1]
    assert {r.code for r in best.reasons} >= {"technologies", "sectors", "text", "region"}
    assert ranked[2][1].score < ranked[1][1].score < best.score


def test_investors_exclude_current_partners(ai_world):
    partnership, orgs, company = ai_world
    ranked = suggest_partners(partnership, "investor", 10)
    names = [org.name for org, _m in ranked]
    assert company.name not in names
    assert names.index("Quỹ AI Y tế") < names.index("Quỹ Nông nghiệp")
    assert names.index("AI Startup") < names.index("Quỹ Nông nghiệp")
    _check_arithmetic(ranked)


def test_state_partners_scored_on_zone_programmes_and_technologies(ai_world):
    partnership, orgs, _company = ai_world
    ranked = suggest_partners(partnership, "state", 10)
    by_name = {org.name: match for org, match in ranked}
    names = [org.name for org, _m in ranked]
    assert names[0] == "Sở KH&CN Hà Nội" and names[-1] == "Bộ Văn hóa"
    assert any("Chương trình AI cho y tế" in r.text for r in by_name["Sở KH&CN Hà Nội"].reasons)
    assert [r.code for r in by_name["Ban Quản lý Khu CNC Hòa Lạc"].reasons] == ["zone"]
    assert by_name["Khu CNC Hòa Lạc"].reasons[0].points == 25
    assert by_name["Bộ Văn hóa"].score == 0
    _check_arithmetic(ranked)


def test_suggest_page_and_api(client, ai_world):
    partnership, _orgs, _company = ai_world
    page = client.get(f"/partnerships/{partnership.slug}/suggest").get_data(as_text=True)
    assert "Ban Quản lý Khu CNC Hòa Lạc" in page and "/100" in page  # default: the first missing role, state
    assert 'aria-current="page">State (missing)' in page
    page = client.get(f"/partnerships/{partnership.slug}/suggest?role=school").get_data(as_text=True)
    assert page.index("Trường Đại học Công nghệ") < page.index("Viện Công nghệ sinh học")
    assert client.get(f"/partnerships/{partnership.slug}/suggest?role=king").status_code == 400
    body = client.get(f"{API}/partnerships/{partnership.slug}/suggestions?role=school&limit=2").json
    assert body["role"] == "school" and len(body["items"]) == 2
    assert body["items"][0]["name"] == "Trường Đại học Công nghệ"
    assert body["items"][0]["score"] == sum(r["points"] for r in body["items"][0]["reasons"])
    assert client.get(f"{API}/partnerships/{partnership.slug}/suggestions?limit=0").status_code == 400
