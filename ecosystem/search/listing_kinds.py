"""Every searchable kind besides organisations and people, by name (see `kinds` for what a kind declares)."""
from flask import current_app, url_for

from .collaboration_documents import PARTNERSHIP_KIND, PROGRAMME_KIND, PROJECT_KIND
from .exchange_kinds import NEED_KIND, OFFER_KIND
from .lab_documents import EQUIPMENT_KIND, LAB_KIND

KINDS = {kind.name: kind for kind in (OFFER_KIND, NEED_KIND, LAB_KIND, EQUIPMENT_KIND, PROGRAMME_KIND,
                                      PARTNERSHIP_KIND, PROJECT_KIND)}


def kind_of(record):
    """The registered kind of a record, or None for organisations and people."""
    kind = KINDS.get(getattr(record, "kind", None))
    return kind if kind is not None and isinstance(record, kind.model) else None


def detail_url(kind_name, slug, title="", external=False):
    """The detail page of a registered kind; a search for its title while that page does not exist yet."""
    kind = KINDS[kind_name]
    if kind.endpoint in current_app.view_functions:
        return url_for(kind.endpoint, slug=slug, _external=external)
    return url_for("search.search_page", q=title or slug, kind=kind_name, _external=external)
