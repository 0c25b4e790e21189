"""The projects listing and its filters, zones with their projects: one place that builds the queries for the
views, the panels and the API."""
from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlalchemy import and_, or_
from sqlalchemy.orm import selectinload

from ...auth.policy import can_edit_project, is_curator
from ...errors import Invalid
from ...extensions import db
from ...models import Kind, Membership, Organisation, ProjectPhase, Status, StrategicTechnology, ZoneDetails, ZoneProject
from ...pagination import parse_positive_int
from ...registry.listings import _choice_list, _code_list
from ...text import fold

PROJECT_SORTS = ("name", "capital", "licensed", "updated")


@dataclass
class ProjectFilters:
    """What a visitor narrowed the projects to. Lists combine with OR, filters with AND."""

    q: str = ""
    zone: str = ""
    investor: str = ""
    phases: list = field(default_factory=list)
    technologies: list = field(default_factory=list)
    statuses: list = field(default_factory=list)  # curators only
    sort: str = "name"

    def active(self):
        """True when any filter narrows the list."""
        return any([self.q, self.zone, self.investor, self.phases, self.technologies, self.statuses])


def parse_project_filters(args, user):
    """Project filters from a query string; unknown values are Invalid (400), never ignored silently."""
    sort = args.get("sort") or "name"
    if sort not in PROJECT_SORTS:
        raise Invalid(_("Sort by one of: %(sorts)s.", sorts=", ".join(PROJECT_SORTS)), "sort")
    statuses = _choice_list(args, "status", Status.ALL)
    if statuses and not is_curator(user):
        raise Invalid(_("Only curators can list listings that are not published."), "status")
    return ProjectFilters(q=(args.get("q") or "").strip()[:100], zone=(args.get("zone") or "")[:90],
                          investor=(args.get("investor") or "")[:90],
                          phases=_choice_list(args, "phase", ProjectPhase.ALL),
                          technologies=_code_list(args, "tech", StrategicTechnology), statuses=statuses, sort=sort)


def _public_projects():
    """SQL: verified projects of public zones."""
    return and_(ZoneProject.status == Status.VERIFIED, ZoneProject.zone.has(Organisation.status == Status.VERIFIED))


def project_query(user, filters):
    """Projects the user may see, narrowed and sorted. Curators see every status (or those they filter on)."""
    stmt = db.select(ZoneProject).options(selectinload(ZoneProject.zone), selectinload(ZoneProject.investors),
                                          selectinload(ZoneProject.technologies))
    if not is_curator(user):
        stmt = stmt.where(_public_projects())
    elif filters.statuses:
        stmt = stmt.where(ZoneProject.status.in_(filters.statuses))
    if filters.q:
        folded = fold(filters.q)
        stmt = stmt.where(or_(ZoneProject.name_folded.contains(folded, autoescape=True),
                                 db.func.lower(ZoneProject.other_investors).contains(filters.q.lower(),
                                                                                     autoescape=True),
                                 ZoneProject.investors.any(Organisation.name_folded.contains(folded,
                                                                                             autoescape=True))))
    if filters.zone:
        stmt = stmt.where(ZoneProject.zone.has(Organisation.slug == filters.zone))
    if filters.investor:
        stmt = stmt.where(ZoneProject.investors.any(Organisation.slug == filters.investor))
    if filters.phases:
        stmt = stmt.where(ZoneProject.phase.in_(filters.phases))
    if filters.technologies:
        stmt = stmt.where(ZoneProject.technologies.any(StrategicTechnology.code.in_(filters.technologies)))
    order = {"name": (ZoneProject.name_folded, ZoneProject.id),
             "capital": (ZoneProject.capital_bn_vnd.desc().nulls_last(), ZoneProject.id),
             "licensed": (ZoneProject.licensed_on.desc().nulls_last(), ZoneProject.id),
             "updated": (ZoneProject.updated_at.desc(), ZoneProject.id.desc())}
    return stmt.order_by(*order[filters.sort])


def projects_of_zone(user, zone):
    """The zone's projects this user may see (managers and curators also see pending ones), largest first."""
    projects = [p for p in zone.zone_projects if p.status == Status.VERIFIED or can_edit_project(user, p)]
    return sorted(projects, key=lambda p: (-(p.capital_bn_vnd or 0), p.name_folded))


def public_zones_query():
    """Public high-tech zones, by name."""
    return (db.select(Organisation).where(Organisation.kind == Kind.ZONE, Organisation.status == Status.VERIFIED)
            .options(selectinload(Organisation.zone_details)).order_by(Organisation.name_folded, Organisation.id))


def pending_projects(limit=50):
    """Projects waiting for a curator, oldest first (for the curators' queue)."""
    limit = parse_positive_int(str(limit), "limit", 50, maximum=1000)
    return db.session.scalars(db.select(ZoneProject).where(ZoneProject.status == Status.PENDING)
                              .options(selectinload(ZoneProject.zone))
                              .order_by(ZoneProject.created_at, ZoneProject.id).limit(limit)).all()


def managed_zones(user):
    """The zones the user manages (a member of the zone's listing or of its managing board), by name."""
    if not user or not user.is_authenticated:
        return []
    member_of = db.select(Membership.organisation_id).where(Membership.user_id == user.id)
    return db.session.scalars(db.select(Organisation).where(
        Organisation.kind == Kind.ZONE, or_(Organisation.id.in_(member_of),
                                            Organisation.zone_details.has(ZoneDetails.managed_by_id.in_(member_of))))
        .order_by(Organisation.name_folded)).all()
