"""Programmes, calls and applications as JSON (the API) and as CSV rows (the agency's download).

The keys written here are the properties of the schemas in `api/openapi_programmes.py`."""
from flask import url_for

from ...api.serializers import term, timestamp
from ...auth.policy import can_edit_programme
from ...mail import absolute_url
from .messages import applicant_name
from .states import call_state, next_deadline, programme_state

CSV_COLUMNS = ("id", "status", "applicant_type", "applicant", "applicant_kind", "applicant_url", "call",
               "requested_vnd", "message", "decision_note", "created_at", "decided_at")


def call_json(call, now):
    """One call with its state at `now`."""
    return {"id": call.id, "title": call.title, "title_en": call.title_en, "description": call.description or "",
            "budget_vnd": call.budget_vnd, "opens_at": timestamp(call.opens_at),
            "closes_at": timestamp(call.closes_at), "state": call_state(call, now), "version": call.version}


def programme_summary(programme, now):
    """What a list shows of a programme."""
    agency = programme.agency
    return {"slug": programme.slug, "title": programme.title, "title_en": programme.title_en,
            "programme_kind": programme.programme_kind, "status": programme.status,
            "is_sample": programme.is_sample,
            "agency": {"slug": agency.slug, "name": agency.name, "kind": agency.kind},
            "state": programme_state(programme, now), "next_deadline": timestamp(next_deadline(programme, now)),
            "eligible_kinds": list(programme.eligible_kinds or []), "max_award_vnd": programme.max_award_vnd,
            "technologies": [t.code for t in programme.technologies], "updated_at": timestamp(programme.updated_at),
            "url": url_for("api.programme_detail", slug=programme.slug, _external=True)}


def programme_detail(programme, user, now):
    """The whole programme with its calls, as this user may see it."""
    return {**programme_summary(programme, now), "summary": programme.summary, "summary_en": programme.summary_en,
            "eligibility": programme.eligibility, "budget_vnd": programme.budget_vnd, "website": programme.website,
            "technologies": [term(t) for t in programme.technologies],
            "sectors": [term(s) for s in programme.sectors],
            "calls": [call_json(call, now) for call in programme.calls],
            "status_reason": programme.status_reason if can_edit_programme(user, programme) else None,
            "version": programme.version, "created_at": timestamp(programme.created_at),
            "verified_at": timestamp(programme.verified_at),
            "html_url": url_for("programmes.programme_detail", slug=programme.slug, _external=True)}


def applicant_json(application):
    """Who applied: type, slug, name and kind ("researcher" for a person)."""
    if application.organisation is not None:
        org = application.organisation
        return {"type": "organisation", "slug": org.slug, "name": org.name, "kind": org.kind}
    return {"type": "person", "slug": application.person.slug, "name": application.person.display_name,
            "kind": "researcher"}


def application_json(application):
    """One application or interest (`call` is null for an expression of interest)."""
    call = application.call
    return {"id": application.id, "programme": application.programme.slug, "status": application.status,
            "applicant": applicant_json(application),
            "call": {"id": call.id, "title": call.title} if call is not None else None,
            "message": application.message, "requested_vnd": application.requested_vnd,
            "decision_note": application.decision_note, "created_at": timestamp(application.created_at),
            "updated_at": timestamp(application.updated_at), "decided_at": timestamp(application.decided_at),
            "version": application.version,
            "url": url_for("api.application_detail", application_id=application.id, _external=True)}


def application_row(application):
    """One application as a row of CSV_COLUMNS (for the agency's spreadsheet)."""
    applicant = applicant_json(application)
    endpoint = "registry.organisation_detail" if applicant["type"] == "organisation" else "registry.person_detail"
    return {"id": application.id, "status": application.status, "applicant_type": applicant["type"],
            "applicant": applicant_name(application), "applicant_kind": applicant["kind"],
            "applicant_url": absolute_url(endpoint, slug=applicant["slug"]),
            "call": application.call.title if application.call is not None else "",
            "requested_vnd": "" if application.requested_vnd is None else str(application.requested_vnd),
            "message": application.message or "", "decision_note": application.decision_note or "",
            "created_at": timestamp(application.created_at) or "",
            "decided_at": timestamp(application.decided_at) or ""}
