"""Load the demo ecosystem of Hanoi through the registry services.

Records are created verified, in dependency order (parents, zones and managers first; investors
after the companies they hold; people last). Nothing here commits: the caller does."""
import random

from ..auth.policy import SYSTEM
from ..errors import DomainError
from ..models import Status, utcnow
from ..registry.organisations import create_organisation
from ..registry.people import add_affiliation, create_person
from . import academia, corporates, hubs, institutions, labs
from .companies import build_companies
from .duplicates import load_duplicates_demo
from .exchange import load_exchange
from .freshness import confirmed_before
from .investors import INVESTORS, investor_spec
from .partnerships import load_partnerships
from .people import Directory, Names, build_experts, build_founders, build_researchers
from .programmes import load_programmes
from .introductions import load_introduction_demo
from .lab_bookings import load_lab_bookings
from .labs_equipment import load_labs_equipment
from .revisions import load_revision_demo
from .startups import SPINOUT_SOURCES, build_startups
from .zone_projects import load_zone_projects

SEED = 57
STARTUPS = 170
RESEARCHERS = 85


class DemoDataError(RuntimeError):
    """A demo record was refused by a service: the data modules need fixing."""


def _lower_first(text):
    """"Giáo dục (Edtech)" -> "giáo dục (Edtech)", but "HR and jobs" stays."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


class _Loader:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.now = utcnow()
        self.orgs = {}
        self.people = 0
        self.affiliations = 0

    def org(self, spec):
        try:
            org = create_organisation(SYSTEM, spec["kind"], spec["data"], status=Status.VERIFIED,
                                      is_sample=spec["is_sample"])
        except DomainError as err:
            detail = getattr(err, "errors", None) or err.message
            raise DemoDataError(f"organisation {spec['data'].get('slug')!r}: {detail}") from err
        org.confirmed_at = confirmed_before(org.slug, self.now)
        self.orgs[org.slug] = {
            "kind": org.kind, "name": org.name, "name_en": org.name_en, "short": org.short_name,
            "sample": org.is_sample, "sectors": [s.code for s in org.sectors],
            "sector_names": [_lower_first(s.name_vi) for s in org.sectors],
            "sector_names_en": [_lower_first(s.name_en) for s in org.sectors],
            "technologies": [t.code for t in org.technologies]}
        return org

    def person(self, data, affiliations):
        try:
            person = create_person(SYSTEM, data, status=Status.VERIFIED, is_sample=True)
            person.confirmed_at = confirmed_before(person.slug, self.now)
            for slug, role, current in affiliations:
                add_affiliation(SYSTEM, person, slug, role=role, is_current=current)
        except DomainError as err:
            detail = getattr(err, "errors", None) or err.message
            raise DemoDataError(f"person {data['full_name']!r}: {detail}") from err
        self.people += 1
        self.affiliations += len(affiliations)

    def portfolio(self, inv, startups, companies):
        """Startups (and, for late-stage investors, companies) that fit the investor's thesis."""
        stages, sectors, techs = set(inv["stages"]), set(inv["sectors"]), set(inv["technologies"])

        def fit(spec):
            data = spec["data"]
            return 2 * len(sectors & set(data["sectors"])) + len(techs & set(data["technologies"]))

        pool = [s for s in startups if s["stage"] in stages and fit(s) >= 2]
        if stages & {"series-b", "growth"}:
            pool += [c for c in companies if fit(c) >= 2 and c["data"]["slug"] != inv["parent"]]
        pool.sort(key=lambda s: (-fit(s), s["data"]["slug"]))
        top = pool[:inv["size"] * 2]
        picked = sorted(self.rng.sample(top, min(inv["size"], len(top))), key=lambda s: (-fit(s), s["data"]["slug"]))
        return [(p["data"]["slug"], p["data"]["short_name"]) for p in picked]

    def run(self):
        for spec in institutions.AGENCIES + institutions.ZONES + corporates.COMPANIES:
            self.org(spec)
        for spec in academia.UNIVERSITIES + academia.CORPORATE_UNIVERSITIES + academia.INSTITUTES:
            self.org(spec)
        for spec in institutions.INNOVATION_CENTRES + institutions.PUBLIC_FUNDS + labs.INSTITUTES + hubs.INCUBATORS:
            self.org(spec)
        companies = build_companies(self.rng)
        for spec in companies:
            self.org(spec)
        incubators = hubs.INCUBATORS + [dict(spec, place="hoa-lac") for spec in institutions.INNOVATION_CENTRES]
        academic = {slug: (o["name"], o["name_en"]) for slug, o in self.orgs.items()
                    if o["kind"] in ("university", "institute")}
        startups = build_startups(self.rng, incubators, academic, STARTUPS)
        for spec in startups:
            self.org(spec)
        for inv in INVESTORS:
            self.org(investor_spec(inv, self.portfolio(inv, startups, companies)))
        directory, names = Directory(self.orgs), Names(self.rng)
        people = (build_researchers(self.rng, directory, names, RESEARCHERS) + build_experts(self.rng, directory, names)
                  + build_founders(self.rng, directory, names, startups, SPINOUT_SOURCES))
        for data, affiliations in people:
            self.person(data, affiliations)
        exchange = load_exchange()
        exchange.update(load_labs_equipment())
        exchange.update(load_lab_bookings(self.now))
        exchange.update(load_programmes(self.now))
        exchange.update(load_partnerships())
        exchange.update(load_zone_projects())
        return {"organisations": len(self.orgs), "people": self.people, "affiliations": self.affiliations,
                **exchange, **load_revision_demo(), **load_introduction_demo(),
                **load_duplicates_demo()}  # last: its totals include the second entries


def load_demo():
    """Create the demo organisations, people and affiliations; returns counts. Flushes, never commits."""
    return _Loader().run()
