"""Pages of the exchange: listings with filters, details, forms, curators' decisions, panels and bad input."""
import pytest

from ecosystem.exchange import services
from ecosystem.extensions import db
from ecosystem.models import Need, Offer, Status

from .conftest import OFFER


def test_listing_pages_show_public_offers_and_filter_them(client, institute, make_offer, make_need, company):
    make_offer(institute)
    make_offer(institute, title="Robot kho hàng", trl=8, technologies=["robotics"], engagement="sale")
    make_offer(institute, title="Chưa duyệt", status=Status.PENDING)
    page = client.get("/offers").get_data(as_text=True)
    assert "Low-power RISC-V core" in page and "Robot kho hàng" in page and "Chưa duyệt" not in page
    page = client.get("/offers?trl_min=7&engagement=sale").get_data(as_text=True)
    assert "Robot kho hàng" in page and "Low-power RISC-V" not in page
    make_need(company)
    page = client.get("/needs?state=open&budget_min=2000000000").get_data(as_text=True)
    assert "Microcontroller for smart homes" in page
    assert "Microcontroller for smart homes" not in client.get("/needs?state=closed").get_data(as_text=True)


@pytest.mark.parametrize("query", ["trl_min=0", "trl_min=x", "trl_min=8&trl_max=2", "ip_status=secret",
                                   "tech=warp", "sort=price", "status=pending", "page=0"])
def test_bad_offer_filters_are_400_not_500(client, query):
    assert client.get(f"/offers?{query}").status_code == 400


@pytest.mark.parametrize("query", ["state=maybe", "budget_min=-5", "budget_min=9&budget_max=1", "page=99"])
def test_bad_need_filters_are_client_errors(client, query):
    assert client.get(f"/needs?{query}").status_code in (400, 404)


def test_detail_pages_hide_pending_listings_from_the_public(client, auth, owner, institute, make_offer):
    offer = make_offer(institute, status=Status.PENDING)
    assert client.get(f"/offers/{offer.slug}").status_code == 404
    auth.login("owner@example.org")
    page = client.get(f"/offers/{offer.slug}").get_data(as_text=True)
    assert "pending review" in page and "Edit" in page and "Viện Công nghệ Vi mạch Thử nghiệm" in page


def test_an_owner_publishes_an_offer_from_the_form(client, auth, owner, institute):
    auth.login("owner@example.org")
    form = client.get(f"/offers/new?organisation={institute.slug}").get_data(as_text=True)
    assert f'selected value="organisation:{institute.slug}"' in form
    response = client.post("/offers/new", data={
        "publisher": f"organisation:{institute.slug}", "title": "Bộ đo kiểm chip", "summary": "Đo kiểm vi mạch.",
        "technologies": ["semiconductors"], "trl": "9", "ip_status": "know-how", "engagement": "service"})
    assert response.status_code == 302
    offer = db.session.scalar(db.select(Offer).filter_by(title="Bộ đo kiểm chip"))
    assert offer.status == Status.PENDING and offer.trl == 9 and offer.organisation_id == institute.id


def test_bad_form_input_changes_nothing(client, auth, owner, institute, company):
    auth.login("owner@example.org")
    response = client.post("/offers/new", data={"publisher": f"organisation:{institute.slug}", "title": "",
                                                 "summary": "x", "trl": "42"})
    assert response.status_code == 400
    response = client.post("/needs/new", data={"publisher": f"organisation:{institute.slug}", "title": "Nhu cầu",
                                                "problem": "Vấn đề", "budget_min_vnd": "9", "budget_max_vnd": "1"})
    assert response.status_code == 400 and "smallest budget" in response.get_data(as_text=True)
    response = client.post("/needs/new", data={"publisher": f"organisation:{company.slug}", "title": "Của người khác",
                                                "problem": "Vấn đề"})
    assert response.status_code == 403
    assert db.session.scalar(db.select(db.func.count(Need.id))) == 0
    assert db.session.scalar(db.select(db.func.count(Offer.id))) == 0


