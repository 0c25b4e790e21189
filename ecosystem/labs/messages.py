"""What a curator's decision on a lab tells the people who manage it, in the app and by email."""
from flask_babel import lazy_gettext as _l

from ..registry.decision_notices import DecisionNotices, unique_users


def lab_managers(lab):
    """Who manages the lab (as `can_manage_lab` says, curators aside): the host's members and the lab's
    manager account."""
    members = [m.user for m in lab.organisation.memberships] if lab.organisation is not None else []
    return unique_users(members + [lab.manager_user])


NOTICES = DecisionNotices(
    "lab", _l("The lab %(name)s is verified and public."), _l("A curator returned the lab %(name)s for changes."),
    lab_managers, "labs.lab_detail", lambda lab: (lab.name, lab.name_en))
