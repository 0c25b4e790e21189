"""What verifying, rejecting and archiving a listing (lab, project, programme, partnership, offer, need)
have in common: the order of the checks, the status change, the audit event and the flush. They flush,
never commit.

Each domain keeps its own permission rule, messages and notices and passes them in, so its public
functions (`verify_lab`, `reject_programme`...) say and record exactly what they said before."""
from ..errors import Conflict, NotAllowed
from ..extensions import db
from ..models import AuditEvent, Status, utcnow
from . import schema as s


def audit_listing(actor, action, listing, **details):
    """Record who did what to a listing; the listing's `kind` names its type in the audit log."""
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action=action, target_type=listing.kind,
                              target_id=listing.id, details=details))


def verify_listing(actor, listing, allowed, refusal, already, blockers=(), notify=None):
    """Make `listing` public. Refused with `refusal` unless `allowed`, with `already` when it is verified,
    then with the message of the first `(condition, message)` in `blockers` whose condition (a callable,
    asked only when reached) holds. `notify()` runs after the flush."""
    if not allowed:
        raise NotAllowed(refusal)
    if listing.status == Status.VERIFIED:
        raise Conflict(already)
    for blocked, message in blockers:
        if blocked():
            raise Conflict(message)
    listing.status, listing.status_reason, listing.verified_at = Status.VERIFIED, None, utcnow()
    audit_listing(actor, "verified", listing)
    db.session.flush()
    if notify is not None:
        notify()
    return listing


def reject_listing(actor, listing, reason, allowed, refusal, notify=None):
    """Return `listing` to its managers with a cleaned `reason`; refused with `refusal` unless `allowed`.
    `notify(reason)` runs after the flush."""
    if not allowed:
        raise NotAllowed(refusal)
    reason = s.rejection_reason(reason)
    listing.status, listing.status_reason = Status.REJECTED, reason
    audit_listing(actor, "rejected", listing, reason=reason)
    db.session.flush()
    if notify is not None:
        notify(reason)
    return listing


def archive_listing(actor, listing, allowed, refusal, already):
    """Withdraw `listing` from every public page; refused with `refusal` unless `allowed`, with `already`
    when it is archived."""
    if not allowed:
        raise NotAllowed(refusal)
    if listing.status == Status.ARCHIVED:
        raise Conflict(already)
    listing.status = Status.ARCHIVED
    audit_listing(actor, "archived", listing)
    db.session.flush()
    return listing
