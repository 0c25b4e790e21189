"""Zone projects: create, update, record a phase change, verify, reject, archive. They flush, never commit.

A project belongs to a high-tech zone. The zone's managers (members of the zone's listing or of its
management board) and curators manage its projects. A project a curator enters is verified at once
(curators vouch for what they type); one a zone's manager enters waits for a curator, because nobody
verifies their own listing. Phase changes are appended to the project's history, dated today or in the
past, never before the last recorded change and never in the future."""
from datetime import date

from flask_babel import gettext as _

from ...auth.policy import can_edit_project, can_manage_zone_projects, can_verify_project
from ...errors import Conflict, Invalid, NotAllowed
from ...exchange.services import unique_listing_slug
from ...extensions import db
from ...models import AuditEvent, Kind, ProjectStatusChange, Status, StrategicTechnology, ZoneProject, utcnow
from ...registry import lifecycle
from ...registry import schema as s
from ...registry.organisations import find_by_slug
from ...registry.taxonomy import terms_by_codes
from ...text import fold, slugify
from . import messages
from .rules import CREATE_RULES, PHASE_CHANGE_RULES, PROJECT_RULES, PROJECT_SCALARS


def _apply(project, data):
    """Set fields from cleaned input; lookups must not flush the half-built row."""
    with db.session.no_autoflush:
        for name in PROJECT_SCALARS:
            if name in data:
                value = data[name]
                setattr(project, name, "" if value is None and name == "description" else value)
        if "operator" in data:
            project.operator = find_by_slug(data["operator"], "operator")
        if "investors" in data:
            project.investors = [find_by_slug(slug, "investors") for slug in data["investors"]]
        if "technologies" in data:
            project.technologies = terms_by_codes(StrategicTechnology, data["technologies"], "technologies")
        project.name_folded = fold(" ".join(filter(None, [project.name, project.name_en])))[:400]
        if not project.slug:
            project.slug = unique_listing_slug(ZoneProject, slugify(project.name))


def _check_licence_date(cleaned):
    licensed_on = cleaned.get("licensed_on")
    if licensed_on is not None and licensed_on > date.today():
        raise Invalid(_("The licence date cannot be in the future."), "licensed_on")


def _audit(actor, action, project, **details):
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action=action, target_type=project.kind,
                              target_id=project.id, details=details))


def _zone_of(slug):
    """The public zone with this slug (Invalid otherwise)."""
    zone = find_by_slug(slug, "zone", Kind.ZONE)
    if zone is None:
        raise Invalid(_("Choose the zone the project is in."), "zone")
    return zone


def create_project(actor, data, status=None, is_sample=False):
    """A new project in a zone. Verified at once when a curator who does not manage the zone creates it,
    pending otherwise (`status` overrides for the demo loader and imports). Its first history entry is the
    phase it is in, dated on the licence date (or today)."""
    cleaned = s.clean_input(CREATE_RULES, data)
    zone = _zone_of(cleaned.pop("zone"))
    if not can_manage_zone_projects(actor, zone):
        raise NotAllowed(_("Only the zone's managers and curators add projects to it."))
    _check_licence_date(cleaned)
    project = ZoneProject(phase=cleaned.pop("phase") or "licensed", is_sample=is_sample,
                          created_by_id=getattr(actor, "id", None))
    _apply(project, cleaned)
    with db.session.no_autoflush:  # the half-built project joins the session only once it is complete
        project.zone = zone
        if status is None:
            status = Status.VERIFIED if can_verify_project(actor, project) else Status.PENDING
        project.status = status
        if status == Status.VERIFIED:
            project.verified_at = utcnow()
        project.history.append(ProjectStatusChange(phase=project.phase, recorded_by_id=getattr(actor, "id", None),
                                                   changed_on=project.licensed_on or date.today()))
        db.session.add(project)
    db.session.flush()
    _audit(actor, "created", project, status=status)
    db.session.flush()
    return project


def update_project(actor, project, data, expected_version=None):
    """Change a project's fields (not its phase). A stale `expected_version` is a Conflict."""
    if not can_edit_project(actor, project):
        raise NotAllowed(_("You cannot edit this project."))
    if expected_version is not None and int(expected_version) != project.version:
        raise Conflict(_("Someone else saved this listing after you opened it. Review their changes and try again."))
    cleaned = s.clean_input(PROJECT_RULES, data, partial=True)
    _check_licence_date(cleaned)
    _apply(project, cleaned)
    if project.status == Status.REJECTED:
        project.status, project.status_reason = Status.PENDING, None
    project.updated_at = utcnow()
    _audit(actor, "updated", project, fields=sorted(cleaned))
    db.session.flush()
    return project


def _check_phase_change(project, phase, changed_on, today):
    if phase is None:
        raise Invalid(_("Choose the project's new phase."), "phase")
    if phase == project.phase:
        raise Invalid(_("The project is already in this phase."), "phase")
    if changed_on > today:
        raise Invalid(_("A phase change cannot be dated in the future."), "changed_on")
    last = project.history[-1].changed_on if project.history else None
    if last is not None and changed_on < last:
        raise Invalid(_("The last change was recorded on %(date)s; a new one cannot be dated earlier.",
                        date=last.isoformat()), "changed_on")


def change_phase(actor, project, data, today=None):
    """Move the project to another phase: appends a dated entry (with a note and who recorded it) to its
    history, which is never rewritten."""
    if not can_edit_project(actor, project):
        raise NotAllowed(_("You cannot change this project's phase."))
    today = today or date.today()
    cleaned = s.clean_input(PHASE_CHANGE_RULES, data)
    changed_on = cleaned["changed_on"] or today
    _check_phase_change(project, cleaned["phase"], changed_on, today)
    entry = ProjectStatusChange(phase=cleaned["phase"], changed_on=changed_on, note=cleaned["note"],
                                recorded_by_id=getattr(actor, "id", None))
    project.history.append(entry)
    previous, project.phase, project.updated_at = project.phase, cleaned["phase"], utcnow()
    _audit(actor, "phase-changed", project, previous=previous, phase=project.phase, on=changed_on.isoformat())
    db.session.flush()
    return entry


def verify_project(actor, project):
    """A curator makes a project public (never one of a zone they manage; the zone must be public)."""
    return lifecycle.verify_listing(
        actor, project, can_verify_project(actor, project),
        refusal=_("You cannot verify this listing (curators only, never their own)."),
        already=_("This listing is already verified."),
        blockers=[(lambda: project.zone.status != Status.VERIFIED,
                   _("Verify the zone first: a project of an unpublished zone cannot be public."))],
        notify=lambda: messages.NOTICES.verified(project))


def reject_project(actor, project, reason):
    """A curator returns a project to the zone's managers with a reason."""
    return lifecycle.reject_listing(
        actor, project, reason, can_verify_project(actor, project),
        refusal=_("You cannot reject this listing (curators only, never their own)."),
        notify=lambda cleaned: messages.NOTICES.rejected(project, cleaned))


def archive_project(actor, project):
    """Take a project off every public page and out of the zone's figures (managers or curators)."""
    return lifecycle.archive_listing(actor, project, can_edit_project(actor, project),
                                     refusal=_("You cannot archive this listing."),
                                     already=_("This listing is already archived."))
