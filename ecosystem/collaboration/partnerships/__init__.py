"""State–school–investor partnerships: their partners and roles, the listing, suggested partners."""
from flask import Blueprint

bp = Blueprint("partnerships", __name__)


def register(app):
    """Mount the partnerships pages, the section on organisation pages and the curators' queue section."""
    from ...curation.sections import register_queue_section
    from ...registry.panels import register_panel
    from . import panels, views  # noqa: F401
    from .messages import NOTICES

    app.register_blueprint(bp)
    NOTICES.register(app)  # what curators' decisions tell the managers
    register_panel(app, "organisation", "partnerships/_organisation_panel.html", panels.organisation_panel, order=32)
    register_queue_section(app, "partnerships/_curation_queue.html", panels.curation_section, order=33)
