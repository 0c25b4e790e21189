"""Notifications in the browser: the list, marking one or all read, and following one."""
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import SIGNED_IN, policy
from ..forms import Form
from ..pagination import paginate
from ..registry.views import page_number
from . import bp
from .services import describe, mark_all_read, mark_read, notifications_query

PER_PAGE = 30


class NotificationForm(Form):
    """A button on a notification: only the CSRF token."""


def _checked_form():
    if not NotificationForm().validate_on_submit():
        abort(400)


@bp.route("/notifications")
@policy(SIGNED_IN)
def notification_list():
    """The signed-in user's notifications, newest first, unread ones marked."""
    page = paginate(notifications_query(current_user), page_number(), PER_PAGE)
    items = [(notification, describe(notification)) for notification in page.items]
    return render_template("notifications/list.html", page=page, items=items, form=NotificationForm())


@bp.route("/notifications/<int:notification_id>/read", methods=["POST"])
@policy(SIGNED_IN)
def notification_read(notification_id):
    """Mark one notification read and stay on the list."""
    _checked_form()
    mark_read(current_user, notification_id)
    return redirect(url_for("notifications.notification_list"))


@bp.route("/notifications/<int:notification_id>/open", methods=["POST"])
@policy(SIGNED_IN)
def notification_open(notification_id):
    """Mark one notification read and go where it points (a path inside the site)."""
    _checked_form()
    notification = mark_read(current_user, notification_id)
    return redirect(notification.link or url_for("notifications.notification_list"))


@bp.route("/notifications/read-all", methods=["POST"])
@policy(SIGNED_IN)
def notification_read_all():
    """Mark every notification read."""
    _checked_form()
    count = mark_all_read(current_user)
    flash(_("%(n)s notifications marked as read.", n=count), "success")
    return redirect(url_for("notifications.notification_list"))
