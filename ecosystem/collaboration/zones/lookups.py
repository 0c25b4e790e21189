"""Finding one project or zone the current user may see. Hidden and missing look the same: NotFound."""
from flask_babel import gettext as _

from ...auth.policy import can_view_project
from ...errors import NotFound
from ...extensions import db
from ...models import Kind, ZoneProject
from ...registry.lookups import visible_organisation


def visible_project(user, slug):
    """The project with this slug if the user may see it (pending projects are for managers and curators)."""
    project = db.session.scalar(db.select(ZoneProject).filter_by(slug=slug))
    if project is None or not can_view_project(user, project):
        raise NotFound(_("No project you can see has this address."))
    return project


def visible_zone(user, slug):
    """The high-tech zone with this slug if the user may see it."""
    zone = visible_organisation(user, slug)
    if zone.kind != Kind.ZONE:
        raise NotFound(_("No high-tech zone you can see has this address."))
    return zone
