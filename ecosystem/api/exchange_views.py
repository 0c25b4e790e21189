"""Offers and needs through the API: list with filters, read, create, change, verify, reject, archive."""
from flask import request, url_for
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, policy
from ..errors import Invalid
from ..exchange import services
from ..exchange.listings import need_query, offer_query, parse_need_filters, parse_offer_filters
from ..exchange.lookups import visible_need, visible_offer
from ..exchange.rules import NEED_RULES, OFFER_RULES
from ..pagination import paginate
from ..registry.lookups import visible_organisation, visible_person
from . import bp, serializers
from .access import api_user, curator_user, signed_in_user
from . import exchange_serializers as xs
from .inputs import action_input, checked_shapes, json_body, page_args, update_input


def _publisher_of(body, user, allow_person):
    """The publisher named in a create body: `organisation` (slug) or, for offers, `person` (slug)."""
    org_slug, person_slug = body.pop("organisation", None), body.pop("person", None) if allow_person else None
    if bool(org_slug) == bool(person_slug) or not isinstance(org_slug or person_slug, str):
        message = _("Name the publisher: 'organisation' (a slug) or 'person' (a slug), not both.") if allow_person \
            else _("Name the publishing organisation: 'organisation' (a slug).")
        raise Invalid(message, "organisation")
    return visible_organisation(user, org_slug) if org_slug else visible_person(user, person_slug)


@bp.get("/offers")
@policy(API_TOKEN)
def offer_list():
    """Offers the caller may see, with the listing page's filters."""
    user = api_user()
    page = paginate(offer_query(user, parse_offer_filters(request.args, user)), *page_args())
    return serializers.page_of(page, xs.offer_summary)


@bp.post("/offers")
@policy(API_TOKEN)
def offer_create():
    """A new offer of an organisation or person the caller manages, waiting for a curator."""
    user = signed_in_user()
    body = json_body()
    publisher = _publisher_of(body, user, allow_person=True)
    offer = services.create_offer(user, publisher, checked_shapes(OFFER_RULES, body))
    location = url_for("api.offer_detail", slug=offer.slug, _external=True)
    return xs.offer_detail(offer, user), 201, {"Location": location}


@bp.get("/offers/<slug>")
@policy(API_TOKEN)
def offer_detail(slug):
    user = api_user()
    return xs.offer_detail(visible_offer(user, slug), user)


@bp.patch("/offers/<slug>")
@policy(API_TOKEN)
def offer_update(slug):
    """Change the fields sent; `version` must be the one read (else 409)."""
    user = signed_in_user()
    offer = visible_offer(user, slug)
    version, data = update_input(OFFER_RULES)
    services.update_offer(user, offer, data, expected_version=version)
    return xs.offer_detail(offer, user)


@bp.post("/offers/<slug>/verify")
@policy(API_TOKEN)
def offer_verify(slug):
    """Curators make an offer public (never one they manage)."""
    user = curator_user()
    offer = visible_offer(user, slug)
    action_input("decision")
    services.verify_listing(user, offer)
    return xs.offer_detail(offer, user)


@bp.post("/offers/<slug>/reject")
@policy(API_TOKEN)
def offer_reject(slug):
    """Curators return an offer to its managers with a reason."""
    user = curator_user()
    offer = visible_offer(user, slug)
    services.reject_listing(user, offer, action_input("rejection")["reason"])
    return xs.offer_detail(offer, user)


@bp.post("/offers/<slug>/archive")
@policy(API_TOKEN)
def offer_archive(slug):
    """Withdraw an offer (its managers or curators)."""
    user = signed_in_user()
    offer = visible_offer(user, slug)
    action_input("decision")
    services.archive_listing(user, offer)
    return xs.offer_detail(offer, user)


@bp.get("/needs")
@policy(API_TOKEN)
def need_list():
    """Needs the caller may see, with the listing page's filters."""
    user = api_user()
    page = paginate(need_query(user, parse_need_filters(request.args, user)), *page_args())
    return serializers.page_of(page, xs.need_summary)


@bp.post("/needs")
@policy(API_TOKEN)
def need_create():
    """A new need of an organisation the caller manages, waiting for a curator."""
    user = signed_in_user()
    body = json_body()
    organisation = _publisher_of(body, user, allow_person=False)
    need = services.create_need(user, organisation, checked_shapes(NEED_RULES, body))
    location = url_for("api.need_detail", slug=need.slug, _external=True)
    return xs.need_detail(need, user), 201, {"Location": location}


@bp.get("/needs/<slug>")
@policy(API_TOKEN)
def need_detail(slug):
    user = api_user()
    return xs.need_detail(visible_need(user, slug), user)


@bp.patch("/needs/<slug>")
@policy(API_TOKEN)
def need_update(slug):
    """Change the fields sent; `version` must be the one read (else 409)."""
    user = signed_in_user()
    need = visible_need(user, slug)
    version, data = update_input(NEED_RULES)
    services.update_need(user, need, data, expected_version=version)
    return xs.need_detail(need, user)


@bp.post("/needs/<slug>/verify")
@policy(API_TOKEN)
def need_verify(slug):
    """Curators make a need public (never one they manage)."""
    user = curator_user()
    need = visible_need(user, slug)
    action_input("decision")
    services.verify_listing(user, need)
    return xs.need_detail(need, user)


@bp.post("/needs/<slug>/reject")
@policy(API_TOKEN)
def need_reject(slug):
    """Curators return a need to its managers with a reason."""
    user = curator_user()
    need = visible_need(user, slug)
    services.reject_listing(user, need, action_input("rejection")["reason"])
    return xs.need_detail(need, user)


@bp.post("/needs/<slug>/archive")
@policy(API_TOKEN)
def need_archive(slug):
    """Withdraw a need (its managers or curators)."""
    user = signed_in_user()
    need = visible_need(user, slug)
    action_input("decision")
    services.archive_listing(user, need)
    return xs.need_detail(need, user)
