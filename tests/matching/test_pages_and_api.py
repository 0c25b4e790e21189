"""Find partners pages, panels, "Matches for you", and the matching API with its OpenAPI description."""
from ecosystem.models import Role, Status
from tests.conftest import PASSWORD


def test_find_partners_page_shows_scores_reasons_and_introduction_links(client, auth, make_user, deal_flow):
    startup = deal_flow["startup"]
    page = client.get(f"/match/organisation/{startup.slug}?kind=investor")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Quỹ Sông Hồng" in html and "<meter" in html and "Invests at the" in html
    assert "Request an introduction" not in html  # anonymous visitors sign in first
    make_user("member@example.org")
    auth.login()
    html = client.get(f"/match/organisation/{startup.slug}?kind=investor").get_data(as_text=True)
    assert f"/introductions/new?source=organisation%3A{startup.slug}&amp;target=organisation%3A" in html


def test_detail_page_links_to_find_partners(client, deal_flow):
    html = client.get(f"/o/{deal_flow['startup'].slug}").get_data(as_text=True)
    assert "Find partners" in html and f"/match/organisation/{deal_flow['startup'].slug}?kind=investor" in html


def test_offer_and_need_pages_of_the_matcher(client, exchange):
    html = client.get(f"/match/need/{exchange['need'].slug}?kind=offer").get_data(as_text=True)
    assert exchange["offer"].title in html and "Ready at TRL 6 of 9" in html


def test_hidden_listing_and_bad_input_are_clear_errors(client, org, deal_flow):
    pending = org("startup", "Chưa Duyệt", status=Status.PENDING)
    assert client.get(f"/match/organisation/{pending.slug}").status_code == 404
    assert client.get("/match/organisation/no-such-slug").status_code == 404
    assert client.get(f"/match/organisation/{deal_flow['startup'].slug}?kind=researcher").status_code == 400
    assert client.get(f"/match/organisation/{deal_flow['startup'].slug}?limit=abc").status_code == 400


def test_curators_match_pending_listings(client, auth, org, make_user):
    make_user("curator@example.org", role=Role.CURATOR)
    pending = org("startup", "Chưa Duyệt", status=Status.PENDING, sectors=["fintech"])
    auth.login("curator@example.org", PASSWORD)
    assert client.get(f"/match/organisation/{pending.slug}").status_code == 200


def test_matches_for_you_on_my_page(client, auth, org, make_user, deal_flow):
    owner = make_user("owner@example.org")
    mine = org("startup", "Ví Của Tôi", actor=owner, sectors=["fintech"], stage="seed", technologies=["ai"])
    auth.login("owner@example.org", PASSWORD)
    html = client.get("/my").get_data(as_text=True)
    assert "Matches for you" in html and "Quỹ Sông Hồng" in html
    assert f"/match/organisation/{mine.slug}" in html


def test_page_in_vietnamese(client, deal_flow):
    client.set_cookie("lang", "vi")
    html = client.get(f"/match/organisation/{deal_flow['startup'].slug}").get_data(as_text=True)
    assert "Tìm đối tác" in html and "Đầu tư ở giai đoạn" in html


def test_api_returns_ranked_candidates_with_reasons(client, deal_flow):
    startup = deal_flow["startup"]
    for key in (startup.slug, str(startup.id)):
        response = client.get(f"/api/v1/organisations/{key}/matches?kind=investor&limit=5")
        assert response.status_code == 200
        body = response.get_json()
        assert body["source"]["slug"] == startup.slug and body["kind"] == "investor"
        first = body["items"][0]
        assert first["slug"] == deal_flow["fitting"].slug and first["type"] == "organisation"
        assert sum(r["points"] for r in first["reasons"]) == first["score"]
        assert {"code", "points", "text"} == set(first["reasons"][0])
        assert all({"code", "side", "field", "text"} == set(i) for i in first["improvements"])
        assert first["html_url"].endswith(f"/o/{deal_flow['fitting'].slug}")


def test_api_for_people_offers_and_needs(client, exchange):
    for path, slug in (("people", exchange["researcher"].slug), ("offers", exchange["offer"].slug),
                       ("needs", exchange["need"].slug)):
        response = client.get(f"/api/v1/{path}/{slug}/matches")
        assert response.status_code == 200, (path, response.get_json())
        assert response.get_json()["items"]
    items = client.get(f"/api/v1/needs/{exchange['need'].slug}/matches?kind=offer").get_json()["items"]
    assert items[0]["slug"] == exchange["offer"].slug and items[0]["type"] == "offer"


def test_api_errors(client, org, deal_flow, make_user, bearer):
    pending = org("startup", "Chưa Duyệt", status=Status.PENDING)
    assert client.get(f"/api/v1/organisations/{pending.slug}/matches").status_code == 404
    bad = client.get(f"/api/v1/organisations/{deal_flow['startup'].slug}/matches?kind=researcher")
    assert bad.status_code == 400 and bad.get_json()["error"]["errors"] == {"kind": bad.get_json()["error"]["message"]}
    assert client.get(f"/api/v1/organisations/{deal_flow['startup'].slug}/matches?limit=101").status_code == 400
    curator = make_user("curator@example.org", role=Role.CURATOR)
    assert client.get(f"/api/v1/organisations/{pending.slug}/matches", headers=bearer(curator)).status_code == 200


def test_openapi_describes_the_matching_endpoints(client):
    document = client.get("/api/v1/openapi.json").get_json()
    for segment in ("organisations", "people", "offers", "needs"):
        operation = document["paths"][f"/{segment}/{{slug}}/matches"]["get"]
        assert operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/MatchList")
    assert "portfolio" in document["components"]["schemas"]["MatchReason"]["properties"]["code"]["enum"]
