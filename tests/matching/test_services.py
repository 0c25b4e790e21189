"""Matching services end to end on the database: directions, ranking, exclusions, visibility."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.errors import Invalid, NotAllowed
from ecosystem.matching.services import explain_pair, matches_for
from ecosystem.models import Status


def test_startup_finds_the_fitting_investor_first(deal_flow):
    results = matches_for(SYSTEM, deal_flow["startup"], kind="investor")
    assert [r.slug for r, _m in results][:2] == [deal_flow["fitting"].slug, deal_flow["unrelated"].slug]
    best = results[0][1]
    assert sum(r.points for r in best.reasons) == best.score
    assert {"portfolio", "stage", "ticket", "sectors"} <= {r.code for r in best.reasons}


def test_investor_deal_flow_skips_its_portfolio(deal_flow):
    results = matches_for(SYSTEM, deal_flow["fitting"], kind="startup")
    slugs = [r.slug for r, _m in results]
    assert slugs[0] == deal_flow["startup"].slug
    assert not {h.slug for h in deal_flow["held"]} & set(slugs)


def test_a_ranked_pair_scores_as_its_explanation(deal_flow):
    results = dict((r.slug, m) for r, m in matches_for(SYSTEM, deal_flow["startup"], kind="investor"))
    explained = explain_pair(deal_flow["startup"], deal_flow["fitting"])
    assert explained.score == results[deal_flow["fitting"].slug].score
    assert explained.reasons == results[deal_flow["fitting"].slug].reasons
    assert explain_pair(deal_flow["fitting"], deal_flow["startup"]).score == explained.score


def test_no_direction_explains_nothing(org, deal_flow):
    agency = org("agency", "Sở Khoa học")
    assert explain_pair(agency, deal_flow["startup"]) is None
    assert explain_pair(deal_flow["fitting"], deal_flow["unrelated"]) is None


def test_every_direction_of_a_need(exchange):
    need = exchange["need"]
    best = {kind: matches_for(SYSTEM, need, kind=kind)[0][0] for kind in ("offer", "school", "researcher", "startup")}
    assert best["offer"] == exchange["offer"]
    assert best["school"] == exchange["lab"]
    assert best["researcher"] == exchange["researcher"]
    assert best["startup"] == exchange["startup"]
    everything = matches_for(SYSTEM, need)
    assert everything[0][0] == exchange["offer"]
    assert everything[0][1].score >= everything[-1][1].score


def test_offer_finds_needs_and_businesses_and_back(exchange):
    offer = exchange["offer"]
    assert matches_for(SYSTEM, offer, kind="need")[0][0] == exchange["need"]
    assert matches_for(SYSTEM, offer, kind="company")[0][0] == exchange["factory"]
    assert matches_for(SYSTEM, offer, kind="startup")[0][0] == exchange["startup"]
    assert exchange["lab"] not in [r for r, _m in matches_for(SYSTEM, offer)]  # never its own publisher


def test_researchers_and_labs_find_companies(exchange):
    assert matches_for(SYSTEM, exchange["researcher"], kind="company")[0][0] == exchange["factory"]
    assert matches_for(SYSTEM, exchange["lab"], kind="company")[0][0] == exchange["factory"]
    assert matches_for(SYSTEM, exchange["factory"], kind="school")[0][0] == exchange["lab"]


@pytest.mark.parametrize("status", [Status.PENDING, Status.REJECTED, Status.DRAFT, Status.ARCHIVED])
def test_unverified_listings_are_never_suggested(org, deal_flow, status):
    hidden = org("investor", f"Quỹ Ẩn {status}", status=status, sectors=["fintech"], technologies=["ai"],
                 stages=["seed"], ticket_min_usd=200_000, ticket_max_usd=2_000_000)
    for actor in (SYSTEM, None):
        user = actor or _anonymous()
        slugs = [r.slug for r, _m in matches_for(user, deal_flow["startup"], kind="investor")]
        assert hidden.slug not in slugs


def _anonymous():
    from ecosystem.extensions import login_manager
    return login_manager.anonymous_user()


def test_matching_a_pending_listing_is_for_curators_and_its_members(org, make_user, deal_flow):
    owner = make_user("owner@example.org")
    pending = org("startup", "Ví Chờ Duyệt", status=Status.PENDING, actor=owner, sectors=["fintech"], stage="seed")
    assert matches_for(SYSTEM, pending, kind="investor")
    assert matches_for(owner, pending, kind="investor")
    with pytest.raises(NotAllowed):
        matches_for(_anonymous(), pending)
    with pytest.raises(NotAllowed):
        matches_for(make_user("other@example.org"), pending)


def test_a_kind_the_listing_cannot_match_is_invalid(deal_flow):
    with pytest.raises(Invalid):
        matches_for(SYSTEM, deal_flow["startup"], kind="researcher")
    with pytest.raises(Invalid):
        matches_for(SYSTEM, deal_flow["startup"], limit=0)
