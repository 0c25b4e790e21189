"""Finding one listing the current user may see. Hidden and missing look the same: NotFound.

The address of a listing merged into another answers with a redirect to the survivor, on every page
and API endpoint that looks a listing up by its address (`/o/<old>`, `/o/<old>/edit`, the API...)."""
from flask import has_request_context, request, url_for
from flask_babel import gettext as _
from werkzeug.routing import RequestRedirect

from ..auth.policy import can_view_organisation, can_view_person
from ..errors import NotFound
from ..extensions import db
from ..models import Organisation, Person, RecordType, SlugRedirect


class MovedPermanently(RequestRedirect):
    """A permanent redirect raised from a lookup; Flask answers routing redirects without error handlers.

    Reads get 301; other methods get 308 so the client repeats the same request at the new address."""

    def __init__(self, new_url):
        super().__init__(new_url)
        self.code = 301 if request.method in ("GET", "HEAD") else 308


def _redirect_to(user, record_type, slug):
    """Raise a redirect to the listing `slug` was merged into, if the user may see it and `slug` is the
    address of the current page (a slug typed into a form is not redirected, just not found)."""
    if not has_request_context() or request.endpoint is None or (request.view_args or {}).get("slug") != slug:
        return
    column = SlugRedirect.organisation_id if record_type == RecordType.ORGANISATION else SlugRedirect.person_id
    model = Organisation if record_type == RecordType.ORGANISATION else Person
    target = db.session.scalar(db.select(model).join(SlugRedirect, column == model.id)
                               .where(SlugRedirect.record_type == record_type, SlugRedirect.old_slug == slug))
    check = can_view_organisation if record_type == RecordType.ORGANISATION else can_view_person
    if target is None or not check(user, target):
        return
    arguments = {**request.args.to_dict(flat=False), **request.view_args, "slug": target.slug}
    raise MovedPermanently(url_for(request.endpoint, **arguments))


def visible_organisation(user, slug):
    """The organisation with this slug if the user may see it (drafts and pending of others are 404)."""
    org = db.session.scalar(db.select(Organisation).filter_by(slug=slug))
    if org is None:
        _redirect_to(user, RecordType.ORGANISATION, slug)
    if org is None or not can_view_organisation(user, org):
        raise NotFound(_("No organisation you can see has this address."))
    return org


def visible_person(user, slug):
    """The person with this slug if the user may see them."""
    person = db.session.scalar(db.select(Person).filter_by(slug=slug))
    if person is None:
        _redirect_to(user, RecordType.PERSON, slug)
    if person is None or not can_view_person(user, person):
        raise NotFound(_("No profile you can see has this address."))
    return person
