"""Service rules of the exchange: who publishes, pending until a curator verifies, locking, needs' budgets and deadlines."""
from datetime import date, timedelta

import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.exchange import services
from ecosystem.exchange.listings import ExchangeFilters, need_query, offer_query, pending_exchange_listings
from ecosystem.extensions import db
from ecosystem.models import AuditEvent, Status
from ecosystem.registry.organisations import update_organisation

from .conftest import OFFER, need_data


def test_a_manager_publishes_an_offer_that_waits_for_a_curator(app, owner, institute, outbox):
    offer = services.create_offer(owner, institute, OFFER)
    db.session.commit()
    assert offer.status == Status.PENDING and offer.organisation == institute and offer.person is None
    assert offer.slug == "loi-vi-xu-ly-risc-v-cong-suat-thap" and offer.title_folded.startswith("loi vi xu ly")
    assert [t.code for t in offer.technologies] == ["semiconductors"] and {t.name for t in offer.tags} == {"RISC-V", "IoT"}
    assert db.session.scalar(db.select(AuditEvent).filter_by(target_type="offer", target_id=offer.id)).action == "created"
    assert offer_query(None, ExchangeFilters()) is not None


def test_a_researcher_offers_their_own_know_how(app, owner, researcher):
    offer = services.create_offer(owner, researcher, OFFER)
    assert offer.person == researcher and offer.publisher is researcher


def test_strangers_cannot_publish_for_an_organisation_or_a_profile(app, make_user, institute, researcher):
    stranger = make_user("stranger@example.org")
    with pytest.raises(NotAllowed):
        services.create_offer(stranger, institute, OFFER)
    with pytest.raises(NotAllowed):
        services.create_offer(stranger, researcher, OFFER)
    with pytest.raises(NotAllowed):
        services.create_need(stranger, institute, need_data())


def test_investors_and_agencies_post_needs_but_do_not_offer_technology(app, make_org):
    agency = make_org("agency", "Sở Khoa học và Công nghệ Thử")
    with pytest.raises(Invalid):
        services.create_offer(SYSTEM, agency, OFFER)
    assert services.create_need(SYSTEM, agency, need_data()).organisation == agency


def test_bad_input_is_reported_by_field_and_nothing_is_saved(app, owner, institute):
    with pytest.raises(Invalid) as caught:
        services.create_offer(owner, institute, {**OFFER, "title": "", "trl": 12, "ip_status": "secret",
                                                 "technologies": ["warp-drive"], "status": "verified"})
    assert set(caught.value.errors) == {"title", "trl", "ip_status", "status"}
    db.session.rollback()
    with pytest.raises(Invalid) as caught:
        services.create_offer(owner, institute, {**OFFER, "technologies": ["warp-drive"]})
    assert caught.value.field == "technologies"
    db.session.rollback()
    with pytest.raises(Invalid) as caught:
        services.create_offer(owner, institute, {**OFFER, "summary": "  "})
    assert set(caught.value.errors) == {"summary"}


def test_a_need_checks_its_budget_and_deadline(app, company):
    with pytest.raises(Invalid) as caught:
        services.create_need(SYSTEM, company, need_data(budget_min_vnd=5_000_000_000, budget_max_vnd=1_000_000_000))
    assert caught.value.field == "budget_min_vnd"
    with pytest.raises(Invalid) as caught:
        services.create_need(SYSTEM, company, need_data(deadline=(date.today() - timedelta(days=1)).isoformat()))
    assert caught.value.field == "deadline"
    with pytest.raises(Invalid) as caught:
        services.create_need(SYSTEM, company, need_data(deadline="31/12/2030"))
    assert set(caught.value.errors) == {"deadline"}


def test_a_need_past_its_deadline_is_closed_and_can_still_be_edited(app, company, make_need):
    need = make_need(company)
    assert need.is_open
    need.deadline = date.today() - timedelta(days=3)  # time passes
    db.session.commit()
    assert not need.is_open
    services.update_need(SYSTEM, need, {"title": "Vi điều khiển (đã đóng)", "deadline": need.deadline.isoformat()})
    with pytest.raises(Invalid):  # moving it to another past day is refused
        services.update_need(SYSTEM, need, {"deadline": (date.today() - timedelta(days=10)).isoformat()})
    db.session.rollback()
    open_ids = [n.id for n in db.session.scalars(need_query(None, ExchangeFilters(states=["open"])))]
    closed_ids = [n.id for n in db.session.scalars(need_query(None, ExchangeFilters(states=["closed"])))]
    assert (open_ids, closed_ids) == ([], [need.id])


