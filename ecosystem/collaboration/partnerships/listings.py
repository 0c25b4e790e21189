"""The partnerships listing and its filters: one place that builds the queries for the page and the API."""
from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlalchemy import and_, or_
from sqlalchemy.orm import selectinload

from ...auth.policy import can_view_partnership, is_curator
from ...errors import Invalid
from ...extensions import db
from ...models import (
    Membership,
    Organisation,
    Partnership,
    PartnershipKind,
    PartnershipPartner,
    PartnershipPhase,
    PartnerRole,
    Status,
    StrategicTechnology,
)
from ...pagination import parse_positive_int
from ...registry.listings import _choice_list, _code_list
from ...text import fold

COMPOSITIONS = ("complete", "missing-state", "missing-school", "missing-investor")
SORTS = ("newest", "updated", "title", "funding")


@dataclass
class PartnershipFilters:
    """What a visitor narrowed the partnerships to. Lists combine with OR, filters with AND."""

    q: str = ""
    compositions: list = field(default_factory=list)
    technologies: list = field(default_factory=list)
    kinds: list = field(default_factory=list)
    phases: list = field(default_factory=list)
    zone: str = ""
    organisation: str = ""
    statuses: list = field(default_factory=list)  # curators only
    sort: str = "newest"

    def active(self):
        """True when any filter narrows the list."""
        return any([self.q, self.compositions, self.technologies, self.kinds, self.phases, self.zone,
                    self.organisation, self.statuses])


def parse_partnership_filters(args, user):
    """Filters from a query string; unknown values are Invalid (400), never ignored silently."""
    sort = args.get("sort") or "newest"
    if sort not in SORTS:
        raise Invalid(_("Sort by one of: %(sorts)s.", sorts=", ".join(SORTS)), "sort")
    statuses = _choice_list(args, "status", Status.ALL)
    if statuses and not is_curator(user):
        raise Invalid(_("Only curators can list partnerships that are not published."), "status")
    return PartnershipFilters(
        q=(args.get("q") or "").strip()[:100], compositions=_choice_list(args, "composition", COMPOSITIONS),
        technologies=_code_list(args, "tech", StrategicTechnology),
        kinds=_choice_list(args, "kind", PartnershipKind.ALL), phases=_choice_list(args, "phase", PartnershipPhase.ALL),
        zone=(args.get("zone") or "")[:90], organisation=(args.get("organisation") or "")[:90], statuses=statuses,
        sort=sort)


def _has_role(role):
    return Partnership.partners.any(PartnershipPartner.role == role)


def composition_clause(composition):
    """SQL: the partnership has this composition ("complete" or "missing-<role>")."""
    if composition == "complete":
        return and_(*(_has_role(role) for role in PartnerRole.ALL))
    return ~_has_role(composition.removeprefix("missing-"))


def _visible(user, filters):
    if is_curator(user):
        return Partnership.status.in_(filters.statuses) if filters.statuses else None
    return Partnership.status == Status.VERIFIED


def _narrowed(user, filters, with_composition=True):
    stmt = db.select(Partnership)
    visible = _visible(user, filters)
    if visible is not None:
        stmt = stmt.where(visible)
    if filters.q:
        stmt = stmt.where(or_(Partnership.title_folded.contains(fold(filters.q), autoescape=True),
                              db.func.lower(Partnership.goals).contains(filters.q.lower(), autoescape=True)))
    if filters.technologies:
        stmt = stmt.where(Partnership.technologies.any(StrategicTechnology.code.in_(filters.technologies)))
    if filters.kinds:
        stmt = stmt.where(Partnership.partnership_kind.in_(filters.kinds))
    if filters.phases:
        stmt = stmt.where(Partnership.phase.in_(filters.phases))
    if filters.zone:
        stmt = stmt.where(Partnership.zone.has(Organisation.slug == filters.zone))
    if filters.organisation:
        stmt = stmt.where(Partnership.partners.any(
            PartnershipPartner.organisation.has(Organisation.slug == filters.organisation)))
    if with_composition and filters.compositions:
        stmt = stmt.where(or_(*(composition_clause(c) for c in filters.compositions)))
    return stmt


def partnership_query(user, filters):
    """Partnerships the user may see, narrowed and sorted."""
    stmt = _narrowed(user, filters).options(
        selectinload(Partnership.partners).selectinload(PartnershipPartner.organisation),
        selectinload(Partnership.technologies), selectinload(Partnership.zone))
    order = {"newest": (Partnership.created_at.desc(), Partnership.id.desc()),
             "updated": (Partnership.updated_at.desc(), Partnership.id.desc()),
             "title": (Partnership.title_folded, Partnership.id),
             "funding": (Partnership.funding_vnd.desc().nulls_last(), Partnership.id)}
    return stmt.order_by(*order[filters.sort])


def composition_counts(user, filters):
    """{composition: how many partnerships match the other filters and have it} (for the facet)."""
    base = _narrowed(user, filters, with_composition=False).with_only_columns(Partnership.id).order_by(None)
    counts = {}
    for composition in COMPOSITIONS:
        stmt = db.select(db.func.count()).select_from(base.where(composition_clause(composition)).subquery())
        counts[composition] = db.session.scalar(stmt)
    return counts


def partnerships_of(user, organisation):
    """[(partnership, [roles of this organisation])] the user may see, newest first."""
    partners = db.session.scalars(
        db.select(PartnershipPartner).where(PartnershipPartner.organisation_id == organisation.id)
        .options(selectinload(PartnershipPartner.partnership))).all()
    roles = {}
    for partner in partners:
        roles.setdefault(partner.partnership, []).append(partner.role)
    shown = [(p, sorted(r, key=PartnerRole.ALL.index)) for p, r in roles.items()
             if p.status != Status.ARCHIVED and can_view_partnership(user, p)]
    return sorted(shown, key=lambda item: (item[0].created_at, item[0].id), reverse=True)


def pending_partnerships(limit=50):
    """Partnerships waiting for a curator, oldest first (for the curators' queue)."""
    limit = parse_positive_int(str(limit), "limit", 50, maximum=1000)
    return db.session.scalars(db.select(Partnership).where(Partnership.status == Status.PENDING)
                              .order_by(Partnership.created_at, Partnership.id).limit(limit)).all()


def managed_partnerships(user):
    """Partnerships in which the user manages a partner organisation, newest first."""
    if not user or not user.is_authenticated:
        return []
    managed = db.select(Membership.organisation_id).where(Membership.user_id == user.id)
    return db.session.scalars(db.select(Partnership).where(Partnership.partners.any(
        PartnershipPartner.organisation_id.in_(managed))).order_by(Partnership.created_at.desc(),
                                                                    Partnership.id.desc())).all()
