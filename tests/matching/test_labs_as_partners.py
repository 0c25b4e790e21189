"""Labs as partners: a need finds the lab that has the instruments, a lab finds the companies and
startups that could use its equipment, in the services, the pages, the API and introductions."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.exchange.services import create_need
from ecosystem.extensions import db
from ecosystem.introductions.services import request_introduction
from ecosystem.labs.services import add_equipment, create_lab, verify_lab
from ecosystem.matching.services import matches_for, target_groups
from ecosystem.models import Role, Status

LAB = {"description": "Đo kiểm vi mạch và phân tích lỗi linh kiện bán dẫn cho doanh nghiệp.",
       "research_areas": "Đo kiểm vi mạch\nPhân tích lỗi", "technologies": ["semiconductors"],
       "sectors": ["electronics"], "free_for_startups": True}
PROBER = {"name": "Máy đo kiểm tấm bán dẫn", "category": "semiconductor-test", "maker": "FormFactor",
          "model": "CM300xi", "bookable": True, "description": "Đo kiểm vi mạch trên tấm wafer."}
SEM = {"name": "Kính hiển vi điện tử quét", "category": "electron-microscope", "maker": "JEOL",
       "model": "JSM-IT800", "bookable": True}


def _lab(host, name, status=Status.VERIFIED, instruments=(), **fields):
    lab = create_lab(SYSTEM, host, {"name": name, **LAB, **fields}, status=status)
    for instrument in instruments:
        add_equipment(SYSTEM, lab, instrument)
    db.session.commit()
    return lab


@pytest.fixture
def chips(make_org, make_user):
    """A chip design company with a testing need, a chip startup, an unrelated farm, and labs: a public
    equipped one, a pending one, one whose host is not public, and one of the company's own university."""
    owner = make_user("chip@example.org")
    company = make_org("company", "Công ty Thiết kế Vi mạch Sông Đà", owner=owner, sectors=["electronics"],
                       technologies=["semiconductors"], province="ha-noi",
                       description="Thiết kế vi mạch, cần đo kiểm và phân tích lỗi linh kiện.")
    startup = make_org("startup", "Chip Xanh", sectors=["electronics"], technologies=["semiconductors"],
                       province="ha-noi", description="Khởi nghiệp thiết kế vi mạch cảm biến.")
    farm = make_org("company", "Nông trại Mộc Châu", sectors=["agritech"], technologies=["biotech"],
                    province="son-la", description="Trồng chè và rau sạch.")
    host_owner = make_user("host@example.org")
    host = make_org("university", "Trường Đại học Bán dẫn", owner=host_owner, province="ha-noi",
                    technologies=["semiconductors"], sectors=["electronics"])
    hidden_host = make_org("institute", "Viện Chưa Duyệt", status=Status.PENDING, province="ha-noi")
    lab = _lab(host, "Phòng Đo kiểm Vi mạch", instruments=(PROBER, SEM))
    pending = _lab(host, "Phòng Chờ Duyệt", status=Status.PENDING, instruments=(PROBER,))
    unlisted = _lab(hidden_host, "Phòng Của Viện Chưa Duyệt", instruments=(PROBER,))
    need = create_need(SYSTEM, company, {
        "title": "Đo kiểm tấm wafer vi mạch", "technologies": ["semiconductors"], "sectors": ["electronics"],
        "problem": "Cần máy đo kiểm tấm bán dẫn và kính hiển vi điện tử quét để phân tích lỗi vi mạch."},
        status=Status.VERIFIED)
    db.session.commit()
    return {"company": company, "startup": startup, "farm": farm, "host": host, "lab": lab, "pending": pending,
            "unlisted": unlisted, "need": need, "owner": owner, "host_owner": host_owner}


def _ranked(record, kind):
    return [candidate for candidate, _match in matches_for(SYSTEM, record, kind=kind)]


def test_a_need_finds_the_lab_with_the_instruments(chips):
    found = matches_for(SYSTEM, chips["need"], kind="lab")
    labs = [candidate for candidate, _m in found]
    assert labs[0] == chips["lab"]
    assert chips["pending"] not in labs and chips["unlisted"] not in labs  # not public: never suggested
    reasons = {r.code for r in found[0][1].reasons}
    assert {"equipment", "technologies", "text"} <= reasons
    assert "lab" in target_groups(chips["need"]) and "school" in target_groups(chips["need"])


