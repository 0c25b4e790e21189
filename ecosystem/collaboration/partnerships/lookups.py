"""Finding one partnership (or partner) the current user may see. Hidden and missing look the same: NotFound."""
from flask_babel import gettext as _

from ...auth.policy import can_view_partnership
from ...errors import NotFound
from ...extensions import db
from ...models import Partnership, PartnershipPartner


def visible_partnership(user, slug):
    """The partnership with this slug if the user may see it (pending ones of others are 404)."""
    partnership = db.session.scalar(db.select(Partnership).filter_by(slug=slug))
    if partnership is None or not can_view_partnership(user, partnership):
        raise NotFound(_("No partnership you can see has this address."))
    return partnership


def partner_in(partnership, partner_id):
    """One partner (a role of an organisation) of this partnership."""
    partner = db.session.get(PartnershipPartner, partner_id)
    if partner is None or partner.partnership_id != partnership.id:
        raise NotFound(_("This partnership has no such partner."))
    return partner


def shown_partners(user, partnership, can_edit):
    """{role: [partners]} in the order state, school, investor; the public sees public organisations only."""
    grouped = {"state": [], "school": [], "investor": []}
    for partner in partnership.partners:
        if can_edit or partner.organisation.is_public:
            grouped.setdefault(partner.role, []).append(partner)
    return grouped
