"""Listing pages of offers and needs and their filters: one place that builds the queries for views and the API."""
from dataclasses import dataclass, field
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import and_, or_
from sqlalchemy.orm import selectinload

from ..auth.policy import is_curator, manages_publisher
from ..errors import Invalid
from ..extensions import db
from ..models import Engagement, IpStatus, Need, Offer, Organisation, Person, Sector, Status, StrategicTechnology
from ..pagination import parse_positive_int
from ..registry.listings import _choice_list, _code_list
from ..text import fold
from .rules import MAX_BUDGET_VND

OFFER_SORTS = ("newest", "updated", "title", "trl")
NEED_SORTS = ("newest", "updated", "title", "deadline", "budget")
NEED_STATES = ("open", "closed")


@dataclass
class ExchangeFilters:
    """What a visitor narrowed the offers or needs to. Lists combine with OR, filters with AND."""

    q: str = ""
    technologies: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    statuses: list = field(default_factory=list)  # curators only
    organisation: str = ""
    person: str = ""
    sort: str = "newest"
    # offers
    trl_min: int | None = None
    trl_max: int | None = None
    ip_statuses: list = field(default_factory=list)
    engagements: list = field(default_factory=list)
    # needs
    states: list = field(default_factory=list)
    budget_min: int | None = None
    budget_max: int | None = None

    def active(self):
        return any([self.q, self.technologies, self.sectors, self.statuses, self.organisation, self.person,
                    self.trl_min, self.trl_max, self.ip_statuses, self.engagements, self.states,
                    self.budget_min is not None, self.budget_max is not None])


def _number(args, name, low, high):
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 16 or not low <= int(raw) <= high:
        raise Invalid(_("'%(name)s' must be a whole number from %(low)s to %(high)s.", name=name, low=low,
                        high=high), name)
    return int(raw)


def _common(args, user, sorts):
    sort = args.get("sort") or "newest"
    if sort not in sorts:
        raise Invalid(_("Sort by one of: %(sorts)s.", sorts=", ".join(sorts)), "sort")
    statuses = _choice_list(args, "status", Status.ALL)
    if statuses and not is_curator(user):
        raise Invalid(_("Only curators can list listings that are not published."), "status")
    return dict(q=(args.get("q") or "").strip()[:100], technologies=_code_list(args, "tech", StrategicTechnology),
                sectors=_code_list(args, "sector", Sector), statuses=statuses,
                organisation=(args.get("organisation") or "")[:90], person=(args.get("person") or "")[:90],
                sort=sort)


def parse_offer_filters(args, user):
    """Offer filters from a query string; unknown values are Invalid (400), never ignored silently."""
    filters = ExchangeFilters(**_common(args, user, OFFER_SORTS),
                              trl_min=_number(args, "trl_min", 1, 9), trl_max=_number(args, "trl_max", 1, 9),
                              ip_statuses=_choice_list(args, "ip_status", IpStatus.ALL),
                              engagements=_choice_list(args, "engagement", Engagement.ALL))
    if filters.trl_min and filters.trl_max and filters.trl_min > filters.trl_max:
        raise Invalid(_("The lowest readiness level cannot exceed the highest."), "trl_min")
    return filters


def parse_need_filters(args, user):
    """Need filters from a query string; unknown values are Invalid (400), never ignored silently."""
    filters = ExchangeFilters(**_common(args, user, NEED_SORTS), states=_choice_list(args, "state", NEED_STATES),
                              budget_min=_number(args, "budget_min", 0, MAX_BUDGET_VND),
                              budget_max=_number(args, "budget_max", 0, MAX_BUDGET_VND))
    if filters.budget_min is not None and filters.budget_max is not None and filters.budget_min > filters.budget_max:
        raise Invalid(_("The smallest budget cannot exceed the largest."), "budget_min")
    return filters


def _publisher_public(model):
    """SQL: the listing's publisher is itself public."""
    org_public = model.organisation.has(Organisation.status == Status.VERIFIED)
    if model is Need:
        return org_public
    return or_(org_public, model.person.has(Person.status == Status.VERIFIED))


def _visible(model, user, filters):
    """Public listings for everyone; curators see every status (or the ones they filter on)."""
    if is_curator(user):
        return model.status.in_(filters.statuses) if filters.statuses else None
    return and_(model.status == Status.VERIFIED, _publisher_public(model))


def _narrow(stmt, model, filters):
    if filters.q:
        stmt = stmt.where(or_(model.title_folded.contains(fold(filters.q), autoescape=True),
                              db.func.lower(model.summary if model is Offer else model.problem)
                              .contains(filters.q.lower(), autoescape=True)))
    if filters.technologies:
        stmt = stmt.where(model.technologies.any(StrategicTechnology.code.in_(filters.technologies)))
    if filters.sectors:
        stmt = stmt.where(model.sectors.any(Sector.code.in_(filters.sectors)))
    if filters.organisation:
        stmt = stmt.where(model.organisation.has(Organisation.slug == filters.organisation))
    if filters.person and model is Offer:
        stmt = stmt.where(Offer.person.has(Person.slug == filters.person))
    return stmt


