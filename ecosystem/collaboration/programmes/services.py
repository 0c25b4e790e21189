"""Programmes and their calls: publish, change, verify, reject, archive. They flush, never commit.

Agencies, zone management boards and public funds publish programmes. A programme a curator creates for an
agency they do not manage is published at once (the curator vouches for it); every other programme waits for a
curator, and no curator verifies a programme they created or whose agency they manage. Calls may be recorded
for past rounds too (they simply show as closed)."""
from flask_babel import gettext as _

from ...auth.policy import (
    can_edit_programme,
    can_publish_programme,
    can_verify_programme,
    is_curator,
    membership_of,
    runs_programmes,
)
from ...errors import Conflict, Invalid, NotAllowed
from ...exchange.services import unique_listing_slug
from ...extensions import db
from ...models import AuditEvent, Organisation, Programme, ProgrammeCall, Sector, Status, StrategicTechnology, utcnow
from ...registry import lifecycle
from ...registry import schema as s
from ...registry.taxonomy import terms_by_codes
from ...text import fold, slugify
from . import messages
from .rules import CALL_RULES, PROGRAMME_RULES, PROGRAMME_SCALARS, as_utc


def audit(actor, action, target_type, target_id, **details):
    """Record who did what to a programme, call or application."""
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action=action, target_type=target_type,
                              target_id=target_id, details=details))


def check_version(record, expected_version, message):
    """A stale `expected_version` is a Conflict, never a silent overwrite."""
    if expected_version is None:
        return
    if not str(expected_version).strip().isdigit() or len(str(expected_version)) > 9:
        raise Invalid(_("The version must be a whole number."), "version")
    if int(expected_version) != record.version:
        raise Conflict(message)


def _check_amounts(budget, max_award):
    if budget is not None and max_award is not None and max_award > budget:
        raise Invalid(_("The largest award cannot exceed the programme's budget."), "max_award_vnd")


def _apply(programme, cleaned):
    """Set fields from cleaned input; lookups must not flush the half-built row."""
    with db.session.no_autoflush:
        for name in PROGRAMME_SCALARS:
            if name in cleaned:
                value = cleaned[name]
                if name == "eligible_kinds":
                    value = sorted(value or [])
                setattr(programme, name, "" if value is None and name == "summary" else value)
        if cleaned.get("programme_kind") is None and "programme_kind" in cleaned:
            programme.programme_kind = "funding"
        if "technologies" in cleaned:
            programme.technologies = terms_by_codes(StrategicTechnology, cleaned["technologies"], "technologies")
        if "sectors" in cleaned:
            programme.sectors = terms_by_codes(Sector, cleaned["sectors"], "sectors")
        programme.title_folded = fold(" ".join(filter(None, [programme.title, programme.title_en])))[:400]
        if not programme.slug:
            programme.slug = unique_listing_slug(Programme, slugify(programme.title))


def initial_status(actor, agency):
    """Verified when a curator who does not manage the agency creates it; pending otherwise."""
    return Status.VERIFIED if is_curator(actor) and membership_of(actor, agency) is None else Status.PENDING


def create_programme(actor, agency, data, status=None, is_sample=False):
    """A new programme of an agency the actor manages (curators: any agency that runs programmes)."""
    if not isinstance(agency, Organisation):
        raise Invalid(_("Choose the agency that runs this programme."), "agency")
    if not runs_programmes(agency):
        raise Invalid(_("Only state agencies, zone management boards and public funds publish programmes."),
                      "agency")
    if not can_publish_programme(actor, agency):
        raise NotAllowed(_("You can publish programmes only for verified agencies you manage."))
    cleaned = s.clean_input(PROGRAMME_RULES, data)
    _check_amounts(cleaned.get("budget_vnd"), cleaned.get("max_award_vnd"))
    programme = Programme(status=status or initial_status(actor, agency), is_sample=is_sample,
                          created_by_id=getattr(actor, "id", None), eligible_kinds=[])
    _apply(programme, cleaned)
    programme.agency = agency
    db.session.add(programme)
    if programme.status == Status.VERIFIED:
        programme.verified_at = utcnow()
    db.session.flush()
    audit(actor, "created", "programme", programme.id, status=programme.status)
    db.session.flush()
    return programme


