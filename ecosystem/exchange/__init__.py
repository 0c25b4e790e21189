"""The technology exchange: offers of technology and capability, and the needs of businesses and agencies."""
from flask import Blueprint

bp = Blueprint("exchange", __name__)


def register(app):
    """Mount the exchange pages and its sections on organisation and person pages."""
    from ..curation.sections import register_queue_section
    from ..registry.panels import register_panel
    from . import panels, views  # noqa: F401

    app.register_blueprint(bp)
    register_panel(app, "organisation", "exchange/_organisation_panel.html", panels.organisation_panel, order=30)
    register_panel(app, "person", "exchange/_person_panel.html", panels.person_panel, order=30)
    register_queue_section(app, "exchange/_curation_queue.html", panels.curation_section, order=10)
