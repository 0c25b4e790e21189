"""High-tech zones and their projects through the API: zones with computed figures; projects listed with
filters, read, created, changed, moved to another phase, verified, rejected and archived."""
from flask import request, url_for

from ..auth.policy import API_TOKEN, policy
from ..collaboration.zones import services
from ..collaboration.zones import serializers as zs
from ..collaboration.zones.figures import figures_for_zones, zone_figures
from ..collaboration.zones.listings import parse_project_filters, project_query, projects_of_zone, public_zones_query
from ..collaboration.zones.lookups import visible_project, visible_zone
from ..collaboration.zones.rules import CREATE_RULES, PHASE_CHANGE_RULES, PROJECT_RULES
from ..pagination import paginate
from . import bp, serializers
from .access import api_user, curator_user, signed_in_user
from .inputs import action_input, checked_shapes, json_body, page_args, update_input


@bp.get("/zones")
@policy(API_TOKEN)
def zone_list():
    """Public high-tech zones with their headline figures computed from the registry."""
    page = paginate(public_zones_query(), *page_args())
    figures = figures_for_zones(page.items)
    return serializers.page_of(page, lambda zone: zs.zone_summary(zone, figures[zone.id]))


@bp.get("/zones/<slug>")
@policy(API_TOKEN)
def zone_detail(slug):
    """One zone: its figures and the projects the caller may see."""
    user = api_user()
    zone = visible_zone(user, slug)
    return zs.zone_detail(zone, zone_figures(zone), projects_of_zone(user, zone))


@bp.get("/projects")
@policy(API_TOKEN)
def zone_project_list():
    """Projects the caller may see, with the listing page's filters."""
    user = api_user()
    page = paginate(project_query(user, parse_project_filters(request.args, user)), *page_args())
    return serializers.page_of(page, zs.project_summary)


@bp.post("/projects")
@policy(API_TOKEN)
def zone_project_create():
    """A new project in a zone the caller manages (curators: any zone)."""
    user = signed_in_user()
    project = services.create_project(user, checked_shapes(CREATE_RULES, json_body()))
    location = url_for("api.zone_project_detail", slug=project.slug, _external=True)
    return zs.project_detail(project, user), 201, {"Location": location}


@bp.get("/projects/<slug>")
@policy(API_TOKEN)
def zone_project_detail(slug):
    user = api_user()
    return zs.project_detail(visible_project(user, slug), user)


@bp.patch("/projects/<slug>")
@policy(API_TOKEN)
def zone_project_update(slug):
    """Change the fields sent (not the phase); `version` must be the one read (else 409)."""
    user = signed_in_user()
    project = visible_project(user, slug)
    version, data = update_input(PROJECT_RULES)
    services.update_project(user, project, data, expected_version=version)
    return zs.project_detail(project, user)


@bp.post("/projects/<slug>/status")
@policy(API_TOKEN)
def zone_project_status(slug):
    """Move the project to another phase, dated today or earlier, with a note; appended to its history."""
    user = signed_in_user()
    project = visible_project(user, slug)
    services.change_phase(user, project, checked_shapes(PHASE_CHANGE_RULES, json_body()))
    location = url_for("api.zone_project_history", slug=project.slug, _external=True)
    return zs.project_detail(project, user), 201, {"Location": location}


@bp.get("/projects/<slug>/history")
@policy(API_TOKEN)
def zone_project_history(slug):
    """The project's phase changes, oldest first."""
    project = visible_project(api_user(), slug)
    return {"slug": project.slug, "phase": project.phase,
            "items": [zs.history_entry(change) for change in project.history]}


@bp.post("/projects/<slug>/verify")
@policy(API_TOKEN)
def zone_project_verify(slug):
    """Curators make a project public (never one of a zone they manage)."""
    user = curator_user()
    project = visible_project(user, slug)
    action_input("decision")
    services.verify_project(user, project)
    return zs.project_detail(project, user)


@bp.post("/projects/<slug>/reject")
@policy(API_TOKEN)
def zone_project_reject(slug):
    """Curators return a project to the zone's managers with a reason."""
    user = curator_user()
    project = visible_project(user, slug)
    services.reject_project(user, project, action_input("rejection")["reason"])
    return zs.project_detail(project, user)


@bp.post("/projects/<slug>/archive")
@policy(API_TOKEN)
def zone_project_archive(slug):
    """Withdraw a project from public view and from the zone's figures (managers, curators)."""
    user = signed_in_user()
    project = visible_project(user, slug)
    action_input("decision")
    services.archive_project(user, project)
    return zs.project_detail(project, user)
