"""What a curator's decision on a partnership tells the people who manage it, in the app and by email."""
from flask_babel import lazy_gettext as _l

from ...models import Status
from ...registry.decision_notices import DecisionNotices, unique_users


def partnership_managers(partnership):
    """Who manages the partnership (as `can_edit_partnership` says, curators aside): the members of its
    verified partner organisations."""
    members = [m.user for partner in partnership.partners if partner.organisation.status == Status.VERIFIED
               for m in partner.organisation.memberships]
    return unique_users(members)


NOTICES = DecisionNotices(
    "partnership", _l("The partnership %(name)s is verified and public."),
    _l("A curator returned the partnership %(name)s for changes."),
    partnership_managers, "partnerships.partnership_detail", lambda item: (item.title, item.title_en))
