"""Who is calling the API: a bearer token always; the session cookie only for reads.

Writes never trust the cookie alone, which is what makes exempting the API from CSRF safe:
a forged cross-site request carries the cookie but cannot carry the `Authorization` header."""
from flask import request
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import is_curator
from ..auth.session import load_user_from_bearer
from ..errors import DomainError, NotAllowed
from ..extensions import login_manager

READ_METHODS = ("GET", "HEAD", "OPTIONS")
def token_hint():
    return _("Send 'Authorization: Bearer <token>'; create a token on your account page.")


class NotSignedIn(DomainError):
    """The request needs a user and has none (HTTP 401)."""

    status = 401


def api_user():
    """The acting user, or an anonymous user; a bad token is refused rather than ignored."""
    header = request.headers.get("Authorization")
    if header:
        user = load_user_from_bearer(header)
        if user is None:
            raise NotSignedIn(_("This API token is not valid or has been revoked.") + " " + token_hint())
        return user
    if request.method in READ_METHODS:
        return current_user._get_current_object()
    return login_manager.anonymous_user()


def signed_in_user():
    """The acting user; 401 when the request has none (writes need a bearer token)."""
    user = api_user()
    if not user.is_authenticated:
        if request.method in READ_METHODS:
            raise NotSignedIn(_("Sign in or send an API token.") + " " + token_hint())
        raise NotSignedIn(_("Changes through the API need an API token.") + " " + token_hint())
    return user


def curator_user():
    """The acting user if they are a curator; 401 when anonymous, 403 otherwise."""
    user = signed_in_user()
    if not is_curator(user):
        raise NotAllowed(_("Only curators can do this."))
    return user
