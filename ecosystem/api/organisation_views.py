"""Organisations: list, read, create, change, verify and reject."""
from flask import request, url_for

from ..auth.policy import API_TOKEN, policy
from ..models import Kind
from ..pagination import paginate
from ..registry import organisations
from ..registry.listings import organisation_query, parse_filters
from ..registry.logos import store_logo
from ..registry.lookups import visible_organisation
from . import bp, serializers
from .access import api_user, curator_user, signed_in_user
from .duplicate_views import duplicate_conflict_for
from .inputs import action_input, creation_input, page_args, update_input
from .revision_serializers import pending_review


@bp.get("/organisations")
@policy(API_TOKEN)
def organisation_list():
    """Organisations the caller may see, with the browser listing's filters."""
    user = api_user()
    filters = parse_filters(request.args, Kind.ALL)
    page = paginate(organisation_query(user, filters), *page_args())
    return serializers.page_of(page, serializers.organisation_summary)


@bp.get("/organisations/<slug>")
@policy(API_TOKEN)
def organisation_detail(slug):
    """One organisation; drafts and pending listings of others are 404."""
    user = api_user()
    return serializers.organisation_detail(visible_organisation(user, slug), user)


@bp.post("/organisations")
@policy(API_TOKEN)
def organisation_create():
    """A new listing owned by the caller, waiting for a curator."""
    user = signed_in_user()
    kind, data = creation_input(organisations.rules_for)
    conflict = duplicate_conflict_for(user, kind, data)  # 409 on strong evidence unless "confirm_new": true
    if conflict is not None:
        return conflict
    org = organisations.create_organisation(user, kind, data)
    location = url_for("api.organisation_detail", slug=org.slug, _external=True)
    return serializers.organisation_detail(org, user), 201, {"Location": location}


@bp.patch("/organisations/<slug>")
@policy(API_TOKEN)
def organisation_update(slug):
    """Change the fields sent; `version` must be the one read (else 409)."""
    user = signed_in_user()
    org = visible_organisation(user, slug)
    version, data = update_input(organisations.rules_for(org.kind))
    organisations.update_organisation(user, org, data, expected_version=version)
    # Important fields of a verified listing wait for a curator: say which, and what was proposed.
    return {**serializers.organisation_detail(org, user), "pending_review": pending_review(org)}


@bp.post("/organisations/<slug>/verify")
@policy(API_TOKEN)
def organisation_verify(slug):
    """Curators make a listing public (never one they belong to)."""
    user = curator_user()
    org = visible_organisation(user, slug)
    action_input("decision")
    organisations.verify_organisation(user, org)
    return serializers.organisation_detail(org, user)


@bp.post("/organisations/<slug>/reject")
@policy(API_TOKEN)
def organisation_reject(slug):
    """Curators return a listing to its owners with a reason."""
    user = curator_user()
    org = visible_organisation(user, slug)
    data = action_input("rejection")
    organisations.reject_organisation(user, org, data["reason"])
    return serializers.organisation_detail(org, user)


@bp.put("/organisations/<slug>/logo")
@policy(API_TOKEN)
def organisation_logo(slug):
    """Replace the logo: multipart/form-data with one file field `logo` (PNG, JPEG, GIF or WebP)."""
    user = signed_in_user()
    org = visible_organisation(user, slug)
    store_logo(user, org, request.files.get("logo"))
    return serializers.organisation_detail(org, user)
