"""What a curator's decision on a partnership tells the people who manage it, in the app and by email."""
from flask_babel import lazy_gettext as _l

from ...models import Status
from ...registry import decision_notices as notices

PARTNERSHIP_VERIFIED = "partnership_verified"
PARTNERSHIP_REJECTED = "partnership_rejected"
WORDING = {
    PARTNERSHIP_VERIFIED: _l("The partnership %(name)s is verified and public."),
    PARTNERSHIP_REJECTED: _l("A curator returned the partnership %(name)s for changes."),
}


def register_kinds(app):
    """Teach the notification list how to word the curators' decisions on partnerships."""
    notices.register_wording(app, WORDING)


def partnership_managers(partnership):
    """Who manages the partnership (as `can_edit_partnership` says, curators aside): the members of its
    verified partner organisations."""
    members = [m.user for partner in partnership.partners if partner.organisation.status == Status.VERIFIED
               for m in partner.organisation.memberships]
    return notices.unique_users(members)


def tell_partnership_managers(partnership, kind, reason=None):
    """Tell the partners' managers that a curator verified the partnership or returned it (with the reason)."""
    notices.tell_managers(partnership_managers(partnership), kind, WORDING[kind],
                          notices.listing_params(partnership.title, partnership.title_en),
                          "partnerships.partnership_detail", {"slug": partnership.slug}, reason=reason)
