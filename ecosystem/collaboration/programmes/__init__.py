"""Programmes and calls that state agencies publish (funding, incubation, lab vouchers, technology transfer),
with eligibility, budgets and deadlines; eligible organisations and researchers express interest or apply."""
from flask import Blueprint

bp = Blueprint("programmes", __name__)


def register(app):
    """Mount the programmes pages, the agency page panel, the curators' queue section and the notifications."""
    from ...curation.sections import register_queue_section
    from ...registry.panels import register_panel
    from . import panels, views  # noqa: F401
    from .messages import register_kinds
    from .presenters import template_helpers

    app.register_blueprint(bp)
    app.jinja_env.globals.update(template_helpers())
    register_kinds(app)
    register_panel(app, "organisation", "programmes/_organisation_panel.html", panels.organisation_panel, order=35)
    register_queue_section(app, "programmes/_curation_queue.html", panels.curation_section, order=30)
