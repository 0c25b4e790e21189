"""The offers and needs sections of organisation and person pages."""
from ..auth.policy import can_publish_exchange_listing
from .listings import listings_of, pending_exchange_listings
from .services import OFFER_PUBLISHER_KINDS


def organisation_panel(user, org):
    """The organisation's offers and needs; hidden when there are none and the user cannot add any."""
    offers, needs = listings_of(user, org)
    can_publish = can_publish_exchange_listing(user, org)
    if not (offers or needs or can_publish):
        return None
    return {"offers": offers, "needs": needs, "can_publish": can_publish,
            "can_offer": can_publish and org.kind in OFFER_PUBLISHER_KINDS, "slug": org.slug}


def person_panel(user, person):
    """The researcher's own offers; hidden when there are none and the user cannot add any."""
    offers, _needs = listings_of(user, person)
    can_publish = can_publish_exchange_listing(user, person)
    if not (offers or can_publish):
        return None
    return {"offers": offers, "can_publish": can_publish, "slug": person.slug}


def curation_section(user):
    """The curators' queue section: offers and needs waiting for review, oldest first."""
    return {"pending": pending_exchange_listings(50)}
