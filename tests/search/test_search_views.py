"""The search page, autocomplete, exports and the API, through the test client."""
import csv
import io

import pytest

from ecosystem.models import Role

API = "/api/v1"


@pytest.fixture
def ecosystem_data(make_org):
    make_org(kind="zone", name="Khu Công nghệ cao Hòa Lạc", description="Khu công nghệ cao quốc gia.")
    make_org(name="Chip Việt", description="Thiết kế **chip bán dẫn** cho IoT.", technologies=["semiconductors"],
             province="ha-noi", stage="seed", zone="khu-cong-nghe-cao-hoa-lac")
    make_org(name="Nông Nghiệp Số", description="Blockchain cho nông sản.", technologies=["blockchain"],
             province="ha-noi", stage="series-a")
    make_org(kind="investor", name="Quỹ Đầu tư Bán dẫn", description="Đầu tư vào chip.",
             technologies=["semiconductors"], investor_type="vc")
    make_org(name="Bán Dẫn Bí Mật", description="Chip chưa duyệt.", status="pending")
    make_org(name="=HYPERLINK(\"http://evil\")", description="chip")


def test_search_page_finds_without_diacritics_and_marks_matches(client, ecosystem_data):
    html = client.get("/search?q=ban+dan").get_data(as_text=True)
    assert 'href="/o/chip-viet">Chip Việt</a>' in html
    assert 'href="/o/quy-dau-tu-ban-dan">Quỹ Đầu tư <mark>Bán</mark> <mark>dẫn</mark></a>' in html
    assert "chip <mark>bán</mark> <mark>dẫn</mark> cho IoT" in html  # the snippet, Markdown removed
    assert "ban-dan-bi-mat" not in html  # pending: curators only


def test_facets_filter_and_count(client, ecosystem_data):
    html = client.get("/search?q=chip&kind=startup").get_data(as_text=True)
    assert 'name="kind" value="startup" checked' in html
    assert 'name="kind" value="investor"' in html  # other kinds stay offered with their counts
    data = client.get(f"{API}/search?q=chip&kind=startup").json
    assert data["total"] == 2  # Chip Việt and the spreadsheet-hostile name
    kinds = {f["value"]: f["count"] for f in data["facets"]["kind"]}
    assert kinds == {"startup": 2, "investor": 1}
    assert {f["value"] for f in data["facets"]["technology"]} == {"semiconductors"}
    assert "status" not in data["facets"]
    zone = client.get(f"{API}/search?zone=khu-cong-nghe-cao-hoa-lac&kind=startup").json
    assert [r["organisation"]["name"] for r in zone["results"]] == ["Chip Việt"]


def test_did_you_mean_offers_an_accented_correction(client, ecosystem_data):
    data = client.get(f"{API}/search?q=blokchain").json
    assert data["total"] == 1  # one typo is tolerated
    assert data["did_you_mean"] == "blockchain"
    html = client.get("/search?q=nong+nghiep+sô").get_data(as_text=True)
    assert 'href="/o/nong-nghiep-so"' in html


@pytest.mark.parametrize("query", ["NOT OR x", "(" * 500, "*", "id:*", "status:pending", '"', "a" * 499])
def test_malformed_queries_never_fail(client, ecosystem_data, query):
    assert client.get("/search", query_string={"q": query}).status_code == 200
    assert client.get(f"{API}/search", query_string={"q": query}).status_code == 200


@pytest.mark.parametrize("args, field", [({"sort": "price"}, "sort"), ({"page": "0"}, "page"),
                                         ({"page": "x"}, "page"), ({"status": "pending"}, "status"),
                                         ({"q": "x" * 501}, "q"), ({"per_page": "1000"}, "per_page")])
def test_bad_parameters_get_a_clear_message(client, ecosystem_data, args, field):
    response = client.get(f"{API}/search", query_string=args)
    assert response.status_code == 400 and field in response.json["error"]["errors"]
    assert client.get("/search", query_string=args).status_code == 400


def test_curators_search_unpublished_listings(client, auth, make_user, ecosystem_data):
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    data = client.get(f"{API}/search?q=bi+mat&status=pending").json
    assert [r["organisation"]["name"] for r in data["results"]] == ["Bán Dẫn Bí Mật"]
    assert {f["value"]: f["count"] for f in data["facets"]["status"]} == {"pending": 1}


def test_sort_and_pages(client, ecosystem_data):
    data = client.get(f"{API}/search?sort=name&per_page=2&page=2").json
    assert data["total"] == 5 and data["pages"] == 3 and len(data["results"]) == 2
    names = [r["organisation"]["name"] for r in client.get(f"{API}/search?sort=name").json["results"]]
    assert names[:2] == ["=HYPERLINK(\"http://evil\")", "Chip Việt"]


def test_suggest_completes_names_technologies_and_tags(client, ecosystem_data):
    items = client.get("/search/suggest?q=hoa+l").json["items"]
    assert items[0]["label"] == "Khu Công nghệ cao Hòa Lạc" and items[0]["url"] == "/o/khu-cong-nghe-cao-hoa-lac"
    labels = [i["label"] for i in client.get("/search/suggest?q=semi").json["items"]]
    assert "Semiconductor chips" in labels or any("emiconductor" in label for label in labels)
    assert client.get("/search/suggest?q=").json["items"] == []
    assert client.get(f"{API}/search/suggest?q=chip").json["items"][0]["label"] == "Chip Việt"


def test_exports_respect_visibility_and_escape_formulas(client, ecosystem_data):
    response = client.get("/search/export.csv?q=chip")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    names = {row["name"] for row in rows}
    assert "Chip Việt" in names and "Bán Dẫn Bí Mật" not in names
    assert "'=HYPERLINK(\"http://evil\")" in names
    assert "email" not in rows[0]
    data = client.get("/search/export.json?q=chip&kind=investor").json
    assert [item["name"] for item in data["items"]] == ["Quỹ Đầu tư Bán dẫn"]


def test_detail_pages_show_similar_listings(client, ecosystem_data):
    html = client.get("/o/chip-viet").get_data(as_text=True)
    assert "Similar listings" in html and "Quỹ Đầu tư Bán dẫn" in html
    similar = client.get(f"{API}/organisations/chip-viet/similar").json["items"]
    assert similar and all(item["organisation"]["slug"] != "chip-viet" for item in similar)
    assert client.get(f"{API}/organisations/ban-dan-bi-mat/similar").status_code == 404


def test_header_box_and_vietnamese_page(client, ecosystem_data):
    client.set_cookie("lang", "vi")
    html = client.get("/search?q=chip").get_data(as_text=True)
    assert 'data-suggest="/search/suggest"' in html
    assert "kết quả" in html


def test_openapi_documents_the_search_responses_as_served(client, ecosystem_data):
    schemas = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    data = client.get(f"{API}/search?q=chip").json
    assert set(data) == set(schemas["SearchResults"]["properties"])
    result_schema = schemas["SearchResults"]["properties"]["results"]["items"]["properties"]
    assert set(data["results"][0]) == set(result_schema)
    facet = schemas["SearchResults"]["properties"]["facets"]["additionalProperties"]["items"]["properties"]
    assert set(data["facets"]["kind"][0]) == set(facet)
    item = client.get(f"{API}/search/suggest?q=chip").json["items"][0]
    assert set(item) == set(schemas["SearchSuggestions"]["properties"]["items"]["items"]["properties"])
    similar = client.get(f"{API}/organisations/chip-viet/similar").json["items"][0]
    assert set(similar) == set(schemas["SearchItem"]["properties"])
