"""What the open-data package publishes: every field of its two tables, with type, description and value.

Only verified listings go out, and only what their public pages show: people's email and phone only when
they chose to show them; never review notes (status reasons), accounts or memberships. Organisations'
tax codes are public business registration data in Vietnam and are included.

Descriptions are English (the descriptor's language) and marked with `N_` so the page can show them
translated: `N_` only marks a string for extraction, it translates nothing."""
from datetime import timezone
from typing import Callable, NamedTuple
from urllib.parse import urlsplit

from flask import current_app
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Affiliation, InvestorType, Kind, Organisation, Person, PersonKind, Stage, Status


def N_(text):  # the conventional name Babel extracts by default
    """Mark a string for translation without translating it here."""
    return text


class Field(NamedTuple):
    """One column: its Table Schema type, an English description and how to read it from a record."""

    name: str
    type: str
    description: str
    value: Callable
    enum: tuple = ()


def utc_text(value):
    """A timestamp as `YYYY-MM-DDThh:mm:ssZ` (Table Schema's default datetime format); SQLite's are naive UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def public_url(endpoint, **values):
    """A full link on PUBLIC_BASE_URL: the package links to the public site, whoever builds it, even outside
    a request (the CLI), and without pushing a request context inside a curator's request."""
    base = urlsplit(current_app.config["PUBLIC_BASE_URL"])
    adapter = current_app.url_map.bind(base.netloc, script_name=base.path or "/", url_scheme=base.scheme or "http")
    return adapter.build(endpoint, values, force_external=True)


def codes(terms):
    """Codes (or slugs) joined with "|", the way both files write lists."""
    return "|".join(terms)


def _public_slug(org):
    return org.slug if org is not None and org.status == Status.VERIFIED else None


def _detail(attribute, name):
    def read(org):
        details = getattr(org, attribute)
        return getattr(details, name) if details is not None else None
    return read


ORGANISATION_FIELDS = (
    Field("slug", "string", N_("Stable identifier of the organisation; its page is /o/<slug>."), lambda o: o.slug),
    Field("kind", "string", N_("Kind of organisation."), lambda o: o.kind, Kind.ALL),
    Field("name", "string", N_("Name, usually in Vietnamese."), lambda o: o.name),
    Field("name_en", "string", N_("Name in English."), lambda o: o.name_en),
    Field("short_name", "string", N_("Abbreviation or short name."), lambda o: o.short_name),
    Field("description", "string", N_("Description (Markdown), usually in Vietnamese."), lambda o: o.description),
    Field("description_en", "string", N_("Description in English (Markdown)."), lambda o: o.description_en),
    Field("website", "string", N_("Website address."), lambda o: o.website),
    Field("email", "string", N_("Public contact email of the organisation."), lambda o: o.email),
    Field("phone", "string", N_("Public contact phone of the organisation."), lambda o: o.phone),
    Field("address", "string", N_("Street address."), lambda o: o.address),
    Field("province", "string", N_("Province or city code (see the registry's taxonomy)."),
          lambda o: o.province.code if o.province else None),
    Field("ward", "string", N_("Ward or commune code (see the registry's taxonomy)."),
          lambda o: o.ward.code if o.ward else None),
    Field("zone", "string", N_("Slug of the high-tech zone the organisation sits in."), lambda o: _public_slug(o.zone)),
    Field("parent", "string", N_("Slug of the parent organisation."), lambda o: _public_slug(o.parent)),
    Field("founded_year", "integer", N_("Year founded."), lambda o: o.founded_year),
    Field("employee_count", "integer", N_("Number of employees."), lambda o: o.employee_count),
    Field("tax_code", "string", N_("Tax code (business registration number)."), lambda o: o.tax_code),
    Field("technologies", "string", N_("Strategic technology codes (Decision 1131/QĐ-TTg), separated by |."),
          lambda o: codes(t.code for t in o.technologies)),
    Field("sectors", "string", N_("Sector codes, separated by |."), lambda o: codes(s.code for s in o.sectors)),
    Field("tags", "string", N_("Free keywords, separated by |."), lambda o: codes(t.name for t in o.tags)),
    Field("stage", "string", N_("Stage of a startup."), _detail("startup", "stage"), Stage.ALL),
    Field("investor_type", "string", N_("Type of an investor."), _detail("investor", "investor_type"),
          InvestorType.ALL),
    Field("ticket_min_usd", "integer", N_("Smallest investment of an investor, in US dollars."),
          _detail("investor", "ticket_min_usd")),
    Field("ticket_max_usd", "integer", N_("Largest investment of an investor, in US dollars."),
          _detail("investor", "ticket_max_usd")),
    Field("is_sample", "boolean", N_("True for invented demonstration data."), lambda o: o.is_sample),
    Field("url", "string", N_("Address of the organisation's page in the registry."),
          lambda o: public_url("registry.organisation_detail", slug=o.slug)),
    Field("verified_at", "datetime", N_("When a curator verified the listing (UTC)."),
          lambda o: utc_text(o.verified_at)),
    Field("updated_at", "datetime", N_("When the listing last changed (UTC)."), lambda o: utc_text(o.updated_at)),
)


