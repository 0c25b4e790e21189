"""The rows of a search's whole result set (what the user may see), for the exports in ../exports.py."""
from ..auth.policy import visible_status_for
from ..exports import EXPORT_LIMIT, listing_row
from ..mail import absolute_url
from ..models import Need, Offer
from .backends import get_backend
from .listing_kinds import detail_url, kind_of
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
        for _hit, record in zip_records(result.hits, for_documents=True):
            row = export_row(record)
            if row is None:
                continue
            yield row
            produced += 1
            if produced >= EXPORT_LIMIT:
                return
        if len(result.hits) < BATCH:
            return
        page += 1


def export_row(record):
    """The export row of any record search finds."""
    if isinstance(record, (Offer, Need)):
        return exchange_row(record)
    kind = kind_of(record)
    return kind_row(record, kind) if kind is not None else listing_row(record)


def kind_row(record, kind):
    """A lab, instrument, programme, partnership or zone project as a row of exports.COLUMNS: the place,
    facets and status its search document carries (None for a record that no longer has one)."""
    document = kind.build(record)
    if document is None:
        return None
    return {"kind": kind.name, "name": document.title, "name_en": kind.title_en(record),
            "url": detail_url(kind.name, record.slug, document.title, external=True),
            "website": getattr(record, "website", None) or "", "province": document.province or "", "ward": "",
            "zone": document.zone or "", "technologies": "|".join(document.technologies),
            "sectors": "|".join(document.sectors), "stage": "", "investor_type": "", "status": document.status,
            "updated_at": record.updated_at.isoformat()}


def exchange_row(listing):
    """An offer or need as a row of exports.COLUMNS: its title, link, publisher's place, terms and status."""
    publisher = listing.publisher
    zone = getattr(publisher, "zone", None)
    return {"kind": listing.kind, "name": listing.title, "name_en": listing.title_en or "",
            "url": absolute_url(f"exchange.{listing.kind}_detail", slug=listing.slug), "website": "",
            "province": publisher.province.code if publisher.province else "", "ward": "",
            "zone": zone.slug if zone is not None and zone.is_public else "",
            "technologies": "|".join(t.code for t in listing.technologies),
            "sectors": "|".join(s.code for s in listing.sectors), "stage": "", "investor_type": "",
            "status": listing.status, "updated_at": listing.updated_at.isoformat()}
