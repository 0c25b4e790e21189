"""Scoring state partners (agencies and zones), which are not matching groups: a small explicit scorer built
like the matcher's (weighted factors, points = weight × fraction rounded, score = sum of the reasons' points),
reusing its factor functions where they fit."""
from dataclasses import dataclass, field

from flask_babel import gettext as _

from ...matching import factors as f
from ...matching.scoring import Context, Match, Reason

# (code, weight, factor): the weights add up to 100, as the matcher's do.
TECH, SECT = f.shared_terms("technologies"), f.shared_terms("sectors")


@dataclass
class StateContext(Context):
    """The matcher's context plus what only state partners have: where the partners sit, which zones each
    agency manages, and the agencies' public programmes."""

    partner_zones: dict = field(default_factory=dict)  # zone id -> zone name (the partnership's and partners')
    managed_zones: dict = field(default_factory=dict)  # agency id -> {zone id}
    programmes: dict = field(default_factory=dict)  # agency id -> [(title, frozenset of technology codes)]
    programme_agency: int | None = None  # the agency whose programme funds the partnership
    programme_title: str = ""


def zone_fit(partnership, candidate, ctx):
    """The zone the partners sit in, or the agency that manages it; else the same province."""
    if candidate.kind == "zone" and candidate.id in ctx.partner_zones:
        return f.Outcome(1.0, lambda: _("The partners sit in this zone"))
    managed = ctx.managed_zones.get(candidate.id, set()) & set(ctx.partner_zones)
    if managed:
        name = ctx.partner_zones[min(managed)]
        return f.Outcome(1.0, lambda: _("Manages %(zone)s, where the partners sit", zone=name))
    if partnership.province and partnership.province == candidate.province:
        place = ctx.labels.get(("province", candidate.province), candidate.province)
        return f.Outcome(0.5, lambda: _("Both in %(place)s", place=place))
    return f.NOTHING


def programme_fit(partnership, candidate, ctx):
    """The agency runs the programme that funds the partnership, or programmes on its technologies."""
    if ctx.programme_agency is not None and ctx.programme_agency == candidate.id:
        title = ctx.programme_title
        return f.Outcome(1.0, lambda: _("Runs %(programme)s, which funds this partnership", programme=title))
    best = (0.0, None, None)
    for title, codes in ctx.programmes.get(candidate.id, ()):
        shared = codes & partnership.technologies
        fraction = f.overlap_fraction(codes, partnership.technologies) if shared else 0.0
        if fraction > best[0]:
            best = (fraction, title, shared)
    fraction, title, shared = best
    if not fraction:
        return f.NOTHING
    return f.Outcome(fraction, lambda: _("Runs %(programme)s on %(names)s", programme=title,
                                         names=f._names(ctx, "technologies", shared)))


STATE_FACTORS = (("technologies", 30, TECH), ("sectors", 20, SECT), ("zone", 25, zone_fit),
                 ("programmes", 25, programme_fit))
assert sum(weight for _code, weight, _fn in STATE_FACTORS) == 100
STATE_FACTOR_CODES = tuple(code for code, _w, _fn in STATE_FACTORS)


def score_state_partner(partnership, candidate, ctx):
    """The Match of an agency or zone for a partnership (profiles), the same arithmetic as the matcher's."""
    reasons = []
    for code, weight, factor in STATE_FACTORS:
        outcome = factor(partnership, candidate, ctx)
        points = int(weight * outcome.fraction + 0.5)
        if points > 0:
            reasons.append(Reason(code, points, outcome.text()))
    reasons.sort(key=lambda r: (-r.points, r.code))
    return Match(sum(r.points for r in reasons), reasons, [])
