"""The OpenAPI 3.1 document: every route of the API with its parameters, bodies and responses.

Each operation's `operationId` is the name of its view function, so a test can match the
document against `app.url_map` route by route."""
from ..models import InvestorType, Kind, PersonKind, Stage
from ..pagination import MAX_PER_PAGE
from ..registry.listings import SORTS
from .inputs import CLAIM_STATUSES, MAX_PAGE
from .openapi_duplicates import describe_duplicate_conflict, duplicate_paths, duplicate_schemas
from .openapi_exchange import exchange_paths, exchange_schemas
from .openapi_imports import import_paths, import_schemas
from .openapi_introductions import introduction_paths, introduction_schemas
from .openapi_lab_bookings import lab_booking_paths, lab_booking_schemas
from .openapi_lab_reports import lab_report_paths, lab_report_schemas
from .openapi_labs import lab_paths, lab_schemas
from .openapi_matching import matching_paths, matching_schemas
from .openapi_open_data import open_data_paths, open_data_schemas
from .openapi_partnerships import partnership_paths, partnership_schemas
from .openapi_programmes import programme_paths, programme_schemas
from .openapi_quality import quality_paths, quality_schemas
from .openapi_revisions import revision_paths, revision_schemas
from .openapi_schemas import action_schema_name, all_schemas, ref
from .openapi_search import search_paths, search_schemas
from .openapi_zones import zone_paths, zone_schemas

READ = [{}, {"bearerAuth": []}, {"sessionCookie": []}]
SIGNED_IN_READ = [{"bearerAuth": []}, {"sessionCookie": []}]
WRITE = [{"bearerAuth": []}]
ERRORS = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 409: "Conflict",
          413: "TooLarge", 429: "TooManyRequests"}
ERROR_TEXT = {400: "The input is not valid; `errors` names the fields.", 401: "No user, or a bad token.",
              403: "The user may not do this.", 404: "No such record, or not visible to this user.",
              409: "The record changed meanwhile (stale version) or the action conflicts with its state.",
              413: "The upload is larger than the server accepts.",
              429: "Too many requests of this kind for now (e.g. the daily introductions limit)."}


def query(name, schema, description, many=False):
    """A query parameter; `many` for repeatable ones (`?kind=a&kind=b`)."""
    if many:
        schema = {"type": "array", "items": schema}
        return {"name": name, "in": "query", "schema": schema, "style": "form", "explode": True,
                "description": description + " Repeat the parameter for several (OR)."}
    return {"name": name, "in": "query", "schema": schema, "description": description}


def path_param(name, integer=False):
    """A required path parameter."""
    return {"name": name, "in": "path", "required": True, "schema": {"type": "integer" if integer else "string"}}


STRING = {"type": "string"}
PAGING = [query("page", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1},
                "Page number; a page past the end is 404."),
          query("per_page", {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": 24},
                "Items per page.")]
SORT = query("sort", {"enum": list(SORTS), "default": "name"}, "Order of the results.")
ORGANISATION_FILTERS = [
    query("kind", {"enum": list(Kind.ALL)}, "Kind of organisation.", many=True),
    query("q", STRING, "Text in the name (diacritics optional)."),
    query("tech", STRING, "Strategic technology code.", many=True),
    query("sector", STRING, "Sector code.", many=True),
    query("province", STRING, "Province code."), query("ward", STRING, "Ward or commune code."),
    query("stage", {"enum": list(Stage.ALL)}, "Startup stage.", many=True),
    query("investor_type", {"enum": list(InvestorType.ALL)}, "Investor type.", many=True),
    query("zone", STRING, "Slug of the high-tech zone the organisation sits in."), SORT, *PAGING]
PEOPLE_FILTERS = [
    query("kind", {"enum": list(PersonKind.ALL)}, "Kind of person.", many=True),
    query("q", STRING, "Text in the name or expertise."),
    query("tech", STRING, "Strategic technology code.", many=True),
    query("sector", STRING, "Sector code.", many=True), query("province", STRING, "Province code."),
    query("organisation", STRING, "Slug of an organisation the person is affiliated with."), SORT, *PAGING]
SLUG, CLAIM_ID = path_param("slug"), path_param("claim_id", integer=True)


