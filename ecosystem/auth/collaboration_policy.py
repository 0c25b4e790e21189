"""Who may do what with zone projects, partnerships, programmes and their applications.

Part of the authorization policy: `ecosystem.auth.policy` re-exports every check, so views and
services keep importing from there."""
from ..models import Status
from .policy import is_curator, manages_party, membership_of


# --- High-tech zones and their projects (ecosystem/collaboration/zones) -------------------------

def manages_zone(user, zone):
    """A member of the zone's own listing or of the organisation managing it (its management board)."""
    if zone is None or not user or not user.is_authenticated:
        return False
    if membership_of(user, zone) is not None:
        return True
    board = zone.zone_details.managed_by if zone.zone_details is not None else None
    return board is not None and membership_of(user, board) is not None


def can_manage_zone_projects(user, zone):
    """Curators and the zone's managers add projects to a zone."""
    return is_curator(user) or manages_zone(user, zone)


def can_edit_project(user, project):
    """Curators and the zone's managers edit a project, record its phase changes and archive it."""
    return can_manage_zone_projects(user, project.zone)


def can_view_project(user, project):
    """Verified projects of public zones are public; the rest only to the zone's managers and curators."""
    return project.is_public or can_edit_project(user, project)


def can_verify_project(user, project):
    """Curators verify or reject projects, never those of a zone they manage."""
    return is_curator(user) and not manages_zone(user, project.zone)


# --- Partnerships (ecosystem/collaboration/partnerships) -----------------------------------------

def manages_partner_of(user, partnership):
    """True when the user is a member (owner or editor) of a verified organisation in the partnership."""
    if not user or not user.is_authenticated:
        return False
    return any(partner.organisation.status == Status.VERIFIED and membership_of(user, partner.organisation)
               for partner in partnership.partners)


def can_create_partnership(user, organisation=None):
    """Curators start partnerships among any organisations; members start one that includes a verified
    organisation they manage (`organisation`, when given, is that organisation)."""
    if is_curator(user):
        return True
    if organisation is None:
        return bool(user and user.is_authenticated)
    return organisation.status == Status.VERIFIED and membership_of(user, organisation) is not None


def can_edit_partnership(user, partnership):
    """Curators, and the managers of any verified partner, edit a partnership and its partners."""
    return is_curator(user) or manages_partner_of(user, partnership)


def can_view_partnership(user, partnership):
    """Verified partnerships are public; the rest only to the partners' managers and curators."""
    return partnership.is_public or can_edit_partnership(user, partnership)


def can_verify_partnership(user, partnership):
    """Curators verify or reject partnerships, never one in which they manage a partner."""
    return is_curator(user) and not manages_partner_of(user, partnership)


# --- Programmes and calls (ecosystem/collaboration/programmes) ------------------------------------

def runs_programmes(organisation):
    """State agencies, zone management boards and public funds publish programmes."""
    if organisation is None:
        return False
    if organisation.kind in ("agency", "zone"):
        return True
    investor = getattr(organisation, "investor", None)
    return organisation.kind == "investor" and investor is not None and investor.investor_type == "public-fund"


def can_publish_programme(user, agency):
    """Managers (owners, editors) of a verified agency, zone or public fund, and curators, publish for it."""
    return (runs_programmes(agency) and agency.status == Status.VERIFIED
            and (is_curator(user) or membership_of(user, agency) is not None))


def can_edit_programme(user, programme):
    """The agency's managers and curators edit a programme, add and change its calls, archive it."""
    return is_curator(user) or membership_of(user, programme.agency) is not None


def can_view_programme(user, programme):
    """Verified programmes of public agencies are public; the rest only to the agency's managers and curators."""
    return programme.is_public or can_edit_programme(user, programme)


def can_verify_programme(user, programme):
    """Curators verify or reject, never a programme of an agency they manage nor one they created."""
    return (is_curator(user) and membership_of(user, programme.agency) is None
            and programme.created_by_id != getattr(user, "id", None))


def can_apply(user, applicant, programme):
    """The applicant's managers (members, or the profile's owner) and curators apply to a public programme,
    never for the agency that runs it. Eligibility and deadlines are the service's business rules."""
    return (programme.is_public and applicant is not None and applicant is not programme.agency
            and (is_curator(user) or manages_party(user, applicant)))


def can_review_applications(user, programme):
    """The agency's managers and curators read the applications and decide on them."""
    return can_edit_programme(user, programme)


def on_applicant_side(user, application):
    """The person who applied, or whoever manages the applying organisation or profile."""
    if not user or not user.is_authenticated:
        return False
    applicant = application.organisation or application.person
    return (application.submitted_by_id is not None and application.submitted_by_id == user.id) \
        or manages_party(user, applicant)


def can_view_application(user, application):
    return on_applicant_side(user, application) or can_review_applications(user, application.programme)


def can_withdraw_application(user, application):
    return on_applicant_side(user, application) or is_curator(user)
