"""Zones and their projects as JSON: summaries for lists and search, full records for the detail endpoints.

The keys written here are the properties of the schemas in `api/openapi_zones.py`."""
from flask import url_for

from ...api.serializers import organisation_link, term, timestamp
from ...auth.policy import can_edit_project


def _day(value):
    return value.isoformat() if value is not None else None


def project_summary(project):
    """What a list shows of a project."""
    return {
        "slug": project.slug, "name": project.name, "name_en": project.name_en,
        "zone": organisation_link(project.zone), "phase": project.phase, "status": project.status,
        "is_sample": project.is_sample, "capital_bn_vnd": project.capital_bn_vnd, "area_ha": project.area_ha,
        "licensed_on": _day(project.licensed_on), "investors": [organisation_link(o) for o in project.investors],
        "other_investors": project.other_investors, "technologies": [t.code for t in project.technologies],
        "updated_at": timestamp(project.updated_at),
        "url": url_for("api.zone_project_detail", slug=project.slug, _external=True),
    }


def history_entry(change):
    """One dated phase change."""
    return {"phase": change.phase, "changed_on": _day(change.changed_on), "note": change.note,
            "recorded_at": timestamp(change.created_at)}


def project_detail(project, user):
    """The whole project as this user may see it (the status reason only to its managers and curators)."""
    return {
        **project_summary(project), "description": project.description, "description_en": project.description_en,
        "operator": organisation_link(project.operator) if project.operator else None,
        "licence_number": project.licence_number, "technologies": [term(t) for t in project.technologies],
        "history": [history_entry(change) for change in project.history],
        "status_reason": project.status_reason if can_edit_project(user, project) else None,
        "version": project.version, "created_at": timestamp(project.created_at),
        "verified_at": timestamp(project.verified_at),
        "html_url": url_for("zones.project_detail", slug=project.slug, _external=True),
    }


def zone_summary(zone, figures):
    """A zone and its computed headline figures."""
    board = zone.zone_details.managed_by if zone.zone_details is not None else None
    return {"slug": zone.slug, "name": zone.name, "name_en": zone.name_en, "status": zone.status,
            "managed_by": organisation_link(board) if board is not None else None,
            "figures": figures.as_dict(), "url": url_for("api.zone_detail", slug=zone.slug, _external=True),
            "html_url": url_for("registry.organisation_detail", slug=zone.slug, _external=True)}


def zone_detail(zone, figures, projects):
    """A zone, its figures and the summaries of the projects the caller may see."""
    return {**zone_summary(zone, figures), "projects": [project_summary(p) for p in projects]}
