"""The matching part of the OpenAPI document: ranked partners of a listing with scores and reasons."""
from ..matching.profiles import GROUPS
from ..matching.scoring import FACTOR_CODES, HINTS
from ..matching.services import MAX_LIMIT
from .matching_views import MATCHING_ROUTES
from .openapi_schemas import INT, STR, array_of, obj, ref

RECORD_TYPES = {"enum": ["organisation", "person", "offer", "need", "lab"]}


def matching_schemas():
    """Schemas of the matching responses."""
    kinds = "Organisation or person kind, or offer / need / lab."
    listing = dict(type=RECORD_TYPES, kind={**STR, "description": kinds},
                   slug=STR, name=STR, html_url={"type": ["string", "null"], "format": "uri"})
    reason = obj(code={"enum": FACTOR_CODES}, points={**INT, "minimum": 0, "maximum": 100,
                                                        "description": "The factor's share of the score."},
                 text={**STR, "description": "Why, in the caller's language."})
    improvement = obj(code={"enum": FACTOR_CODES}, side={"enum": ["source", "target"],
                                                         "description": "source: the listing asked about."},
                      field={"enum": sorted(HINTS)}, text=STR)
    item = obj(**listing, score={"type": "integer", "minimum": 0, "maximum": 100,
                                 "description": "The sum of the reasons' points."},
               reasons=array_of(ref("MatchReason")), improvements=array_of(ref("MatchImprovement")))
    return {
        "MatchReason": reason, "MatchImprovement": improvement, "MatchListing": obj(**listing), "Match": item,
        "MatchList": obj(source=ref("MatchListing"), kind={"type": ["string", "null"], "enum": [*GROUPS, None]},
                         items=array_of(ref("Match"))),
    }


def matching_paths(operation, query, path_param):
    """GET /{organisations|people|offers|needs|labs}/{slug}/matches."""
    params = [
        query("kind", {"enum": list(GROUPS)},
              "Keep one kind of partner; the listing's kind decides which are possible (400 otherwise)."),
        query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 20}, "At most."),
    ]
    paths = {}
    for segment, _record_type, view, what in MATCHING_ROUTES:
        paths[f"/{segment}/{{slug}}/matches"] = {"parameters": [path_param("slug")], "get": operation(
            view, f"Ranked partners of {what} (slug or id), with scores and reasons", "matching", "MatchList",
            params=params, errors={404})}
    return paths
