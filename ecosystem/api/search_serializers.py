"""Search results as JSON: each hit carries the same summary the listing endpoints return."""
from ..models import Need, Offer, Person
from .exchange_serializers import need_summary, offer_summary
from .serializers import organisation_summary, person_summary


def search_item(record):
    """A record found by search: its type and its summary."""
    if isinstance(record, Person):
        return {"type": "person", "person": person_summary(record), "organisation": None,
                "offer": None, "need": None}
    if isinstance(record, Offer):
        return {"type": "offer", "offer": offer_summary(record), "organisation": None, "person": None,
                "need": None}
    if isinstance(record, Need):
        return {"type": "need", "need": need_summary(record), "organisation": None, "person": None,
                "offer": None}
    return {"type": "organisation", "organisation": organisation_summary(record), "person": None,
            "offer": None, "need": None}


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