def operation(view, summary, tag, ok, *, status=200, body=None, params=(), errors=(), security=READ):
    """One operation: `ok` names the response schema (None for an empty 204)."""
    responses = {str(status): {"description": "Success."}}
    if ok is not None:
        responses[str(status)]["content"] = {"application/json": {"schema": ref(ok)}}
    for code in sorted({400, 401, *errors}):  # any request with a bad token gets 401
        responses[str(code)] = {"$ref": f"#/components/responses/{ERRORS[code]}"}
    op = {"operationId": view, "summary": summary, "tags": [tag], "security": security,
          "parameters": list(params), "responses": responses}
    if body is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref(body)}}}
    return op


def write(view, summary, tag, ok, body, status=200, params=(), errors=()):
    """An operation that needs a bearer token (a session cookie alone gets 401)."""
    return operation(view, summary, tag, ok, status=status, body=body, params=params,
                     errors={401, 403, 404, *errors}, security=WRITE)


def logo_upload():
    """The one operation whose body is a file, not JSON."""
    op = write("organisation_logo", "Replace the logo (owners, editors, curators)", "organisations",
               "Organisation", None, errors={413})
    op["requestBody"] = {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["logo"],
        "properties": {"logo": {"type": "string", "format": "binary",
                                "description": "PNG, JPEG, GIF or WebP, at most 2 MB; re-encoded as PNG."}}}}}}
    return op


def organisation_paths():
    """Organisations and their members."""
    return {
        "/organisations": {
            "get": operation("organisation_list", "List organisations", "organisations", "OrganisationPage",
                             params=ORGANISATION_FILTERS, errors={404}),
            "post": write("organisation_create", "Create an organisation (pending review)", "organisations",
                          "Organisation", "OrganisationCreate", status=201, errors={409})},
        "/organisations/{slug}": {
            "parameters": [SLUG],
            "get": operation("organisation_detail", "Read an organisation", "organisations", "Organisation",
                             errors={404}),
            "patch": write("organisation_update", "Change an organisation", "organisations", "OrganisationUpdate",
                           "OrganisationPatch", errors={409})},
        "/organisations/{slug}/logo": {"parameters": [SLUG], "put": logo_upload()},
        "/organisations/{slug}/verify": {"parameters": [SLUG], "post": write(
            "organisation_verify", "Verify (curators)", "curation", "Organisation",
            action_schema_name("decision"), errors={409})},
        "/organisations/{slug}/reject": {"parameters": [SLUG], "post": write(
            "organisation_reject", "Reject with a reason (curators)", "curation", "Organisation",
            action_schema_name("rejection"))},
        "/organisations/{slug}/claims": {"parameters": [SLUG], "post": write(
            "claim_create", "Claim a public listing", "claims", "Claim", action_schema_name("claim"),
            status=201, errors={409})},
        "/organisations/{slug}/members": {
            "parameters": [SLUG],
            "get": operation("member_list", "List members (owners, curators)", "members", "MemberList",
                             errors={401, 403, 404}, security=SIGNED_IN_READ),
            "post": write("member_add", "Add a member (owners, curators)", "members", "Member",
                          action_schema_name("member"), status=201, errors={409})},
        "/organisations/{slug}/members/{membership_id}": {
            "parameters": [SLUG, path_param("membership_id", integer=True)],
            "delete": write("member_remove", "Remove a member", "members", None, None, status=204,
                            errors={409})},
    }


def claim_paths():
    """Claims, decided by curators."""
    status = query("status", {"enum": list(CLAIM_STATUSES), "default": "pending"}, "Claims with this status.")
    return {
        "/claims": {"get": operation("claim_list", "List claims (curators)", "claims", "ClaimPage",
                                     params=[status, *PAGING], errors={401, 403, 404}, security=SIGNED_IN_READ)},
        "/claims/{claim_id}/approve": {"parameters": [CLAIM_ID], "post": write(
            "claim_approve", "Approve: the claimant becomes an owner", "claims", "Claim",
            action_schema_name("decision"), errors={409})},
        "/claims/{claim_id}/reject": {"parameters": [CLAIM_ID], "post": write(
            "claim_reject", "Reject with a reason", "claims", "Claim", action_schema_name("rejection"),
            errors={409})},
    }


