"""Labs and equipment that universities and institutes open to outside users: listings, open hours,
access requests and bookings, utilisation, and the check against duplicate investment."""
from flask import Blueprint

bp = Blueprint("labs", __name__)

# Other parts of the domain add sections to the lab and equipment pages through these (see sections.py).
from .sections import register_equipment_section, register_lab_section  # noqa: E402,F401


def register(app):
    """Mount the lab pages and their sections on other pages (the API is in ecosystem.api)."""
    from ..curation.sections import register_queue_section
    from ..registry.panels import register_panel
    from . import manage_views, panels, views  # noqa: F401  (labs and equipment)
    from . import booking_sections  # open hours, access requests, utilisation
    from . import report_views  # similar instruments, the investment report
    from .messages import NOTICES  # what curators' decisions tell the lab's managers

    register_panel(app, "organisation", "labs/_organisation_panel.html", panels.organisation_panel, order=25)
    register_queue_section(app, "labs/_curation_queue.html", panels.curation_section, order=20)
    report_views.register_sections(app)
    booking_sections.register(app)  # its routes join the blueprint, so before it is mounted
    NOTICES.register(app)  # what curators' decisions tell the managers
    app.register_blueprint(bp)
