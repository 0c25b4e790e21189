"""Who may do what with labs, instruments, open hours, access requests and the investment report.

Part of the authorization policy: `ecosystem.auth.policy` re-exports every check, so views and
services keep importing from there."""
from ..models import Status
from .policy import is_curator, manages_party, membership_of


# --- Labs and equipment (ecosystem/labs) -----------------------------------------------------------

def can_create_lab(user, host):
    """Curators add labs to any university or institute; its members (owner or editor) to their own."""
    return is_curator(user) or (host is not None and membership_of(user, host) is not None)


def can_manage_lab(user, lab):
    """Curators, the lab's manager account, and the host organisation's members manage a lab and its equipment."""
    if not user or not user.is_authenticated:
        return False
    if is_curator(user) or (lab.manager_user_id is not None and lab.manager_user_id == user.id):
        return True
    return lab.organisation is not None and membership_of(user, lab.organisation) is not None


def can_view_lab(user, lab):
    """Public labs (verified, public host) for everyone; the rest only for their managers and curators."""
    return lab.is_public or can_manage_lab(user, lab)


def can_verify_lab(user, lab):
    """Curators verify or reject labs, never one they manage themselves (as manager or host member)."""
    if not is_curator(user):
        return False
    manages = lab.manager_user_id == user.id or (
        lab.organisation is not None and membership_of(user, lab.organisation) is not None)
    return not manages


# --- Lab bookings: open hours and access requests (ecosystem/labs bookings) ------------------------

def can_edit_lab_hours(user, lab):
    """Whoever manages a lab publishes its weekly hours and exceptions (and those of its instruments)."""
    return can_manage_lab(user, lab)


def can_request_lab_access(user, lab):
    """Signed-in users ask for time in a public lab."""
    return bool(user and user.is_authenticated) and lab.is_public


def on_access_requester_side(user, access_request):
    """The user who asked, or whoever manages the organisation or profile they asked for."""
    if not user or not user.is_authenticated:
        return False
    if access_request.requester_user_id == user.id:
        return True
    return manages_party(user, access_request.requester_organisation) or manages_party(
        user, access_request.requester_person)


def can_decide_access_request(user, access_request):
    """The lab's managers approve, propose other hours or decline, never for a request of their own side."""
    return can_manage_lab(user, access_request.lab) and not on_access_requester_side(user, access_request)


def can_view_access_request(user, access_request):
    """Both sides read a request: the requester's side and the lab's managers."""
    return on_access_requester_side(user, access_request) or can_manage_lab(user, access_request.lab)


# --- Duplicate investment report (ecosystem/labs/investment_report.py) ----------------------------

def can_view_investment_report(user):
    """Curators, and members of verified state agencies, see the report on the city's instruments."""
    from ..models import Kind
    if is_curator(user):
        return True
    if not user or not user.is_authenticated:
        return False
    return any(m.organisation.kind == Kind.AGENCY and m.organisation.status == Status.VERIFIED
               for m in user.memberships)
