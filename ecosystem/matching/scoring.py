"""Scoring is pure: `score(source, target) -> Match` from two profiles, no database.

Each pair of matching groups has explicit, weighted factors whose weights add up to 100. A
factor's points are its weight times how well it holds (0..1), rounded; the score is the sum of
the points, and the reasons are exactly the factors that scored, each with its points. What would
raise the match (fields missing on either side) comes from the same factors."""
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

from . import factors as f
from .profiles import COMPANY, INVESTOR, LAB, NEED, OFFER, RESEARCHER, SCHOOL, STARTUP
from .textsim import TermStatistics, vector


@dataclass(frozen=True)
class Reason:
    """One factor that scored: a stable `code`, its `points` (its share of the 100) and a sentence."""

    code: str
    points: int
    text: str

    def as_dict(self):
        return {"code": self.code, "points": self.points, "text": str(self.text)}


@dataclass(frozen=True)
class Improvement:
    """A missing field that kept a factor from scoring: on the `side` "source" (yours) or "target"."""

    code: str
    side: str
    field: str
    text: str

    def as_dict(self):
        return {"code": self.code, "side": self.side, "field": self.field, "text": str(self.text)}


@dataclass(frozen=True)
class Match:
    """A score 0..100 with the reasons that produced it (sum of points == score) and improvements."""

    score: int
    reasons: list = field(default_factory=list)
    improvements: list = field(default_factory=list)

    def as_dict(self):
        return {"score": self.score, "reasons": [r.as_dict() for r in self.reasons],
                "improvements": [i.as_dict() for i in self.improvements]}


@dataclass
class Context:
    """What scoring may read besides the two profiles: display labels of codes, ("technologies",
    "ai") -> "Artificial intelligence", term statistics for TF-IDF, and whether to score text."""

    labels: dict = field(default_factory=dict)
    stats: TermStatistics = field(default_factory=TermStatistics)
    with_text: bool = True
    vectors: dict = field(default_factory=dict)

    def vector(self, profile):
        """The profile's TF-IDF vector, computed once per context."""
        found = self.vectors.get(profile.key)
        if found is None or found[0] is not profile.terms:
            found = (profile.terms, vector(profile.terms, self.stats))
            self.vectors[profile.key] = found
        return found[1]


def _weighted(*items):
    assert sum(weight for _code, weight, _fn in items) == 100, items
    return items


TECH, SECT, TAGS = f.shared_terms("technologies"), f.shared_terms("sectors"), f.shared_terms("tags")
# (group of role 0, group of role 1) -> factors (code, weight, function). Weights add up to 100.
PAIRS = {
    (STARTUP, INVESTOR): _weighted(
        ("portfolio", 30, f.portfolio_fit), ("sectors", 15, SECT), ("technologies", 10, TECH), ("tags", 5, TAGS),
        ("stage", 15, f.stage_fit), ("ticket", 10, f.ticket_fit), ("region", 5, f.investor_region),
        ("text", 10, f.text_similarity)),
    (NEED, OFFER): _weighted(
        ("technologies", 25, TECH), ("sectors", 15, SECT), ("tags", 10, TAGS), ("text", 30, f.text_similarity),
        ("trl", 10, f.trl_fit(1)), ("region", 5, f.same_place), ("track_record", 5, f.offer_record(1))),
    (NEED, SCHOOL): _weighted(
        ("technologies", 25, TECH), ("sectors", 15, SECT), ("tags", 5, TAGS), ("text", 30, f.text_similarity),
        ("region", 10, f.same_place), ("track_record", 15, f.offer_record(1))),
    # A lab's text includes its research areas and its instruments (name, maker, model, category), so a
    # need that names an instrument or a method finds the lab that has it.
    (NEED, LAB): _weighted(
        ("technologies", 25, TECH), ("sectors", 15, SECT), ("text", 35, f.text_similarity),
        ("region", 10, f.same_place), ("equipment", 15, f.equipment_record(1))),
    (NEED, RESEARCHER): _weighted(
        ("technologies", 25, TECH), ("sectors", 15, SECT), ("text", 30, f.text_similarity),
        ("region", 10, f.same_place), ("track_record", 20, f.publication_record(1))),
    (NEED, STARTUP): _weighted(
        ("technologies", 25, TECH), ("sectors", 20, SECT), ("tags", 10, TAGS), ("text", 30, f.text_similarity),
        ("region", 10, f.same_place), ("track_record", 5, f.offer_record(1))),
    (OFFER, COMPANY): _weighted(
        ("technologies", 25, TECH), ("sectors", 30, SECT), ("tags", 10, TAGS), ("text", 20, f.text_similarity),
        ("region", 10, f.same_place), ("trl", 5, f.trl_fit(0))),
    (RESEARCHER, COMPANY): _weighted(
        ("technologies", 30, TECH), ("sectors", 25, SECT), ("text", 25, f.text_similarity),
        ("region", 10, f.same_place), ("track_record", 10, f.publication_record(0))),
    (SCHOOL, COMPANY): _weighted(
        ("technologies", 30, TECH), ("sectors", 25, SECT), ("text", 20, f.text_similarity),
        ("region", 10, f.same_place), ("track_record", 15, f.offer_record(0))),
    (LAB, COMPANY): _weighted(
        ("technologies", 30, TECH), ("sectors", 25, SECT), ("text", 20, f.text_similarity),
        ("region", 10, f.same_place), ("equipment", 15, f.equipment_record(0))),
    (LAB, STARTUP): _weighted(
        ("technologies", 25, TECH), ("sectors", 20, SECT), ("text", 20, f.text_similarity),
        ("region", 10, f.same_place), ("equipment", 15, f.equipment_record(0)), ("access", 10, f.startup_access(0))),
}
PAIRS[(OFFER, STARTUP)] = PAIRS[(OFFER, COMPANY)]
FACTOR_CODES = sorted({code for factors in PAIRS.values() for code, _w, _fn in factors})

