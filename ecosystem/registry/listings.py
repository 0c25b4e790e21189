"""Listing pages and their filters: one place that builds the queries for views and the API."""
from dataclasses import dataclass, field

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_
from sqlalchemy.orm import selectinload

from ..auth.policy import visible_status_for
from ..errors import Invalid
from ..exports import EXPORT_LIMIT, organisation_row
from ..extensions import db
from ..models import (
    Affiliation,
    InvestorDetails,
    InvestorType,
    Kind,
    Organisation,
    Person,
    PersonKind,
    Province,
    Sector,
    Stage,
    StartupDetails,
    Status,
    StrategicTechnology,
    Ward,
    ZoneDetails,
)
from ..text import fold

LISTINGS = {
    "startups": ((Kind.STARTUP,), _l("Startups")),
    "companies": ((Kind.COMPANY,), _l("Companies")),
    "universities": (Kind.ACADEMIC, _l("Universities and research institutes")),
    "investors": ((Kind.INVESTOR,), _l("Investors")),
    "agencies": ((Kind.AGENCY,), _l("State agencies")),
    "incubators": ((Kind.INCUBATOR,), _l("Incubators and innovation spaces")),
    "zones": ((Kind.ZONE,), _l("High-tech zones")),
}
LISTING_OF_KIND = {kind: name for name, (kinds, _t) in LISTINGS.items() for kind in kinds}
SORTS = ("name", "newest", "updated")


@dataclass
class Filters:
    """What a visitor narrowed a listing to. Lists combine with OR, filters with AND."""

    kinds: tuple = Kind.ALL
    q: str = ""
    technologies: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    province: str = ""
    ward: str = ""
    stages: list = field(default_factory=list)
    investor_types: list = field(default_factory=list)
    zone: str = ""
    sort: str = "name"

    def active(self):
        return any([self.q, self.technologies, self.sectors, self.province, self.ward, self.stages,
                    self.investor_types, self.zone])


def _choice_list(args, name, allowed):
    values = [v for v in args.getlist(name) if v]
    bad = [v for v in values if v not in allowed]
    if bad:
        raise Invalid(_("Unknown value for '%(name)s': %(value)s.", name=name, value=bad[0][:40]), name)
    return values


def _code_list(args, name, model):
    values = [v[:64] for v in args.getlist(name) if v][:30]
    if values:
        known = set(db.session.scalars(db.select(model.code).where(model.code.in_(values))))
        bad = [v for v in values if v not in known]
        if bad:
            raise Invalid(_("Unknown value for '%(name)s': %(value)s.", name=name, value=bad[0]), name)
    return values


def parse_filters(args, kinds=Kind.ALL):
    """Read filters from a query string; unknown values are Invalid (400), never ignored silently."""
    kind_values = _choice_list(args, "kind", kinds)
    sort = args.get("sort") or "name"
    if sort not in SORTS:
        raise Invalid(_("Sort by one of: %(sorts)s.", sorts=", ".join(SORTS)), "sort")
    province = (_code_list(args, "province", Province) or [""])[0]
    ward = (_code_list(args, "ward", Ward) or [""])[0]
    return Filters(kinds=tuple(kind_values) or tuple(kinds), q=(args.get("q") or "").strip()[:100],
                   technologies=_code_list(args, "tech", StrategicTechnology),
                   sectors=_code_list(args, "sector", Sector), province=province, ward=ward,
                   stages=_choice_list(args, "stage", Stage.ALL),
                   investor_types=_choice_list(args, "investor_type", InvestorType.ALL),
                   zone=(args.get("zone") or "")[:90], sort=sort)