def _current_organisations(person):
    return codes(a.organisation.slug for a in person.affiliations
                 if a.is_current and a.organisation.status == Status.VERIFIED)


PERSON_FIELDS = (
    Field("slug", "string", N_("Stable identifier of the person; their page is /p/<slug>."), lambda p: p.slug),
    Field("kind", "string", N_("Researcher, expert or founder."), lambda p: p.kind, PersonKind.ALL),
    Field("full_name", "string", N_("Full name."), lambda p: p.full_name),
    Field("honorific", "string", N_("Academic title or honorific, e.g. PGS.TS."), lambda p: p.honorific),
    Field("position", "string", N_("Position, usually in Vietnamese."), lambda p: p.position),
    Field("position_en", "string", N_("Position in English."), lambda p: p.position_en),
    Field("expertise", "string", N_("Fields of expertise."), lambda p: p.expertise),
    Field("bio", "string", N_("Biography (Markdown), usually in Vietnamese."), lambda p: p.bio),
    Field("bio_en", "string", N_("Biography in English (Markdown)."), lambda p: p.bio_en),
    Field("website", "string", N_("Personal or lab website."), lambda p: p.website),
    Field("orcid", "string", N_("ORCID iD."), lambda p: p.orcid),
    Field("email", "string", N_("Email, only when the person chose to show it."),
          lambda p: p.email if p.show_email else None),
    Field("phone", "string", N_("Phone, only when the person chose to show it."),
          lambda p: p.phone if p.show_phone else None),
    Field("publications_count", "integer", N_("Number of publications."), lambda p: p.publications_count),
    Field("patents_count", "integer", N_("Number of patents."), lambda p: p.patents_count),
    Field("province", "string", N_("Province or city code (see the registry's taxonomy)."),
          lambda p: p.province.code if p.province else None),
    Field("technologies", "string", N_("Strategic technology codes (Decision 1131/QĐ-TTg), separated by |."),
          lambda p: codes(t.code for t in p.technologies)),
    Field("sectors", "string", N_("Sector codes, separated by |."), lambda p: codes(s.code for s in p.sectors)),
    Field("organisations", "string", N_("Slugs of the organisations the person works at now, separated by |."),
          _current_organisations),
    Field("is_sample", "boolean", N_("True for invented demonstration data."), lambda p: p.is_sample),
    Field("url", "string", N_("Address of the person's page in the registry."),
          lambda p: public_url("registry.person_detail", slug=p.slug)),
    Field("verified_at", "datetime", N_("When a curator verified the listing (UTC)."),
          lambda p: utc_text(p.verified_at)),
    Field("updated_at", "datetime", N_("When the listing last changed (UTC)."), lambda p: utc_text(p.updated_at)),
)


def table_schema(fields):
    """The Table Schema (Frictionless) of one table."""
    described = []
    for field in fields:
        item = {"name": field.name, "type": field.type, "description": field.description}
        if field.enum:
            item["constraints"] = {"enum": list(field.enum)}
        described.append(item)
    return {"fields": described, "primaryKey": ["slug"]}


def public_organisations():
    """Verified organisations in slug order, their relations loaded in batches."""
    stmt = (db.select(Organisation).where(Organisation.status == Status.VERIFIED).order_by(Organisation.slug)
            .options(*(selectinload(getattr(Organisation, name)) for name in (
                "technologies", "sectors", "tags", "province", "ward", "zone", "parent", "startup", "investor"))))
    return db.session.scalars(stmt.execution_options(yield_per=500))


def public_people():
    """Verified people in slug order, their relations loaded in batches."""
    stmt = (db.select(Person).where(Person.status == Status.VERIFIED).order_by(Person.slug)
            .options(selectinload(Person.technologies), selectinload(Person.sectors), selectinload(Person.province),
                     selectinload(Person.affiliations).selectinload(Affiliation.organisation)))
    return db.session.scalars(stmt.execution_options(yield_per=500))


TABLES = (("organisations", N_("Organisations"), ORGANISATION_FIELDS, public_organisations),
          ("people", N_("People"), PERSON_FIELDS, public_people))


def record(fields, item):
    """One row as a dict of native values (None for missing), in field order."""
    return {field.name: field.value(item) for field in fields}