def test_a_stale_version_is_a_conflict(app, owner, institute, make_offer):
    offer = make_offer(institute)
    seen = offer.version
    services.update_offer(owner, offer, {"trl": 7}, expected_version=seen)
    db.session.commit()
    with pytest.raises(Conflict):
        services.update_offer(owner, offer, {"trl": 8}, expected_version=seen)


def test_only_curators_verify_and_never_their_own(app, owner, institute, curator_user, make_user, outbox):
    offer = services.create_offer(owner, institute, OFFER)
    db.session.commit()
    with pytest.raises(NotAllowed):
        services.verify_listing(owner, offer)
    member_curator = make_user("member-curator@example.org", role="curator")
    from ecosystem.registry.members import add_member
    add_member(SYSTEM, institute, member_curator.email, "editor")
    with pytest.raises(NotAllowed):
        services.verify_listing(member_curator, offer)
    services.verify_listing(curator_user, offer)
    db.session.commit()
    assert offer.status == Status.VERIFIED and offer.verified_at is not None
    assert any(message["To"] == "owner@example.org" for message in outbox)
    with pytest.raises(Conflict):
        services.verify_listing(curator_user, offer)


def test_a_rejected_listing_goes_back_to_review_when_edited(app, owner, institute, curator_user):
    offer = services.create_offer(owner, institute, OFFER)
    with pytest.raises(Invalid):
        services.reject_listing(curator_user, offer, "  ")
    services.reject_listing(curator_user, offer, "Thêm điều khoản cấp phép.")
    assert offer.status == Status.REJECTED and offer.status_reason
    services.update_offer(owner, offer, {"terms": "Phí cấp phép 5% doanh thu."})
    assert offer.status == Status.PENDING and offer.status_reason is None


def test_managers_archive_and_a_hidden_publisher_hides_its_listings(app, owner, institute, make_offer, make_user):
    offer = make_offer(institute)
    with pytest.raises(NotAllowed):
        services.archive_listing(make_user("other@example.org"), offer)
    assert [o.id for o in db.session.scalars(offer_query(None, ExchangeFilters()))] == [offer.id]
    update_organisation(SYSTEM, institute, {"name": "Viện Đổi tên"})
    institute.status = Status.ARCHIVED
    db.session.commit()
    assert list(db.session.scalars(offer_query(None, ExchangeFilters()))) == []
    institute.status = Status.VERIFIED
    services.archive_listing(owner, offer)
    db.session.commit()
    assert list(db.session.scalars(offer_query(None, ExchangeFilters()))) == []
    with pytest.raises(Conflict):
        services.archive_listing(owner, offer)


def test_the_publisher_must_be_public_before_its_listing(app, make_org, curator_user):
    pending_org = make_org("startup", "Khởi nghiệp Chưa Duyệt", status=Status.PENDING)
    offer = services.create_offer(SYSTEM, pending_org, OFFER)
    with pytest.raises(Conflict):
        services.verify_listing(curator_user, offer)


def test_pending_listings_for_the_curators_queue(app, owner, institute, company, make_offer, make_need):
    first = services.create_offer(owner, institute, OFFER)
    make_offer(institute, title="Đã công khai")
    second = make_need(company, status=Status.PENDING)
    assert [item.kind for item in pending_exchange_listings(10)] == ["offer", "need"]
    assert pending_exchange_listings(1) == [first]
    assert second in pending_exchange_listings()


def test_filters_narrow_offers_and_needs(app, institute, company, make_offer, make_need):
    low = make_offer(institute, title="Cảm biến TRL thấp", trl=3, ip_status="know-how", engagement="collaboration")
    high = make_offer(institute, title="Robot kho hàng", trl=8, technologies=["robotics"], sectors=["logistics"])

    def offers(**fields):
        return [o.title for o in db.session.scalars(offer_query(None, ExchangeFilters(**fields)))]

    assert offers(trl_min=5) == [high.title] and offers(trl_max=4) == [low.title]
    assert offers(ip_statuses=["know-how"]) == [low.title] and offers(technologies=["robotics"]) == [high.title]
    assert offers(q="robot kho") == [high.title] and offers(q="ROBOT") == [high.title]
    assert offers(sort="trl") == [high.title, low.title]
    cheap = make_need(company, title="Nhu cầu nhỏ", budget_min_vnd=100_000_000, budget_max_vnd=200_000_000)
    big = make_need(company, title="Nhu cầu lớn")

    def needs(**fields):
        return [n.title for n in db.session.scalars(need_query(None, ExchangeFilters(**fields)))]

    assert needs(budget_min=500_000_000) == [big.title] and needs(budget_max=300_000_000) == [cheap.title]
    assert needs(sort="budget") == [big.title, cheap.title]
