"""Offers and needs: create, update, verify, reject, archive. They flush, never commit.

An offer is published by an organisation that can offer technology (university, institute, startup,
company, incubator) or by a person; a need by any organisation. The publisher's members (or the
profile's owner) manage the listing; curators manage every listing and verify those they do not manage."""
from datetime import date

from flask_babel import gettext as _

from ..auth.policy import can_edit_exchange_listing, can_publish_exchange_listing, can_verify_exchange_listing
from ..errors import Conflict, Invalid, NotAllowed
from ..extensions import db
from ..models import AuditEvent, Kind, Need, Offer, Organisation, Person, Sector, Status, StrategicTechnology, utcnow
from ..registry import lifecycle
from ..registry import schema as s
from ..registry.taxonomy import tags_for, terms_by_codes
from ..text import fold, slugify
from .notifications import notify_managers
from .rules import NEED_RULES, NEED_SCALARS, OFFER_RULES, OFFER_SCALARS

OFFER_PUBLISHER_KINDS = (Kind.UNIVERSITY, Kind.INSTITUTE, Kind.STARTUP, Kind.COMPANY, Kind.INCUBATOR)
NEED_PUBLISHER_KINDS = Kind.ALL


def unique_listing_slug(model, base, exclude_id=None):
    """`base`, or `base-2`, `base-3`... whichever is free among this model's slugs."""
    base = "new-listing" if base == "new" else base  # /offers/new is the form, never a listing
    candidate, n = base, 1
    while True:
        found = db.session.scalar(db.select(model.id).filter_by(slug=candidate))
        if found is None or found == exclude_id:
            return candidate
        n += 1
        candidate = f"{base[:84]}-{n}"


def _check_publisher(actor, publisher, kinds):
    if publisher is None:
        raise Invalid(_("Choose who publishes this listing."), "publisher")
    if isinstance(publisher, Organisation) and publisher.kind not in kinds:
        raise Invalid(_("This kind of organisation cannot publish this kind of listing."), "publisher")
    if publisher.status in (Status.ARCHIVED, Status.REJECTED):
        raise Invalid(_("The publisher's own listing is archived or rejected; fix it first."), "publisher")
    if not can_publish_exchange_listing(actor, publisher):
        raise NotAllowed(_("You can publish only for organisations you manage or your own profile."))


def _apply(listing, data, scalars):
    """Set fields from cleaned input; lookups must not flush the half-built row."""
    with db.session.no_autoflush:
        for name in scalars:
            if name in data:
                value = data[name]
                setattr(listing, name, "" if value is None and name in ("summary", "problem") else value)
        if "technologies" in data:
            listing.technologies = terms_by_codes(StrategicTechnology, data["technologies"], "technologies")
        if "sectors" in data:
            listing.sectors = terms_by_codes(Sector, data["sectors"], "sectors")
        if "tags" in data:
            listing.tags = tags_for(data["tags"])
        listing.title_folded = fold(" ".join(filter(None, [listing.title, listing.title_en])))[:400]
        if not listing.slug:
            listing.slug = unique_listing_slug(type(listing), slugify(listing.title))


def _audit(actor, action, listing, **details):
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action=action, target_type=listing.kind,
                              target_id=listing.id, details=details))


def _create(actor, listing, publisher, rules, scalars, data, status, is_sample):
    """Fill a new listing and only then attach it to its publisher (and so to the session): input that fails
    validation leaves no half-built row behind for a later query to flush."""
    cleaned = s.clean_input(rules, data)
    listing.status, listing.is_sample = status, is_sample
    listing.created_by_id = getattr(actor, "id", None)
    if isinstance(listing, Need):
        _check_need_input(listing, cleaned, creating=True)
    _apply(listing, cleaned, scalars)
    if isinstance(publisher, Person):
        listing.person = publisher
    else:
        listing.organisation = publisher
    db.session.add(listing)
    if status == Status.VERIFIED:
        listing.verified_at = utcnow()
    db.session.flush()
    _audit(actor, "created", listing, status=status)
    db.session.flush()
    return listing


