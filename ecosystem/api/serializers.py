"""Records as JSON. Only what the user may see goes out: no member emails, no hidden contact data.

The field names of the OpenAPI schemas in `openapi_schemas.py` are the keys written here; a test
compares them so the document cannot drift from the output."""
from datetime import timezone

from flask import url_for

from ..auth.policy import can_edit_organisation, can_edit_person, can_view_organisation
from ..models import Status
from ..registry.listings import public_related
from ..registry.organisations import DETAIL_MODELS, KIND_RULES


def timestamp(value):
    """ISO 8601 in UTC; SQLite hands back naive datetimes that are UTC already."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


def term(item):
    """A taxonomy term: its code and both names."""
    return {"code": item.code, "name_vi": item.name_vi, "name_en": item.name_en}


def ward(item):
    """A ward or commune, with the code of its province."""
    return {**term(item), "province": item.province.code, "ward_type": item.ward_type}


def code_of(item):
    """The code of a taxonomy term, or None."""
    return item.code if item is not None else None


def page_of(page, serialize):
    """The envelope every paginated list uses."""
    return {"items": [serialize(item) for item in page.items], "total": page.total, "page": page.page,
            "pages": page.pages, "per_page": page.per_page}


def organisation_link(org):
    """Enough of an organisation to name and link it."""
    return {"slug": org.slug, "name": org.name, "kind": org.kind}


def organisation_summary(org):
    """What a listing shows of an organisation."""
    startup, investor = org.startup, org.investor
    return {
        "slug": org.slug, "kind": org.kind, "name": org.name, "name_en": org.name_en,
        "short_name": org.short_name, "status": org.status, "is_sample": org.is_sample,
        "province": code_of(org.province), "ward": code_of(org.ward),
        "technologies": [item.code for item in org.technologies],
        "stage": startup.stage if startup is not None else None,
        "investor_type": investor.investor_type if investor is not None else None,
        "logo_url": logo_url(org), "updated_at": timestamp(org.updated_at),
        "url": url_for("api.organisation_detail", slug=org.slug, _external=True),
    }


def logo_url(org):
    """The absolute URL of the logo, or None."""
    return url_for("registry.logo", name=org.logo, _external=True) if org.logo else None


def organisation_detail(org, user):
    """The full record as this user may see it (the status reason only to its editors)."""
    related = public_related(org)
    return {
        **organisation_summary(org),
        "description": org.description, "description_en": org.description_en, "website": org.website,
        "email": org.email, "phone": org.phone, "address": org.address, "founded_year": org.founded_year,
        "employee_count": org.employee_count, "tax_code": org.tax_code,
        "technologies": [term(item) for item in org.technologies],
        "sectors": [term(item) for item in org.sectors], "tags": [tag.name for tag in org.tags],
        "zone": _visible_slug(org.zone, user), "parent": _visible_slug(org.parent, user),
        "details": kind_details(org),
        "related": {name: [item.slug for item in related[name]]
                    for name in ("tenants", "children", "investors", "managed_zones")},
        "people": [{"slug": item.person.slug, "name": item.person.display_name, "role": item.role,
                    "is_current": item.is_current} for item in related["people"]],
        "status_reason": org.status_reason if can_edit_organisation(user, org) else None,
        "version": org.version, "created_at": timestamp(org.created_at),
        "verified_at": timestamp(org.verified_at),
        "html_url": url_for("registry.organisation_detail", slug=org.slug, _external=True),
    }


def _visible_slug(org, user):
    return org.slug if org is not None and can_view_organisation(user, org) else None


def kind_details(org):
    """The kind-specific fields, named as the write endpoints accept them."""
    attribute, _model = DETAIL_MODELS.get(org.kind, (None, None))
    if attribute is None:
        return {}
    details = getattr(org, attribute)
    values = {}
    for name in KIND_RULES[org.kind]:
        if name == "portfolio":
            values[name] = [item.slug for item in org.portfolio if item.status == Status.VERIFIED]
        elif name == "managed_by":
            managed_by = details.managed_by if details is not None else None
            values[name] = managed_by.slug if managed_by is not None and managed_by.is_public else None
        else:
            values[name] = getattr(details, name) if details is not None else None
    return values


def person_summary(person):
    """What a listing shows of a person."""
    return {
        "slug": person.slug, "kind": person.kind, "full_name": person.full_name,
        "honorific": person.honorific, "display_name": person.display_name, "position": person.position,
        "expertise": person.expertise, "status": person.status, "is_sample": person.is_sample,
        "province": code_of(person.province), "technologies": [item.code for item in person.technologies],
        "organisations": [affiliation.organisation.slug for affiliation in person.affiliations
                          if affiliation.is_current and affiliation.organisation.is_public],
        "updated_at": timestamp(person.updated_at),
        "url": url_for("api.person_detail", slug=person.slug, _external=True),
    }


def person_detail(person, user):
    """The full profile: email and phone only when the person shows them, or to its editors."""
    editor = can_edit_person(user, person)
    return {
        **person_summary(person),
        "position_en": person.position_en, "bio": person.bio, "bio_en": person.bio_en,
        "website": person.website, "orcid": person.orcid,
        "email": person.email if person.show_email or editor else None,
        "phone": person.phone if person.show_phone or editor else None,
        "show_email": person.show_email, "show_phone": person.show_phone,
        "publications_count": person.publications_count, "patents_count": person.patents_count,
        "technologies": [term(item) for item in person.technologies],
        "sectors": [term(item) for item in person.sectors],
        "affiliations": [affiliation_item(item) for item in person.affiliations
                         if item.organisation.is_public or editor],
        "status_reason": person.status_reason if editor else None,
        "version": person.version, "created_at": timestamp(person.created_at),
        "verified_at": timestamp(person.verified_at),
        "html_url": url_for("registry.person_detail", slug=person.slug, _external=True),
    }


def affiliation_item(affiliation):
    """One of a person's affiliations, with its id for DELETE."""
    return {"id": affiliation.id, "organisation": organisation_link(affiliation.organisation),
            "role": affiliation.role, "is_current": affiliation.is_current}


def member(membership):
    """A membership, for the organisation's owners and curators only (it carries the email)."""
    return {"id": membership.id, "role": membership.role, "created_at": timestamp(membership.created_at),
            "user": {"id": membership.user.id, "name": membership.user.name, "email": membership.user.email}}


def claim(item):
    """A claim, as its claimant or a curator sees it."""
    return {"id": item.id, "status": item.status, "message": item.message, "reason": item.reason,
            "organisation": organisation_link(item.organisation),
            "user": {"id": item.user.id, "name": item.user.name, "email": item.user.email},
            "created_at": timestamp(item.created_at), "decided_at": timestamp(item.decided_at)}


def me(user):
    """The signed-in user and what they manage."""
    return {
        "id": user.id, "email": user.email, "name": user.name, "role": user.role,
        "organisations": [{**organisation_link(m.organisation), "status": m.organisation.status, "role": m.role}
                          for m in sorted(user.memberships, key=lambda m: m.organisation.name_folded)],
    }
