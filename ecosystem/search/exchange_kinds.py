"""Technology offers and needs as searchable kinds (their documents are in `documents`)."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..i18n import localized
from ..models import Need, Offer, Organisation, Person, Sector, StrategicTechnology, Tag
from ..models.exchange import (
    need_sectors,
    need_tags,
    need_technologies,
    offer_sectors,
    offer_tags,
    offer_technologies,
)
from .documents import NEED, OFFER, exchange_status, need_document, offer_document
from .kinds import ORGANISATION_SHOWN, Dependants, SearchableKind

# Offers carry their publishing researcher's name, place and status (a hidden publisher hides them).
PERSON_SHOWN = ("full_name", "status", "province")


def _publisher_loads(model):
    return (selectinload(model.organisation).joinedload(Organisation.province),
            selectinload(model.organisation).joinedload(Organisation.zone))


def _offer_loads():
    return (selectinload(Offer.technologies), selectinload(Offer.sectors), selectinload(Offer.tags),
            *_publisher_loads(Offer), selectinload(Offer.person).joinedload(Person.province))


def _need_loads():
    return (selectinload(Need.technologies), selectinload(Need.sectors), selectinload(Need.tags),
            *_publisher_loads(Need))


def publisher_context(listing, locale):
    """Who publishes an offer or need, and whether a need is closed."""
    if listing.kind == OFFER and listing.person is not None:
        return listing.person.display_name
    name = localized(listing.organisation, "name", locale)
    return name if listing.kind == OFFER or listing.is_open else f"{name} · {_('Closed')}"


def _published_by(model, column):
    return lambda session, publisher_id: session.scalars(select(model.id).where(column == publisher_id))


def _terms(prefix, technologies, sectors, tags):
    owner = f"{prefix}_id"
    return ((StrategicTechnology, technologies, owner, "technology_id"), (Sector, sectors, owner, "sector_id"),
            (Tag, tags, owner, "tag_id"))


OFFER_KIND = SearchableKind(
    name=OFFER, label=_l("Technology offer"), model=Offer, build=offer_document, loads=_offer_loads,
    result_loads=("technologies", "sectors", "organisation", "person"), endpoint="exchange.offer_detail",
    title_field="title", text_fields=("summary", "summary_en"), context=publisher_context, status=exchange_status,
    term_links=_terms("offer", offer_technologies, offer_sectors, offer_tags),
    dependants=(Dependants(Organisation, ORGANISATION_SHOWN, OFFER, _published_by(Offer, Offer.organisation_id)),
                Dependants(Person, PERSON_SHOWN, OFFER, _published_by(Offer, Offer.person_id))))
NEED_KIND = SearchableKind(
    name=NEED, label=_l("Technology need"), model=Need, build=need_document, loads=_need_loads,
    result_loads=("technologies", "sectors", "organisation"), endpoint="exchange.need_detail",
    title_field="title", text_fields=("problem", "problem_en"), context=publisher_context, status=exchange_status,
    term_links=_terms("need", need_technologies, need_sectors, need_tags),
    dependants=(Dependants(Organisation, ORGANISATION_SHOWN, NEED, _published_by(Need, Need.organisation_id)),))
