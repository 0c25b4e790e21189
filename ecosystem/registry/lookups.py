"""Finding one listing the current user may see. Hidden and missing look the same: NotFound."""
from flask_babel import gettext as _

from ..auth.policy import can_view_organisation, can_view_person
from ..errors import NotFound
from ..extensions import db
from ..models import Organisation, Person


def visible_organisation(user, slug):
    """The organisation with this slug if the user may see it (drafts and pending of others are 404)."""
    org = db.session.scalar(db.select(Organisation).filter_by(slug=slug))
    if org is None or not can_view_organisation(user, org):
        raise NotFound(_("No organisation you can see has this address."))
    return org


def visible_person(user, slug):
    """The person with this slug if the user may see them."""
    person = db.session.scalar(db.select(Person).filter_by(slug=slug))
    if person is None or not can_view_person(user, person):
        raise NotFound(_("No profile you can see has this address."))
    return person
