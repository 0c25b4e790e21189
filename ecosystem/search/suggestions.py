"""Autocomplete for the header search box, and "similar listings" for detail pages."""
import logging

from flask import url_for

from ..auth.policy import visible_status_for
from ..extensions import db
from ..i18n import localized
from ..models import Person, StrategicTechnology, Tag
from ..text import fold
from .analysis import words
from .backends import get_backend
from .documents import PERSON, organisation_document, person_document
from .labels import RESULT_KIND_LABELS
from .listing_kinds import KINDS, detail_url
from .services import zip_records

log = logging.getLogger("ecosystem.search")
MAX_SUGGESTIONS = 10


def _escape_like(value):
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def listing_url(kind, slug, title=""):
    """The page of a listing found by search (a search for its title when its kind has no page yet)."""
    if kind == PERSON:
        return url_for("registry.person_detail", slug=slug)
    if kind in KINDS:
        return detail_url(kind, slug, title)
    return url_for("registry.organisation_detail", slug=slug)


def suggest(text, user, locale="en", limit=8):
    """Listings, strategic technologies and tags whose names start with what was typed."""
    limit = max(1, min(limit, MAX_SUGGESTIONS))
    typed = " ".join(words(text or ""))[:100]
    if not typed:
        return []
    items = [{"type": "listing", "kind": hit.kind, "kind_label": str(RESULT_KIND_LABELS.get(hit.kind, hit.kind)),
              "label": hit.title, "url": listing_url(hit.kind, hit.slug, hit.title)}
             for hit in get_backend().suggest(typed, visible_status_for(user), limit)]
    folded = fold(typed)
    for tech in db.session.scalars(db.select(StrategicTechnology).where(StrategicTechnology.active.is_(True))):
        names = (fold(tech.name_vi), fold(tech.name_en))
        if any(n.startswith(folded) or f" {folded}" in n for n in names):
            items.append({"type": "technology", "kind": "technology", "kind_label": "",
                          "label": localized(tech, "name", locale),
                          "url": url_for("search.search_page", technology=tech.code)})
    tags = db.session.scalars(db.select(Tag).where(Tag.folded.like(_escape_like(folded) + "%", escape="\\"))
                              .order_by(Tag.folded).limit(3))
    items.extend({"type": "tag", "kind": "tag", "kind_label": "", "label": "#" + tag.name,
                  "url": url_for("search.search_page", q=tag.name)} for tag in tags)
    return items[:limit + 4]


def similar(record, user, limit=6):
    """Records like this one that the user may see (organisation or person).

    A detail page must not fail because the index does: then it shows no similar listings."""
    build = person_document if isinstance(record, Person) else organisation_document
    try:
        hits = get_backend().more_like(build(record), visible_status_for(user), limit)
    except Exception:
        log.exception("similar listings unavailable for %s", record)
        return []
    return [item for _hit, item in zip_records(hits)]


