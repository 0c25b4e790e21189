"""Notification operations. They flush, never commit; the request commits once."""
from flask import current_app, g
from flask_babel import gettext as _
from flask_login import current_user

from ..errors import NotFound
from ..extensions import db
from ..models import Notification, utcnow

MAX_LINK = 300


def register_kind(app, kind, describe):
    """Teach the app how to say what a notification of `kind` means: `describe(params) -> str`."""
    app.extensions.setdefault("notification_kinds", {})[kind] = describe


def notify(user, kind, params, link=None):
    """Add an unread notification for `user`; `link` is a path inside the site."""
    if link is not None and (not link.startswith("/") or link.startswith("//") or len(link) > MAX_LINK):
        raise ValueError(f"notification links are paths inside the site, not {link!r}")
    notification = Notification(user_id=user.id, kind=kind, params=dict(params or {}), link=link)
    db.session.add(notification)
    db.session.flush()
    return notification


def describe(notification):
    """The sentence of one notification in the current language (a plain fallback for unknown kinds)."""
    kinds = current_app.extensions.get("notification_kinds", {})
    render = kinds.get(notification.kind)
    if render is None:
        return _("Something happened that concerns you.")
    return render(notification.params or {})


def notifications_query(user, unread_only=False):
    """A user's notifications, newest first."""
    statement = db.select(Notification).filter_by(user_id=user.id)
    if unread_only:
        statement = statement.where(Notification.read_at.is_(None))
    return statement.order_by(Notification.created_at.desc(), Notification.id.desc())


def unread_count(user):
    """How many of the user's notifications are unread."""
    return db.session.scalar(db.select(db.func.count(Notification.id))
                             .where(Notification.user_id == user.id, Notification.read_at.is_(None)))


def unread_count_for_current_user():
    """The bell's number for the signed-in user (0 for visitors), counted once per request."""
    if not current_user or not current_user.is_authenticated:
        return 0
    if "unread_notifications" not in g:
        g.unread_notifications = unread_count(current_user)
    return g.unread_notifications


def notification_of(user, notification_id):
    """One of the user's notifications; another user's is NotFound, as if it did not exist."""
    notification = db.session.get(Notification, notification_id)
    if notification is None or notification.user_id != user.id:
        raise NotFound(_("You have no such notification."))
    return notification


def mark_read(user, notification_id):
    """Mark one notification read (reading it twice keeps the first time)."""
    notification = notification_of(user, notification_id)
    if notification.read_at is None:
        notification.read_at = utcnow()
        db.session.flush()
    g.pop("unread_notifications", None)
    return notification


def mark_all_read(user):
    """Mark every unread notification of the user read; returns how many were unread."""
    now = utcnow()
    unread = db.session.scalars(notifications_query(user, unread_only=True)).all()
    for notification in unread:
        notification.read_at = now
    db.session.flush()
    g.pop("unread_notifications", None)
    return len(unread)
