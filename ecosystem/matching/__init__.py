"""Matching: scored partners for a listing (scoring is pure, retrieval narrows in SQL), the
"Find partners" pages and panels, and "Matches for you" on the user's page."""
from flask import Blueprint

bp = Blueprint("matching", __name__)


def register(app):
    """Mount the matching pages, the "Find partners" panels and the template helpers."""
    from ..labs import register_lab_section
    from ..registry.panels import register_panel
    from .presenters import template_globals
    from .views import find_partners_panel

    app.register_blueprint(bp)
    app.jinja_env.globals.update(template_globals())
    for page in ("organisation", "person"):
        register_panel(app, page, "matching/_find_partners.html", find_partners_panel, order=35)
    register_lab_section(app, "matching/_lab_find_partners.html", find_partners_panel, order=60)


from . import views  # noqa: E402,F401
