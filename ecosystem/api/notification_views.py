"""Notifications through the API: list (all or unread), mark one read, mark all read."""
from flask import request
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, policy
from ..errors import Invalid
from ..introductions import serializers
from ..notifications.services import mark_all_read, mark_read, notifications_query, unread_count
from ..pagination import paginate
from ..registry.schema import clean_input
from . import bp
from .access import signed_in_user
from .inputs import json_body, page_args
from .serializers import page_of


def _unread_arg():
    raw = (request.args.get("unread") or "").lower()
    if raw not in ("", "true", "false", "1", "0"):
        raise Invalid(_("'unread' must be true or false."), "unread")
    return raw in ("true", "1")


@bp.get("/notifications")
@policy(API_TOKEN)
def notification_list():
    """The caller's notifications, newest first (`?unread=true` for unread ones only)."""
    user = signed_in_user()
    page = paginate(notifications_query(user, unread_only=_unread_arg()), *page_args())
    return {**page_of(page, serializers.notification), "unread": unread_count(user)}


@bp.post("/notifications/<int:notification_id>/read")
@policy(API_TOKEN)
def notification_read(notification_id):
    """Mark one notification read."""
    user = signed_in_user()
    clean_input({}, json_body(allow_empty=True))
    return serializers.notification(mark_read(user, notification_id))


@bp.post("/notifications/read-all")
@policy(API_TOKEN)
def notification_read_all():
    """Mark every notification of the caller read."""
    user = signed_in_user()
    clean_input({}, json_body(allow_empty=True))
    return {"marked": mark_all_read(user), "unread": 0}
