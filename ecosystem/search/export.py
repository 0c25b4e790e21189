"""The rows of a search's whole result set (what the user may see), for the exports in ../exports.py."""
from ..auth.policy import visible_status_for
from ..exports import EXPORT_LIMIT, listing_row
from .backends import get_backend
from .protocol import SearchRequest
from .query import parse
from .services import zip_records

BATCH = 200


def export_rows(params, user):
    """Rows (dicts of exports.COLUMNS) for every result, in the search's order, up to EXPORT_LIMIT."""
    query = parse(params.q)
    backend, statuses = get_backend(), visible_status_for(user)
    page, produced = 1, 0
    while produced < EXPORT_LIMIT:
        result = backend.search(SearchRequest(query=query, filters=params.filters, statuses=statuses, facets=(),
                                              sort=params.sort, page=page, per_page=BATCH))
        for _hit, record in zip_records(result.hits):
            yield listing_row(record)
            produced += 1
            if produced >= EXPORT_LIMIT:
                return
        if len(result.hits) < BATCH:
            return
        page += 1
