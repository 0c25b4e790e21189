"""Finding programmes and applications: the listing's filters and queries, lookups of one record, the
applications of a programme and of a user. One place for the views, the API and the panels."""
from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlalchemy import String, and_, cast, or_
from sqlalchemy.orm import selectinload

from ...auth.policy import can_view_application, can_view_programme, is_curator
from ...errors import Invalid, NotFound
from ...extensions import db
from ...models import (
    ApplicationStatus,
    Membership,
    Organisation,
    Person,
    Programme,
    ProgrammeApplication,
    ProgrammeCall,
    ProgrammeKind,
    Status,
    StrategicTechnology,
)
from ...registry.listings import _choice_list, _code_list
from ...text import fold
from .rules import ELIGIBLE_KINDS, RESEARCHER, as_utc
from .states import STATE_FILTERS, state_condition

SORTS = ("deadline", "newest", "title")
MAX_ID = 2 ** 31 - 1  # ids beyond a 32-bit integer are not found (PostgreSQL would refuse the query)
MINE = "mine"  # the `eligible` filter's value for "the kinds of the organisations I manage"


@dataclass
class ProgrammeFilters:
    """What a visitor narrowed the programmes to. Lists combine with OR, filters with AND."""

    q: str = ""
    states: list = field(default_factory=list)
    kinds: list = field(default_factory=list)
    technologies: list = field(default_factory=list)
    agency: str = ""
    eligible: list = field(default_factory=list)
    statuses: list = field(default_factory=list)  # curators only
    sort: str = "deadline"

    def active(self):
        return any([self.q, self.states, self.kinds, self.technologies, self.agency, self.eligible, self.statuses])


def parse_programme_filters(args, user):
    """Filters from a query string; unknown values are Invalid (400), never ignored silently."""
    sort = args.get("sort") or "deadline"
    if sort not in SORTS:
        raise Invalid(_("Sort by one of: %(sorts)s.", sorts=", ".join(SORTS)), "sort")
    statuses = _choice_list(args, "status", Status.ALL)
    if statuses and not is_curator(user):
        raise Invalid(_("Only curators can list listings that are not published."), "status")
    eligible = _choice_list(args, "eligible", (*ELIGIBLE_KINDS, MINE))
    if MINE in eligible:
        eligible = [kind for kind in eligible if kind != MINE] + _my_kinds(user)
    return ProgrammeFilters(q=(args.get("q") or "").strip()[:100], states=_choice_list(args, "state", STATE_FILTERS),
                            kinds=_choice_list(args, "kind", ProgrammeKind.ALL),
                            technologies=_code_list(args, "tech", StrategicTechnology),
                            agency=(args.get("agency") or "")[:90], eligible=eligible, statuses=statuses, sort=sort)


def _my_kinds(user):
    """The kinds of the organisations the user manages, and "researcher" when they own a profile."""
    if not user or not user.is_authenticated:
        return []
    kinds = set(db.session.scalars(db.select(Organisation.kind).join(Membership)
                                   .where(Membership.user_id == user.id)))
    if db.session.scalar(db.select(Person.id).where(Person.owner_id == user.id).limit(1)) is not None:
        kinds.add(RESEARCHER)
    return sorted(kinds) or ["-"]  # "-" matches no programme that restricts kinds


def _eligible_for(kinds):
    """SQL: the programme accepts one of these kinds (an empty list accepts any organisation)."""
    text = cast(Programme.eligible_kinds, String)
    accepts = [text.contains(f'"{kind}"') for kind in kinds]
    if RESEARCHER not in kinds:
        accepts.append(text == "[]")
    return or_(*accepts)


def programme_query(user, filters, now):
    """Programmes the user may see, narrowed and sorted (deadline: the open call closing first comes first)."""
    stmt = db.select(Programme).options(selectinload(Programme.calls), selectinload(Programme.agency),
                                        selectinload(Programme.technologies))
    if is_curator(user):
        if filters.statuses:
            stmt = stmt.where(Programme.status.in_(filters.statuses))
    else:
        stmt = stmt.where(Programme.status == Status.VERIFIED,
                          Programme.agency.has(Organisation.status == Status.VERIFIED))
    if filters.q:
        stmt = stmt.where(or_(Programme.title_folded.contains(fold(filters.q), autoescape=True),
                              db.func.lower(Programme.summary).contains(filters.q.lower(), autoescape=True)))
    if filters.states:
        stmt = stmt.where(or_(*[state_condition(Programme, state, now) for state in filters.states]))
    if filters.kinds:
        stmt = stmt.where(Programme.programme_kind.in_(filters.kinds))
    if filters.technologies:
        stmt = stmt.where(Programme.technologies.any(StrategicTechnology.code.in_(filters.technologies)))
    if filters.agency:
        stmt = stmt.where(Programme.agency.has(Organisation.slug == filters.agency))
    if filters.eligible:
        stmt = stmt.where(_eligible_for(filters.eligible))
    next_close = (db.select(db.func.min(ProgrammeCall.closes_at))
                  .where(ProgrammeCall.programme_id == Programme.id, ProgrammeCall.closes_at > now,
                         ProgrammeCall.opens_at <= now).scalar_subquery())
    order = {"deadline": (next_close.asc().nulls_last(), Programme.created_at.desc(), Programme.id.desc()),
             "newest": (Programme.created_at.desc(), Programme.id.desc()), "title": (Programme.title_folded,
                                                                                   Programme.id)}
    return stmt.order_by(*order[filters.sort])


