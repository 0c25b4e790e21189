"""An invented ecosystem whose true pairs come from hidden preferences, for the matching benchmark.

Investors have latent tastes (a few sectors and technologies, adjacent stages, a ticket band, a
home region, an activity level); startups have latent attributes. Investments are sampled from the
latent affinity with noise. What a listing *shows* is a noisy, incomplete copy of its latent self:
some investors publish no thesis at all (only their portfolio, as in historical investment
datasets), others a partial one. Needs and offers share latent topics; each need has a few true
offers. Rows are written with SQLAlchemy Core, deterministic by seed."""
import math
import random
from dataclasses import dataclass, field

from sqlalchemy import insert, select

from ecosystem.models import InvestorDetails, Need, Offer, Organisation, Province, Sector, StartupDetails
from ecosystem.models import StrategicTechnology, Tag
from ecosystem.models.exchange import need_sectors, need_tags, need_technologies, offer_sectors, offer_tags
from ecosystem.models.exchange import offer_technologies
from ecosystem.models.organisations import investor_portfolio, organisation_sectors, organisation_tags
from ecosystem.models.organisations import organisation_technologies
from ecosystem.models.organisations import Stage
from ecosystem.registry.seed_data import SECTORS, STRATEGIC_TECHNOLOGIES
from ecosystem.text import fold

STAGES = Stage.ALL
STAGE_FUNDING = {"idea": 50_000, "pre-seed": 150_000, "seed": 600_000, "series-a": 3_000_000,
                 "series-b": 12_000_000, "growth": 40_000_000}
PROVINCES = (("ha-noi", 60), ("ho-chi-minh", 25), ("da-nang", 8), ("hai-phong", 4), ("can-tho", 3))
SECTOR_CODES = [code for code, _vi, _en in SECTORS]
TECH_CODES = [code for code, _vi, _en in STRATEGIC_TECHNOLOGIES]
FILLER = ("công ty khách hàng nền tảng giải pháp doanh nghiệp thị trường đội ngũ sản phẩm dịch vụ phát triển "
          "Hà Nội Việt Nam ứng dụng hệ thống dữ liệu người dùng").split()


def topic_words(code):
    """Invented words that only listings about this sector or technology use ("fintech-w3")."""
    return [f"{code.replace('-', '')}w{i}" for i in range(8)]


@dataclass
class Listing:
    id: int
    kind: str
    sectors: list
    techs: list
    tags: list
    stage: str | None = None
    funding: int | None = None
    province: str | None = None
    text: str = ""
    taste: dict = field(default_factory=dict)  # an investor's latent tastes
    shown: dict = field(default_factory=dict)  # what the listing publishes (may be partial)


def _pick(rng, weighted):
    return rng.choices([v for v, _w in weighted], [w for _v, w in weighted])[0]


def _text(rng, codes, words=40):
    topical = [w for code in codes for w in topic_words(code)]
    return " ".join(rng.choice(topical) if rng.random() < 0.35 else rng.choice(FILLER) for _ in range(words))


