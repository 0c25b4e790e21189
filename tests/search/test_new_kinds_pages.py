"""Labs, equipment, programmes, partnerships and zone projects on the search page, in autocomplete, in the
API (kind filter, summaries, OpenAPI) and in exports; and their documents on each backend."""
import csv
import io

from flask import url_for

from ecosystem.extensions import db
from ecosystem.models import Role, Status
from ecosystem.search.documents import SearchDocument
from ecosystem.search.lab_documents import equipment_document, lab_document
from ecosystem.search.listing_kinds import KINDS
from ecosystem.search.protocol import SearchRequest
from ecosystem.search.query import parse

from .conftest import backend  # noqa: F401  (the parametrised backend fixture)
from .listings import world  # noqa: F401  (the fixture)

API = "/api/v1"
NEW_KINDS = ("lab", "equipment", "programme", "partnership", "project")


def expected_url(app, kind, record, title):
    """The detail page once its helper has written it; until then, a search for the title."""
    with app.test_request_context():
        endpoint = KINDS[kind].endpoint
        if endpoint in app.view_functions:
            return url_for(endpoint, slug=record.slug)
        return url_for("search.search_page", q=title, kind=kind)


def test_results_page_labels_and_links_every_new_kind(app, client, world):
    html = client.get("/search?per_page=50").get_data(as_text=True)
    for kind, label in zip(NEW_KINDS, ("Lab", "Equipment", "Programme", "Partnership", "Zone project"), strict=True):
        assert f'data-kind="{kind}">{label} · ' in html
    assert 'data-kind="project">Zone project · Khu Công nghệ cao Hòa Lạc</p>' in html  # the zone as context
    html = client.get("/search?q=jeol").get_data(as_text=True)
    assert 'data-kind="equipment">Equipment · Nanomaterials Laboratory · JEOL · JSM-7600F</p>' in html
    assert 'data-kind="lab">Lab · Hanoi University of Science and Technology</p>' in html  # the host
    link = expected_url(app, "equipment", world["microscope"], "Kính hiển vi điện tử quét").replace("&", "&amp;")
    assert f'href="{link}"' in html
    link = expected_url(app, "lab", world["lab"], "Phòng thí nghiệm Vật liệu Nano").replace("&", "&amp;")
    assert f'href="{link}"' in html
    client.set_cookie("lang", "vi")
    html = client.get("/search?q=jeol").get_data(as_text=True)
    assert "Thiết bị · Phòng thí nghiệm Vật liệu Nano" in html


def test_the_kind_filter_and_facets_accept_the_new_kinds(client, world):
    for kind in NEW_KINDS:
        data = client.get(f"{API}/search", query_string={"kind": kind}).json
        assert data["total"] == 1 and [r["type"] for r in data["results"]] == [kind], kind
        listing = data["results"][0]["listing"]
        assert listing["kind"] == kind and listing["status"] == "verified" and listing["html_url"].startswith("http")
        assert data["results"][0]["organisation"] is None
    html = client.get("/search?kind=lab&kind=equipment").get_data(as_text=True)
    assert 'name="kind" value="lab" checked' in html and 'name="kind" value="programme"' in html
    data = client.get(f"{API}/search?q=jeol").json
    assert [r["type"] for r in data["results"]] == ["equipment", "lab"]
    assert data["results"][0]["listing"]["context"] == "Nanomaterials Laboratory · JEOL · JSM-7600F"  # English
    kinds = {f["value"]: f["label"] for f in client.get(f"{API}/search?q=chip").json["facets"]["kind"]}
    assert kinds["project"] == "Zone project"


