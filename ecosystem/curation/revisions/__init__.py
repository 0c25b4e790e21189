"""Revisions of listings: history and diffs, revert, the review of held changes, the activity feed.

`register(app)` mounts the blueprint (history at /o/<slug>/history and /p/<slug>/history, the feed at
/curation/activity), adds the history panel to detail pages and the template helper that lists a
user's changes waiting for review."""
from flask import Blueprint

bp = Blueprint("revisions", __name__)


def register(app):
    """Mount the blueprint, the detail-page panels and the template helper."""
    from ...registry.panels import register_panel
    from . import views  # noqa: F401  (routes)
    from .pages import history_panel, pending_changes_for

    app.register_blueprint(bp)
    register_panel(app, "organisation", "curation/_history_panel.html", history_panel, order=90)
    register_panel(app, "person", "curation/_history_panel.html", history_panel, order=90)
    app.jinja_env.globals["pending_changes_for"] = pending_changes_for
