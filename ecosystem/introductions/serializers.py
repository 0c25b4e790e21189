"""Introductions, notifications and the funnel as JSON (the keys the OpenAPI schemas name)."""
from flask import url_for

from ..api.serializers import timestamp
from ..models import Person
from ..notifications.services import describe
from .presenters import allowed_actions, contacts_for, status_label


def party_link(party):
    """{type, slug, name} of the organisation or person on one side (None for a requester alone)."""
    if party is None:
        return None
    if isinstance(party, Person):
        return {"type": "person", "slug": party.slug, "name": party.display_name}
    return {"type": "organisation", "slug": party.slug, "name": party.name}


def _reference(record_type, record_id):
    return {"type": record_type, "id": record_id} if record_type else None


def introduction(user, item):
    """One introduction as the viewer sees it: contacts only once accepted, actions the viewer may take."""
    return {
        "id": item.id, "status": item.status, "status_label": status_label(item.status),
        "requester": {"id": item.requester.id, "name": item.requester.name},
        "source": party_link(item.source), "target": party_link(item.target),
        "context": _reference(item.context_type, item.context_id),
        "target_record": _reference(item.target_record_type, item.target_record_id),
        "message": item.message, "score": item.score,
        "reasons": [{"code": r.code, "points": r.points} for r in item.reasons],
        "decline_reason": item.decline_reason,
        "created_at": timestamp(item.created_at), "accepted_at": timestamp(item.accepted_at),
        "declined_at": timestamp(item.declined_at), "withdrawn_at": timestamp(item.withdrawn_at),
        "met_at": timestamp(item.met_at), "agreed_at": timestamp(item.agreed_at),
        "actions": allowed_actions(user, item), "contacts": contacts_for(user, item),
        "html_url": url_for("introductions.introduction_detail", introduction_id=item.id, _external=True),
    }


def notification(item):
    """One notification with its sentence in the caller's language."""
    return {"id": item.id, "kind": item.kind, "text": describe(item), "params": item.params or {},
            "link": url_for("registry.home", _external=True).rstrip("/") + item.link if item.link else None,
            "created_at": timestamp(item.created_at), "read_at": timestamp(item.read_at)}
