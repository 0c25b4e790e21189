"""The factors of a match: each one a pure function of two profiles returning an `Outcome`.

A factor sees the pair in a fixed role order (startup before investor, need before offer...), so
the scores are symmetric by construction. `fraction` (0..1) times the factor's weight gives its
points; `text` says why, in the user's language; `missing` names the fields, by role (0 or 1),
whose absence kept the factor from scoring."""
import functools
import math
import re
import unicodedata
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import ngettext

from ..models.organisations import Stage
from .textsim import cosine

TEXT_FULL = 0.35  # a cosine this high already means "about the same thing"
# Broad regions that include every province of the country.
BROAD_REGIONS = frozenset({"vietnam", "vn", "dongnama", "southeastasia", "sea", "asean", "asia", "chaua",
                           "global", "worldwide", "toanquoc", "quocte", "international"})
_MARKS = re.compile(r"[\u0300-\u036f]")
_PLACE_PREFIXES = ("thanhpho", "tinh", "city")


@dataclass
class Outcome:
    """How well a factor holds (0..1), a function giving its sentence (called only for shown
    reasons: ranking thousands of candidates must not translate thousands of sentences), and
    the (role, field) pairs whose absence kept it from scoring."""

    fraction: float = 0.0
    text: object = None
    missing: tuple = ()


NOTHING = Outcome()


@functools.lru_cache(maxsize=4096)
def squash_place(name):
    """A place name folded and without spaces or administrative prefixes: "Thành phố Hà Nội" -> "hanoi"."""
    value = _MARKS.sub("", unicodedata.normalize("NFD", (name or "").replace("đ", "d").replace("Đ", "d").lower()))
    value = "".join(ch for ch in value if ch.isalnum())
    for prefix in _PLACE_PREFIXES:
        if value.startswith(prefix) and len(value) > len(prefix):
            value = value[len(prefix):]
    return value


def _names(ctx, kind, values, limit=3):
    labels = sorted(ctx.labels.get((kind, v), v) for v in values)
    shown = labels[:limit]
    if len(shown) == 1:
        return shown[0]
    return _("%(first)s and %(last)s", first=", ".join(shown[:-1]), last=shown[-1])


def overlap_fraction(a, b):
    """Share of the smaller set that is shared, blended with a bonus per shared item (both 0..1)."""
    shared = len(a & b)
    if not shared:
        return 0.0
    return 0.5 * shared / min(len(a), len(b)) + 0.5 * (1 - 0.5 ** shared)


def shared_terms(kind):
    """Shared technologies, sectors or tags."""
    texts = {"technologies": lambda n: _("Shares %(names)s", names=n),
             "sectors": lambda n: _("Both work in %(names)s", names=n),
             "tags": lambda n: _("Common keywords: %(names)s", names=n)}

    def factor(x, y, ctx):
        a, b = getattr(x, kind), getattr(y, kind)
        if not a or not b:
            return Outcome(missing=tuple((role, kind) for role, s in ((0, a), (1, b)) if not s))
        shared = a & b
        if not shared:
            return NOTHING
        return Outcome(overlap_fraction(a, b), lambda: texts[kind](_names(ctx, kind, shared)))
    return factor


def text_similarity(x, y, ctx):
    """TF-IDF cosine of the two listings' texts (skipped in the quick first pass)."""
    if not ctx.with_text or x.terms is None or y.terms is None:
        return NOTHING
    if not x.terms or not y.terms:
        return Outcome(missing=tuple((role, "description") for role, p in ((0, x), (1, y)) if not p.terms))
    similarity, top = cosine(ctx.vector(x), ctx.vector(y))
    if similarity <= 0:
        return NOTHING
    words = ", ".join(f"“{t}”" for t in shown_terms(top))
    return Outcome(min(1.0, similarity / TEXT_FULL), lambda: _("Similar descriptions: %(words)s", words=words))