# Field -> (what the viewer can add to their own listing, what the other side lacks).
HINTS = {
    "technologies": (_l("Add the strategic technologies of your listing"), _l("They list no strategic technologies")),
    "sectors": (_l("Add the sectors you work in"), _l("They list no sectors")),
    "tags": (_l("Add a few keywords (tags)"), _l("They have no keywords")),
    "description": (_l("Describe your listing in a few sentences"), _l("Their description is empty")),
    "stage": (_l("Add your startup's stage"), _l("The startup has not given its stage")),
    "funding_sought_usd": (_l("Add the amount you are raising"), _l("The startup has not said how much it raises")),
    "stages": (_l("Add the stages you invest in"), _l("The investor lists no stages")),
    "ticket": (_l("Add your ticket range"), _l("The investor has not published a ticket range")),
    "regions": (_l("Add the regions you invest in"), _l("The investor lists no regions")),
    "province": (_l("Add your province"), _l("Their province is not given")),
    "portfolio": (_l("List your portfolio companies"), _l("The investor has not listed a portfolio")),
    "trl": (_l("Add the technology readiness level (TRL)"), _l("The offer has no technology readiness level")),
    "publications": (_l("Add your publication and patent counts"), _l("No publication or patent counts are given")),
    "equipment": (_l("List the instruments outside users can book"),
                  _l("The lab lists no instruments open to outside users")),
}


def pair_factors(source_group, target_group):
    """(factors, swapped) for two groups, or None when no direction links them."""
    if (source_group, target_group) in PAIRS:
        return PAIRS[(source_group, target_group)], False
    if (target_group, source_group) in PAIRS:
        return PAIRS[(target_group, source_group)], True
    return None


def score(source, target, context=None):
    """The Match of `target` for `source` (profiles), or None when no direction links their groups."""
    spec = pair_factors(source.group, target.group)
    if spec is None:
        return None
    factors, swapped = spec
    ctx = context or Context()
    pair = (target, source) if swapped else (source, target)
    source_role = 1 if swapped else 0
    reasons, improvements, seen = [], [], set()
    for code, weight, factor in factors:
        outcome = factor(pair[0], pair[1], ctx)
        points = int(weight * outcome.fraction + 0.5)
        if points > 0:
            reasons.append(Reason(code, points, outcome.text()))
        for role, name in outcome.missing:
            side = "source" if role == source_role else "target"
            if (side, name) not in seen:
                seen.add((side, name))
                improvements.append(Improvement(code, side, name, HINTS[name][0 if side == "source" else 1]))
    reasons.sort(key=lambda r: (-r.points, r.code))
    improvements.sort(key=lambda i: (i.side != "source", i.code, i.field))
    return Match(sum(r.points for r in reasons), reasons, improvements)


def quick_points(source, target, context, with_text=False):
    """The score without reasons or improvements (and, unless `with_text`, without the text factor):
    the cheap passes that pick whom to score fully. The same factors and rounding as `score`, so
    `quick_points(a, b, ctx, with_text=True) == score(a, b, ctx).score`."""
    spec = pair_factors(source.group, target.group)
    if spec is None:
        return 0
    factors, swapped = spec
    pair = (target, source) if swapped else (source, target)
    return sum(int(weight * factor(pair[0], pair[1], context).fraction + 0.5)
               for code, weight, factor in factors if with_text or code != "text")
