"""Listing pages of labs and equipment and their filters: one place that builds the queries for views and the API."""
from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlalchemy import and_, or_
from sqlalchemy.orm import selectinload

from ..auth.policy import can_view_lab, is_curator
from ..errors import Invalid
from ..exchange.listings import _number
from ..extensions import db
from ..models import (
    Equipment,
    EquipmentCategory,
    Lab,
    Membership,
    Organisation,
    Province,
    Sector,
    Status,
    StrategicTechnology,
)
from ..pagination import parse_positive_int
from ..registry.listings import _choice_list, _code_list
from ..text import fold
from .rules import MAX_FEE_VND

LAB_SORTS = ("name", "newest", "capacity")
EQUIPMENT_SORTS = ("name", "newest", "fee", "value")
YES_NO = ("yes", "no")


@dataclass
class LabFilters:
    """What a visitor narrowed the labs to. Lists combine with OR, filters with AND."""

    q: str = ""
    technologies: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    categories: list = field(default_factory=list)  # labs with an instrument of one of these categories
    statuses: list = field(default_factory=list)  # curators only
    host: str = ""
    zone: str = ""
    province: str = ""
    accredited: str = ""  # "yes", "no" or "" (either)
    free_for_startups: bool = False
    sort: str = "name"

    def active(self):
        return any([self.q, self.technologies, self.sectors, self.categories, self.statuses, self.host, self.zone,
                    self.province, self.accredited, self.free_for_startups])


@dataclass
class EquipmentFilters:
    """What a visitor narrowed the equipment to."""

    q: str = ""
    categories: list = field(default_factory=list)
    maker: str = ""
    bookable: str = ""  # "yes", "no" or ""
    lab: str = ""
    zone: str = ""
    fee_min: int | None = None
    fee_max: int | None = None
    sort: str = "name"

    def active(self):
        return any([self.q, self.categories, self.maker, self.bookable, self.lab, self.zone,
                    self.fee_min is not None, self.fee_max is not None])


def _sort(args, sorts):
    sort = args.get("sort") or sorts[0]
    if sort not in sorts:
        raise Invalid(_("Sort by one of: %(sorts)s.", sorts=", ".join(sorts)), "sort")
    return sort


def _one_of(args, name, allowed):
    return (_choice_list(args, name, allowed) or [""])[0]


def parse_lab_filters(args, user):
    """Lab filters from a query string; unknown values are Invalid (400), never ignored silently."""
    statuses = _choice_list(args, "status", Status.ALL)
    if statuses and not is_curator(user):
        raise Invalid(_("Only curators can list labs that are not published."), "status")
    return LabFilters(q=(args.get("q") or "").strip()[:100], technologies=_code_list(args, "tech", StrategicTechnology),
                      sectors=_code_list(args, "sector", Sector),
                      categories=_choice_list(args, "category", EquipmentCategory.ALL), statuses=statuses,
                      host=(args.get("host") or "")[:90], zone=(args.get("zone") or "")[:90],
                      province=(_code_list(args, "province", Province) or [""])[0],
                      accredited=_one_of(args, "accredited", YES_NO),
                      free_for_startups=_one_of(args, "free", YES_NO) == "yes", sort=_sort(args, LAB_SORTS))


def parse_equipment_filters(args):
    """Equipment filters from a query string; unknown values are Invalid (400)."""
    filters = EquipmentFilters(q=(args.get("q") or "").strip()[:100],
                               categories=_choice_list(args, "category", EquipmentCategory.ALL),
                               maker=(args.get("maker") or "").strip()[:120],
                               bookable=_one_of(args, "bookable", YES_NO), lab=(args.get("lab") or "")[:90],
                               zone=(args.get("zone") or "")[:90],
                               fee_min=_number(args, "fee_min", 0, MAX_FEE_VND),
                               fee_max=_number(args, "fee_max", 0, MAX_FEE_VND), sort=_sort(args, EQUIPMENT_SORTS))
    if filters.fee_min is not None and filters.fee_max is not None and filters.fee_min > filters.fee_max:
        raise Invalid(_("The lowest fee cannot exceed the highest."), "fee_min")
    return filters


def lab_is_public():
    """SQL: the lab is verified and so is its host."""
    return and_(Lab.status == Status.VERIFIED, Lab.organisation.has(Organisation.status == Status.VERIFIED))


