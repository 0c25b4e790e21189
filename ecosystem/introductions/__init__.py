"""Introductions: a user asks to be put in touch with an organisation or a person, the other side
accepts or declines, and both record whether they met and agreed; curators watch the funnel."""
from flask import Blueprint

bp = Blueprint("introductions", __name__)


def register(app):
    """Mount the pages, the panels on detail pages and the notification wording."""
    from ..registry.panels import register_panel
    from .messages import register_kinds
    from .panels import panel_context
    from .presenters import template_globals

    app.register_blueprint(bp)
    app.jinja_env.globals.update(template_globals())
    register_kinds(app)
    for page in ("organisation", "person"):
        register_panel(app, page, "introductions/_panel.html", panel_context, order=40)


from . import curation_views, views  # noqa: E402,F401