class World:
    """The latent ecosystem and its true pairs."""

    def __init__(self, seed=7, startups=3000, investors=300, needs=300, offers=600):
        self.rng = rng = random.Random(seed)
        self.startups = [self._startup(i + 1) for i in range(startups)]
        self.investors = [self._investor(startups + i + 1) for i in range(investors)]
        self.portfolio = {inv.id: self._invest(inv) for inv in self.investors}
        self.hidden = {}
        for inv in self.investors:  # hide 20% of each portfolio (at least one edge when there are two)
            edges = list(self.portfolio[inv.id])
            rng.shuffle(edges)
            k = max(1, round(0.2 * len(edges))) if len(edges) >= 2 else 0
            self.hidden[inv.id] = set(edges[:k])
        first = startups + investors + 1
        self.publishers = [self._company(first + i) for i in range(max(50, needs // 3))]
        self.offers = [self._topic_listing(i + 1, "offer") for i in range(offers)]
        self.needs = [self._topic_listing(i + 1, "need") for i in range(needs)]
        self.answers = {need.id: self._answers(need) for need in self.needs}

    def _startup(self, sid):
        rng = self.rng
        sectors = rng.sample(SECTOR_CODES, rng.choice((1, 1, 2)))
        techs = rng.sample(TECH_CODES, rng.choice((1, 2)))
        tags = sorted({f"{sectors[0]}-niche-{rng.randrange(4)}", *(f"tag-{rng.randrange(150)}" for _ in range(2))})
        stage = rng.choices(STAGES, (10, 24, 34, 18, 8, 6))[0]
        funding = int(STAGE_FUNDING[stage] * math.exp(rng.gauss(0, 0.5)))
        listing = Listing(sid, "startup", sectors, techs, tags, stage, funding, _pick(rng, PROVINCES),
                          _text(rng, sectors + techs))
        shown_sectors = sectors if rng.random() < 0.9 else []
        listing.shown = {"sectors": shown_sectors, "techs": techs if rng.random() < 0.8 else [],
                         "tags": tags, "stage": stage if rng.random() < 0.85 else None,
                         "funding": funding if rng.random() < 0.7 else None}
        return listing

    def _investor(self, iid):
        rng = self.rng
        sectors = rng.sample(SECTOR_CODES, rng.choice((2, 3, 4)))
        techs = rng.sample(TECH_CODES, rng.choice((1, 2, 3)))
        first = rng.randrange(len(STAGES) - 1)
        stages = list(STAGES[first:first + rng.choice((1, 2, 3))])
        low = STAGE_FUNDING[stages[0]] // 2
        high = STAGE_FUNDING[stages[-1]] * 2
        home = _pick(rng, PROVINCES)
        taste = {"sectors": sectors, "techs": techs, "stages": stages, "ticket": (low, high), "home": home,
                 "local": rng.random() < 0.5, "activity": int(min(60, 3 + rng.lognormvariate(2.0, 0.8)))}
        listing = Listing(iid, "investor", sectors, techs, [], province=home, text=_text(rng, sectors + techs), taste=taste)
        explicit = rng.random() < 0.7  # 30% publish no thesis at all: only their portfolio speaks
        keep = (lambda values: [v for v in values if rng.random() < 0.75]) if explicit else (lambda values: [])
        noise = [rng.choice(SECTOR_CODES)] if explicit and rng.random() < 0.3 else []
        listing.shown = {"sectors": sorted(set(keep(sectors) + noise)),
                         "techs": keep(techs), "stages": keep(stages),
                         "ticket": (low, high) if explicit and rng.random() < 0.7 else (None, None),
                         "regions": (["Việt Nam"] if not taste["local"] else [home.replace("-", " ").title()])
                         if explicit and rng.random() < 0.6 else [],
                         "text": listing.text if explicit else ""}
        return listing

    def affinity(self, inv, s):
        """Latent fit of a startup for an investor (what really drives investments)."""
        t = inv.taste
        fit = 2.0 * len(set(s.sectors) & set(t["sectors"])) + 1.0 * len(set(s.techs) & set(t["techs"]))
        fit += 1.5 if s.stage in t["stages"] else 0.0
        fit += 0.8 if t["ticket"][0] <= s.funding <= t["ticket"][1] else 0.0
        fit += 0.7 if t["local"] and s.province == t["home"] else 0.0
        return fit

    def _invest(self, inv):
        """Sample the investor's portfolio: softmax of latent affinity plus noise, without repeats."""
        rng = self.rng
        weights = [math.exp(1.3 * self.affinity(inv, s) + rng.gauss(0, 0.5)) for s in self.startups]
        chosen = set()
        while len(chosen) < inv.taste["activity"]:
            chosen.add(rng.choices(self.startups, weights)[0].id)
        return chosen

    def _company(self, cid):
        rng = self.rng
        return Listing(cid, "company", rng.sample(SECTOR_CODES, 2), rng.sample(TECH_CODES, 2), [],
                       province=_pick(rng, PROVINCES))

    def _topic_listing(self, lid, kind):
        rng = self.rng
        sectors = rng.sample(SECTOR_CODES, rng.choice((1, 2)))
        techs = rng.sample(TECH_CODES, rng.choice((1, 2)))
        tags = [f"{techs[0]}-topic-{rng.randrange(5)}"]
        listing = Listing(lid, kind, sectors, techs, tags, province=None, text=_text(rng, sectors + techs + tags, 30))
        listing.taste = {"publisher": rng.choice(self.publishers).id, "trl": rng.randint(2, 9)}
        listing.shown = {"sectors": sectors if rng.random() < 0.85 else [], "techs": techs if rng.random() < 0.85 else [],
                         "tags": tags if rng.random() < 0.6 else []}
        return listing

    def _answers(self, need):
        """1-3 offers that truly answer the need, drawn by latent topic overlap."""
        def fit(offer):
            return (2.0 * len(set(need.techs) & set(offer.techs)) + 1.5 * len(set(need.sectors) & set(offer.sectors))
                    + 2.0 * len(set(need.tags) & set(offer.tags)))
        weights = [math.exp(1.5 * fit(o) + self.rng.gauss(0, 0.5)) for o in self.offers]
        return {o.id for o in self.rng.choices(self.offers, weights, k=self.rng.choice((1, 2, 3)))}


def write(session, world):
    """Insert the world (visible profiles, visible portfolio edges only) as verified listings."""
    tech = dict(session.execute(select(StrategicTechnology.code, StrategicTechnology.id)).all())
    sect = dict(session.execute(select(Sector.code, Sector.id)).all())
    prov = dict(session.execute(select(Province.code, Province.id)).all())
    names = sorted({t for listing in world.startups + world.offers + world.needs for t in listing.tags})
    session.execute(insert(Tag.__table__), [{"id": i + 1, "name": n, "folded": fold(n)} for i, n in enumerate(names)])
    tag = {n: i + 1 for i, n in enumerate(names)}
    base = {"status": "verified", "is_sample": False, "version": 1}
    orgs, links, details = [], {"t": [], "s": [], "g": []}, {"startup": [], "investor": []}
    for listing in world.startups + world.investors + world.publishers:
        shown = listing.shown
        orgs.append({**base, "id": listing.id, "kind": listing.kind, "slug": f"{listing.kind}-{listing.id}",
                     "name": f"{listing.kind.title()} {listing.id}", "name_folded": f"{listing.kind} {listing.id}",
                     "description": shown.get("text", listing.text), "province_id": prov[listing.province]})
        links["t"] += [{"organisation_id": listing.id, "technology_id": tech[c]} for c in shown.get("techs", listing.techs)]
        links["s"] += [{"organisation_id": listing.id, "sector_id": sect[c]} for c in shown.get("sectors", listing.sectors)]
        links["g"] += [{"organisation_id": listing.id, "tag_id": tag[t]} for t in shown.get("tags", listing.tags)]
        if listing.kind == "startup":
            details["startup"].append({"organisation_id": listing.id, "stage": shown["stage"],
                                       "funding_sought_usd": shown["funding"]})
        elif listing.kind == "investor":
            low, high = shown["ticket"]
            details["investor"].append({"organisation_id": listing.id, "stages": shown["stages"], "regions": shown["regions"],
                                        "ticket_min_usd": low, "ticket_max_usd": high, "investor_type": "vc"})
    session.execute(insert(Organisation.__table__), orgs)
    session.execute(insert(organisation_technologies), links["t"])
    session.execute(insert(organisation_sectors), links["s"])
    session.execute(insert(organisation_tags), links["g"])
    session.execute(insert(StartupDetails.__table__), details["startup"])
    session.execute(insert(InvestorDetails.__table__), details["investor"])
    session.execute(insert(investor_portfolio), [
        {"investor_id": inv, "company_id": s} for inv, held in world.portfolio.items() for s in sorted(held - world.hidden[inv])])
    _write_exchange(session, world, tech, sect, tag, base)
    session.commit()


def _write_exchange(session, world, tech, sect, tag, base):
    for kind, model, listings, tables in (
            ("offer", Offer, world.offers, (offer_technologies, offer_sectors, offer_tags)),
            ("need", Need, world.needs, (need_technologies, need_sectors, need_tags))):
        text_field = "summary" if kind == "offer" else "problem"
        rows = [{**base, "id": x.id, "slug": f"{kind}-{x.id}", "title": f"{kind.title()} {x.id}",
                 "title_folded": f"{kind} {x.id}", text_field: x.text, "organisation_id": x.taste["publisher"],
                 **({"trl": x.taste["trl"]} if kind == "offer" else {})} for x in listings]
        session.execute(insert(model.__table__), rows)
        key = f"{kind}_id"
        session.execute(insert(tables[0]), [{key: x.id, "technology_id": tech[c]} for x in listings for c in x.shown["techs"]])
        session.execute(insert(tables[1]), [{key: x.id, "sector_id": sect[c]} for x in listings for c in x.shown["sectors"]])
        rows = [{key: x.id, "tag_id": tag[t]} for x in listings for t in x.shown["tags"]]
        if rows:
            session.execute(insert(tables[2]), rows)
