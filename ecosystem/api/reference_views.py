"""Taxonomies, the current user, the curators' queue and the OpenAPI document."""
from flask import request

from ..auth.policy import API_TOKEN, policy
from ..curation.queries import pending_organisations_query, pending_people_query
from ..models import Province, Sector, StrategicTechnology, Ward
from ..pagination import MAX_PER_PAGE, parse_positive_int
from ..registry.taxonomy import active_terms
from . import bp, serializers
from .access import curator_user, signed_in_user
from .openapi import openapi_document
from .queries import first


@bp.get("/taxonomy")
@policy(API_TOKEN)
def taxonomy():
    """The codes filters and write bodies use, with Vietnamese and English names."""
    return {
        "technologies": [serializers.term(item) for item in active_terms(StrategicTechnology)],
        "sectors": [serializers.term(item) for item in active_terms(Sector)],
        "provinces": [serializers.term(item) for item in active_terms(Province)],
        "wards": [serializers.ward(item) for item in active_terms(Ward)],
    }


@bp.get("/me")
@policy(API_TOKEN)
def me():
    """The signed-in user (by token or session) and the organisations they manage."""
    return serializers.me(signed_in_user())


@bp.get("/curation/pending")
@policy(API_TOKEN)
def curation_pending():
    """Organisations and people waiting for review, oldest first (up to `limit` of each)."""
    curator_user()
    limit = parse_positive_int(request.args.get("limit"), "limit", MAX_PER_PAGE, maximum=MAX_PER_PAGE)
    orgs, org_total = first(pending_organisations_query(), limit)
    persons, person_total = first(pending_people_query(), limit)
    return {
        "organisations": {"items": [serializers.organisation_summary(o) for o in orgs], "total": org_total},
        "people": {"items": [serializers.person_summary(p) for p in persons], "total": person_total},
    }


@bp.get("/openapi.json")
@policy(API_TOKEN)
def openapi():
    """The OpenAPI 3.1 description of this API."""
    return openapi_document()