def test_edit_with_a_stale_version_is_a_conflict(client, auth, owner, institute, make_offer):
    offer = make_offer(institute)
    auth.login("owner@example.org")
    assert client.get(f"/offers/{offer.slug}/edit").status_code == 200
    data = {"title": "Tên mới", "summary": "Tóm tắt", "version": str(offer.version)}
    assert client.post(f"/offers/{offer.slug}/edit", data=data).status_code == 302
    response = client.post(f"/offers/{offer.slug}/edit", data={**data, "title": "Tên khác"})
    assert response.status_code == 409
    db.session.expire_all()
    assert db.session.get(Offer, offer.id).title == "Tên mới"


def test_strangers_cannot_edit_or_archive(client, auth, make_user, institute, make_offer):
    offer = make_offer(institute)
    make_user("stranger@example.org")
    auth.login("stranger@example.org")
    assert client.get(f"/offers/{offer.slug}/edit").status_code == 403
    assert client.post(f"/offers/{offer.slug}/archive").status_code == 403


def test_curators_verify_and_reject_from_the_detail_page(client, auth, owner, curator_user, institute, company):
    offer = services.create_offer(owner, institute, OFFER)
    need = services.create_need(company.memberships[0].user, company, {"title": "Cần robot", "problem": "Thiếu người"})
    db.session.commit()
    auth.login("curator@example.org")
    assert "Low-power RISC-V core" in client.get("/offers?status=pending").get_data(as_text=True)
    page = client.get(f"/offers/{offer.slug}").get_data(as_text=True)
    assert "Verify" in page and "Reject" in page
    assert client.post(f"/offers/{offer.slug}/decide", data={"action": "verify"}).status_code == 302
    response = client.post(f"/needs/{need.slug}/decide", data={"action": "reject", "reason": ""})
    assert response.status_code == 303
    client.post(f"/needs/{need.slug}/decide", data={"action": "reject", "reason": "Thêm ngân sách."})
    db.session.expire_all()
    assert db.session.get(Offer, offer.id).status == Status.VERIFIED
    assert db.session.get(Need, need.id).status == Status.REJECTED
    auth.logout()
    assert client.post(f"/offers/{offer.slug}/decide", data={"action": "verify"}).status_code == 302  # to login


def test_organisation_and_person_pages_show_their_listings(client, auth, owner, institute, researcher, make_offer,
                                                           make_need):
    make_offer(institute, title="Ưu đãi của viện")
    make_offer(researcher, title="Bí quyết của nhà khoa học")
    make_need(institute, title="Nhu cầu của viện")
    page = client.get(f"/o/{institute.slug}").get_data(as_text=True)
    assert "Ưu đãi của viện" in page and "Nhu cầu của viện" in page and "Publish an offer" not in page
    assert "Bí quyết của nhà khoa học" in client.get(f"/p/{researcher.slug}").get_data(as_text=True)
    auth.login("owner@example.org")
    assert "Publish an offer" in client.get(f"/o/{institute.slug}").get_data(as_text=True)
    my = client.get("/my").get_data(as_text=True)
    assert "Ưu đãi của viện" in my and "Bí quyết của nhà khoa học" in my


def test_pages_speak_vietnamese(app, institute, make_offer):
    offer = make_offer(institute)
    client = app.test_client()
    client.set_cookie("lang", "vi")
    page = client.get(f"/offers/{offer.slug}").get_data(as_text=True)
    assert "Chào bán công nghệ" in page and "Sở hữu trí tuệ" in page
    assert "Nhu cầu công nghệ" in client.get("/needs").get_data(as_text=True)


def test_the_curators_queue_lists_offers_and_needs_waiting_for_review(client, auth, curator_user, institute,
                                                                         company, make_offer, make_need):
    make_offer(institute, status=Status.PENDING, title="Dịch vụ đo kiểm chip chờ duyệt")
    make_need(company, status=Status.PENDING, title="Nhu cầu cảm biến chờ duyệt")
    make_offer(institute, title="Ưu đãi đã công khai")
    auth.login("curator@example.org")
    page = client.get("/curation/").get_data(as_text=True)
    assert "Dịch vụ đo kiểm chip chờ duyệt" in page and "Nhu cầu cảm biến chờ duyệt" in page
    assert "Ưu đãi đã công khai" not in page
    claims = client.get("/curation/?type=claims").get_data(as_text=True)
    assert "Dịch vụ đo kiểm chip chờ duyệt" not in claims
