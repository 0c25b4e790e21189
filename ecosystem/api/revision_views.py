"""Revisions through the API: a listing's history, revert, the curators' queues, bulk decisions,
approving or rejecting held changes, and the activity feed."""
import math

from flask import request
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, can_view_history, policy
from ..curation.queries import (
    QUEUE_TYPES,
    claims_query,
    parse_queue_filters,
    pending_changes_query,
    pending_listings_rows,
)
from ..curation.revisions.activity import activity_page, parse_activity_filters
from ..curation.revisions.decisions import decide_many, parse_items
from ..curation.revisions.review import approve_change, reject_change
from ..curation.revisions.revert import revert_revision
from ..errors import Invalid, NotAllowed, NotFound
from ..extensions import db
from ..models import Organisation, Person, Revision
from ..pagination import paginate
from ..registry.lookups import visible_organisation, visible_person
from ..registry.schema import Flag, clean_input
from . import bp, serializers
from .access import curator_user, signed_in_user
from .inputs import action_input, checked_shapes, json_body, page_args
from .revision_serializers import activity_entry, decision_outcome, queue_listing, revision_item

REVERT_RULES = {"force": Flag()}


def _history_of(user, record):
    if not can_view_history(user, record):
        raise NotAllowed(_("Only the people who manage this listing, and curators, see its history."))
    return record


def _revisions_page(record):
    column = Revision.person_id if isinstance(record, Person) else Revision.organisation_id
    statement = db.select(Revision).where(column == record.id).order_by(Revision.created_at.desc(),
                                                                         Revision.id.desc())
    return serializers.page_of(paginate(statement, *page_args()), revision_item)


@bp.get("/organisations/<slug>/revisions")
@policy(API_TOKEN)
def organisation_revisions(slug):
    """Every revision of an organisation, newest first (its managers and curators)."""
    user = signed_in_user()
    return _revisions_page(_history_of(user, visible_organisation(user, slug)))


@bp.get("/people/<slug>/revisions")
@policy(API_TOKEN)
def person_revisions(slug):
    """Every revision of a profile, newest first (its owner and curators)."""
    user = signed_in_user()
    return _revisions_page(_history_of(user, visible_person(user, slug)))


def _revision_of(record, revision_id):
    revision = db.session.get(Revision, revision_id)
    listing_id = None
    if revision is not None:
        listing_id = revision.person_id if isinstance(record, Person) else revision.organisation_id
    if listing_id != record.id:
        raise NotFound(_("This listing has no such revision."))
    return revision


def _revert(lookup, slug, revision_id):
    user = curator_user()
    revision = _revision_of(lookup(user, slug), revision_id)
    data = clean_input(REVERT_RULES, checked_shapes(REVERT_RULES, json_body(allow_empty=True)))
    undo = revert_revision(user, revision, force=bool(data.get("force")))
    return {"reverted": revision_item(revision), "revision": revision_item(undo) if undo else None}


@bp.post("/organisations/<slug>/revisions/<int:revision_id>/revert")
@policy(API_TOKEN)
def organisation_revision_revert(slug, revision_id):
    """Restore the old values of a revision's fields (curators); 409 names fields changed again since."""
    return _revert(visible_organisation, slug, revision_id)


@bp.post("/people/<slug>/revisions/<int:revision_id>/revert")
@policy(API_TOKEN)
def person_revision_revert(slug, revision_id):
    """Restore the old values of a revision's fields (curators); 409 names fields changed again since."""
    return _revert(visible_person, slug, revision_id)


def _listings_page(filters, page, per_page):
    statement = pending_listings_rows(filters)
    total = db.session.scalar(db.select(db.func.count()).select_from(statement.subquery()))
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise NotFound(_("There is no page %(page)s; the last page is %(pages)s.", page=page, pages=pages))
    rows = db.session.execute(statement.limit(per_page).offset((page - 1) * per_page)).all()
    models = {"organisation": Organisation, "person": Person}
    items = [queue_listing(row.type, db.session.get(models[row.type], row.id)) for row in rows]
    return {"items": items, "total": total, "page": page, "pages": pages, "per_page": per_page}


@bp.get("/curation/queue")
@policy(API_TOKEN)
def curation_queue():
    """One of the curators' queues: new listings, claims or held changes, oldest first, with filters."""
    curator_user()
    queue_type = request.args.get("type") or "listings"
    if queue_type not in QUEUE_TYPES:
        raise Invalid(_("Type must be one of: %(values)s.", values=", ".join(QUEUE_TYPES)), "type")
    filters = parse_queue_filters(request.args)
    page, per_page = page_args()
    if queue_type == "listings":
        body = _listings_page(filters, page, per_page)
    elif queue_type == "claims":
        body = serializers.page_of(paginate(claims_query(filters=filters), page, per_page), serializers.claim)
    else:
        body = serializers.page_of(paginate(pending_changes_query(filters), page, per_page), revision_item)
    return {"type": queue_type, **body}


DECISION_KEYS = ("action", "items", "reason")


@bp.post("/curation/decisions")
@policy(API_TOKEN)
def curation_decisions():
    """Verify (approve) or reject many listings, claims and held changes with one reason."""
    user = curator_user()
    body = json_body()
    unknown = sorted(set(body) - set(DECISION_KEYS))
    if unknown:
        raise Invalid(_("Some fields need attention: %(fields)s.", fields=", ".join(unknown)),
                      errors={key: _("Unknown field.") for key in unknown})
    items, reason = body.get("items"), body.get("reason")
    if not isinstance(items, list) or (reason is not None and not isinstance(reason, str)):
        raise Invalid(_("Send 'items' as a list of {\"type\", \"id\"} objects and 'reason' as text."), "items")
    outcomes = decide_many(user, parse_items(items), body.get("action"), reason)
    return {"items": [decision_outcome(outcome) for outcome in outcomes],
            "decided": sum(1 for outcome in outcomes if outcome.ok),
            "skipped": sum(1 for outcome in outcomes if not outcome.ok)}


def _change(revision_id):
    revision = db.session.get(Revision, revision_id)
    if revision is None:
        raise NotFound(_("There is no such change."))
    return revision


@bp.post("/curation/changes/<int:revision_id>/approve")
@policy(API_TOKEN)
def change_approve(revision_id):
    """Publish a held change (curators, never to a listing they manage); 409 if the fields changed since."""
    user = curator_user()
    revision = _change(revision_id)
    action_input("decision")
    return revision_item(approve_change(user, revision))


@bp.post("/curation/changes/<int:revision_id>/reject")
@policy(API_TOKEN)
def change_reject(revision_id):
    """Refuse a held change with a reason for its author."""
    user = curator_user()
    revision = _change(revision_id)
    data = action_input("rejection")
    return revision_item(reject_change(user, revision, data["reason"]))


@bp.get("/curation/activity")
@policy(API_TOKEN)
def curation_activity():
    """Revisions and other actions on listings across the registry, newest first (curators)."""
    curator_user()
    filters = parse_activity_filters(request.args)
    page = activity_page(filters, *page_args())
    return serializers.page_of(page, activity_entry)