def test_the_public_never_sees_unpublished_new_listings_but_curators_do(client, auth, make_user, world):
    world["university"].status = Status.PENDING
    db.session.commit()
    assert client.get(f"{API}/search?q=jeol").json["total"] == 0
    assert "Kính hiển vi" not in client.get("/search?q=jeol").get_data(as_text=True)
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    data = client.get(f"{API}/search?q=jeol&status=pending").json
    assert {r["type"]: r["listing"]["status"] for r in data["results"]} == {"equipment": "pending", "lab": "pending"}
    assert "badge-pending" in client.get("/search?q=jeol&status=pending").get_data(as_text=True)


def test_suggestions_complete_new_listings_with_a_label_and_a_link(app, client, world):
    items = client.get("/search/suggest?q=kinh+hien").json["items"]
    assert items[0]["label"] == "Kính hiển vi điện tử quét" and items[0]["kind"] == "equipment"
    assert items[0]["kind_label"] == "Equipment"
    assert items[0]["url"] == expected_url(app, "equipment", world["microscope"], "Kính hiển vi điện tử quét")
    items = client.get(f"{API}/search/suggest?q=nha+may+dong").json["items"]
    assert [(i["kind"], i["kind_label"]) for i in items][:1] == [("project", "Zone project")]


def test_exports_list_the_new_kinds_with_their_place_and_facets(client, world):
    response = client.get("/search/export.csv")
    rows = {row["kind"]: row for row in csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff")))}
    assert set(NEW_KINDS) <= set(rows)
    assert rows["equipment"]["name"] == "Kính hiển vi điện tử quét"
    assert rows["equipment"]["name_en"] == "Scanning electron microscope"
    assert rows["project"]["zone"] == "khu-cong-nghe-cao-hoa-lac" and rows["project"]["province"] == "ha-noi"
    assert rows["lab"]["technologies"] == "semiconductors" and rows["lab"]["sectors"] == "electronics"
    assert all(rows[k]["status"] == "verified" and rows[k]["url"].startswith("http") for k in NEW_KINDS)
    data = client.get("/search/export.json?kind=programme").json
    assert [item["name"] for item in data["items"]] == ["Chương trình Phiếu hỗ trợ dùng phòng thí nghiệm"]


def test_openapi_lists_the_new_kinds_as_served(client, world):
    document = client.get(f"{API}/openapi.json").json
    kind_parameter = next(p for p in document["paths"]["/search"]["get"]["parameters"] if p["name"] == "kind")
    assert set(NEW_KINDS) <= set(kind_parameter["schema"]["items"]["enum"])
    schemas = document["components"]["schemas"]
    listing = client.get(f"{API}/search?kind=partnership").json["results"][0]["listing"]
    assert set(listing) == set(schemas["SearchListingSummary"]["properties"])
    assert listing["context"] == ("Sở Khoa học và Công nghệ Hà Nội, Hanoi University of Science and Technology, "
                                  "Công ty Cổ phần Viettel Bán dẫn")


def test_new_documents_on_each_backend(app, backend, world):  # noqa: F811
    documents = [lab_document(world["lab"]), equipment_document(world["microscope"])]
    backend.clear()  # on PostgreSQL the app's own index shares these tables
    backend.index(documents)
    result = backend.search(SearchRequest(query=parse("JSM-7600F"), facets=("kind", "zone", "technology")))
    assert [hit.key for hit in result.hits][0] == f"equipment:{world['microscope'].id}"
    assert dict(result.facets["zone"]) == {"khu-cong-nghe-cao-hoa-lac": 1 + (len(result.hits) > 1)}
    result = backend.search(SearchRequest(query=parse(""), filters={"kind": ("lab",)}, facets=("kind",)))
    assert [hit.slug for hit in result.hits] == [world["lab"].slug]
    assert dict(result.facets["kind"]) == {"lab": 1, "equipment": 1}
    assert [hit.kind for hit in backend.suggest("kinh hien", ("verified",), 5)] == ["equipment"]
    hidden = SearchDocument(**{**documents[1].__dict__, "status": "pending"})
    backend.index([hidden])
    assert backend.search(SearchRequest(query=parse("jeol"))).total == 1  # the lab only