def _plausible(record_id):
    return isinstance(record_id, int) and not isinstance(record_id, bool) and 0 < record_id <= MAX_ID


def visible_programme(user, slug):
    """The programme with this slug if the user may see it (hidden and missing look the same)."""
    programme = db.session.scalar(db.select(Programme).filter_by(slug=slug))
    if programme is None or not can_view_programme(user, programme):
        raise NotFound(_("No programme you can see has this address."))
    return programme


def call_of(programme, call_id):
    """One call of this programme; a call of another programme is NotFound."""
    call = db.session.get(ProgrammeCall, call_id) if _plausible(call_id) else None
    if call is None or call.programme_id != programme.id:
        raise NotFound(_("This programme has no such call."))
    return call


def visible_call(user, call_id):
    """A call by id, if the user may see its programme."""
    call = db.session.get(ProgrammeCall, call_id) if _plausible(call_id) else None
    if call is None or not can_view_programme(user, call.programme):
        raise NotFound(_("There is no such call."))
    return call


def visible_application(user, application_id):
    """An application the user may see: the applicant's side, the agency's managers, curators."""
    application = db.session.get(ProgrammeApplication, application_id) if _plausible(application_id) else None
    if application is None or not can_view_application(user, application):
        raise NotFound(_("There is no such application."))
    return application


def applications_query(programme, statuses=(), call_id=None):
    """The programme's applications and interests, newest first, optionally narrowed."""
    stmt = (db.select(ProgrammeApplication).where(ProgrammeApplication.programme_id == programme.id)
            .options(selectinload(ProgrammeApplication.organisation), selectinload(ProgrammeApplication.person),
                     selectinload(ProgrammeApplication.call)))
    if statuses:
        stmt = stmt.where(ProgrammeApplication.status.in_(statuses))
    if call_id == "interest":
        stmt = stmt.where(ProgrammeApplication.call_id.is_(None))
    elif call_id is not None:
        stmt = stmt.where(ProgrammeApplication.call_id == call_id)
    return stmt.order_by(ProgrammeApplication.created_at.desc(), ProgrammeApplication.id.desc())


def parse_application_filters(args, programme):
    """(statuses, call) from a query string: `status` (repeatable) and `call` (an id, or "interest")."""
    statuses = _choice_list(args, "status", ApplicationStatus.ALL)
    raw = (args.get("call") or "").strip()
    if not raw:
        return statuses, None
    if raw == "interest":
        return statuses, raw
    if not raw.isdigit() or len(raw) > 9:
        raise Invalid(_("'call' must be the id of one of the programme's calls, or 'interest'."), "call")
    return statuses, call_of(programme, int(raw)).id


def applicant_side_filter(user):
    """SQL: applications the user made or that an organisation or profile they manage made."""
    org_ids = db.select(Membership.organisation_id).where(Membership.user_id == user.id)
    person_ids = db.select(Person.id).where(Person.owner_id == user.id)
    return or_(ProgrammeApplication.submitted_by_id == user.id, ProgrammeApplication.organisation_id.in_(org_ids),
               ProgrammeApplication.person_id.in_(person_ids))


def my_applications_query(user, programme=None):
    """SQL: the applications and interests of everything the user manages, newest first."""
    stmt = (db.select(ProgrammeApplication).where(applicant_side_filter(user))
            .options(selectinload(ProgrammeApplication.programme), selectinload(ProgrammeApplication.call)))
    if programme is not None:
        stmt = stmt.where(ProgrammeApplication.programme_id == programme.id)
    return stmt.order_by(ProgrammeApplication.created_at.desc(), ProgrammeApplication.id.desc())


def my_applications(user, programme=None):
    """The applications and interests of everything the user manages (none for visitors)."""
    if not user or not user.is_authenticated:
        return []
    return db.session.scalars(my_applications_query(user, programme)).all()


def programmes_of(user, agency):
    """The agency's programmes this user may see, newest first."""
    return [p for p in sorted(agency.programmes, key=lambda p: (as_utc(p.created_at), p.id), reverse=True)
            if can_view_programme(user, p)]


def pending_programmes(limit=50):
    """Programmes waiting for a curator, oldest first."""
    return db.session.scalars(db.select(Programme).where(Programme.status == Status.PENDING)
                              .order_by(Programme.created_at, Programme.id).limit(limit)).all()


def open_application_count(programme):
    """How many applications wait for a decision (submitted or under review)."""
    return db.session.scalar(db.select(db.func.count(ProgrammeApplication.id)).where(
        ProgrammeApplication.programme_id == programme.id,
        and_(ProgrammeApplication.status.in_((ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW)))))