def organisation_query(user, filters):
    """Organisations the user may see, narrowed and sorted."""
    stmt = (db.select(Organisation)
            .where(Organisation.kind.in_(filters.kinds), Organisation.status.in_(visible_status_for(user)))
            .options(selectinload(Organisation.technologies), selectinload(Organisation.province),
                     selectinload(Organisation.ward), selectinload(Organisation.startup),
                     selectinload(Organisation.investor)))
    if filters.q:
        stmt = stmt.where(Organisation.name_folded.contains(fold(filters.q), autoescape=True))
    if filters.technologies:
        stmt = stmt.where(Organisation.technologies.any(StrategicTechnology.code.in_(filters.technologies)))
    if filters.sectors:
        stmt = stmt.where(Organisation.sectors.any(Sector.code.in_(filters.sectors)))
    if filters.province:
        stmt = stmt.where(Organisation.province.has(Province.code == filters.province))
    if filters.ward:
        stmt = stmt.where(Organisation.ward.has(Ward.code == filters.ward))
    if filters.stages:
        stmt = stmt.where(Organisation.startup.has(StartupDetails.stage.in_(filters.stages)))
    if filters.investor_types:
        stmt = stmt.where(Organisation.investor.has(InvestorDetails.investor_type.in_(filters.investor_types)))
    if filters.zone:
        stmt = stmt.where(Organisation.zone.has(Organisation.slug == filters.zone))
    order = {"name": (Organisation.name_folded, Organisation.id),
             "newest": (Organisation.created_at.desc(), Organisation.id.desc()),
             "updated": (Organisation.updated_at.desc(), Organisation.id.desc())}[filters.sort]
    return stmt.order_by(*order)


def organisation_export_rows(user, filters):
    """Export rows (exports.COLUMNS) of a listing page's organisations, every page, up to EXPORT_LIMIT."""
    stmt = (organisation_query(user, filters).limit(EXPORT_LIMIT)
            .options(selectinload(Organisation.sectors), selectinload(Organisation.zone)))
    for org in db.session.scalars(stmt.execution_options(yield_per=500)):
        yield organisation_row(org)


@dataclass
class PeopleFilters:
    q: str = ""
    kinds: list = field(default_factory=list)
    technologies: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    province: str = ""
    organisation: str = ""
    sort: str = "name"

    def active(self):
        return any([self.q, self.kinds, self.technologies, self.sectors, self.province, self.organisation])


def parse_people_filters(args):
    sort = args.get("sort") or "name"
    if sort not in SORTS:
        raise Invalid(_("Sort by one of: %(sorts)s.", sorts=", ".join(SORTS)), "sort")
    return PeopleFilters(q=(args.get("q") or "").strip()[:100], kinds=_choice_list(args, "kind", PersonKind.ALL),
                         technologies=_code_list(args, "tech", StrategicTechnology),
                         sectors=_code_list(args, "sector", Sector),
                         province=(_code_list(args, "province", Province) or [""])[0],
                         organisation=(args.get("organisation") or "")[:90], sort=sort)


def people_query(user, filters):
    stmt = (db.select(Person).where(Person.status.in_(visible_status_for(user)))
            .options(selectinload(Person.technologies),
                     selectinload(Person.affiliations).selectinload(Affiliation.organisation)))
    if filters.q:
        pattern = fold(filters.q)
        stmt = stmt.where(or_(Person.name_folded.contains(pattern, autoescape=True),
                              db.func.lower(Person.expertise).contains(filters.q.lower(), autoescape=True)))
    if filters.kinds:
        stmt = stmt.where(Person.kind.in_(filters.kinds))
    if filters.technologies:
        stmt = stmt.where(Person.technologies.any(StrategicTechnology.code.in_(filters.technologies)))
    if filters.sectors:
        stmt = stmt.where(Person.sectors.any(Sector.code.in_(filters.sectors)))
    if filters.province:
        stmt = stmt.where(Person.province.has(Province.code == filters.province))
    if filters.organisation:
        stmt = stmt.where(Person.affiliations.any(Affiliation.organisation.has(Organisation.slug == filters.organisation)))
    order = {"name": (Person.name_folded, Person.id), "newest": (Person.created_at.desc(), Person.id.desc()),
             "updated": (Person.updated_at.desc(), Person.id.desc())}[filters.sort]
    return stmt.order_by(*order)


def public_related(org):
    """What a detail page shows about an organisation's relations: only public records."""
    def public(items):
        return [o for o in items if o.status == Status.VERIFIED]

    return {
        "tenants": sorted(public(org.tenants), key=lambda o: o.name_folded),
        "children": sorted(public(org.children), key=lambda o: o.name_folded),
        "portfolio": public(org.portfolio),
        "investors": public(org.investors),
        "people": [a for a in org.affiliations if a.person.status == Status.VERIFIED],
        "managed_zones": db.session.scalars(
            db.select(Organisation).join(ZoneDetails, ZoneDetails.organisation_id == Organisation.id)
            .where(ZoneDetails.managed_by_id == org.id, Organisation.status == Status.VERIFIED)).all(),
    }