def test_a_lab_finds_companies_startups_and_needs(chips):
    lab = chips["lab"]
    assert target_groups(lab) == ("company", "startup", "need")
    companies = _ranked(lab, "company")
    assert companies[0] == chips["company"]
    startups = matches_for(SYSTEM, lab, kind="startup")
    assert startups[0][0] == chips["startup"]
    assert "access" in {r.code for r in startups[0][1].reasons}  # free for startups
    assert _ranked(lab, "need")[0] == chips["need"]


def test_companies_and_startups_find_labs(chips):
    assert _ranked(chips["company"], "lab")[0] == chips["lab"]
    assert _ranked(chips["company"], "school")[0] == chips["host"]
    assert _ranked(chips["startup"], "lab")[0] == chips["lab"]


def test_a_lab_is_never_suggested_for_its_own_host(chips):
    own_need = create_need(SYSTEM, chips["host"], {
        "title": "Cần đo kiểm vi mạch", "technologies": ["semiconductors"], "sectors": ["electronics"],
        "problem": "Đo kiểm tấm bán dẫn."}, status=Status.VERIFIED)
    db.session.commit()
    assert chips["lab"] not in _ranked(own_need, "lab")
    assert own_need not in _ranked(chips["lab"], "need")


def test_a_lab_verified_after_the_index_was_built_is_found_at_once(chips, app, make_user):
    app.config["MATCHING_INDEX_SECONDS"] = 3600
    assert chips["pending"] not in _ranked(chips["need"], "lab")  # builds the index
    verify_lab(make_user("curator@example.org", role=Role.CURATOR), chips["pending"])
    db.session.commit()
    assert chips["pending"] in _ranked(chips["need"], "lab")


def test_the_lab_page_links_to_its_partners_and_the_page_ranks_them(client, chips):
    page = client.get(f"/labs/{chips['lab'].slug}").get_data(as_text=True)
    assert "Find partners" in page or "Tìm đối tác" in page
    assert f"/match/lab/{chips['lab'].slug}?kind=company" in page
    partners = client.get(f"/match/lab/{chips['lab'].slug}?kind=company")
    assert partners.status_code == 200 and chips["company"].name in partners.get_data(as_text=True)
    assert client.get(f"/match/lab/{chips['pending'].slug}").status_code == 404  # not public


def test_the_api_ranks_partners_of_a_lab(client, chips, make_user, bearer):
    body = client.get(f"/api/v1/labs/{chips['lab'].slug}/matches?kind=company&limit=5").get_json()
    assert body["source"]["type"] == "lab" and body["source"]["slug"] == chips["lab"].slug
    top = body["items"][0]
    assert top["slug"] == chips["company"].slug and top["score"] == sum(r["points"] for r in top["reasons"])
    need_side = client.get(f"/api/v1/needs/{chips['need'].slug}/matches?kind=lab").get_json()["items"]
    assert need_side[0]["type"] == "lab" and need_side[0]["html_url"].endswith(f"/labs/{chips['lab'].slug}")
    assert client.get(f"/api/v1/labs/{chips['pending'].slug}/matches").status_code == 404
    curator = make_user("curator@example.org", role=Role.CURATOR)
    assert client.get(f"/api/v1/labs/{chips['pending'].slug}/matches", headers=bearer(curator)).status_code == 200
    assert client.get(f"/api/v1/labs/{chips['lab'].slug}/matches?kind=investor").status_code == 400


def test_an_introduction_to_a_lab_reaches_its_host(chips):
    introduction = request_introduction(chips["owner"], f"organisation:{chips['company'].slug}",
                                        f"lab:{chips['lab'].slug}", "Chúng tôi muốn thuê máy đo kiểm vi mạch.")
    db.session.commit()
    assert introduction.target_organisation == chips["host"]
    assert introduction.target_record_type == "lab" and introduction.target_record_id == chips["lab"].id
    assert introduction.score and "equipment" in {r.code for r in introduction.reasons}
