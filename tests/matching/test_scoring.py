"""Pure scoring: bounds, the explanation adds up to the score, symmetry, monotonicity."""
from collections import Counter

from flask_babel import force_locale
from hypothesis import given, settings
from hypothesis import strategies as st

from ecosystem.matching.profiles import Portfolio, Profile
from ecosystem.matching.scoring import PAIRS, Context, score
from ecosystem.matching.textsim import TermStatistics, terms

TECHS = ["ai", "robotics", "biotech", "semiconductors", "energy-materials"]
SECTORS = ["fintech", "agritech", "healthtech", "logistics"]
TAGS = ["iot", "pin", "thanh toan", "drone"]
STAGES = ["idea", "pre-seed", "seed", "series-a", "series-b", "growth"]
WORDS = ["pin", "lithium", "cảm", "biến", "nông", "nghiệp", "thanh", "toán", "robot", "kho"]
RECORDS = {"startup": ("organisation", "startup"), "investor": ("organisation", "investor"),
           "company": ("organisation", "company"), "school": ("organisation", "university"), "lab": ("lab", "lab"),
           "researcher": ("person", "researcher"), "offer": ("offer", "offer"), "need": ("need", "need")}

subset = st.frozensets


@st.composite
def profiles(draw, group, pid):
    record_type, kind = RECORDS[group]
    portfolio = None
    if group == "investor" and draw(st.booleans()):
        size = draw(st.integers(1, 30))
        portfolio = Portfolio(size, {"sectors": Counter({s: draw(st.integers(0, size)) for s in SECTORS}),
                                     "stage": Counter({s: draw(st.integers(0, size)) for s in STAGES})})
    return Profile(
        record_type, pid, kind, slug=f"p{pid}", name=f"P{pid}",
        technologies=draw(subset(st.sampled_from(TECHS))), sectors=draw(subset(st.sampled_from(SECTORS))),
        tags=draw(subset(st.sampled_from(TAGS))),
        terms=terms(" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=12)))),
        province=draw(st.sampled_from([None, "ha-noi", "da-nang"])), places=frozenset({"hanoi"}),
        zone_id=draw(st.sampled_from([None, 1, 2])), stage=draw(st.sampled_from([None, *STAGES])),
        funding_sought_usd=draw(st.sampled_from([None, 50_000, 500_000, 5_000_000])),
        stages=draw(subset(st.sampled_from(STAGES))), ticket_min_usd=draw(st.sampled_from([None, 100_000])),
        ticket_max_usd=draw(st.sampled_from([None, 1_000_000])),
        regions=tuple(draw(st.lists(st.sampled_from(["Hà Nội", "Việt Nam", "Singapore"]), max_size=2))),
        portfolio=portfolio, trl=draw(st.sampled_from([None, 3, 7, 9])),
        publications=draw(st.sampled_from([None, 0, 12])), patents=draw(st.sampled_from([None, 0, 2])),
        offers=draw(st.integers(0, 4)), researchers=draw(st.sampled_from([None, 40])),
        instruments=draw(st.integers(0, 12)), free_for_startups=draw(st.booleans()))


@st.composite
def pairs(draw):
    first, second = draw(st.sampled_from(sorted(PAIRS)))
    return draw(profiles(first, 1)), draw(profiles(second, 2))


def context(*listed):
    return Context(stats=TermStatistics(p.terms for p in listed))


@settings(max_examples=150, deadline=None)
@given(pairs())
def test_score_is_bounded_and_explained_by_its_reasons(pair):
    a, b = pair
    match = score(a, b, context(a, b))
    assert 0 <= match.score <= 100
    assert sum(r.points for r in match.reasons) == match.score
    assert all(r.points > 0 and r.text for r in match.reasons)
    assert len({r.code for r in match.reasons}) == len(match.reasons)
    factor_codes = {code for code, _w, _f in PAIRS[(a.group, b.group)]}
    assert {r.code for r in match.reasons} <= factor_codes
    assert {i.side for i in match.improvements} <= {"source", "target"}


@settings(max_examples=120, deadline=None)
@given(pairs())
def test_score_is_symmetric(pair):
    a, b = pair
    ctx = context(a, b)
    forward, backward = score(a, b, ctx), score(b, a, ctx)
    assert forward.score == backward.score
    assert [(r.code, r.points) for r in forward.reasons] == [(r.code, r.points) for r in backward.reasons]
    flip = {"source": "target", "target": "source"}
    assert sorted((i.field, i.side) for i in forward.improvements) == \
        sorted((i.field, flip[i.side]) for i in backward.improvements)


@settings(max_examples=120, deadline=None)
@given(pairs(), st.sampled_from(TECHS))
def test_a_shared_technology_never_lowers_the_score(pair, tech):
    a, b = pair
    ctx = context(a, b)
    before = score(a, b, ctx).score
    a.technologies, b.technologies = a.technologies | {tech}, b.technologies | {tech}
    assert score(a, b, ctx).score >= before


def test_weights_of_every_direction_add_up_to_100():
    for factors in PAIRS.values():
        assert sum(weight for _code, weight, _f in factors) == 100


def test_no_direction_gives_no_match():
    a = Profile("organisation", 1, "investor")
    b = Profile("organisation", 2, "agency")
    assert score(a, b) is None


def test_reasons_speak_in_plain_words_with_their_share():
    startup = Profile("organisation", 1, "startup", technologies=frozenset({"ai"}), sectors=frozenset({"fintech"}),
                      stage="seed", funding_sought_usd=500_000, places=frozenset({"hanoi"}), province="ha-noi")
    investor = Profile("organisation", 2, "investor", technologies=frozenset({"ai", "semiconductors"}),
                       sectors=frozenset({"fintech"}), stages=frozenset({"seed"}), ticket_min_usd=200_000,
                       ticket_max_usd=2_000_000, regions=("Hà Nội",))
    labels = {("technologies", "ai"): "AI", ("stage", "seed"): "seed", ("sectors", "fintech"): "fintech"}
    with force_locale("en"):
        match = score(startup, investor, Context(labels=labels))
    reasons = {r.code: r for r in match.reasons}
    assert reasons["stage"].points == 15 and reasons["stage"].text == "Invests at the seed stage"
    assert reasons["ticket"].points == 10 and "within the ticket range" in reasons["ticket"].text
    assert reasons["technologies"].text == "Shares AI"
    assert reasons["region"].text == "Invests in Hà Nội"
    fields = {(i.side, i.field) for i in match.improvements}
    assert ("target", "portfolio") in fields and ("source", "tags") in fields


def test_ticket_gives_partial_credit_near_the_edges():
    investor = Profile("organisation", 2, "investor", ticket_min_usd=1_000_000, ticket_max_usd=2_000_000)

    def ticket(amount):
        startup = Profile("organisation", 1, "startup", funding_sought_usd=amount)
        return {r.code: r.points for r in score(startup, investor).reasons}.get("ticket", 0)
    assert ticket(1_500_000) == 10
    assert 0 < ticket(800_000) < 10 and 0 < ticket(2_500_000) < 10
    assert ticket(100_000) == 0 and ticket(9_000_000) == 0


def test_portfolio_alike_raises_the_investor():
    startup = Profile("organisation", 1, "startup", sectors=frozenset({"fintech"}), stage="seed")
    alike = Profile("organisation", 2, "investor", portfolio=Portfolio(5, {"sectors": Counter({"fintech": 4}),
                                                                            "stage": Counter({"seed": 3})}))
    other = Profile("organisation", 3, "investor", portfolio=Portfolio(5, {"sectors": Counter({"agritech": 5})}))
    assert score(startup, alike).score > score(startup, other).score
    with force_locale("en"):
        assert "4 of its 5 portfolio companies share fintech" in score(startup, alike).reasons[0].text


def test_a_lab_scores_its_bookable_instruments_and_free_access_for_startups():
    startup = Profile("organisation", 1, "startup", technologies=frozenset({"semiconductors"}))
    bare = Profile("lab", 2, "lab", technologies=frozenset({"semiconductors"}))
    equipped = Profile("lab", 3, "lab", technologies=frozenset({"semiconductors"}), instruments=6,
                       free_for_startups=True)
    with force_locale("en"):
        plain, rich = score(startup, bare), score(startup, equipped)
    assert rich.score > plain.score
    reasons = {r.code: r for r in rich.reasons}
    assert reasons["access"].points == 10 and reasons["access"].text == "Free for startups"
    assert reasons["equipment"].text == "6 instruments open to outside users"
    assert ("target", "equipment") in {(i.side, i.field) for i in plain.improvements}
    assert "equipment" not in {r.code for r in plain.reasons}