def people_paths():
    """People and their affiliations."""
    return {
        "/people": {
            "get": operation("person_list", "List people", "people", "PersonPage", params=PEOPLE_FILTERS,
                             errors={404}),
            "post": write("person_create", "Create a profile (pending review)", "people", "Person",
                          "PersonCreate", status=201)},
        "/people/{slug}": {
            "parameters": [SLUG],
            "get": operation("person_detail", "Read a profile", "people", "Person", errors={404}),
            "patch": write("person_update", "Change a profile", "people", "PersonUpdate", "PersonPatch",
                           errors={409})},
        "/people/{slug}/affiliations": {"parameters": [SLUG], "post": write(
            "affiliation_add", "Add an affiliation", "people", "Affiliation", action_schema_name("affiliation"),
            status=201, errors={409})},
        "/people/{slug}/affiliations/{affiliation_id}": {
            "parameters": [SLUG, path_param("affiliation_id", integer=True)],
            "delete": write("affiliation_remove", "Remove an affiliation", "people", None, None, status=204)},
        "/people/{slug}/verify": {"parameters": [SLUG], "post": write(
            "person_verify", "Verify (curators)", "curation", "Person", action_schema_name("decision"),
            errors={409})},
        "/people/{slug}/reject": {"parameters": [SLUG], "post": write(
            "person_reject", "Reject with a reason (curators)", "curation", "Person",
            action_schema_name("rejection"))},
    }


def reference_paths():
    """Taxonomy, the current user, the curation queue and this document."""
    limit = query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": MAX_PER_PAGE},
                  "At most this many of each.")
    return {
        "/taxonomy": {"get": operation("taxonomy", "Technologies, sectors, provinces, wards", "reference",
                                       "Taxonomy")},
        "/me": {"get": operation("me", "The current user", "reference", "Me", errors={401},
                                 security=SIGNED_IN_READ)},
        "/curation/pending": {"get": operation("curation_pending", "Pending organisations and people (curators)",
                                               "curation", "PendingQueue", params=[limit], errors={401, 403},
                                               security=SIGNED_IN_READ)},
        "/openapi.json": {"get": {"operationId": "openapi", "summary": "This document", "tags": ["reference"],
                                  "security": READ, "responses": {"200": {"description": "OpenAPI 3.1."}}}},
    }


def openapi_document():
    """The whole document, built fresh from the rule dictionaries."""
    error = {"content": {"application/json": {"schema": ref("Error")}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Hanoi innovation ecosystem registry API", "version": "1.0.0",
                 "description": "Reads are public (verified records only) or use the caller's rights; "
                                "writes need 'Authorization: Bearer <token>' from the account page."},
        "servers": [{"url": "/api/v1"}],
        "paths": {**describe_duplicate_conflict(organisation_paths(), query), **claim_paths(), **people_paths(),
                  **reference_paths(), **duplicate_paths(operation, write, query, PAGING),
                  **search_paths(operation, query, PAGING, path_param),
                  **exchange_paths(operation, write, query, path_param, PAGING),
                  **quality_paths(operation, write, query, path_param, MAX_PER_PAGE), **open_data_paths(operation),
                  **introduction_paths(operation, write, query, path_param, PAGING),
                  **matching_paths(operation, query, path_param),
                  **revision_paths(operation, write, query, path_param, PAGING),
                  **lab_paths(operation, write, query, path_param, PAGING),
                  **lab_report_paths(operation, query, SIGNED_IN_READ),
                  **lab_booking_paths(operation, write, query, path_param, PAGING),
                  **zone_paths(operation, write, query, path_param, PAGING),
                  **programme_paths(operation, write, query, path_param, PAGING),
                  **partnership_paths(operation, write, query, path_param, PAGING),
                  **import_paths(operation, write, path_param)},
        "components": {
            "schemas": {**all_schemas(), **search_schemas(), **quality_schemas(), **open_data_schemas(),
                        **duplicate_schemas(),
                        **exchange_schemas(),
                        **introduction_schemas(), **matching_schemas(), **revision_schemas(),
                        **lab_schemas(),
                        **lab_report_schemas(),
                        **lab_booking_schemas(),
                        **zone_schemas(),
                        **programme_schemas(),
                        **partnership_schemas(),
                        **import_schemas()},
            "responses": {name: {"description": ERROR_TEXT[code], **error} for code, name in ERRORS.items()},
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer", "description": "A personal API token."},
                "sessionCookie": {"type": "apiKey", "in": "cookie", "name": "session",
                                  "description": "The browser session; honoured for reads only."}},
        },
    }
