"""How a session or a bearer token turns into a user."""
import hashlib

from ..extensions import db
from ..models import ApiToken, User, utcnow


def load_user_from_session(identity):
    """Flask-Login loader: `id:session_token`; a rotated token ends the old sessions."""
    user_id, _, token = (identity or "").partition(":")
    if not user_id.isdigit() or not token:
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.active or user.session_token != token:
        return None
    return user


def token_digest(raw):
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def load_user_from_bearer(header):
    """The user behind `Authorization: Bearer <token>`, or None."""
    if not header or not header.startswith("Bearer "):
        return None
    raw = header[len("Bearer "):].strip()
    if not raw:
        return None
    token = db.session.scalar(db.select(ApiToken).filter_by(token_hash=token_digest(raw), revoked=False))
    if token is None or not token.user.active:
        return None
    token.last_used_at = utcnow()
    return token.user
