"""Account operations. They flush, never commit; the request or CLI command commits once."""
import secrets

from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash

from ..errors import Conflict, Invalid, NotAllowed
from ..extensions import db
from ..models import ApiToken, AuditEvent, Role, User, utcnow
from ..models.accounts import new_session_token
from ..text import clean_line
from .policy import can_set_role
from .session import token_digest

MIN_PASSWORD_LENGTH = 10
# A real hash to compare against when the email is unknown, so timing does not reveal accounts.
_DUMMY_HASH_CACHE = {}


def normalise_email(email):
    return (clean_line(email) or "").lower()


def hash_password(password):
    method = current_app.config.get("PASSWORD_HASH_METHOD", "scrypt")
    return generate_password_hash(password, method=method)


def check_password_strength(password):
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise Invalid(_("Use at least %(n)s characters.", n=MIN_PASSWORD_LENGTH), "password")
    if len(password) > 200:
        raise Invalid(_("Use at most 200 characters."), "password")


def find_user_by_email(email):
    return db.session.scalar(db.select(User).filter_by(email=normalise_email(email)))


def register_user(email, name, password, locale=None, role=Role.MEMBER):
    """Create an account. Roles other than member are set only by admins (or the CLI)."""
    email = normalise_email(email)
    if find_user_by_email(email) is not None:
        raise Conflict(_("An account with this email already exists."), "email")
    check_password_strength(password)
    user = User(email=email, name=clean_line(name), password_hash=hash_password(password), role=role,
                locale=locale)
    db.session.add(user)
    db.session.flush()
    return user


def authenticate(email, password):
    """The active user with these credentials, or None (same work either way)."""
    user = find_user_by_email(email)
    if user is None:
        if "hash" not in _DUMMY_HASH_CACHE:
            _DUMMY_HASH_CACHE["hash"] = hash_password(secrets.token_hex(8))
        check_password_hash(_DUMMY_HASH_CACHE["hash"], password or "")
        return None
    if not check_password_hash(user.password_hash, password or "") or not user.active:
        return None
    user.last_login_at = utcnow()
    return user


def end_all_sessions(user):
    """Rotate the session token: every cookie issued before stops working."""
    user.session_token = new_session_token()


def change_password(user, current_password, new_password):
    if not check_password_hash(user.password_hash, current_password or ""):
        raise Invalid(_("The current password is not correct."), "current_password")
    set_password(user, new_password)


def set_password(user, new_password):
    check_password_strength(new_password)
    user.password_hash = hash_password(new_password)
    end_all_sessions(user)
    db.session.flush()


def _reset_serializer():
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="password-reset")


def make_reset_token(user):
    """A signed token bound to the current password hash, so it works once."""
    return _reset_serializer().dumps({"id": user.id, "h": user.password_hash[-16:]})


def user_for_reset_token(token):
    """The user a valid, unused, unexpired token names; Invalid otherwise."""
    max_age = current_app.config["PASSWORD_RESET_MAX_AGE"]
    try:
        data = _reset_serializer().loads(token, max_age=max_age)
    except SignatureExpired:
        raise Invalid(_("This reset link has expired. Ask for a new one."))
    except BadSignature:
        raise Invalid(_("This reset link is not valid."))
    user = db.session.get(User, data.get("id")) if isinstance(data, dict) else None
    if user is None or user.password_hash[-16:] != data.get("h") or not user.active:
        raise Invalid(_("This reset link has already been used or is not valid."))
    return user


def set_role(actor, target, role):
    """Change a user's site role; admins only, never their own."""
    if role not in Role.ALL:
        raise Invalid(_("Unknown role."), "role")
    if not can_set_role(actor, target):
        raise NotAllowed(_("You cannot change this user's role."))
    old = target.role
    target.role = role
    db.session.add(AuditEvent(actor_id=actor.id, action="role_changed", target_type="user", target_id=target.id,
                              details={"from": old, "to": role}))
    db.session.flush()


def make_admin(email, name=None, password=None):
    """CLI: create an admin account, or promote an existing one."""
    user = find_user_by_email(email)
    if user is None:
        if not password:
            raise Invalid(_("A new account needs a password."))
        user = register_user(email, name or email.split("@")[0], password, role=Role.ADMIN)
    else:
        user.role = Role.ADMIN
    db.session.add(AuditEvent(actor_id=None, action="admin_created", target_type="user", target_id=user.id,
                              details={"via": "cli"}))
    db.session.flush()
    return user


def create_api_token(user, name):
    """A new personal token; the raw value is returned once and never stored."""
    raw = "eco_" + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, name=clean_line(name) or "token", token_hash=token_digest(raw), prefix=raw[:10])
    db.session.add(token)
    db.session.flush()
    return token, raw


def revoke_api_token(user, token_id):
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotAllowed(_("This token is not yours."))
    token.revoked = True
    db.session.flush()
