"""The per-worker candidate index (ecosystem/matching/retrieval.py): changes since its build are seen at
once, it is rebuilt on time, and its early-stopping count keeps exactly the candidates a full count keeps."""
import random
from collections import Counter
from array import array
from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import update

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.matching import retrieval
from ecosystem.matching.loading import Taxonomy, load_profiles
from ecosystem.matching.profiles import INVESTOR, STARTUP, Portfolio
from ecosystem.matching.services import matches_for
from ecosystem.models import Organisation, Status
from ecosystem.models.base import utcnow
from ecosystem.registry.organisations import archive_organisation, reject_organisation, update_organisation


@pytest.fixture(autouse=True)
def own_index(app, monkeypatch):
    """A fresh index per test (the app outlives the emptied tables), and no recent-listings fill:
    a candidate must come from the index or from the changed-since-build query."""
    app.extensions.pop("matching_postings", None)
    app.config["MATCHING_INDEX_SECONDS"] = 300
    monkeypatch.setattr(retrieval, "FILL", 0)
    yield
    app.extensions.pop("matching_postings", None)
    app.config.pop("MATCHING_INDEX_SECONDS", None)


def _build_index():
    """Make every listing so far older than the build (a real gap instead of sleeping), then build."""
    db.session.execute(update(Organisation).values(updated_at=utcnow() - timedelta(hours=1)))
    db.session.commit()
    return retrieval.postings(Taxonomy())


def _source(record):
    taxonomy = Taxonomy()
    return load_profiles("organisation", [record.id], taxonomy, portfolios=retrieval.cached_portfolios)[record.id]


def _candidates(record, group):
    return retrieval.candidate_ids(_source(record), group, Taxonomy())


def _matched(record, kind):
    return [r.slug for r, _m in matches_for(SYSTEM, record, kind=kind, limit=50)]


@pytest.fixture
def market(org):
    """A robotics seed startup, an investor backing robotics, and an unrelated biotech startup."""
    startup = org("startup", "Rô bốt Kho", stage="seed", technologies=["robotics"], sectors=["logistics"],
                  description="Rô bốt tự hành cho kho hàng.")
    investor = org("investor", "Quỹ Tự Động", technologies=["robotics"], sectors=["logistics"], stages=["seed"],
                   ticket_min_usd=100_000, ticket_max_usd=1_000_000, description="Đầu tư tự động hoá kho.")
    other = org("startup", "Sinh Học Xanh", stage="growth", technologies=["biotech"], sectors=["agritech"],
                description="Chế phẩm sinh học cho cây trồng.")
    return {"startup": startup, "investor": investor, "other": other}


def test_backdated_listings_come_only_from_shared_evidence(market):
    """The harness itself: with no fill and nothing changed, only listings sharing codes are candidates."""
    _build_index()
    found = _candidates(market["investor"], STARTUP)
    assert market["startup"].id in found
    assert market["other"].id not in found


def test_a_listing_verified_after_the_build_is_matched_at_once(org, market):
    index = _build_index()
    newcomer = org("startup", "Rô bốt Giao Hàng", stage="seed", technologies=["robotics"], sectors=["logistics"],
                   status=Status.PENDING, description="Rô bốt giao hàng chặng cuối.")
    assert newcomer.id not in _candidates(market["investor"], STARTUP)  # pending: never
    from ecosystem.registry.organisations import verify_organisation
    verify_organisation(SYSTEM, newcomer)
    db.session.commit()
    assert retrieval.postings(Taxonomy()) is index  # not rebuilt: found through the changed-since query
    assert newcomer.id in _candidates(market["investor"], STARTUP)
    assert newcomer.slug in _matched(market["investor"], "startup")


@pytest.mark.parametrize("action", ["reject", "archive"])
def test_a_listing_hidden_after_the_build_disappears_at_once(market, action):
    index = _build_index()
    startup = market["startup"]
    assert startup.slug in _matched(market["investor"], "startup")
    if action == "reject":
        reject_organisation(SYSTEM, startup, "Thông tin không đúng.")
    else:
        archive_organisation(SYSTEM, startup)
    db.session.commit()
    assert retrieval.postings(Taxonomy()) is index
    assert startup.id in index.groups[STARTUP]["technologies"]["robotics"]  # the index still holds it
    assert startup.id not in _candidates(market["investor"], STARTUP)
    assert startup.slug not in _matched(market["investor"], "startup")