def shown_terms(top, limit=3):
    """The shared terms worth showing: word pairs first, then single words not already in a pair."""
    shown = [t for t in top if " " in t][:limit]
    covered = {w for t in shown for w in t.split()}
    shown += [t for t in top if " " not in t and t not in covered][:limit - len(shown)]
    return shown


def stage_fit(startup, investor, ctx):
    """The startup's stage among the investor's stages (half credit for the next stage)."""
    missing = tuple(m for m, absent in (((0, "stage"), not startup.stage), ((1, "stages"), not investor.stages))
                    if absent)
    if missing:
        return Outcome(missing=missing)
    stage = ctx.labels.get(("stage", startup.stage), startup.stage)
    if startup.stage in investor.stages:
        return Outcome(1.0, lambda: _("Invests at the %(stage)s stage", stage=stage))
    order = {s: i for i, s in enumerate(Stage.ALL)}
    if startup.stage in order and any(abs(order[startup.stage] - order.get(s, -9)) == 1 for s in investor.stages):
        return Outcome(0.4, lambda: _("Invests next to the %(stage)s stage", stage=stage))
    return NOTHING


def money(value):
    return f"US$ {value:,}"


def ticket_fit(startup, investor, ctx):
    """Funding sought within the ticket range; partial credit down to half (or twice) the edge."""
    sought, low, high = startup.funding_sought_usd, investor.ticket_min_usd, investor.ticket_max_usd
    missing = tuple(m for m, absent in (((0, "funding_sought_usd"), not sought),
                                        ((1, "ticket"), not low and not high)) if absent)
    if missing:
        return Outcome(missing=missing)
    range_text = f"{money(low or 0)} – {money(high) if high else '…'}"
    if (not low or sought >= low) and (not high or sought <= high):
        return Outcome(1.0, lambda: _("Raising %(amount)s, within the ticket range %(range)s",
                              amount=money(sought), range=range_text))
    ratio = sought / low if low and sought < low else high / sought
    fraction = max(0.0, 2 * ratio - 1)
    if fraction <= 0:
        return NOTHING
    return Outcome(fraction, lambda: _("Raising %(amount)s, close to the ticket range %(range)s",
                               amount=money(sought), range=range_text))


def investor_region(startup, investor, ctx):
    """The startup's province among the regions the investor names (a country-wide region counts less)."""
    missing = tuple(m for m, absent in (((0, "province"), not startup.places), ((1, "regions"), not investor.regions))
                    if absent)
    if missing:
        return Outcome(missing=missing)
    for region in investor.regions:
        if squash_place(region) in startup.places:
            return Outcome(1.0, lambda: _("Invests in %(region)s", region=region))
    for region in investor.regions:
        if squash_place(region) in BROAD_REGIONS:
            return Outcome(0.6, lambda: _("Invests across %(region)s", region=region))
    return NOTHING


def same_place(x, y, ctx):
    """Same high-tech zone, or else same province."""
    if x.zone_id and x.zone_id == y.zone_id:
        return Outcome(1.0, lambda: _("Both in the same high-tech zone"))
    if not x.province or not y.province:
        return Outcome(missing=tuple((role, "province") for role, p in ((0, x), (1, y)) if not p.province))
    if x.province == y.province:
        place = ctx.labels.get(("province", x.province), x.province)
        return Outcome(0.8, lambda: _("Both in %(place)s", place=place))
    return NOTHING


# Portfolio features and how much each says about an investor's taste.
PORTFOLIO_WEIGHTS = (("sectors", 1.0), ("tags", 1.0), ("technologies", 0.7), ("stage", 0.5), ("province", 0.3))


def _startup_values(startup, kind):
    if kind in ("stage", "province"):
        value = getattr(startup, kind)
        return (value,) if value else ()
    return getattr(startup, kind)


