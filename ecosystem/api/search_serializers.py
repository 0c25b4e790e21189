"""Search results as JSON: each hit carries the same summary the listing endpoints return."""
from flask_babel import get_locale

from ..models import Need, Offer, Person
from ..search.listing_kinds import detail_url, kind_of
from .exchange_serializers import need_summary, offer_summary
from .serializers import organisation_summary, person_summary, timestamp


_EMPTY = {"organisation": None, "person": None, "offer": None, "need": None, "listing": None}


def listing_summary(record, kind):
    """A lab, instrument, programme, partnership or zone project found by search."""
    title = kind.title(record)
    return {"kind": kind.name, "slug": record.slug, "title": title, "title_en": kind.title_en(record) or None,
            "status": kind.status(record), "context": kind.context(record, str(get_locale())),
            "technologies": [t.code for t in getattr(record, "technologies", ())],
            "updated_at": timestamp(record.updated_at),
            "html_url": detail_url(kind.name, record.slug, title, external=True)}


def search_item(record):
    """A record found by search: its type and its summary."""
    if isinstance(record, Person):
        return {**_EMPTY, "type": "person", "person": person_summary(record)}
    if isinstance(record, Offer):
        return {**_EMPTY, "type": "offer", "offer": offer_summary(record)}
    if isinstance(record, Need):
        return {**_EMPTY, "type": "need", "need": need_summary(record)}
    kind = kind_of(record)
    if kind is not None:
        return {**_EMPTY, "type": kind.name, "listing": listing_summary(record, kind)}
    return {**_EMPTY, "type": "organisation", "organisation": organisation_summary(record)}


def search_page(page):
    """A page of search results with totals, facet counts and a spelling suggestion."""
    params = page.params
    return {
        "query": params.q, "sort": params.sort, "filters": {k: list(v) for k, v in params.filters.items()},
        "total": page.total, "page": params.page, "pages": page.pages, "per_page": params.per_page,
        "results": [{**search_item(r.record), "title_html": str(r.title), "snippet_html": str(r.snippet),
                     "score": round(r.score, 4)} for r in page.results],
        "facets": {facet: [{"value": o.value, "label": o.label, "count": o.count, "selected": o.selected}
                           for o in options] for facet, _label, options in page.facets},
        "did_you_mean": page.did_you_mean,
    }
