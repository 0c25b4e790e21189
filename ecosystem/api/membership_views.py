"""Who manages a listing: claims (asked by users, decided by curators) and memberships."""
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, can_manage_members, policy
from ..curation.queries import claims_query
from ..errors import NotAllowed
from ..pagination import paginate
from ..registry import members
from ..registry.lookups import visible_organisation
from . import bp, serializers
from .access import curator_user, signed_in_user
from .inputs import action_input, claim_status_arg, page_args
from .queries import claim_by_id, membership_in


@bp.post("/organisations/<slug>/claims")
@policy(API_TOKEN)
def claim_create(slug):
    """Ask to manage a public listing; a curator decides."""
    user = signed_in_user()
    org = visible_organisation(user, slug)
    data = action_input("claim")
    return serializers.claim(members.request_claim(user, org, data["message"])), 201


@bp.get("/claims")
@policy(API_TOKEN)
def claim_list():
    """Claims by status (pending by default), for curators."""
    curator_user()
    page = paginate(claims_query(claim_status_arg()), *page_args())
    return serializers.page_of(page, serializers.claim)


@bp.post("/claims/<int:claim_id>/approve")
@policy(API_TOKEN)
def claim_approve(claim_id):
    """The claimant becomes an owner of the listing."""
    user = curator_user()
    claim = claim_by_id(claim_id)
    action_input("decision")
    return serializers.claim(members.decide_claim(user, claim, True))


@bp.post("/claims/<int:claim_id>/reject")
@policy(API_TOKEN)
def claim_reject(claim_id):
    """Refuse a claim, with a reason for the claimant."""
    user = curator_user()
    claim = claim_by_id(claim_id)
    data = action_input("rejection")
    return serializers.claim(members.decide_claim(user, claim, False, data["reason"]))


def managed_organisation(user, slug):
    """The organisation if the user may manage its members (owners and curators)."""
    org = visible_organisation(user, slug)
    if not can_manage_members(user, org):
        raise NotAllowed(_("Only owners manage the members of a listing."))
    return org


@bp.get("/organisations/<slug>/members")
@policy(API_TOKEN)
def member_list(slug):
    """The members of a listing, for its owners and curators."""
    org = managed_organisation(signed_in_user(), slug)
    return {"items": [serializers.member(m) for m in sorted(org.memberships, key=lambda m: m.id)]}


@bp.post("/organisations/<slug>/members")
@policy(API_TOKEN)
def member_add(slug):
    """Add a registered user as owner or editor."""
    user = signed_in_user()
    org = managed_organisation(user, slug)
    data = action_input("member")
    return serializers.member(members.add_member(user, org, data["email"], data["role"])), 201


@bp.delete("/organisations/<slug>/members/<int:membership_id>")
@policy(API_TOKEN)
def member_remove(slug, membership_id):
    """Remove a member; the last owner stays."""
    user = signed_in_user()
    org = managed_organisation(user, slug)
    members.remove_member(user, org, membership_in(org, membership_id).id)
    return "", 204
