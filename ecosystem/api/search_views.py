"""Search through the API: the same service, parameters and visibility as the search page."""
from flask import request
from flask_babel import get_locale

from ..auth.policy import API_TOKEN, policy
from ..registry.lookups import visible_organisation, visible_person
from ..search.services import parse_params, search
from ..search.suggestions import similar, suggest
from . import bp
from .access import api_user
from .search_serializers import search_item, search_page

SIMILAR_LIMIT = 6


@bp.get("/search")
@policy(API_TOKEN)
def search_listings():
    """Search every kind the caller may see: results, total, facet counts and a spelling suggestion."""
    user = api_user()
    params = parse_params(request.args, user)
    return search_page(search(params, user, str(get_locale())))


@bp.get("/search/suggest")
@policy(API_TOKEN)
def search_suggest():
    """Autocomplete: listings, technologies and tags starting with `q`."""
    user = api_user()
    limit = request.args.get("limit", "8")
    return {"items": suggest(request.args.get("q", ""), user, str(get_locale()),
                             int(limit) if limit.isdigit() else 8)}


@bp.get("/organisations/<slug>/similar")
@policy(API_TOKEN)
def organisation_similar(slug):
    """Listings similar to this organisation."""
    user = api_user()
    return {"items": [search_item(record) for record in
                      similar(visible_organisation(user, slug), user, SIMILAR_LIMIT)]}


@bp.get("/people/<slug>/similar")
@policy(API_TOKEN)
def person_similar(slug):
    """Listings similar to this person."""
    user = api_user()
    return {"items": [search_item(record) for record in
                      similar(visible_person(user, slug), user, SIMILAR_LIMIT)]}