def _check_need_input(need, cleaned, creating):
    """Check budget order and deadline on the values the need will have after this change."""
    low = cleaned.get("budget_min_vnd", need.budget_min_vnd)
    high = cleaned.get("budget_max_vnd", need.budget_max_vnd)
    if low is not None and high is not None and low > high:
        raise Invalid(_("The smallest budget cannot exceed the largest."), "budget_min_vnd")
    deadline = cleaned.get("deadline")
    if deadline is not None and deadline < date.today() and (creating or deadline != need.deadline):
        raise Invalid(_("The deadline has passed. Choose a date from today on."), "deadline")


def create_offer(actor, publisher, data, status=Status.PENDING, is_sample=False):
    """A new offer of an organisation or a person, waiting for a curator (status pending)."""
    _check_publisher(actor, publisher, OFFER_PUBLISHER_KINDS)
    return _create(actor, Offer(), publisher, OFFER_RULES, OFFER_SCALARS, data, status, is_sample)


def create_need(actor, organisation, data, status=Status.PENDING, is_sample=False):
    """A new need of an organisation, waiting for a curator (status pending)."""
    if organisation is not None and not isinstance(organisation, Organisation):
        raise Invalid(_("A need is published by an organisation."), "publisher")
    _check_publisher(actor, organisation, NEED_PUBLISHER_KINDS)
    return _create(actor, Need(), organisation, NEED_RULES, NEED_SCALARS, data, status, is_sample)


def _update(actor, listing, rules, scalars, data, expected_version):
    if not can_edit_exchange_listing(actor, listing):
        raise NotAllowed(_("You cannot edit this listing."))
    if expected_version is not None and int(expected_version) != listing.version:
        raise Conflict(_("Someone else saved this listing after you opened it. Review their changes and try again."))
    cleaned = s.clean_input(rules, data, partial=True)
    if isinstance(listing, Need):
        _check_need_input(listing, cleaned, creating=False)
    _apply(listing, cleaned, scalars)
    if listing.status == Status.REJECTED:
        listing.status, listing.status_reason = Status.PENDING, None
    listing.updated_at = utcnow()
    _audit(actor, "updated", listing, fields=sorted(cleaned))
    db.session.flush()
    return listing


def update_offer(actor, offer, data, expected_version=None):
    """Change an offer. A stale `expected_version` is a Conflict, never a silent overwrite."""
    return _update(actor, offer, OFFER_RULES, OFFER_SCALARS, data, expected_version)


def update_need(actor, need, data, expected_version=None):
    """Change a need. A stale `expected_version` is a Conflict, never a silent overwrite."""
    return _update(actor, need, NEED_RULES, NEED_SCALARS, data, expected_version)


def verify_listing(actor, listing):
    """A curator makes an offer or need public (never one they manage; the publisher must be public)."""
    return lifecycle.verify_listing(
        actor, listing, can_verify_exchange_listing(actor, listing),
        refusal=_("You cannot verify this listing (curators only, never their own)."),
        already=_("This listing is already verified."),
        blockers=[(lambda: listing.publisher.status != Status.VERIFIED,
                   _("Verify the publisher first: a listing of an unpublished publisher cannot be public."))],
        notify=lambda: notify_managers(listing, "verified"))


def reject_listing(actor, listing, reason):
    """A curator returns an offer or need to its managers with a reason."""
    return lifecycle.reject_listing(
        actor, listing, reason, can_verify_exchange_listing(actor, listing),
        refusal=_("You cannot reject this listing (curators only, never their own)."),
        notify=lambda cleaned: notify_managers(listing, "rejected", cleaned))


def archive_listing(actor, listing):
    """Withdraw an offer or need: its managers or a curator; it leaves every public page and search."""
    return lifecycle.archive_listing(actor, listing, can_edit_exchange_listing(actor, listing),
                                     refusal=_("You cannot archive this listing."),
                                     already=_("This listing is already archived."))


verify_offer = verify_need = verify_listing
reject_offer = reject_need = reject_listing
archive_offer = archive_need = archive_listing
