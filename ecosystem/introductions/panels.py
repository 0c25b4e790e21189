"""The "Request an introduction" panel of organisation and person pages."""
from flask import url_for

from ..models import Status
from .queries import open_request_between
from .sides import is_own_party, managers_of, reference_of


def panel_context(user, record):
    """What the panel shows for this viewer, or None on listings that are not public."""
    if record.status != Status.VERIFIED:
        return None
    reference = reference_of(record)
    if user.is_authenticated and is_own_party(user, record):
        return {"state": "own", "link": url_for("introductions.introduction_list", box="received")}
    if not managers_of(record):
        is_organisation = hasattr(record, "memberships")
        return {"state": "unmanaged", "can_claim": is_organisation and user.is_authenticated,
                "claim_link": url_for("registry.claim_organisation", slug=record.slug) if is_organisation else None}
    if not user.is_authenticated:
        return {"state": "anonymous",
                "link": url_for("auth.login", next=url_for("introductions.new_introduction", target=reference))}
    existing = open_request_between(user, record)
    if existing is not None:
        return {"state": "open", "introduction": existing,
                "link": url_for("introductions.introduction_detail", introduction_id=existing.id)}
    return {"state": "ask", "link": url_for("introductions.new_introduction", target=reference)}
