"""What a curator's decision on a lab tells the people who manage it, in the app and by email."""
from flask_babel import lazy_gettext as _l

from ..registry import decision_notices as notices

LAB_VERIFIED = "lab_verified"
LAB_REJECTED = "lab_rejected"
WORDING = {
    LAB_VERIFIED: _l("The lab %(name)s is verified and public."),
    LAB_REJECTED: _l("A curator returned the lab %(name)s for changes."),
}


def register_kinds(app):
    """Teach the notification list how to word the curators' decisions on labs."""
    notices.register_wording(app, WORDING)


def lab_managers(lab):
    """Who manages the lab (as `can_manage_lab` says, curators aside): the host's members and the lab's
    manager account."""
    members = [m.user for m in lab.organisation.memberships] if lab.organisation is not None else []
    return notices.unique_users(members + [lab.manager_user])


def tell_lab_managers(lab, kind, reason=None):
    """Tell the lab's managers that a curator verified it or returned it (with the curator's `reason`)."""
    notices.tell_managers(lab_managers(lab), kind, WORDING[kind], notices.listing_params(lab.name, lab.name_en),
                          "labs.lab_detail", {"slug": lab.slug}, reason=reason)
