"""Confirming that a listing's data is current, by a button or by the signed link mailed to its owners.

Services flush, never commit. The link is signed and expires (like the password-reset link) and is
bound to the listing's last confirmation, so once the data is confirmed the old link says so."""
from datetime import timezone

from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ...auth.policy import can_edit_organisation, can_edit_person
from ...errors import Conflict, Invalid, NotAllowed
from ...extensions import db
from ...models import AuditEvent, Organisation, Person, Status, User, utcnow
from .facts import quality_of

ORGANISATION, PERSON = "organisation", "person"
MODELS = {ORGANISATION: Organisation, PERSON: Person}


def listing_type(listing):
    """"person" or "organisation": how audit events, tokens and the API name the listing."""
    return PERSON if isinstance(listing, Person) else ORGANISATION


def can_manage_listing(user, listing):
    """Editors of a listing: its members or owner, and curators."""
    if isinstance(listing, Person):
        return can_edit_person(user, listing)
    return can_edit_organisation(user, listing)


def quality_for(user, listing):
    """The listing's quality when this user may see it (its editors and curators), else None."""
    if user is None or not can_manage_listing(user, listing):
        return None
    return quality_of(listing)


def confirm_listing(actor, listing):
    """The actor says the listing's data is current: freshness counts again from now."""
    if not can_manage_listing(actor, listing):
        raise NotAllowed(_("Only the people who manage this listing, and curators, can confirm its data."))
    if listing.status == Status.ARCHIVED:
        raise Conflict(_("This listing is archived. Ask a curator to restore it first."))
    listing.confirmed_at = utcnow()
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action="confirmed",
                              target_type=listing_type(listing), target_id=listing.id, details={}))
    db.session.flush()
    return listing


def _confirmation_mark(listing):
    """Whole seconds of the last confirmation (0 if never): the same on SQLite (naive) and PostgreSQL."""
    value = listing.confirmed_at
    if value is None:
        return 0
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return int(value.timestamp())


def _serializer():
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="confirm-listing-data")


def make_confirm_token(listing, user):
    """A signed token that lets `user` confirm this listing's data until it is confirmed or expires."""
    return _serializer().dumps({"t": listing_type(listing), "id": listing.id, "u": user.id,
                                "c": _confirmation_mark(listing)})


def read_confirm_token(token):
    """(listing, the user the link was mailed to) for a valid link; a domain error otherwise."""
    try:
        data = _serializer().loads(token, max_age=current_app.config["CONFIRM_LINK_MAX_AGE"])
    except SignatureExpired:
        raise Invalid(_("This confirmation link has expired. Open the listing and press “Confirm data is current”."))
    except BadSignature:
        raise Invalid(_("This confirmation link is not valid."))
    model = MODELS.get(data.get("t")) if isinstance(data, dict) else None
    listing = db.session.get(model, data.get("id")) if model is not None else None
    user = db.session.get(User, data.get("u")) if listing is not None else None
    if listing is None or user is None or not user.active:
        raise Invalid(_("This confirmation link is not valid."))
    if _confirmation_mark(listing) != data.get("c"):
        raise Conflict(_("This link has been used already: the data was confirmed after it was sent."))
    return listing, user


def acting_user(current, recipient):
    """Who confirms through a link: the signed-in user if any, else the person the link was mailed to."""
    return current if current is not None and current.is_authenticated else recipient


def listing_for_link(current, token):
    """(listing, actor) of a confirmation link, refused when the actor may not confirm this listing."""
    listing, recipient = read_confirm_token(token)
    actor = acting_user(current, recipient)
    if not can_manage_listing(actor, listing):
        raise NotAllowed(_("This link was sent to the people who manage the listing; you cannot use it."))
    return listing, actor


def confirm_with_link(current, token):
    """Confirm the listing a valid link names; the listing is returned."""
    listing, actor = listing_for_link(current, token)
    return confirm_listing(actor, listing)
