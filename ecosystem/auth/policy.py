"""The authorization policy: every route names one, and object checks live here too.

Route-level policies are attached with `@policy(...)`; `tests/test_policy_coverage.py` walks
`app.url_map` and fails when a route has none."""
from functools import wraps

from flask import abort
from flask_login import current_user

from ..extensions import login_manager
from ..models import Lab, OrgRole, Role, Status

PUBLIC = "public"
SIGNED_IN = "signed-in"
CURATOR = "curator"
ADMIN = "admin"
API_TOKEN = "api-token-or-public"


class SystemActor:
    """The actor for CLI commands, imports and the demo loader: a curator that is nobody's member."""

    id = None
    is_authenticated = True
    is_active = True
    role = Role.ADMIN
    name = "system"


SYSTEM = SystemActor()


def is_curator(user):
    return bool(user and user.is_authenticated and user.role in (Role.CURATOR, Role.ADMIN))


def is_admin(user):
    return bool(user and user.is_authenticated and user.role == Role.ADMIN)


_ROUTE_CHECKS = {
    PUBLIC: None,
    API_TOKEN: None,
    SIGNED_IN: lambda user: user.is_authenticated,
    CURATOR: is_curator,
    ADMIN: is_admin,
}


def policy(name):
    """Mark a view with its policy and enforce the user-level part of it."""
    check = _ROUTE_CHECKS[name]

    def decorate(view):
        @wraps(view)
        def guarded(*args, **kwargs):
            if check is not None and not check(current_user):
                if not current_user.is_authenticated:
                    return login_manager.unauthorized()
                abort(403)
            return view(*args, **kwargs)

        guarded.policy = name
        return guarded

    return decorate


def membership_of(user, organisation):
    """The user's membership in the organisation, or None."""
    if not user or not user.is_authenticated:
        return None
    for membership in organisation.memberships:
        if membership.user_id == user.id:
            return membership
    return None


def can_view_organisation(user, organisation):
    """Verified listings are public; others only to their members and to curators."""
    return organisation.status == Status.VERIFIED or is_curator(user) or membership_of(user, organisation) is not None


def can_edit_organisation(user, organisation):
    """Members (owner or editor) edit their organisation; curators edit anything not archived by merge."""
    return is_curator(user) or membership_of(user, organisation) is not None


def can_manage_members(user, organisation):
    """Only owners (and curators) add or remove members."""
    membership = membership_of(user, organisation)
    return is_curator(user) or (membership is not None and membership.role == OrgRole.OWNER)


def can_verify_organisation(user, organisation):
    """Curators verify, but never a listing they belong to."""
    return is_curator(user) and membership_of(user, organisation) is None


def can_claim_organisation(user, organisation):
    """Signed-in users who are not yet members may claim a public listing."""
    return (user.is_authenticated and organisation.status == Status.VERIFIED
            and membership_of(user, organisation) is None)


def can_view_person(user, person):
    return person.status == Status.VERIFIED or is_curator(user) or _owns_person(user, person)


def can_edit_person(user, person):
    return is_curator(user) or _owns_person(user, person)


def can_verify_person(user, person):
    return is_curator(user) and not _owns_person(user, person)


def _owns_person(user, person):
    return bool(user and user.is_authenticated and person.owner_id == user.id)


def can_set_role(actor, target):
    """Admins change roles, never their own (so nobody raises or strands themselves)."""
    return is_admin(actor) and actor.id != target.id


def visible_status_for(user):
    """Statuses a listing query may show this user without membership checks."""
    return Status.ALL if is_curator(user) else (Status.VERIFIED,)


# Technology exchange (offers and needs): managed by the publisher's members or the person's owner.
def manages_publisher(user, publisher):
    """True when the user is a member of the publishing organisation or owns the publishing profile."""
    if publisher is None or not user or not user.is_authenticated:
        return False
    if hasattr(publisher, "memberships"):
        return membership_of(user, publisher) is not None
    return _owns_person(user, publisher)


def can_publish_exchange_listing(user, publisher):
    """Curators publish for anyone; members for their organisation; owners for their own profile."""
    return is_curator(user) or manages_publisher(user, publisher)


def can_view_exchange_listing(user, listing):
    """Verified offers and needs of public publishers are public; the rest only to managers and curators."""
    public = listing.status == Status.VERIFIED and listing.publisher.status == Status.VERIFIED
    return public or is_curator(user) or manages_publisher(user, listing.publisher)


def can_edit_exchange_listing(user, listing):
    return is_curator(user) or manages_publisher(user, listing.publisher)


def can_verify_exchange_listing(user, listing):
    """Curators verify or reject offers and needs, but never their own."""
    return is_curator(user) and not manages_publisher(user, listing.publisher)


