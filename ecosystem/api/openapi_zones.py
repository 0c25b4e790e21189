"""The zones part of the OpenAPI document: zones with computed figures, and their projects.

Bodies come from the projects' own validation rules (`collaboration/zones/rules.py`), so they cannot drift."""
from ..collaboration.zones.listings import PROJECT_SORTS
from ..collaboration.zones.rules import CREATE_RULES, PHASE_CHANGE_RULES, PROJECT_RULES
from ..exchange.rules import Day
from ..models import ProjectPhase, Status
from .openapi_schemas import (
    BOOL,
    INT,
    NSTR,
    NTIME,
    STR,
    STRINGS,
    TIME,
    URL,
    FIELD_NOTES,
    action_schema_name,
    array_of,
    obj,
    ref,
    rule_schema,
)

NOTES = {"zone": "Slug of a public high-tech zone you manage (curators: any).",
         "operator": "Slug of the public organisation operating the project.",
         "investors": "Slugs of public organisations investing in the project.",
         "licensed_on": "YYYY-MM-DD, today or earlier.", "changed_on": "YYYY-MM-DD, today or earlier; "
         "not before the last recorded change. Empty: today.", "phase": "Phase; at creation, default licensed."}
NDATE = {"type": ["string", "null"], "format": "date"}
NNUM = {"type": ["number", "null"]}


def _body(rules, partial=False, extra=None, required=()):
    properties = dict(extra or {})
    for name, rule in rules.items():
        schema = dict(NDATE) if isinstance(rule, Day) else rule_schema(rule)
        note = NOTES.get(name) or FIELD_NOTES.get(name)
        properties[name] = {**schema, "description": note} if note else schema
    needed = list(required) + ([] if partial else [n for n, r in rules.items() if getattr(r, "required", False)])
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if needed:
        schema["required"] = needed
    return schema


def zone_schemas():
    """Write bodies and records of zones and projects."""
    version = {"version": {"type": "integer", "description": FIELD_NOTES["version"]}}
    link = ref("OrganisationLink")
    phase = {"enum": list(ProjectPhase.ALL)}
    summary = dict(slug=STR, name=STR, name_en=NSTR, zone=link, phase=phase, status={"enum": list(Status.ALL)},
                   is_sample=BOOL, capital_bn_vnd=NNUM, area_ha=NNUM, licensed_on=NDATE, investors=array_of(link),
                   other_investors=NSTR, technologies=STRINGS, updated_at=TIME, url=URL)
    change = obj(phase=phase, changed_on={"type": "string", "format": "date"}, note=NSTR, recorded_at=TIME)
    detail = dict(summary, description=STR, description_en=NSTR, operator={"oneOf": [link, {"type": "null"}]},
                  licence_number=NSTR, technologies=array_of(ref("Term")), history=array_of(ref("PhaseChange")),
                  status_reason=NSTR, version=INT, created_at=TIME, verified_at=NTIME, html_url=URL)
    figures = obj(area_ha=NNUM, capital_bn_vnd={"type": "number", "description": "Sum over verified projects "
                                                "that are not withdrawn."},
                  project_count={**INT, "description": "Verified projects that are not withdrawn."},
                  projects_by_phase=obj(**{p: INT for p in ProjectPhase.ALL}), tenant_count=INT, lab_count=INT,
                  partnership_count=INT,
                  published={**obj(capital_bn_vnd=NNUM, project_count={"type": ["integer", "null"]}),
                             "description": "The management board's own figures, typed by hand."})
    zone = dict(slug=STR, name=STR, name_en=NSTR, status={"enum": list(Status.ALL)},
                managed_by={"oneOf": [link, {"type": "null"}]}, figures=ref("ZoneFigures"), url=URL, html_url=URL)
    page = {"total": INT, "page": INT, "pages": INT, "per_page": INT}
    return {
        "ZoneProjectCreate": _body(CREATE_RULES),
        "ZoneProjectPatch": _body(PROJECT_RULES, partial=True, extra=version, required=["version"]),
        "PhaseChangeBody": _body(PHASE_CHANGE_RULES, required=["phase"]),
        "ZoneProjectSummary": obj(**summary), "ZoneProject": obj(**detail),
        "ZoneProjectPage": obj(items=array_of(ref("ZoneProjectSummary")), **page),
        "PhaseChange": change, "ZoneProjectHistory": obj(slug=STR, phase=phase, items=array_of(ref("PhaseChange"))),
        "ZoneFigures": figures, "ZoneSummary": obj(**zone),
        "Zone": obj(**zone, projects=array_of(ref("ZoneProjectSummary"))),
        "ZonePage": obj(items=array_of(ref("ZoneSummary")), **page),
    }


def zone_paths(operation, write, query, path_param, paging):
    """Zones with figures; projects: list with filters, detail, create, change, phase change, history, decisions."""
    slug = path_param("slug")
    filters = [query("q", STR, "Text in the name or an investor's name (diacritics optional)."),
               query("zone", STR, "Slug of the zone."), query("investor", STR, "Slug of an investor."),
               query("phase", {"enum": list(ProjectPhase.ALL)}, "Phase of the project.", many=True),
               query("tech", STR, "Strategic technology code.", many=True),
               query("status", {"enum": list(Status.ALL)}, "Listing status (curators only).", many=True),
               query("sort", {"enum": list(PROJECT_SORTS), "default": "name"}, "Order of the results."), *paging]
    return {
        "/zones": {"get": operation("zone_list", "List high-tech zones with computed figures", "zones", "ZonePage",
                                    params=list(paging), errors={404})},
        "/zones/{slug}": {"parameters": [slug], "get": operation(
            "zone_detail", "Read a zone: figures and projects", "zones", "Zone", errors={404})},
        "/projects": {
            "get": operation("zone_project_list", "List zone projects", "zones", "ZoneProjectPage", params=filters,
                             errors={404}),
            "post": write("zone_project_create", "Add a project to a zone (zone managers, curators)", "zones",
                          "ZoneProject", "ZoneProjectCreate", status=201)},
        "/projects/{slug}": {
            "parameters": [slug],
            "get": operation("zone_project_detail", "Read a project", "zones", "ZoneProject", errors={404}),
            "patch": write("zone_project_update", "Change a project (not its phase)", "zones", "ZoneProject",
                           "ZoneProjectPatch", errors={409})},
        "/projects/{slug}/status": {"parameters": [slug], "post": write(
            "zone_project_status", "Record a dated phase change", "zones", "ZoneProject", "PhaseChangeBody",
            status=201)},
        "/projects/{slug}/history": {"parameters": [slug], "get": operation(
            "zone_project_history", "The project's phase history", "zones", "ZoneProjectHistory", errors={404})},
        "/projects/{slug}/verify": {"parameters": [slug], "post": write(
            "zone_project_verify", "Verify (curators, never their own zone's)", "curation", "ZoneProject",
            action_schema_name("decision"), errors={409})},
        "/projects/{slug}/reject": {"parameters": [slug], "post": write(
            "zone_project_reject", "Reject with a reason (curators)", "curation", "ZoneProject",
            action_schema_name("rejection"))},
        "/projects/{slug}/archive": {"parameters": [slug], "post": write(
            "zone_project_archive", "Archive: withdraw from public view (managers, curators)", "zones",
            "ZoneProject", action_schema_name("decision"), errors={409})},
    }
