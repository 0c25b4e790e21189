"""The programmes part of the OpenAPI document: programmes, calls, applications, their filters and bodies.

Bodies come from the programmes' own validation rules (`collaboration/programmes/rules.py`), so they cannot drift."""
from ..collaboration.programmes.listings import SORTS
from ..collaboration.programmes.rules import (
    APPLICATION_RULES,
    CALL_RULES,
    ELIGIBLE_KINDS,
    PROGRAMME_RULES,
    REVIEW_RULES,
    Moment,
)
from ..collaboration.programmes.states import STATE_FILTERS
from ..models import ApplicationStatus, ProgrammeKind, Status
from .openapi_exchange import _rule_schema as exchange_rule_schema
from .openapi_schemas import (
    BOOL,
    FIELD_NOTES,
    INT,
    NINT,
    NSTR,
    NTIME,
    STR,
    STRINGS,
    TIME,
    URL,
    action_schema_name,
    array_of,
    obj,
    ref,
)

TAG = "programmes"
CALL_STATE = {"enum": ["upcoming", "open", "closed"]}


def _schema(rule):
    if isinstance(rule, Moment):
        return {"type": "string", "format": "date-time",
                "description": "ISO 8601; without an offset the time is Hanoi time (GMT+7)."}
    return exchange_rule_schema(rule)


def _body(rules, required=(), extra=None):
    properties = dict(extra or {})
    for name, rule in rules.items():
        schema = _schema(rule)
        properties[name] = {**schema, "description": FIELD_NOTES[name]} if name in FIELD_NOTES else schema
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    return schema


def programme_schemas():
    """Write bodies and records of programmes, calls and applications."""
    version = {"version": {"type": "integer", "description": FIELD_NOTES["version"]}}
    page = {"total": INT, "page": INT, "pages": INT, "per_page": INT}
    call = obj(id=INT, title=STR, title_en=NSTR, description=STR, budget_vnd=NINT, opens_at=TIME, closes_at=TIME,
               state=CALL_STATE, version=INT)
    agency = obj(slug=STR, name=STR, kind=STR)
    summary = dict(slug=STR, title=STR, title_en=NSTR, programme_kind={"enum": list(ProgrammeKind.ALL)},
                   status={"enum": list(Status.ALL)}, is_sample=BOOL, agency=agency,
                   state={"enum": ["open", "upcoming", "closed", "interest"]}, next_deadline=NTIME,
                   eligible_kinds=STRINGS, max_award_vnd=NINT, technologies=STRINGS, updated_at=TIME, url=URL)
    applicant = obj(type={"enum": ["organisation", "person"]}, slug=STR, name=STR, kind=STR)
    application = obj(id=INT, programme=STR, status={"enum": list(ApplicationStatus.ALL)}, applicant=applicant,
                      call={"oneOf": [obj(id=INT, title=STR), {"type": "null"}]}, message=STR,
                      requested_vnd=NINT, decision_note=NSTR, created_at=TIME, updated_at=TIME, decided_at=NTIME,
                      version=INT, url=URL)
    slug_note = {"type": "string", "description": "Slug of an organisation or researcher profile you manage."}
    return {
        "ProgrammeCreate": _body(PROGRAMME_RULES, ["agency", "title", "summary"], extra={"agency": {
            "type": "string", "description": "Slug of the agency, zone board or public fund that runs it."}}),
        "ProgrammePatch": _body(PROGRAMME_RULES, ["version"], extra=version),
        "ProgrammeSummary": obj(**summary),
        "Programme": obj(**{**summary, "technologies": array_of(ref("Term"))}, summary=STR, summary_en=NSTR,
                         eligibility=NSTR, budget_vnd=NINT, website=NSTR, sectors=array_of(ref("Term")),
                         calls=array_of(ref("ProgrammeCall")), status_reason=NSTR, version=INT, created_at=TIME,
                         verified_at=NTIME, html_url=URL),
        "ProgrammePage": obj(items=array_of(ref("ProgrammeSummary")), **page),
        "ProgrammeCall": call,
        "ProgrammeCallList": obj(items=array_of(ref("ProgrammeCall"))),
        "ProgrammeCallCreate": _body(CALL_RULES, ["title", "opens_at", "closes_at"]),
        "ProgrammeCallPatch": _body(CALL_RULES, ["version"], extra=version),
        "ApplicationCreate": {**_body(APPLICATION_RULES, extra={
            "organisation": slug_note, "person": slug_note,
            "call": {"type": ["integer", "null"], "description": "Id of an open call; null or absent: interest."}}),
            "description": "Exactly one of `organisation` and `person` names the applicant."},
        "Application": application,
        "ApplicationPage": obj(items=array_of(ref("Application")), **page),
        "ApplicationDecision": _body(REVIEW_RULES, extra={"version": {
            "type": "integer", "description": "Optional: the version you read (409 if it changed)."}}),
    }