def portfolio_fit(startup, investor, ctx):
    """Track record: how many of the investor's portfolio companies look like this startup.

    For each kind of feature, the number of portfolio companies sharing the startup's most common
    value of that kind; the weighted mean is the evidence. Half the credit is the share of the
    portfolio alike (focus), half grows with the evidence itself (an active investor in the field)."""
    portfolio = investor.portfolio
    if portfolio is None or portfolio.size == 0:
        return Outcome(missing=((1, "portfolio"),))
    evidence, best, present = 0.0, None, 0.0
    for kind, weight in PORTFOLIO_WEIGHTS:  # runs for every candidate of the quick pass: kept lean
        values = _startup_values(startup, kind)
        if not values:
            continue
        present += weight
        held = portfolio.counts.get(kind)
        if not held:
            continue
        top = max((held.get(v, 0), v) for v in values)
        evidence += weight * top[0]
        if top[0] and (best is None or top[0] * weight > best[0] * best[3]):
            best = (top[0], kind, top[1], weight)
    # Kinds the startup leaves empty do not dilute the evidence, but a thin profile cannot borrow
    # the full weight from one stage or one province either.
    evidence /= max(present, 2.0)
    if evidence <= 0:
        return NOTHING
    fraction = 0.5 * min(1.0, evidence / portfolio.size) + 0.5 * (1 - math.exp(-evidence / 3))
    count, kind, value, _w = best
    return Outcome(fraction, lambda: ngettext(
        "%(num)s of its %(size)s portfolio companies shares %(feature)s",
        "%(num)s of its %(size)s portfolio companies share %(feature)s", count,
        size=portfolio.size, feature=ctx.labels.get((kind, value), value)))


def trl_fit(offer_role):
    """Readiness: a business can use a technology at TRL 9 today, at TRL 3 only after years."""
    def factor(x, y, ctx):
        offer = (x, y)[offer_role]
        if not offer.trl:
            return Outcome(missing=((offer_role, "trl"),))
        return Outcome(min(offer.trl, 9) / 9, lambda: _("Ready at TRL %(trl)s of 9", trl=offer.trl))
    return factor


def publication_record(role):
    """A researcher's publications and patents (a patent counts as three papers)."""
    def factor(x, y, ctx):
        person = (x, y)[role]
        if person.publications is None and person.patents is None:
            return Outcome(missing=((role, "publications"),))
        weight = (person.publications or 0) + 3 * (person.patents or 0)
        if weight <= 0:
            return NOTHING
        return Outcome(1 - math.exp(-weight / 20), lambda: _(
            "Track record: %(publications)s publications and %(patents)s patents",
            publications=person.publications or 0, patents=person.patents or 0))
    return factor


def offer_record(role):
    """Technology already on offer (verified offers of the listing or of an offer's publisher),
    plus, for universities and institutes, the size of their research staff."""
    def factor(x, y, ctx):
        listing = (x, y)[role]
        weight = listing.offers + (listing.researchers or 0) / 50
        if weight <= 0:
            return NOTHING
        if listing.offers:
            def text():
                return ngettext("Track record: %(num)s published technology offer",
                                "Track record: %(num)s published technology offers", listing.offers)
        else:
            def text():
                return _("Track record: %(n)s researchers", n=listing.researchers)
        return Outcome(1 - math.exp(-weight / 2), text)
    return factor


def equipment_record(role):
    """A lab's instruments that outside users may book: what a company or a need can actually use."""
    def factor(x, y, ctx):
        lab = (x, y)[role]
        if not lab.instruments:
            return Outcome(missing=((role, "equipment"),))
        return Outcome(1 - math.exp(-lab.instruments / 4), lambda: ngettext(
            "%(num)s instrument open to outside users", "%(num)s instruments open to outside users",
            lab.instruments))
    return factor


def startup_access(lab_role):
    """A lab that startups may use free of charge."""
    def factor(x, y, ctx):
        if not (x, y)[lab_role].free_for_startups:
            return NOTHING
        return Outcome(1.0, lambda: _("Free for startups"))
    return factor
