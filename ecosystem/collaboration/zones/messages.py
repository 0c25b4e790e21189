"""What a curator's decision on a zone project tells the people who manage it, in the app and by email."""
from flask_babel import lazy_gettext as _l

from ...registry.decision_notices import DecisionNotices, unique_users


def project_managers(project):
    """Who manages the project (as `can_edit_project` says, curators aside): the members of the zone's own
    listing and of its management board."""
    zone = project.zone
    board = zone.zone_details.managed_by if zone.zone_details is not None else None
    members = [m.user for m in zone.memberships] + ([m.user for m in board.memberships] if board else [])
    return unique_users(members)


NOTICES = DecisionNotices(
    "zone_project", _l("The project %(name)s is verified and public."),
    _l("A curator returned the project %(name)s for changes."),
    project_managers, "zones.project_detail", lambda project: (project.name, project.name_en))
