"""Who manages a listing: memberships and claims. They flush, never commit."""
from flask_babel import gettext as _

from ..auth.policy import can_claim_organisation, can_manage_members, is_curator, membership_of
from ..errors import Conflict, Invalid, NotAllowed, NotFound
from ..extensions import db
from ..models import AuditEvent, Claim, ClaimStatus, Membership, OrgRole, User, utcnow
from ..text import clean_text
from .notifications import notify_claimant


def add_member(actor, org, email, role):
    """Owners add a registered user as owner or editor."""
    if not can_manage_members(actor, org):
        raise NotAllowed(_("Only owners manage the members of a listing."))
    if role not in OrgRole.ALL:
        raise Invalid(_("Choose owner or editor."), "role")
    user = db.session.scalar(db.select(User).filter_by(email=(email or "").strip().lower()))
    if user is None:
        raise Invalid(_("No account uses this email. Ask them to register first."), "email")
    if membership_of(user, org) is not None:
        raise Conflict(_("This person is already a member."), "email")
    membership = Membership(user=user, organisation=org, role=role)
    db.session.add(membership)
    db.session.add(AuditEvent(actor_id=actor.id, action="member_added", target_type="organisation",
                              target_id=org.id, details={"user": user.id, "role": role}))
    db.session.flush()
    return membership


def remove_member(actor, org, membership_id):
    """Owners remove members; the last owner stays so a listing is never orphaned."""
    if not can_manage_members(actor, org):
        raise NotAllowed(_("Only owners manage the members of a listing."))
    membership = db.session.get(Membership, membership_id)
    if membership is None or membership.organisation_id != org.id:
        raise NotFound(_("No such member."))
    owners = [m for m in org.memberships if m.role == OrgRole.OWNER]
    if membership.role == OrgRole.OWNER and len(owners) == 1:
        raise Conflict(_("A listing needs at least one owner. Add another owner first."))
    db.session.delete(membership)
    db.session.add(AuditEvent(actor_id=actor.id, action="member_removed", target_type="organisation",
                              target_id=org.id, details={"user": membership.user_id}))
    db.session.flush()


def request_claim(user, org, message):
    """Ask to manage an existing public listing; one open claim per user and listing."""
    if not can_claim_organisation(user, org):
        raise NotAllowed(_("You cannot claim this listing."))
    message = clean_text(message or "")
    if not message or len(message) > 2000:
        raise Invalid(_("Explain your connection in at most 2000 characters."), "message")
    open_claim = db.session.scalar(db.select(Claim).filter_by(user_id=user.id, organisation_id=org.id,
                                                              status=ClaimStatus.PENDING))
    if open_claim is not None:
        raise Conflict(_("You already have a claim waiting for review on this listing."))
    claim = Claim(user_id=user.id, organisation_id=org.id, message=message)
    db.session.add(claim)
    db.session.flush()
    return claim


def decide_claim(actor, claim, approve, reason=None):
    """A curator approves (the claimant becomes owner) or rejects with a reason."""
    if not is_curator(actor) or claim.user_id == actor.id:
        raise NotAllowed(_("Only curators decide claims, never their own."))
    if claim.status != ClaimStatus.PENDING:
        raise Conflict(_("This claim has been decided already."))
    reason = clean_text(reason or "")
    if not approve and not reason:
        raise Invalid(_("Give the claimant a reason."), "reason")
    claim.status = ClaimStatus.APPROVED if approve else ClaimStatus.REJECTED
    claim.reason, claim.decided_by_id, claim.decided_at = reason or None, actor.id, utcnow()
    if approve and membership_of(claim.user, claim.organisation) is None:
        db.session.add(Membership(user_id=claim.user_id, organisation_id=claim.organisation_id, role=OrgRole.OWNER))
    db.session.add(AuditEvent(actor_id=actor.id, action="claim_" + claim.status, target_type="organisation",
                              target_id=claim.organisation_id, details={"claim": claim.id, "user": claim.user_id}))
    db.session.flush()
    notify_claimant(claim)
    return claim
