"""Read the facts the score needs from organisations and people (the only part that touches the models)."""
from flask import current_app
from sqlalchemy.orm import selectinload

from ...models import Organisation, Person, utcnow
from .scoring import PERSON, FreshnessRules, ListingFacts, assess


def last_confirmed(listing):
    """When the data was last confirmed: by its owner, or else when it was listed."""
    return listing.confirmed_at or listing.created_at


def _topics(listing):
    return {"topics"} if listing.technologies or listing.sectors else set()


def _organisation_fields(org):
    """Names of the kind's fields that have a value."""
    filled = _topics(org)
    if org.founded_year:
        filled.add("founded_year")
    startup, investor, zone, academic = org.startup, org.investor, org.zone_details, org.academic
    if startup is not None:
        filled |= {name for name, value in (("stage", startup.stage), ("team_size", startup.team_size),
                                            ("funding_sought", startup.funding_sought_usd)) if value}
    if investor is not None:
        filled |= {name for name, value in (
            ("thesis", (investor.thesis or "").strip()), ("investor_stages", investor.stages),
            ("investor_type", investor.investor_type),
            ("ticket_range", investor.ticket_min_usd is not None and investor.ticket_max_usd))
            if value}
    if zone is not None:
        filled |= {name for name, value in (("area", zone.area_ha), ("capital", zone.registered_capital_bn_vnd))
                   if value}
    if academic is not None:
        filled |= {name for name, value in (("research_areas", (academic.research_areas or "").strip()),
                                            ("faculties", (academic.faculties or "").strip())) if value}
    return frozenset(filled)


def organisation_facts(org):
    """The facts of an organisation, as `scoring.assess` reads them."""
    return ListingFacts(
        kind=org.kind, status=org.status, last_confirmed=last_confirmed(org), filled=_organisation_fields(org),
        description_length=len((org.description or "").strip()), website=org.website,
        has_email=bool(org.email), has_phone=bool(org.phone),
        province=org.province.code if org.province else None, ward=org.ward.code if org.ward else None)


def person_facts(person):
    """The facts of a person's profile; contact details count even when the person keeps them hidden."""
    filled = {name for name, value in (("expertise", (person.expertise or "").strip()),
                                       ("affiliations", person.affiliations),
                                       ("technologies", person.technologies)) if value}
    return ListingFacts(
        kind=PERSON, status=person.status, last_confirmed=last_confirmed(person), filled=frozenset(filled),
        description_length=len((person.bio or "").strip()), website=person.website, orcid=person.orcid,
        has_email=bool(person.email), has_phone=bool(person.phone),
        province=person.province.code if person.province else None)


def facts_of(listing):
    """The facts of an organisation or a person."""
    return person_facts(listing) if isinstance(listing, Person) else organisation_facts(listing)


def freshness_rules(config=None):
    """The freshness periods configured for this deployment."""
    config = config or current_app.config
    return FreshnessRules(stale_days=config["FRESHNESS_DAYS"], archive_days=config["ARCHIVE_AFTER_DAYS"])


def quality_of(listing, now=None):
    """The quality of one listing now, with the configured freshness periods."""
    return assess(facts_of(listing), now or utcnow(), freshness_rules())


# Loader options so scoring thousands of listings costs a handful of queries, not several per listing.
ORGANISATION_LOADS = (selectinload(Organisation.technologies), selectinload(Organisation.sectors),
                      selectinload(Organisation.province), selectinload(Organisation.ward),
                      selectinload(Organisation.startup), selectinload(Organisation.investor),
                      selectinload(Organisation.zone_details), selectinload(Organisation.academic))
PERSON_LOADS = (selectinload(Person.technologies), selectinload(Person.affiliations),
                selectinload(Person.province))
