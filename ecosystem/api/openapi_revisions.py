"""The revisions part of the OpenAPI document: histories, revert, the curators' queues, bulk decisions,
held changes and the activity feed."""
import copy

from ..curation.queries import MAX_AGE_DAYS, QUEUE_KINDS, QUEUE_TYPES
from ..curation.revisions.activity import RECORD_TYPES
from ..curation.revisions.decisions import ACTIONS, ITEM_TYPES, MAX_ITEMS
from ..models import RevisionState, Status
from .openapi_schemas import (
    BOOL,
    INT,
    NINT,
    NSTR,
    NTIME,
    STR,
    TIME,
    URL,
    action_schema_name,
    array_of,
    obj,
    organisation_schemas,
    person_schemas,
    ref,
)

ANY = {"description": "A value in the write endpoints' vocabulary (text, number, list of codes or slugs), or null."}
NULLABLE_USER = {"oneOf": [ref("RevisionUser"), {"type": "null"}]}
NULLABLE_LISTING = {"oneOf": [ref("ListingLink"), {"type": "null"}]}


def _page(item):
    return obj(items=array_of(item), total=INT, page=INT, pages=INT, per_page=INT)


def _with_pending(schema):
    """A PATCH answer: the record as GET shows it, plus the changes that wait for review."""
    extended = copy.deepcopy(schema)
    extended["properties"]["pending_review"] = {
        **array_of(ref("Revision")),
        "description": "Changes to important fields of a verified listing wait for a curator; these are they."}
    extended["required"] = [*extended["required"], "pending_review"]
    return extended


def revision_schemas():
    """Schemas of the revision responses and bodies."""
    revision = obj(
        id=INT, listing=NULLABLE_LISTING, action=STR, state={"enum": list(RevisionState.ALL)},
        fields={"type": "array", "items": STR},
        changes={"type": "object", "additionalProperties": obj(old=ANY, new=ANY),
                 "description": "Field name to its old and new value."},
        actor=NULLABLE_USER, created_at=TIME, reviewer=NULLABLE_USER, reviewed_at=NTIME, review_reason=NSTR,
        reverts_id=NINT, record_version=NINT)
    queue_listing = obj(type={"enum": ["organisation", "person"]}, id=INT, slug=STR, name=STR, kind=STR,
                        province=NSTR, status={"enum": list(Status.ALL)}, created_at=TIME, url=URL)
    item = {"type": "object", "required": ["type", "id"], "additionalProperties": False,
            "properties": {"type": {"enum": list(ITEM_TYPES)}, "id": INT}}
    return {
        "RevisionUser": obj(id=INT, name=STR),
        "ListingLink": obj(type={"enum": list(RECORD_TYPES)}, slug=STR, name=STR, url=URL),
        "Revision": revision, "RevisionPage": _page(ref("Revision")),
        "RevertBody": {"type": "object", "additionalProperties": False, "properties": {"force": {
            **BOOL, "default": False,
            "description": "Revert even when fields changed again after the revision (a 409 names them)."}}},
        "RevertResult": obj(reverted=ref("Revision"), revision={"oneOf": [ref("Revision"), {"type": "null"}]}),
        "QueueListing": queue_listing,
        "CurationQueue": obj(type={"enum": list(QUEUE_TYPES)}, items={"type": "array", "items": {
            "oneOf": [ref("QueueListing"), ref("Claim"), ref("Revision")]}}, total=INT, page=INT, pages=INT,
            per_page=INT),
        "DecisionsBody": {"type": "object", "required": ["action", "items"], "additionalProperties": False,
                          "properties": {"action": {"enum": list(ACTIONS)},
                                         "reason": {"type": "string", "maxLength": 2000,
                                                    "description": "Required to reject; sent to the owners."},
                                         "items": {**array_of(item), "minItems": 1, "maxItems": MAX_ITEMS}}},
        "DecisionsResult": obj(items=array_of(obj(type={"enum": list(ITEM_TYPES)}, id=INT, ok=BOOL, message=NSTR)),
                               decided=INT, skipped=INT),
        "ActivityEntry": obj(source={"enum": ["revision", "audit"]}, action=STR, created_at=TIME,
                             listing=NULLABLE_LISTING, actor=NULLABLE_USER,
                             revision={"oneOf": [ref("Revision"), {"type": "null"}]},
                             details={"type": ["object", "null"]}),
        "ActivityPage": _page(ref("ActivityEntry")),
        "OrganisationUpdate": _with_pending(organisation_schemas()["Organisation"]),
        "PersonUpdate": _with_pending(person_schemas()["Person"]),
    }


def revision_paths(operation, write, query, path_param, paging):
    """Histories, revert, queues, decisions, held changes and the activity feed."""
    slug, revision_id = path_param("slug"), path_param("revision_id", integer=True)
    editors = [{"bearerAuth": []}, {"sessionCookie": []}]
    filters = [query("kind", {"enum": list(QUEUE_KINDS)}, "Kind of organisation, or person."),
               query("province", STR, "Province code."),
               query("age", {"type": "integer", "minimum": 0, "maximum": MAX_AGE_DAYS},
                     "Waiting at least this many days."),
               query("q", STR, "Text in the name (diacritics optional).")]

    def history(view, summary):
        return operation(view, summary, "revisions", "RevisionPage", params=paging, errors={401, 403, 404},
                         security=editors)

    def revert(view, summary):
        return write(view, summary, "revisions", "RevertResult", "RevertBody", errors={409})

    return {
        "/organisations/{slug}/revisions": {"parameters": [slug], "get": history(
            "organisation_revisions", "Revisions of an organisation (its members, curators)")},
        "/people/{slug}/revisions": {"parameters": [slug], "get": history(
            "person_revisions", "Revisions of a profile (its owner, curators)")},
        "/organisations/{slug}/revisions/{revision_id}/revert": {"parameters": [slug, revision_id], "post": revert(
            "organisation_revision_revert", "Revert a revision of an organisation (curators)")},
        "/people/{slug}/revisions/{revision_id}/revert": {"parameters": [slug, revision_id], "post": revert(
            "person_revision_revert", "Revert a revision of a profile (curators)")},
        "/curation/queue": {"get": operation(
            "curation_queue", "A curators' queue: new listings, claims or held changes", "curation",
            "CurationQueue", params=[query("type", {"enum": list(QUEUE_TYPES), "default": "listings"},
                                           "Which queue."), *filters, *paging],
            errors={401, 403, 404}, security=editors)},
        "/curation/decisions": {"post": write(
            "curation_decisions", "Verify or reject many items with one reason (curators)", "curation",
            "DecisionsResult", "DecisionsBody")},
        "/curation/changes/{revision_id}/approve": {"parameters": [revision_id], "post": write(
            "change_approve", "Publish a held change (curators)", "curation", "Revision",
            action_schema_name("decision"), errors={409})},
        "/curation/changes/{revision_id}/reject": {"parameters": [revision_id], "post": write(
            "change_reject", "Refuse a held change with a reason (curators)", "curation", "Revision",
            action_schema_name("rejection"), errors={409})},
        "/curation/activity": {"get": operation(
            "curation_activity", "Activity on listings across the registry (curators)", "curation", "ActivityPage",
            params=[query("type", {"enum": list(RECORD_TYPES)}, "Kind of record."),
                    query("action", STR, "Action (created, updated, reverted, verified...)."),
                    query("actor", STR, "Email or id of the user who acted."), *paging],
            errors={401, 403, 404}, security=editors)},
    }
