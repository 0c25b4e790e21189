"""What a curator's decision on a zone project tells the people who manage it, in the app and by email."""
from flask_babel import lazy_gettext as _l

from ...registry import decision_notices as notices

PROJECT_VERIFIED = "zone_project_verified"
PROJECT_REJECTED = "zone_project_rejected"
WORDING = {
    PROJECT_VERIFIED: _l("The project %(name)s is verified and public."),
    PROJECT_REJECTED: _l("A curator returned the project %(name)s for changes."),
}


def register_kinds(app):
    """Teach the notification list how to word the curators' decisions on zone projects."""
    notices.register_wording(app, WORDING)


def project_managers(project):
    """Who manages the project (as `can_edit_project` says, curators aside): the members of the zone's own
    listing and of its management board."""
    zone = project.zone
    board = zone.zone_details.managed_by if zone.zone_details is not None else None
    members = [m.user for m in zone.memberships] + ([m.user for m in board.memberships] if board else [])
    return notices.unique_users(members)


def tell_project_managers(project, kind, reason=None):
    """Tell the zone's managers that a curator verified the project or returned it (with the reason)."""
    notices.tell_managers(project_managers(project), kind, WORDING[kind],
                          notices.listing_params(project.name, project.name_en),
                          "zones.project_detail", {"slug": project.slug}, reason=reason)