def _filters(query, paging):
    return [query("q", STR, "Text in the title (diacritics optional) or the summary."),
               query("state", {"enum": list(STATE_FILTERS)}, "Open now, closing within 30 days, upcoming, closed, "
                     "or without calls (interest only).", many=True),
               query("kind", {"enum": list(ProgrammeKind.ALL)}, "Kind of programme.", many=True),
               query("tech", STR, "Strategic technology code.", many=True),
               query("agency", STR, "Slug of the agency that runs it."),
               query("eligible", {"enum": [*ELIGIBLE_KINDS, "mine"]}, "Open to this kind of applicant ('mine': "
                     "the kinds the caller manages).", many=True),
               query("status", {"enum": list(Status.ALL)}, "Status (curators only).", many=True),
               query("sort", {"enum": list(SORTS), "default": "deadline"}, "Order of the results."), *paging]


def programme_paths(operation, write, query, path_param, paging):
    """Programmes, calls and applications: list, read, create, change, decisions."""
    slug, app_id = path_param("slug"), path_param("application_id", integer=True)
    filters = _filters(query, paging)
    app_filters = [query("status", {"enum": list(ApplicationStatus.ALL)}, "Application status.", many=True),
                   query("call", STR, "A call's id, or 'interest' for expressions of interest."), *paging]
    decision = "ApplicationDecision"

    def app_action(view, summary):
        return {"parameters": [app_id], "post": write(view, summary, TAG, "Application", decision, errors={409})}

    return {
        "/programmes": {
            "get": operation("programme_list", "List programmes", TAG, "ProgrammePage", params=filters, errors={404}),
            "post": write("programme_create", "Publish a programme", TAG, "Programme", "ProgrammeCreate", status=201)},
        "/programmes/{slug}": {
            "parameters": [slug],
            "get": operation("programme_detail", "Read a programme with its calls", TAG, "Programme", errors={404}),
            "patch": write("programme_update", "Change a programme", TAG, "Programme", "ProgrammePatch",
                           errors={409})},
        "/programmes/{slug}/verify": {"parameters": [slug], "post": write(
            "programme_verify", "Verify (curators, never their own)", "curation", "Programme",
            action_schema_name("decision"), errors={409})},
        "/programmes/{slug}/reject": {"parameters": [slug], "post": write(
            "programme_reject", "Reject with a reason (curators)", "curation", "Programme",
            action_schema_name("rejection"))},
        "/programmes/{slug}/archive": {"parameters": [slug], "post": write(
            "programme_archive", "Archive (the agency's managers, curators)", TAG, "Programme",
            action_schema_name("decision"), errors={409})},
        "/programmes/{slug}/calls": {
            "parameters": [slug],
            "get": operation("call_list", "The programme's calls", TAG, "ProgrammeCallList", errors={404}),
            "post": write("call_create", "Add a call", TAG, "ProgrammeCall", "ProgrammeCallCreate", status=201)},
        "/programme-calls/{call_id}": {"parameters": [path_param("call_id", integer=True)], "patch": write(
            "call_update", "Change a call", TAG, "ProgrammeCall", "ProgrammeCallPatch", errors={409})},
        "/programmes/{slug}/applications": {
            "parameters": [slug],
            "get": operation("programme_application_list", "Applications (the agency: all; others: their own)",
                             TAG, "ApplicationPage", params=app_filters, errors={401, 404},
                             security=[{"bearerAuth": []}, {"sessionCookie": []}]),
            "post": write("programme_apply", "Apply to an open call, or express interest", TAG, "Application",
                          "ApplicationCreate", status=201, errors={409})},
        "/applications/{application_id}": {"parameters": [app_id], "get": operation(
            "application_detail", "Read an application", TAG, "Application", errors={401, 404},
            security=[{"bearerAuth": []}, {"sessionCookie": []}])},
        "/applications/{application_id}/withdraw": app_action("application_withdraw", "Withdraw (the applicant)"),
        "/applications/{application_id}/review": app_action("application_review", "Move under review (agency)"),
        "/applications/{application_id}/accept": app_action("application_accept", "Accept (agency)"),
        "/applications/{application_id}/reject": app_action("application_reject", "Do not accept (agency)"),
        "/me/applications": {"get": operation(
            "my_application_list", "My applications and interests", TAG, "ApplicationPage", params=paging,
            errors={401, 404}, security=[{"bearerAuth": []}, {"sessionCookie": []}])},
    }