def _narrow_labs(stmt, filters):
    if filters.q:
        stmt = stmt.where(Lab.name_folded.contains(fold(filters.q), autoescape=True))
    if filters.technologies:
        stmt = stmt.where(Lab.technologies.any(StrategicTechnology.code.in_(filters.technologies)))
    if filters.sectors:
        stmt = stmt.where(Lab.sectors.any(Sector.code.in_(filters.sectors)))
    if filters.categories:
        stmt = stmt.where(Lab.equipment.any(Equipment.category.in_(filters.categories)))
    if filters.host:
        stmt = stmt.where(Lab.organisation.has(Organisation.slug == filters.host))
    if filters.zone:
        stmt = stmt.where(Lab.zone.has(Organisation.slug == filters.zone))
    if filters.province:
        stmt = stmt.where(Lab.organisation.has(Organisation.province.has(Province.code == filters.province)))
    if filters.accredited:
        accredited = and_(Lab.accreditation.is_not(None), Lab.accreditation != "")
        stmt = stmt.where(accredited if filters.accredited == "yes" else ~accredited)
    if filters.free_for_startups:
        stmt = stmt.where(Lab.free_for_startups.is_(True))
    return stmt


def lab_query(user, filters):
    """Labs the user may see, narrowed and sorted. Curators see every status (or the ones they filter on)."""
    stmt = db.select(Lab).options(selectinload(Lab.organisation), selectinload(Lab.zone),
                                  selectinload(Lab.technologies))
    if not is_curator(user):
        stmt = stmt.where(lab_is_public())
    elif filters.statuses:
        stmt = stmt.where(Lab.status.in_(filters.statuses))
    order = {"name": (Lab.name_folded, Lab.id), "newest": (Lab.created_at.desc(), Lab.id.desc()),
             "capacity": (Lab.capacity_hours_per_week.desc().nulls_last(), Lab.id)}
    return _narrow_labs(stmt, filters).order_by(*order[filters.sort])


def equipment_query(user, filters, lab=None):
    """Instruments the user may see (those of public labs; curators: all), narrowed and sorted."""
    stmt = db.select(Equipment).join(Equipment.lab).options(selectinload(Equipment.lab).selectinload(Lab.organisation))
    if lab is not None:
        stmt = stmt.where(Equipment.lab_id == lab.id)  # the caller checked that the user may see this lab
    elif not is_curator(user):
        stmt = stmt.where(lab_is_public())
    if filters.q:
        folded = fold(filters.q)
        stmt = stmt.where(or_(Equipment.name_folded.contains(folded, autoescape=True),
                              Equipment.maker_folded.contains(folded, autoescape=True),
                              Equipment.model_folded.contains(folded, autoescape=True)))
    if filters.categories:
        stmt = stmt.where(Equipment.category.in_(filters.categories))
    if filters.maker:
        stmt = stmt.where(Equipment.maker_folded == fold(filters.maker).strip())
    if filters.bookable:
        stmt = stmt.where(Equipment.bookable.is_(filters.bookable == "yes"))
    if filters.lab:
        stmt = stmt.where(Lab.slug == filters.lab)
    if filters.zone:
        stmt = stmt.where(Lab.zone.has(Organisation.slug == filters.zone))
    if filters.fee_min is not None:
        stmt = stmt.where(Equipment.fee_per_hour_vnd >= filters.fee_min)
    if filters.fee_max is not None:
        stmt = stmt.where(Equipment.fee_per_hour_vnd <= filters.fee_max)
    order = {"name": (Equipment.name_folded, Equipment.id),
             "newest": (Equipment.created_at.desc(), Equipment.id.desc()),
             "fee": (Equipment.fee_per_hour_vnd.asc().nulls_last(), Equipment.id),
             "value": (Equipment.purchase_value_vnd.desc().nulls_last(), Equipment.id)}
    return stmt.order_by(*order[filters.sort])


def labs_of(user, host):
    """The host's labs this user may see: public ones, or all of them for its members and curators."""
    return [lab for lab in host.labs if can_view_lab(user, lab)]


def pending_labs(limit=50):
    """Labs waiting for a curator, oldest first (for the curators' queue)."""
    limit = parse_positive_int(str(limit), "limit", 50, maximum=1000)
    return db.session.scalars(db.select(Lab).where(Lab.status == Status.PENDING)
                              .order_by(Lab.created_at, Lab.id).limit(limit)).all()


def managed_labs(user):
    """Labs the user manages: as the manager account, or as a member of the host organisation."""
    if not user or not user.is_authenticated:
        return []
    member_of = db.select(Membership.organisation_id).where(Membership.user_id == user.id)
    return db.session.scalars(db.select(Lab).where(or_(Lab.manager_user_id == user.id,
                                                       Lab.organisation_id.in_(member_of)))
                              .order_by(Lab.name_folded, Lab.id)).all()
