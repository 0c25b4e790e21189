"""Matching through the API: ranked partners of an organisation, person, offer, need or lab, each with
its score, the reasons that produced it and what would raise it. Same rules as the browser: public
listings for everyone, any listing for curators, pending ones for the people who manage them."""
from flask import request
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, can_run_matching, policy
from ..errors import NotFound
from ..matching.presenters import listing_url
from ..matching.services import MAX_LIMIT, find_record, kind_of, matches_for, record_type_of
from ..pagination import parse_positive_int
from . import bp
from .access import api_user


def listing_summary(record):
    """type, kind, slug, name and the browser address of a listing."""
    name = getattr(record, "display_name", None) or getattr(record, "title", None) or record.name
    return {"type": record_type_of(record), "kind": kind_of(record), "slug": record.slug, "name": name,
            "html_url": listing_url(record, external=True)}


def _matches(record_type, key):
    user = api_user()
    record = find_record(record_type, key)
    if not can_run_matching(user, record):
        raise NotFound(_("No listing you can see has this address."))
    kind = request.args.get("kind") or None
    limit = parse_positive_int(request.args.get("limit"), "limit", 20, maximum=MAX_LIMIT)
    results = matches_for(user, record, kind, limit)
    return {"source": listing_summary(record), "kind": kind,
            "items": [{**listing_summary(candidate), **match.as_dict()} for candidate, match in results]}


# (path segment, record type, endpoint and operationId, what the listing is): one GET each.
MATCHING_ROUTES = (("organisations", "organisation", "organisation_matches", "an organisation"),
                   ("people", "person", "person_matches", "a person"),
                   ("offers", "offer", "offer_matches", "a technology offer"),
                   ("needs", "need", "need_matches", "a technology need"),
                   ("labs", "lab", "lab_matches", "a lab"))


def _register(segment, record_type, endpoint, what):
    def view(slug):
        return _matches(record_type, slug)
    view.__name__, view.__doc__ = endpoint, f"Ranked partners of {what} (slug or id)."
    bp.get(f"/{segment}/<slug>/matches", endpoint=endpoint)(policy(API_TOKEN)(view))


for _route in MATCHING_ROUTES:
    _register(*_route)