def offer_query(user, filters):
    """Offers the user may see, narrowed and sorted."""
    stmt = db.select(Offer).options(selectinload(Offer.technologies), selectinload(Offer.sectors),
                                    selectinload(Offer.organisation), selectinload(Offer.person))
    visible = _visible(Offer, user, filters)
    stmt = _narrow(stmt if visible is None else stmt.where(visible), Offer, filters)
    if filters.trl_min:
        stmt = stmt.where(Offer.trl >= filters.trl_min)
    if filters.trl_max:
        stmt = stmt.where(Offer.trl <= filters.trl_max)
    if filters.ip_statuses:
        stmt = stmt.where(Offer.ip_status.in_(filters.ip_statuses))
    if filters.engagements:
        stmt = stmt.where(Offer.engagement.in_(filters.engagements))
    order = {"newest": (Offer.created_at.desc(), Offer.id.desc()), "updated": (Offer.updated_at.desc(), Offer.id.desc()),
             "title": (Offer.title_folded, Offer.id), "trl": (Offer.trl.desc().nulls_last(), Offer.id.desc())}
    return stmt.order_by(*order[filters.sort])


def need_query(user, filters, today=None):
    """Needs the user may see, narrowed and sorted. A need past its deadline is closed."""
    today = today or date.today()
    stmt = db.select(Need).options(selectinload(Need.technologies), selectinload(Need.sectors),
                                   selectinload(Need.organisation))
    visible = _visible(Need, user, filters)
    stmt = _narrow(stmt if visible is None else stmt.where(visible), Need, filters)
    is_open = or_(Need.deadline.is_(None), Need.deadline >= today)
    if set(filters.states) == {"open"}:
        stmt = stmt.where(is_open)
    elif set(filters.states) == {"closed"}:
        stmt = stmt.where(~is_open)
    if filters.budget_min is not None:  # the need's range reaches at least this far up
        stmt = stmt.where(db.func.coalesce(Need.budget_max_vnd, Need.budget_min_vnd) >= filters.budget_min)
    if filters.budget_max is not None:  # ...and starts no higher than this
        stmt = stmt.where(db.func.coalesce(Need.budget_min_vnd, Need.budget_max_vnd) <= filters.budget_max)
    order = {"newest": (Need.created_at.desc(), Need.id.desc()), "updated": (Need.updated_at.desc(), Need.id.desc()),
             "title": (Need.title_folded, Need.id), "deadline": (Need.deadline.asc().nulls_last(), Need.id),
             "budget": (db.func.coalesce(Need.budget_max_vnd, Need.budget_min_vnd).desc().nulls_last(), Need.id)}
    return stmt.order_by(*order[filters.sort])


def listings_of(user, publisher):
    """(offers, needs) of an organisation or person that this user may see, newest first."""
    managing = is_curator(user) or manages_publisher(user, publisher)
    offers = [o for o in publisher.offers if managing or o.status == Status.VERIFIED]
    needs = [n for n in getattr(publisher, "needs", []) if managing or n.status == Status.VERIFIED]
    key = lambda listing: (listing.created_at, listing.id)  # noqa: E731
    return sorted(offers, key=key, reverse=True), sorted(needs, key=key, reverse=True)


def pending_exchange_listings(limit=50):
    """Offers and needs waiting for a curator, oldest first (for the curators' queue)."""
    limit = parse_positive_int(str(limit), "limit", 50, maximum=1000)
    offers = db.session.scalars(db.select(Offer).where(Offer.status == Status.PENDING)
                                .order_by(Offer.created_at, Offer.id).limit(limit)).all()
    needs = db.session.scalars(db.select(Need).where(Need.status == Status.PENDING)
                               .order_by(Need.created_at, Need.id).limit(limit)).all()
    return sorted(offers + needs, key=lambda listing: (listing.created_at, listing.kind, listing.id))[:limit]


def managed_listings(user):
    """{"offers": [...], "needs": [...]} of every organisation the user is a member of and of their profiles."""
    if not user or not user.is_authenticated:
        return {"offers": [], "needs": []}
    org_ids = select_membership_ids(user)
    offers = db.session.scalars(db.select(Offer).where(or_(
        Offer.organisation_id.in_(org_ids), Offer.person.has(Person.owner_id == user.id)))
        .order_by(Offer.created_at.desc(), Offer.id.desc())).all()
    needs = db.session.scalars(db.select(Need).where(Need.organisation_id.in_(org_ids))
                               .order_by(Need.created_at.desc(), Need.id.desc())).all()
    return {"offers": offers, "needs": needs}


def select_membership_ids(user):
    from ..models import Membership
    return db.select(Membership.organisation_id).where(Membership.user_id == user.id)
