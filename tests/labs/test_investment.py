"""Similar instruments: ranking, folding, nearness, visibility, and the fragment and API that serve them."""
import pytest

from ecosystem.labs.investment import Likeness, Nearness, similar_instruments

from .investment_city import REPORT_DAY, build_city

API = "/api/v1"


@pytest.fixture
def city(make_org, make_lab, make_equipment):
    return build_city(make_org, make_lab, make_equipment)


def slugs(results):
    return [result.equipment.slug for result in results]


def test_same_model_first_then_maker_then_category_nearest_first(city):
    results = similar_instruments("electron-microscope", "Zeiss", "Sigma 300", lab=city["uni_lab"],
                                  today=REPORT_DAY)
    assert slugs(results) == [city[k].slug for k in ("zeiss_far", "zeiss_uni", "jeol_zone", "jeol_institute")]
    assert [r.likeness for r in results] == [Likeness.MODEL, Likeness.MAKER, Likeness.CATEGORY, Likeness.CATEGORY]
    # Hải Phòng is not near; the same lab; the same host's ward (Ba Đình); another Hà Nội ward.
    assert [r.nearness for r in results] == [None, Nearness.LAB, Nearness.WARD, Nearness.PROVINCE]


def test_maker_and_model_are_compared_folded(city):
    results = similar_instruments("electron-microscope", "  ZEISS ", "SIGMA   300", today=REPORT_DAY)
    assert results[0].equipment.slug == city["zeiss_far"].slug and results[0].likeness == Likeness.MODEL
    jeol = similar_instruments(None, "Jeol", "JSM-IT200", today=REPORT_DAY)
    # "JEOL JSM-IT200" and "jeol jsm-it200 " are one model; without a category only the model matches.
    assert sorted(slugs(jeol)) == sorted([city["jeol_zone"].slug, city["jeol_institute"].slug])


def test_nearness_within_a_zone_ranks_the_same_lab_and_zone_first(city):
    results = similar_instruments("electron-microscope", "JEOL", "JSM-IT200", lab=city["zone_lab"],
                                  today=REPORT_DAY)
    assert slugs(results)[:2] == [city["jeol_zone"].slug, city["jeol_institute"].slug]
    assert [r.nearness for r in results] == [Nearness.LAB, Nearness.PROVINCE, Nearness.WARD, None]


def test_only_public_labs_count_and_the_instrument_itself_is_left_out(city):
    results = similar_instruments("electron-microscope", "Zeiss", "Sigma 300", exclude_id=city["zeiss_far"].id,
                                  today=REPORT_DAY)
    found = slugs(results)
    assert city["zeiss_far"].slug not in found
    assert city["sem_pending"].slug not in found and city["sem_hidden_host"].slug not in found
    assert city["pcr_zone"].slug not in found and len(found) == 3


def test_vague_input_finds_nothing_and_limit_is_kept(city):
    assert similar_instruments("other", None, None) == []
    assert similar_instruments(None, "", "") == []
    assert similar_instruments("other", "Bio-Rad", "") == []  # the PCR machine is not "other"
    assert len(similar_instruments("electron-microscope", None, None, limit=2)) == 2


def test_utilisation_over_the_last_90_days(city):
    results = {r.equipment.slug: r for r in similar_instruments("electron-microscope", None, None,
                                                                today=REPORT_DAY)}
    # 13 Mondays of 10 h from 2026-01-01 to 2026-03-31; 10 h booked.
    assert results[city["jeol_zone"].slug].utilisation == pytest.approx(10 / 130)
    assert results[city["zeiss_far"].slug].utilisation == 0
    assert results[city["zeiss_uni"].slug].utilisation is None  # not bookable: no open hours


def test_fragment_for_the_form_is_for_signed_in_users(client, auth, city, owner):
    url = f"/equipment/similar?category=electron-microscope&maker=zeiss&model=Sigma+300&lab={city['uni_lab'].slug}"
    assert client.get(url).status_code == 302
    auth.login(owner.email)
    html = client.get(url).get_data(as_text=True)
    assert html.index("SEM Zeiss Sigma") < html.index("SEM ZEISS EVO") < html.index("SEM JEOL Hoàn Kiếm")
    assert "Same model" in html and "In the same lab" in html and "<html" not in html
    assert "SEM chờ duyệt" not in html
    assert client.get("/equipment/similar?category=microscope").status_code == 400
    assert client.get("/equipment/similar?category=pcr&lab=nowhere").status_code == 404
    assert client.get(f"/equipment/similar?category=pcr&lab={city['pending_lab'].slug}").status_code == 404
    assert client.get("/equipment/similar?maker=nobody").get_data(as_text=True).strip() == ""


def test_api_lists_similar_instruments(client, bearer, city, owner):
    url = f"{API}/equipment/similar?category=electron-microscope&maker=ZEISS&model=sigma%20300" \
          f"&lab={city['uni_lab'].slug}&exclude={city['zeiss_uni'].slug}"
    assert client.get(url).status_code == 401
    body = client.get(url, headers=bearer(owner)).json
    assert body["utilisation_days"] == 90
    first = body["items"][0]
    assert first["slug"] == city["zeiss_far"].slug and first["likeness"] == "same-model"
    assert first["nearness"] is None and first["host"]["slug"] == city["far"].slug
    assert first["province"] == "hai-phong" and first["html_url"].endswith(f"/equipment/{city['zeiss_far'].slug}")
    assert city["zeiss_uni"].slug not in [item["slug"] for item in body["items"]]
    assert client.get(f"{API}/equipment/similar?limit=0", headers=bearer(owner)).status_code == 400
    schema = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    assert set(body) == set(schema["SimilarInstrumentList"]["properties"])
    assert set(first) == set(schema["SimilarInstrument"]["properties"])


def test_an_instruments_page_shows_similar_instruments_elsewhere(client, city):
    html = client.get(f"/equipment/{city['jeol_institute'].slug}").get_data(as_text=True)
    section = html[html.index("Similar instruments in the city"):]
    assert "SEM JEOL phòng Nano" in section and "Same model" in section
    assert "SEM JEOL Hoàn Kiếm" not in section  # not itself
    pcr = client.get(f"/equipment/{city['pcr_zone'].slug}").get_data(as_text=True)
    assert "Similar instruments in the city" not in pcr  # the only PCR machine in the city
