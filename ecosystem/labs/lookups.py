"""Finding one lab or instrument the current user may see. Hidden and missing look the same: NotFound."""
from flask_babel import gettext as _

from ..auth.policy import can_view_lab
from ..errors import NotFound
from ..extensions import db
from ..models import Equipment, Lab


def visible_lab(user, slug):
    """The lab with this slug if the user may see it (pending labs of others are 404)."""
    lab = db.session.scalar(db.select(Lab).filter_by(slug=slug))
    if lab is None or not can_view_lab(user, lab):
        raise NotFound(_("No lab you can see has this address."))
    return lab


def visible_equipment(user, slug):
    """The instrument with this slug if the user may see its lab."""
    equipment = db.session.scalar(db.select(Equipment).filter_by(slug=slug))
    if equipment is None or not can_view_lab(user, equipment.lab):
        raise NotFound(_("No equipment you can see has this address."))
    return equipment
