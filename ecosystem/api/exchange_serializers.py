"""Offers and needs as JSON: summaries for lists and search, full records for the detail endpoints.

The keys written here are the properties of the schemas in `openapi_exchange.py`."""
from flask import url_for

from ..auth.policy import can_edit_exchange_listing
from .serializers import term, timestamp


def publisher(listing):
    """Who publishes the listing: type, slug and display name."""
    if listing.kind == "offer" and listing.person is not None:
        return {"type": "person", "slug": listing.person.slug, "name": listing.person.display_name}
    org = listing.organisation
    return {"type": "organisation", "slug": org.slug, "name": org.name, "kind": org.kind}


def _common_summary(listing):
    return {
        "slug": listing.slug, "title": listing.title, "title_en": listing.title_en, "status": listing.status,
        "is_sample": listing.is_sample, "publisher": publisher(listing),
        "technologies": [item.code for item in listing.technologies],
        "sectors": [item.code for item in listing.sectors], "updated_at": timestamp(listing.updated_at),
        "url": url_for(f"api.{listing.kind}_detail", slug=listing.slug, _external=True),
    }


def _common_detail(listing, user):
    return {
        "technologies": [term(item) for item in listing.technologies],
        "sectors": [term(item) for item in listing.sectors], "tags": [tag.name for tag in listing.tags],
        "status_reason": listing.status_reason if can_edit_exchange_listing(user, listing) else None,
        "version": listing.version, "created_at": timestamp(listing.created_at),
        "verified_at": timestamp(listing.verified_at),
        "html_url": url_for(f"exchange.{listing.kind}_detail", slug=listing.slug, _external=True),
    }


def offer_summary(offer):
    """What a list shows of an offer."""
    return {**_common_summary(offer), "trl": offer.trl, "ip_status": offer.ip_status,
            "engagement": offer.engagement}


def offer_detail(offer, user):
    """The whole offer as this user may see it (the status reason only to its managers and curators)."""
    return {**offer_summary(offer), "summary": offer.summary, "summary_en": offer.summary_en, "terms": offer.terms,
            **_common_detail(offer, user)}


def need_summary(need):
    """What a list shows of a need; `is_open` is false once the deadline has passed."""
    return {**_common_summary(need), "budget_min_vnd": need.budget_min_vnd, "budget_max_vnd": need.budget_max_vnd,
            "deadline": need.deadline.isoformat() if need.deadline else None, "is_open": need.is_open}


def need_detail(need, user):
    """The whole need as this user may see it."""
    return {**need_summary(need), "problem": need.problem, "problem_en": need.problem_en,
            "desired_outcome": need.desired_outcome, **_common_detail(need, user)}
