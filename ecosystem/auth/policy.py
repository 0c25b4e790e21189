"""The authorization policy: every route names one, and object checks live here too.

Route-level policies are attached with `@policy(...)`; `tests/test_policy_coverage.py` walks
`app.url_map` and fails when a route has none."""
from functools import wraps

from flask import abort
from flask_login import current_user

from ..extensions import login_manager
from ..models import OrgRole, Role, Status

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
