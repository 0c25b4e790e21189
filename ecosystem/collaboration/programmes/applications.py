"""Applications and expressions of interest: apply, withdraw, review. They flush, never commit.

An organisation applies when its kind is among the programme's `eligible_kinds` (empty: any organisation); a
researcher applies with their own profile when the programme lists "researcher". One interest per programme
and one application per call for each applicant, unless the earlier one was withdrawn. A call takes
applications only while it is open: after `closes_at` the service refuses, whatever the page showed."""
from flask_babel import gettext as _

from ...auth.policy import can_apply, can_review_applications, can_withdraw_application, manages_party
from ...errors import Conflict, Invalid, NotAllowed
from ...extensions import db
from ...models import ApplicationStatus, Organisation, Person, ProgrammeApplication, Status, utcnow
from ...registry import schema as s
from . import messages, rules
from .presenters import hanoi
from .rules import APPLICATION_RULES, RESEARCHER
from .services import audit, check_version
from .states import CLOSED, UPCOMING, call_state, takes_interest

OPEN_STATUSES = (ApplicationStatus.INTERESTED, ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW)
DECISIONS = {  # decision -> the statuses it may follow
    ApplicationStatus.UNDER_REVIEW: (ApplicationStatus.SUBMITTED,),
    ApplicationStatus.ACCEPTED: (ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW),
    ApplicationStatus.REJECTED: (ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW),
}
NOTICES = {ApplicationStatus.UNDER_REVIEW: messages.UNDER_REVIEW, ApplicationStatus.ACCEPTED: messages.ACCEPTED,
           ApplicationStatus.REJECTED: messages.REJECTED}


def eligibility_problem(programme, applicant):
    """Why this applicant may not apply (a sentence), or None when it may."""
    kinds = programme.eligible_kinds or []
    if isinstance(applicant, Person):
        if RESEARCHER not in kinds:
            return _("This programme is for organisations; researchers cannot apply with a personal profile.")
        return None
    if kinds and applicant.kind not in kinds:
        return _("This programme is not open to this kind of organisation.")
    return None


def _check_applicant(actor, programme, applicant):
    if not isinstance(applicant, (Organisation, Person)):
        raise Invalid(_("Name who applies: an organisation you manage or your researcher profile."), "applicant")
    if not can_apply(actor, applicant, programme):
        raise NotAllowed(_("You can apply only for an organisation you manage or your own profile."))
    if applicant.status != Status.VERIFIED:
        raise Invalid(_("Only verified listings can apply; wait until yours is verified."), "applicant")
    problem = eligibility_problem(programme, applicant)
    if problem:
        raise Invalid(problem, "applicant")


def _check_call(programme, call, now):
    if call.programme_id != programme.id:
        raise Invalid(_("This call belongs to another programme."), "call")
    state = call_state(call, now)
    if state == UPCOMING:
        raise Conflict(_("This call opens on %(when)s; apply from then on.", when=hanoi(call.opens_at)))
    if state == CLOSED:
        raise Conflict(_("This call closed on %(when)s; it no longer takes applications.",
                         when=hanoi(call.closes_at)))


def _existing(programme, applicant, call):
    column = ProgrammeApplication.person_id if isinstance(applicant, Person) else ProgrammeApplication.organisation_id
    statement = db.select(ProgrammeApplication.id).where(
        ProgrammeApplication.programme_id == programme.id, column == applicant.id,
        ProgrammeApplication.status != ApplicationStatus.WITHDRAWN)
    if call is None:
        statement = statement.where(ProgrammeApplication.call_id.is_(None))
    else:
        statement = statement.where(ProgrammeApplication.call_id == call.id)
    return db.session.scalar(statement.limit(1))


def apply(actor, programme, applicant, call=None, data=None, now=None):
    """Apply to an open call of the programme, or (no call) express interest in the programme."""
    now = now or rules.current_time()
    _check_applicant(actor, programme, applicant)
    cleaned = s.clean_input(APPLICATION_RULES, data or {})
    if call is None:
        if not takes_interest(programme, now):
            raise Conflict(_("Every call of this programme has closed; it no longer takes expressions of interest."))
        cleaned["requested_vnd"] = None
    else:
        _check_call(programme, call, now)
        requested = cleaned.get("requested_vnd")
        if requested is not None and programme.max_award_vnd is not None and requested > programme.max_award_vnd:
            raise Invalid(_("Ask for at most the programme's largest award."), "requested_vnd")
    if _existing(programme, applicant, call) is not None:
        raise Conflict(_("This applicant already applied to this call.") if call is not None
                       else _("This applicant already expressed interest in this programme."))
    application = ProgrammeApplication(
        programme=programme, call=call, submitted_by_id=getattr(actor, "id", None),
        status=ApplicationStatus.SUBMITTED if call is not None else ApplicationStatus.INTERESTED,
        message=cleaned.get("message") or "", requested_vnd=cleaned.get("requested_vnd"))
    if isinstance(applicant, Person):
        application.person = applicant
    else:
        application.organisation = applicant
    db.session.add(application)
    db.session.flush()
    audit(actor, "applied", "programme-application", application.id, status=application.status)
    db.session.flush()
    messages.tell_agency_of_application(application)
    return application


def withdraw(actor, application, expected_version=None):
    """The applicant's side withdraws an application or interest that is not decided yet."""
    if not can_withdraw_application(actor, application):
        raise NotAllowed(_("You cannot withdraw this application."))
    check_version(application, expected_version, _("This application changed meanwhile. Reload and try again."))
    if application.status not in OPEN_STATUSES:
        raise Conflict(_("A decided or withdrawn application cannot be withdrawn."))
    application.status = ApplicationStatus.WITHDRAWN
    audit(actor, "withdrawn", "programme-application", application.id)
    db.session.flush()
    return application


def review(actor, application, decision, note=None, expected_version=None):
    """The agency moves an application under review, accepts or rejects it; the applicant is told."""
    if not can_review_applications(actor, application.programme):
        raise NotAllowed(_("Only the agency's managers and curators decide on applications."))
    if manages_party(actor, application.organisation or application.person):
        raise NotAllowed(_("You cannot decide on an application of your own."))
    if decision not in DECISIONS:
        raise Invalid(_("Decide one of: %(values)s.", values=", ".join(DECISIONS)), "decision")
    check_version(application, expected_version, _("This application changed meanwhile. Reload and try again."))
    if application.status not in DECISIONS[decision]:
        raise Conflict(_("An application that is %(status)s cannot move to %(decision)s.",
                         status=application.status, decision=decision))
    note = s.clean_input(rules.REVIEW_RULES, {"note": note})["note"] or None
    application.status = decision
    if note:
        application.decision_note = note
    if decision != ApplicationStatus.UNDER_REVIEW:
        application.decided_by_id, application.decided_at = getattr(actor, "id", None), utcnow()
    audit(actor, decision, "programme-application", application.id)
    db.session.flush()
    messages.tell_applicant(application, NOTICES[decision])
    return application