def update_programme(actor, programme, data, expected_version=None):
    """Change the fields sent; a returned (rejected) programme goes back to the curators."""
    if not can_edit_programme(actor, programme):
        raise NotAllowed(_("You cannot edit this programme."))
    check_version(programme, expected_version,
                  _("Someone else saved this programme after you opened it. Review their changes and try again."))
    cleaned = s.clean_input(PROGRAMME_RULES, data, partial=True)
    _check_amounts(cleaned.get("budget_vnd", programme.budget_vnd),
                   cleaned.get("max_award_vnd", programme.max_award_vnd))
    _apply(programme, cleaned)
    if programme.status == Status.REJECTED:
        programme.status, programme.status_reason = Status.PENDING, None
    programme.updated_at = utcnow()
    audit(actor, "updated", "programme", programme.id, fields=sorted(cleaned))
    db.session.flush()
    return programme


def verify_programme(actor, programme):
    """A curator makes a programme public (never their own; the agency must be public)."""
    return lifecycle.verify_listing(
        actor, programme, can_verify_programme(actor, programme),
        refusal=_("You cannot verify this programme (curators only, never their own)."),
        already=_("This programme is already verified."),
        blockers=[(lambda: programme.status == Status.ARCHIVED, _("This programme is archived.")),
                  (lambda: programme.agency.status != Status.VERIFIED,
                   _("Verify the agency first: a programme of an unpublished agency cannot be public."))],
        notify=lambda: messages.tell_agency(programme, messages.PROGRAMME_VERIFIED))


def reject_programme(actor, programme, reason):
    """A curator returns a programme to the agency's managers with a reason."""
    return lifecycle.reject_listing(
        actor, programme, reason, can_verify_programme(actor, programme),
        refusal=_("You cannot reject this programme (curators only, never their own)."),
        notify=lambda cleaned: messages.tell_agency(programme, messages.PROGRAMME_REJECTED, reason=cleaned))


def archive_programme(actor, programme):
    """Withdraw a programme from public view (the agency's managers or curators)."""
    return lifecycle.archive_listing(actor, programme, can_edit_programme(actor, programme),
                                     refusal=_("You cannot archive this programme."),
                                     already=_("This programme is already archived."))


def _check_call_times(opens_at, closes_at, budget, programme):
    if as_utc(opens_at) >= as_utc(closes_at):
        raise Invalid(_("A call must open before it closes."), "closes_at")
    if budget is not None and programme.budget_vnd is not None and budget > programme.budget_vnd:
        raise Invalid(_("A call's budget cannot exceed the programme's budget."), "budget_vnd")


def add_call(actor, programme, data):
    """A new call (round) of the programme, open from `opens_at` until `closes_at`."""
    if not can_edit_programme(actor, programme):
        raise NotAllowed(_("You cannot add calls to this programme."))
    if programme.status == Status.ARCHIVED:
        raise Conflict(_("This programme is archived."))
    cleaned = s.clean_input(CALL_RULES, data)
    _check_call_times(cleaned["opens_at"], cleaned["closes_at"], cleaned.get("budget_vnd"), programme)
    call = ProgrammeCall(programme=programme, **cleaned)
    db.session.add(call)
    db.session.flush()
    audit(actor, "call-added", "programme", programme.id, call=call.id)
    db.session.flush()
    return call


def update_call(actor, call, data, expected_version=None):
    """Change a call; the new times must still open before they close."""
    programme = call.programme
    if not can_edit_programme(actor, programme):
        raise NotAllowed(_("You cannot change this call."))
    check_version(call, expected_version,
                  _("Someone else saved this call after you opened it. Review their changes and try again."))
    cleaned = s.clean_input(CALL_RULES, data, partial=True)
    _check_call_times(cleaned.get("opens_at", call.opens_at), cleaned.get("closes_at", call.closes_at),
                      cleaned.get("budget_vnd", call.budget_vnd), programme)
    for name, value in cleaned.items():
        setattr(call, name, value)
    audit(actor, "call-updated", "programme", programme.id, call=call.id, fields=sorted(cleaned))
    db.session.flush()
    return call
