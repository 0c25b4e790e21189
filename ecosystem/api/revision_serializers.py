"""Revisions, queue items, decision outcomes and activity entries as JSON (schemas in openapi_revisions.py)."""
from flask import url_for

from ..curation.revisions.capture import pending_revisions
from ..models import Person
from .serializers import code_of, timestamp


def user_link(user):
    """Who did something: id and name (no email), or None for the system."""
    return {"id": user.id, "name": user.name} if user is not None else None


def listing_link(record):
    """Enough of an organisation or a person to name and link it."""
    if record is None:
        return None
    if isinstance(record, Person):
        return {"type": "person", "slug": record.slug, "name": record.full_name,
                "url": url_for("api.person_detail", slug=record.slug, _external=True)}
    return {"type": "organisation", "slug": record.slug, "name": record.name,
            "url": url_for("api.organisation_detail", slug=record.slug, _external=True)}


def revision_item(revision):
    """One revision with its changes (old and new values in the write endpoints' vocabulary)."""
    return {
        "id": revision.id, "listing": listing_link(revision.record), "action": revision.action,
        "state": revision.state, "fields": revision.fields, "changes": revision.changes,
        "actor": user_link(revision.actor), "created_at": timestamp(revision.created_at),
        "reviewer": user_link(revision.reviewer), "reviewed_at": timestamp(revision.reviewed_at),
        "review_reason": revision.review_reason, "reverts_id": revision.reverts_id,
        "record_version": revision.record_version,
    }


def queue_listing(item_type, record):
    """A new listing in the curators' queue; `type` and `id` are what bulk decisions take."""
    return {
        "type": item_type, "id": record.id, "slug": record.slug,
        "name": record.full_name if item_type == "person" else record.name, "kind": record.kind,
        "province": code_of(record.province), "status": record.status, "created_at": timestamp(record.created_at),
        "url": listing_link(record)["url"],
    }


def decision_outcome(outcome):
    """What a bulk decision did with one item."""
    return {"type": outcome.type, "id": outcome.id, "ok": outcome.ok, "message": outcome.message or None}


def activity_entry(entry):
    """One line of the activity feed: a revision or another audited action."""
    return {
        "source": entry.source, "action": entry.action, "created_at": timestamp(entry.created_at),
        "listing": listing_link(entry.record), "actor": user_link(entry.actor),
        "revision": revision_item(entry.revision) if entry.revision is not None else None,
        "details": dict(entry.event.details or {}) if entry.event is not None else None,
    }


def pending_review(record):
    """The record's changes waiting for a curator (PATCH answers carry them)."""
    return [revision_item(revision) for revision in pending_revisions(record)]
