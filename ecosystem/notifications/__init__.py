"""In-app notifications: a bell with the unread count in the header, a page to read them.

Other domains add kinds of notification with `register_kind(app, kind, describe)`; `describe(params)`
returns the sentence shown to the reader, in the reader's language."""
from flask import Blueprint

bp = Blueprint("notifications", __name__)


def register(app):
    """Mount the pages and give templates the bell's count."""
    from .services import unread_count_for_current_user

    app.register_blueprint(bp)
    app.add_template_global(unread_count_for_current_user, "unread_notification_count")


from . import views  # noqa: E402,F401
