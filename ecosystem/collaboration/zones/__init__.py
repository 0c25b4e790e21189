"""High-tech zones and their projects: licensed investment projects, their investors and phase history, and
the zone's headline figures computed from them (see figures.py)."""
from flask import Blueprint

bp = Blueprint("zones", __name__)


def register(app):
    """Mount the projects pages, the zone sections of zone pages and the curators' queue section."""
    from ...curation.sections import register_queue_section
    from ...registry.panels import register_panel
    from . import panels, views  # noqa: F401
    from .messages import NOTICES

    app.register_blueprint(bp)
    NOTICES.register(app)  # what curators' decisions tell the managers
    register_panel(app, "organisation", "zones/_zone_panel.html", panels.zone_panel, order=5)
    register_queue_section(app, "zones/_curation_queue.html", panels.curation_section, order=40)
