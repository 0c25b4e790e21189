"""Sections that other parts of the labs domain add to the lab and equipment pages.

The lab pages do not know about calendars, access requests or utilisation; each of those parts
registers a section (a template and a function that builds its context) and the detail page shows
every section whose function returns something, in order. A function returns None to stay hidden.

    register_lab_section(app, "labs/_calendar.html", calendar_context, order=20)            # lab page
    register_lab_section(app, "labs/_similar_instruments.html", similar_context, page="equipment")

The template receives the dict as `section` (plus the page's own variables: `lab` or `equipment`)."""
from flask import current_app

PAGES = ("lab", "equipment")
_KEY = "lab_sections"


def register_lab_section(app, template, context, order=50, page="lab"):
    """Show `template` on every `page` ("lab" or "equipment") where `context(user, record)` is not None."""
    if page not in PAGES:
        raise ValueError(f"unknown lab page {page!r}")
    sections = app.extensions.setdefault(_KEY, {name: [] for name in PAGES})
    sections[page].append((order, template, context))
    sections[page].sort(key=lambda section: section[0])


def register_equipment_section(app, template, context, order=50):
    """Shorthand: a section of the equipment page, `context(user, equipment)`."""
    register_lab_section(app, template, context, order=order, page="equipment")


def sections_for(page, user, record):
    """[(template, context)] for the sections that have something to show on this lab's or instrument's page."""
    shown = []
    for _order, template, context in current_app.extensions.get(_KEY, {}).get(page, ()):
        values = context(user, record)
        if values is not None:
            shown.append((template, values))
    return shown
