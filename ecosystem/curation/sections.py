"""Sections that other domains add to the curators' queue of new listings.

Curation does not know about offers, labs, partnerships or programmes; each of those domains
registers a section (a template and a function that builds its context) and the "New listings" tab
shows every section, in order. A function returns None when its domain has nothing to show."""
from flask import current_app


def register_queue_section(app, template, context, order=50):
    """Show `template` in the new-listings queue with the dict that `context(user)` returns."""
    sections = app.extensions.setdefault("curation_queue_sections", [])
    sections.append((order, template, context))
    sections.sort(key=lambda section: section[0])


def queue_sections(user):
    """[(template, context)] for the sections that have something to show."""
    shown = []
    for _order, template, context in current_app.extensions.get("curation_queue_sections", ()):
        values = context(user)
        if values is not None:
            shown.append((template, values))
    return shown