def test_a_changed_technology_is_reflected_at_once(market):
    index = _build_index()
    other = market["other"]
    assert other.id not in _candidates(market["investor"], STARTUP)
    update_organisation(SYSTEM, other, {"technologies": ["robotics"], "sectors": ["logistics"]})
    db.session.commit()
    assert retrieval.postings(Taxonomy()) is index
    assert other.id not in index.groups[STARTUP]["technologies"]["robotics"]  # only SQL knows it
    assert other.id in _candidates(market["investor"], STARTUP)
    assert other.slug in _matched(market["investor"], "startup")


def test_an_investor_whose_portfolio_changes_counts_the_new_one(org, market):
    held = org("startup", "Sinh Học Một", stage="seed", technologies=["biotech"], sectors=["agritech"])
    investor = org("investor", "Quỹ Chọn Lọc", portfolio=[market["startup"].slug])
    index = _build_index()
    assert index.portfolios[investor.id].counts["technologies"] == Counter({"robotics": 1})
    assert market["other"].id not in _candidates(investor, STARTUP)
    update_organisation(SYSTEM, investor, {"portfolio": [held.slug]})
    db.session.commit()
    assert retrieval.postings(Taxonomy()) is index
    counted = retrieval.cached_portfolios([investor.id], Taxonomy())[investor.id]
    assert counted.size == 1 and counted.counts["technologies"] == Counter({"biotech": 1})
    assert _source(investor).portfolio.counts["sectors"] == Counter({"agritech": 1})
    assert market["other"].id in _candidates(investor, STARTUP)  # found through the new portfolio's codes


def test_a_portfolio_company_that_changes_is_counted_again(org, market):
    investor = org("investor", "Quỹ Chọn Lọc", portfolio=[market["other"].slug])
    index = _build_index()
    assert index.portfolios[investor.id].counts["technologies"] == Counter({"biotech": 1})
    update_organisation(SYSTEM, market["other"], {"technologies": ["ai"]})
    db.session.commit()
    counted = retrieval.cached_portfolios([investor.id], Taxonomy())[investor.id]
    assert counted.counts["technologies"] == Counter({"ai": 1})


def test_an_investor_without_a_portfolio_at_the_build_gets_one(org, market):
    investor = org("investor", "Quỹ Mới", stages=["growth"])
    index = _build_index()
    assert investor.id not in index.portfolios
    update_organisation(SYSTEM, investor, {"portfolio": [market["other"].slug]})
    db.session.commit()
    counted = retrieval.cached_portfolios([investor.id], Taxonomy())
    assert counted[investor.id].counts["technologies"] == Counter({"biotech": 1})


def test_the_index_is_rebuilt_after_its_lifetime(app, org, market, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(retrieval.time, "monotonic", lambda: clock[0])
    first = _build_index()
    late = org("startup", "Rô bốt Muộn", technologies=["robotics"])
    clock[0] += 299
    assert retrieval.postings(Taxonomy()) is first
    assert late.id not in first.groups[STARTUP]["technologies"]["robotics"]
    clock[0] += 2
    second = retrieval.postings(Taxonomy())
    assert second is not first
    assert late.id in second.groups[STARTUP]["technologies"]["robotics"]
    assert retrieval.postings(Taxonomy()) is second
    app.config["MATCHING_INDEX_SECONDS"] = 0
    clock[0] += 0.001
    assert retrieval.postings(Taxonomy()) is not second


# --- the early-stopping count against a plain full count -------------------------------------------

def _reference(source, target_group, index, cap):
    """Every posting counted in full with its weight; the best `cap` by evidence, then lowest id."""
    scores = Counter()
    for kind, weight in retrieval.LINK_WEIGHTS.items():
        for value in retrieval.source_values(source, kind):
            for cid in index.get(kind, {}).get(value, ()):
                scores[cid] += weight
    stages = source.stages or (source.portfolio and set(source.portfolio.counts.get("stage", ())))
    if target_group == STARTUP and stages:
        for stage in stages:
            for cid in index["stage"].get(stage, ()):
                scores[cid] += retrieval.STAGE_WEIGHT
    return [cid for cid, _n in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))][:cap]


