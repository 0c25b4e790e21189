"""Sections that other domains add to organisation and person pages.

The registry does not know about offers, matches or introductions; each of those domains registers
a panel (a template and a function that builds its context) and the detail pages show every panel
whose function returns something. A function returns None when it has nothing to show."""
from flask import current_app

PAGES = ("organisation", "person")


def register_panel(app, page, template, context, order=50):
    """Show `template` on every `page` ("organisation" or "person") where `context(user, record)` is not None."""
    if page not in PAGES:
        raise ValueError(f"unknown detail page {page!r}")
    panels = app.extensions.setdefault("detail_panels", {name: [] for name in PAGES})
    panels[page].append((order, template, context))
    panels[page].sort(key=lambda panel: panel[0])


def panels_for(page, user, record):
    """[(template, context)] for the panels that have something to show on this record's page."""
    shown = []
    for _order, template, context in current_app.extensions.get("detail_panels", {}).get(page, ()):
        values = context(user, record)
        if values is not None:
            shown.append((template, values))
    return shown
