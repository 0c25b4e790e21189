"""Offers and needs in search: their own kinds, facets and snippets, visibility, updates, on the configured backend
and through the backend contract on Whoosh and (with TEST_DATABASE_URL) PostgreSQL."""
import pytest

from ecosystem.exchange import services
from ecosystem.extensions import db
from ecosystem.models import Status
from ecosystem.search.documents import need_document, offer_document
from ecosystem.search.protocol import SearchRequest
from ecosystem.search.query import parse
from tests.search.conftest import backend  # noqa: F401  (the parametrised backend fixture)

from .conftest import API


def test_offers_and_needs_are_their_own_kinds_with_facets(client, institute, company, make_offer, make_need):
    make_offer(institute, title="Robot tự hành cho kho hàng", technologies=["robotics"], sectors=["logistics"])
    make_need(company, title="Cần robot kho hàng", technologies=["robotics"])
    make_offer(institute, title="Robot chưa duyệt", status=Status.PENDING)
    body = client.get(f"{API}/search?q=robot&kind=offer").json
    assert [r["type"] for r in body["results"]] == ["offer"]
    assert body["results"][0]["offer"]["title"] == "Robot tự hành cho kho hàng"
    assert "<mark>" in body["results"][0]["title_html"]
    kinds = {f["value"]: f["count"] for f in body["facets"]["kind"]}
    assert kinds == {"offer": 1, "need": 1}
    assert {f["value"] for f in body["facets"]["technology"]} >= {"robotics"}
    page = client.get("/search?q=robot+kho").get_data(as_text=True)
    assert "Technology offer" in page and "Technology need" in page and "Robot chưa duyệt" not in page
    assert client.get("/search/export.csv?kind=need").status_code == 200


def test_search_follows_edits_decisions_and_the_publisher(client, owner, institute, curator_user, make_user):
    offer = services.create_offer(owner, institute, {"title": "Cảm biến độ ẩm đất", "summary": "Nông nghiệp."})
    db.session.commit()
    assert client.get(f"{API}/search?q=cam+bien+do+am").json["total"] == 0
    services.verify_listing(curator_user, offer)
    db.session.commit()
    assert client.get(f"{API}/search?q=cam+bien+do+am").json["total"] == 1
    services.update_offer(owner, offer, {"title": "Cảm biến mặn"})
    db.session.commit()
    assert client.get(f"{API}/search?q=do+am").json["total"] == 0
    assert client.get(f"{API}/search?q=cam+bien+man").json["total"] == 1
    institute.status = Status.ARCHIVED  # a hidden publisher hides its offers from the index's public view
    db.session.commit()
    assert client.get(f"{API}/search?q=cam+bien+man").json["total"] == 0


def test_documents_on_each_backend(app, backend, institute, researcher, company, make_offer, make_need):  # noqa: F811
    offer = make_offer(researcher, title="Bí quyết pin lithium", technologies=["energy-materials"])
    need = make_need(company, title="Lưu trữ điện mặt trời", technologies=["energy-materials"], sectors=["energy"])
    backend.clear()  # on PostgreSQL the app's own index shares these tables and holds the publishers
    backend.index([offer_document(offer), need_document(need)])
    result = backend.search(SearchRequest(query=parse("pin lithium"), facets=("kind", "technology")))
    assert [hit.key for hit in result.hits] == [f"offer:{offer.id}"] and result.hits[0].kind == "offer"
    result = backend.search(SearchRequest(query=parse(""), filters={"kind": ("need",)}, facets=("kind", "sector")))
    assert [hit.slug for hit in result.hits] == [need.slug]
    assert dict(result.facets["sector"]) == {"energy": 1}
    assert dict(result.facets["kind"]) == {"offer": 1, "need": 1}
    pending = need_document(need)
    pending.status = "pending"
    backend.index([pending])
    assert backend.search(SearchRequest(query=parse("luu tru"))).total == 0


@pytest.mark.parametrize("query", ["kind=offer&status=pending"])
def test_the_public_cannot_search_unpublished_listings(client, query):
    assert client.get(f"/search?{query}").status_code == 400
