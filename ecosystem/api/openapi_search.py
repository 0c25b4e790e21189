"""The search part of the OpenAPI document: parameters and result schemas."""
from ..models import InvestorType, Kind, Stage, Status
from ..search.listing_kinds import KINDS
from ..search.protocol import SORTS
from ..search.query import MAX_QUERY_CHARS
from ..search.services import MAX_PAGE
from .openapi_schemas import BOOL, INT, NSTR, STR, STRINGS, TIME, array_of, obj, ref

SEARCH_KINDS = list(Kind.ALL) + ["person", *KINDS]


def search_parameters(query, paging):
    """Query-string parameters of GET /search (the search page takes the same)."""
    return [
        query("q", {"type": "string", "maxLength": MAX_QUERY_CHARS},
              "Words to find, with or without diacritics. \"Quoted words\" must be adjacent, -word excludes, "
              "OR between two words accepts either. No field syntax."),
        query("kind", {"enum": SEARCH_KINDS}, "Kind of listing.", many=True),
        query("technology", STR, "Strategic technology code.", many=True),
        query("sector", STR, "Sector code.", many=True),
        query("province", STR, "Province code.", many=True),
        query("ward", STR, "Ward or commune code.", many=True),
        query("zone", STR, "Slug of a high-tech zone.", many=True),
        query("stage", {"enum": list(Stage.ALL)}, "Startup stage.", many=True),
        query("investor_type", {"enum": list(InvestorType.ALL)}, "Investor type.", many=True),
        query("status", {"enum": list(Status.ALL)}, "Listing status (curators only).", many=True),
        query("sort", {"enum": list(SORTS), "default": "relevance"}, "Order of the results."),
        query("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}, "Page number."),
        paging[1],
    ]


def search_schemas():
    """Schemas of the search responses."""
    item = dict(type={"enum": ["organisation", "person", *KINDS]},
                organisation={"oneOf": [ref("OrganisationSummary"), {"type": "null"}]},
                person={"oneOf": [ref("PersonSummary"), {"type": "null"}]},
                offer={"oneOf": [ref("OfferSummary"), {"type": "null"}]},
                need={"oneOf": [ref("NeedSummary"), {"type": "null"}]},
                listing={"oneOf": [ref("SearchListingSummary"), {"type": "null"}],
                         "description": "A lab, equipment, programme, partnership or zone project."})
    facet_value = obj(value=STR, label=STR, count=INT, selected=BOOL)
    result = obj(**item, title_html={**STR, "description": "The title with matched words in <mark>."},
                 snippet_html={**STR, "description": "An excerpt with matched words in <mark> (escaped HTML)."},
                 score={"type": "number"})
    return {
        "SearchListingSummary": obj(
            kind={"enum": [name for name in KINDS if name not in ("offer", "need")]}, slug=STR, title=STR,
            title_en=NSTR, status={"enum": list(Status.ALL)},
            context={**STR, "description": "Host, agency, zone or partners, in the request's language."},
            technologies=STRINGS, updated_at=TIME, html_url={**STR, "format": "uri"}),
        "SearchItem": obj(**item),
        "SearchResults": obj(query=STR, sort={"enum": list(SORTS)},
                             filters={"type": "object", "additionalProperties": STRINGS},
                             total=INT, page=INT, pages=INT, per_page=INT, results=array_of(result),
                             facets={"type": "object", "additionalProperties": array_of(facet_value),
                                     "description": "Counts per value, each with every other filter applied."},
                             did_you_mean=NSTR),
        "SearchSuggestions": obj(items=array_of(obj(type={"enum": ["listing", "technology", "tag"]}, kind=STR,
                                                    kind_label=STR, label=STR, url=STR))),
        "SimilarListings": obj(items=array_of(ref("SearchItem"))),
    }


def search_paths(operation, query, paging, path_param):
    """Search, autocomplete and similar listings."""
    slug = path_param("slug")
    return {
        "/search": {"get": operation("search_listings", "Search every kind of listing", "search", "SearchResults",
                                     params=search_parameters(query, paging))},
        "/search/suggest": {"get": operation(
            "search_suggest", "Autocomplete", "search", "SearchSuggestions",
            params=[query("q", STR, "What was typed so far."),
                    query("limit", {"type": "integer", "minimum": 1, "maximum": 10, "default": 8}, "At most.")])},
        "/organisations/{slug}/similar": {"parameters": [slug], "get": operation(
            "organisation_similar", "Listings similar to an organisation", "search", "SimilarListings",
            errors={404})},
        "/people/{slug}/similar": {"parameters": [slug], "get": operation(
            "person_similar", "Listings similar to a person", "search", "SimilarListings", errors={404})},
    }
