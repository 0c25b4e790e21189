"""Data quality through the API: a listing's score and what to fix, confirming data is current, and the
curators' dashboard. Editors (members, a profile's owner) and curators only."""
from flask import request
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, policy
from ..curation.quality.alerts import alert_list
from ..curation.quality.facts import quality_of
from ..curation.quality.report import KINDS, dashboard, record_snapshot
from ..curation.quality.services import can_manage_listing, confirm_listing
from ..errors import Invalid, NotAllowed
from ..models import utcnow
from ..pagination import MAX_PER_PAGE, parse_positive_int
from ..registry.lookups import visible_organisation, visible_person
from . import bp, quality_serializers
from .access import curator_user, signed_in_user
from .inputs import action_input


def managed(user, listing):
    """The listing if the user manages it (or is a curator); 403 otherwise."""
    if not can_manage_listing(user, listing):
        raise NotAllowed(_("Only the people who manage this listing, and curators, see its data quality."))
    return listing


@bp.get("/organisations/<slug>/quality")
@policy(API_TOKEN)
def organisation_quality(slug):
    """The organisation's quality score and what to fix."""
    user = signed_in_user()
    return quality_serializers.quality(quality_of(managed(user, visible_organisation(user, slug))))


@bp.get("/people/<slug>/quality")
@policy(API_TOKEN)
def person_quality(slug):
    """The profile's quality score and what to fix."""
    user = signed_in_user()
    return quality_serializers.quality(quality_of(managed(user, visible_person(user, slug))))


def _confirm(lookup, slug):
    """Confirm the listing `lookup` finds for the caller; answer with its quality."""
    user = signed_in_user()
    listing = lookup(user, slug)
    action_input("decision")
    confirm_listing(user, listing)
    return quality_serializers.quality(quality_of(listing))


@bp.post("/organisations/<slug>/confirm")
@policy(API_TOKEN)
def organisation_confirm(slug):
    """Confirm the organisation's data is current; returns its quality."""
    return _confirm(visible_organisation, slug)


@bp.post("/people/<slug>/confirm")
@policy(API_TOKEN)
def person_confirm(slug):
    """Confirm the profile's data is current; returns its quality."""
    return _confirm(visible_person, slug)


@bp.get("/curation/quality")
@policy(API_TOKEN)
def curation_quality():
    """The data-quality dashboard: distribution, averages by kind and ward, worst listings, trend, alerts."""
    curator_user()
    kind = request.args.get("kind") or None
    if kind is not None and kind not in KINDS:
        raise Invalid(_("Kind must be one of: %(values)s.", values=", ".join(KINDS)), "kind")
    limit = parse_positive_int(request.args.get("limit"), "limit", MAX_PER_PAGE, maximum=MAX_PER_PAGE)
    now = utcnow()
    return quality_serializers.dashboard(dashboard(now, trend_kind=kind), alert_list(now), limit, now)


@bp.post("/curation/quality/snapshot")
@policy(API_TOKEN)
def curation_quality_snapshot():
    """Record today's quality per kind now (the weekly report does it too); today's rows are replaced."""
    curator_user()
    action_input("decision")
    rows = record_snapshot()
    return quality_serializers.snapshot(rows), 201