# Introductions: the requester's side (the requester, and whoever manages the organisation or profile
# they act for) and the target's side (the target organisation's members, or the profile's owner).
def manages_party(user, party):
    """True when the user is a member of the organisation, or owns the person profile."""
    if party is None or not user or not user.is_authenticated:
        return False
    if hasattr(party, "memberships"):
        return membership_of(user, party) is not None
    return _owns_person(user, party)


def on_requester_side(user, introduction):
    return bool(user and user.is_authenticated) and (
        introduction.requester_id == user.id or manages_party(user, introduction.source))


def on_target_side(user, introduction):
    return manages_party(user, introduction.target)


def can_view_introduction(user, introduction):
    """Only the two sides read an introduction; curators see the funnel's counts, not the messages."""
    return on_requester_side(user, introduction) or on_target_side(user, introduction)


def can_respond_to_introduction(user, introduction):
    """The target's side accepts or declines (never someone who is also on the requester's side)."""
    return on_target_side(user, introduction) and not on_requester_side(user, introduction)


def can_withdraw_introduction(user, introduction):
    return on_requester_side(user, introduction)


def can_record_introduction_outcome(user, introduction):
    """Either side marks that the parties met, then that they agreed."""
    return can_view_introduction(user, introduction)


def can_view_introduction_funnel(user):
    return is_curator(user)


# --- Revisions: history, revert and the review of held changes (revisions feature) ---

def can_view_history(user, record):
    """A listing's history is for curators and its managers (members, a profile's owner), never the public."""
    from ..models import Person
    if isinstance(record, Person):
        return can_edit_person(user, record)
    return can_edit_organisation(user, record)


def can_review_change(user, revision):
    """Curators approve or reject held changes, never to a listing they manage nor their own proposals."""
    from ..models import Person
    record = revision.record
    allowed = can_verify_person(user, record) if isinstance(record, Person) else can_verify_organisation(user, record)
    return allowed and revision.actor_id != getattr(user, "id", None)


def can_revert_revision(user, revision):
    """Curators revert published changes, but not a listing's creation (archive it instead)."""
    return is_curator(user) and revision.state == "applied" and revision.action != "created"


# --- Matching (ecosystem/matching) ---------------------------------------------------------------

def can_run_matching(user, record):
    """Matching runs for any public listing; curators run it for any listing, members and owners
    for the listings they manage (also while pending). `record`: organisation, person, offer, need or lab
    (a lab is public only with its host; its managers are the lab's)."""
    if isinstance(record, Lab):
        return can_view_lab(user, record)
    return record.status == Status.VERIFIED or is_curator(user) or manages_listing(user, record)


def manages_listing(user, record):
    """The user is a member of the organisation, owns the profile, publishes (or created) the offer or need,
    or manages the lab."""
    if not user or not user.is_authenticated:
        return False
    if isinstance(record, Lab):  # the lab's manager account or the host's members
        return record.manager_user_id == user.id or membership_of(user, record.organisation) is not None
    if hasattr(record, "memberships"):
        return membership_of(user, record) is not None
    if hasattr(record, "owner_id"):
        return _owns_person(user, record)
    if getattr(record, "created_by_id", None) == user.id:
        return True
    publisher = getattr(record, "publisher", None)
    return publisher is not None and publisher is not record and manages_listing(user, publisher)


# --- Duplicates and merge (ecosystem/curation/duplicates) ----------------------------------------

def can_review_duplicates(user):
    """Curators see the duplicates queue and mark pairs as different."""
    return is_curator(user)


def can_merge_listings(user, survivor, loser):
    """Curators merge two listings of the same type (merging one into itself is refused by the service)."""
    return is_curator(user) and type(survivor) is type(loser)


# --- Bulk import (ecosystem/curation/importing) --------------------------------------------------

def can_import(user):
    """Curators import files of listings (created verified, so never by anyone else)."""
    return is_curator(user)


def can_view_import(user, job):
    """Curators see every import job and its report (several curators share the work)."""
    return is_curator(user) and job is not None


# The checks of labs and of the state–school–investor model live in their own modules.
from .lab_policy import (  # noqa: E402,F401  (below: they use the checks above)
    can_create_lab,
    can_manage_lab,
    can_view_lab,
    can_verify_lab,
    can_edit_lab_hours,
    can_request_lab_access,
    on_access_requester_side,
    can_decide_access_request,
    can_view_access_request,
    can_view_investment_report,
)
from .collaboration_policy import (  # noqa: E402,F401  (below: they use the checks above)
    manages_zone,
    can_manage_zone_projects,
    can_edit_project,
    can_view_project,
    can_verify_project,
    manages_partner_of,
    can_create_partnership,
    can_edit_partnership,
    can_view_partnership,
    can_verify_partnership,
    runs_programmes,
    can_publish_programme,
    can_edit_programme,
    can_view_programme,
    can_verify_programme,
    can_apply,
    can_review_applications,
    on_applicant_side,
    can_view_application,
    can_withdraw_application,
)
