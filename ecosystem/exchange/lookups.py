"""Finding one offer or need the current user may see. Hidden and missing look the same: NotFound."""
from flask_babel import gettext as _

from ..auth.policy import can_view_exchange_listing
from ..errors import NotFound
from ..extensions import db
from ..models import Need, Offer


def visible_offer(user, slug):
    """The offer with this slug if the user may see it (pending offers of others are 404)."""
    offer = db.session.scalar(db.select(Offer).filter_by(slug=slug))
    if offer is None or not can_view_exchange_listing(user, offer):
        raise NotFound(_("No offer you can see has this address."))
    return offer


def visible_need(user, slug):
    """The need with this slug if the user may see it (pending needs of others are 404)."""
    need = db.session.scalar(db.select(Need).filter_by(slug=slug))
    if need is None or not can_view_exchange_listing(user, need):
        raise NotFound(_("No need you can see has this address."))
    return need