def _random_index(rng, listings):
    """Postings with a few very common values (thousands of ids) and a long tail of rare ones; a few
    popular listings carry many values, so scores pile up near the cut and late postings matter."""
    population = range(1, listings + 1)
    popularity = list(__import__("itertools").accumulate(1 / (rank ** 0.8) for rank in population))
    shuffled = rng.sample(list(population), listings)
    index = {}
    for kind, values in (("technologies", 30), ("sectors", 20), ("tags", 60), ("stage", 5)):
        index[kind] = {}
        for n in range(values):
            share = rng.choice([0.0005, 0.002, 0.01, 0.05, 0.2, 0.4]) if kind != "stage" else rng.random() / 2
            size = max(1, int(listings * share))
            if rng.random() < 0.5:
                ids = rng.sample(population, size)
            else:
                ids = [shuffled[i - 1] for i in rng.choices(population, cum_weights=popularity, k=size)]
            index[kind][f"{kind}-{n}"] = array("i", sorted(set(ids)))
    return index


def _random_source(rng, index):
    def pick(kind, most):
        return frozenset(rng.sample(sorted(index[kind]), rng.randint(0, min(most, len(index[kind])))))
    portfolio = None
    if rng.random() < 0.4:
        counts = {kind: Counter({v: rng.randint(1, 5) for v in pick(kind, 15)})
                  for kind in ("technologies", "sectors", "tags", "stage")}
        portfolio = Portfolio(size=rng.randint(1, 20), counts=counts)
    return SimpleNamespace(technologies=pick("technologies", 4), sectors=pick("sectors", 3), tags=pick("tags", 6),
                           stages=pick("stage", 2) if rng.random() < 0.5 else frozenset(), portfolio=portfolio)


@pytest.mark.parametrize("prune_from", [retrieval.PRUNE_FROM, 200, 1])
def test_early_stop_keeps_exactly_the_full_count_candidates(monkeypatch, prune_from):
    monkeypatch.setattr(retrieval, "PRUNE_FROM", prune_from)
    rng = random.Random(20261124 + prune_from)
    pruned = 0
    for _round in range(4):
        index = _random_index(rng, 8_000)
        for _query in range(50):
            source = _random_source(rng, index)
            group = rng.choice([STARTUP, INVESTOR])
            cap = rng.choice([1, 2, 3, 7, 20, 50, 300, 1000])
            scores = retrieval._evidence(source, group, index, cap)
            full = _reference(source, group, index, 10 ** 9)
            assert retrieval._best(scores, cap) == full[:cap], (source, group, cap)
            pruned += len(scores) < len(full)
    assert pruned >= 20  # the early stop really ran, often


def test_changes_to_other_kinds_do_not_crowd_out_a_new_listing(org, market, monkeypatch):
    """The changed-since-build query keeps its limited room for listings of the group asked."""
    monkeypatch.setattr(retrieval, "FRESH", 2)
    _build_index()
    newcomer = org("startup", "Rô bốt Mới", stage="seed", technologies=["robotics"])
    for n in range(3):  # later changes to investors and companies: not startups
        org("company" if n % 2 else "investor", f"Doanh nghiệp {n}", technologies=["ai"])
    assert newcomer.id in _candidates(market["investor"], STARTUP)


def test_early_stop_at_the_exact_bound(monkeypatch):
    """A listing not yet counted that can still tie the cut (and wins the tie on its id) is kept."""
    monkeypatch.setattr(retrieval, "PRUNE_FROM", 1)
    index = {"tags": {"a": array("i", [10]), "b": array("i", [10, 20])},
             "sectors": {"s": array("i", [5, 30, 31])}, "technologies": {"x": array("i", [5, 30, 31, 32])}}
    source = SimpleNamespace(technologies={"x"}, sectors={"s"}, tags={"a", "b"}, stages=frozenset(), portfolio=None)
    # after the tags: 10 has 6, 20 has 3; the sector and technology left are worth 3 = the 2nd score
    assert _reference(source, INVESTOR, index, 2) == [10, 5]
    assert retrieval._best(retrieval._evidence(source, INVESTOR, index, 2), 2) == [10, 5]
    index["tags"]["b"] = array("i", [10, 20, 21])  # 20 and 21 tie at 3: still no place for a later one
    assert retrieval._best(retrieval._evidence(source, INVESTOR, index, 2), 2) == _reference(source, INVESTOR, index, 2)
