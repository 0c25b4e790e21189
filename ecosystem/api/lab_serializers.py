"""Labs and equipment as JSON: summaries for lists, full records for the detail endpoints.

The keys written here are the properties of the schemas in `openapi_labs.py`."""
from flask import url_for

from ..auth.policy import can_manage_lab
from .serializers import organisation_link, term, timestamp


def _person_link(person):
    return None if person is None else {"slug": person.slug, "name": person.display_name}


def lab_link(lab):
    """Enough of a lab to name and link it."""
    return {"slug": lab.slug, "name": lab.name, "name_en": lab.name_en}


def lab_summary(lab):
    """What a list shows of a lab."""
    return {
        "slug": lab.slug, "name": lab.name, "name_en": lab.name_en, "status": lab.status, "is_sample": lab.is_sample,
        "host": organisation_link(lab.organisation), "zone": organisation_link(lab.zone) if lab.zone else None,
        "technologies": [item.code for item in lab.technologies], "accreditation": lab.accreditation,
        "free_for_startups": lab.free_for_startups, "capacity_hours_per_week": lab.capacity_hours_per_week,
        "updated_at": timestamp(lab.updated_at), "url": url_for("api.lab_detail", slug=lab.slug, _external=True),
    }


def lab_detail(lab, user):
    """The whole lab as this user may see it (the manager account and status reason only to its managers)."""
    manages = can_manage_lab(user, lab)
    return {
        **lab_summary(lab), "description": lab.description, "description_en": lab.description_en,
        "research_areas": [line.strip() for line in (lab.research_areas or "").splitlines() if line.strip()],
        "technologies": [term(item) for item in lab.technologies], "sectors": [term(item) for item in lab.sectors],
        "address": lab.address, "manager_person": _person_link(lab.manager_person),
        "manager_user_id": lab.manager_user_id if manages else None, "contact_email": lab.contact_email,
        "training_required": lab.training_required, "fee_schedule": lab.fee_schedule,
        "safety_rules": lab.safety_rules, "access_terms": lab.access_terms,
        "photos": [{"url": url_for("labs.lab_photo", name=photo.filename, _external=True), "caption": photo.caption}
                   for photo in lab.photos],
        "equipment": [equipment_summary(item) for item in lab.equipment] if lab.is_public or manages else [],
        "status_reason": lab.status_reason if manages else None, "version": lab.version,
        "created_at": timestamp(lab.created_at), "verified_at": timestamp(lab.verified_at),
        "html_url": url_for("labs.lab_detail", slug=lab.slug, _external=True),
    }


def equipment_summary(equipment):
    """What a list shows of an instrument."""
    return {
        "slug": equipment.slug, "name": equipment.name, "name_en": equipment.name_en,
        "category": equipment.category, "maker": equipment.maker, "model": equipment.model, "year": equipment.year,
        "condition": equipment.condition, "fee_per_hour_vnd": equipment.fee_per_hour_vnd,
        "bookable": equipment.bookable, "lab": lab_link(equipment.lab),
        "url": url_for("api.equipment_detail", slug=equipment.slug, _external=True),
    }


def equipment_detail(equipment):
    """The whole instrument."""
    return {
        **equipment_summary(equipment), "host": organisation_link(equipment.lab.organisation),
        "purchase_value_vnd": equipment.purchase_value_vnd, "description": equipment.description,
        "version": equipment.version, "created_at": timestamp(equipment.created_at),
        "updated_at": timestamp(equipment.updated_at),
        "html_url": url_for("labs.equipment_detail", slug=equipment.slug, _external=True),
    }
