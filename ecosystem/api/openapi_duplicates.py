"""The duplicates part of the OpenAPI document: the curators' queue, dismissing a pair, merging, the check
for clients, and the 409 that `POST /organisations` answers when the new listing looks like an existing one."""
from ..curation.duplicates.evidence import WEIGHTS
from ..curation.duplicates.merge import ORGANISATION_FIELDS, PERSON_FIELDS
from ..models import RecordType, Status
from .openapi_schemas import BOOL, INT, STR, URL, array_of, obj, ref

NUMBER = {"type": "number", "minimum": 0, "maximum": 1}
TYPES = {"enum": list(RecordType.ALL)}
SIDE = {"enum": ["survivor", "loser"]}
EVIDENCE_CODES = sorted({*WEIGHTS, "similar_name"})
CHECK_FIELDS = ("name", "name_en", "website", "email", "tax_code", "province")


def duplicate_schemas():
    """Schemas of the duplicates responses and bodies."""
    link = dict(type=TYPES, slug=STR, name=STR, status={"enum": list(Status.ALL)}, html_url=URL, api_url=URL)
    evidence = obj(code={"enum": EVIDENCE_CODES}, weight=NUMBER, strong=BOOL, value=STR,
                   message={**STR, "description": "The evidence as a sentence, in the caller's language."})
    candidate = obj(**link, confidence=NUMBER, strong=BOOL, evidence=array_of(ref("DuplicateEvidence")))
    fields = sorted({*ORGANISATION_FIELDS, *PERSON_FIELDS})
    return {
        "DuplicateEvidence": evidence,
        "DuplicateListing": obj(**link),
        "DuplicatePair": obj(kind=TYPES, confidence=NUMBER, strong=BOOL, evidence=array_of(ref("DuplicateEvidence")),
                             first=ref("DuplicateListing"), second=ref("DuplicateListing")),
        "DuplicatePairPage": obj(items=array_of(ref("DuplicatePair")), total=INT, page=INT, pages=INT, per_page=INT),
        "DuplicateCandidate": candidate,
        "DuplicateCheck": obj(items=array_of(ref("DuplicateCandidate")), strong=BOOL),
        "DuplicateConflict": obj(error=obj(status={"const": 409}, message=STR, errors={"type": "object"},
                                           candidates=array_of(ref("DuplicateCandidate")))),
        "DismissBody": {"type": "object", "additionalProperties": False, "required": ["kind", "first", "second"],
                        "properties": {"kind": TYPES, "first": {**STR, "description": "Slug of one listing."},
                                       "second": {**STR, "description": "Slug of the other listing."}}},
        "Dismissal": obj(kind=TYPES, first=STR, second=STR),
        "MergeBody": {
            "type": "object", "additionalProperties": False, "required": ["kind", "survivor", "loser"],
            "properties": {
                "kind": TYPES, "survivor": {**STR, "description": "Slug of the listing that stays."},
                "loser": {**STR, "description": "Slug of the listing merged away (its address redirects)."},
                "fields": {"type": "object", "additionalProperties": False,
                           "properties": {name: SIDE for name in fields},
                           "description": "Which side's value each field keeps; unnamed fields keep the "
                                          "survivor's. Person fields apply to people, the others to organisations."},
                "survivor_version": {**INT, "description": "The survivor's version you read (else 409)."},
                "loser_version": {**INT, "description": "The loser's version you read (else 409)."}}},
        "MergeResult": {"type": "object", "required": ["survivor", "redirected", "moved"],
                        "additionalProperties": False, "properties": {
                            "survivor": {"oneOf": [ref("Organisation"), ref("Person")]},
                            "redirected": {**STR, "description": "The loser's old slug, now a redirect."},
                            "moved": {"type": "object", "additionalProperties": INT,
                                      "description": "Rows moved per table.column, and dropped duplicates "
                                                     "per table (\"table:dropped\")."}}},
    }


def duplicate_paths(operation, write, query, paging):
    """The queue, dismissing, merging and the check."""
    curators = [{"bearerAuth": []}, {"sessionCookie": []}]
    check_params = [query(name, {"type": "string"}, f"The new organisation's {name.replace('_', ' ')}.")
                    for name in CHECK_FIELDS]
    return {
        "/duplicates/check": {"get": operation(
            "duplicate_check", "Organisations a new one would duplicate (visible to the caller)", "duplicates",
            "DuplicateCheck", params=check_params)},
        "/curation/duplicates": {"get": operation(
            "curation_duplicates", "Likely duplicate pairs with their evidence (curators)", "curation",
            "DuplicatePairPage", params=[query("kind", {**TYPES, "default": "organisation"}, "Type of listing."),
                                         *paging], errors={401, 403, 404}, security=curators)},
        "/curation/duplicates/dismiss": {"post": write(
            "curation_duplicates_dismiss", "Mark two listings as not duplicates (curators)", "curation",
            "Dismissal", "DismissBody", status=201, errors={409})},
        "/curation/merge": {"post": write(
            "curation_merge", "Merge one listing into another (curators)", "curation", "MergeResult", "MergeBody",
            errors={409})},
    }


def describe_duplicate_conflict(paths, query):
    """`POST /organisations`: document the duplicate check and how to confirm a new listing."""
    create = paths["/organisations"]["post"]
    create["description"] = (
        "When an existing organisation has strong evidence of being the same (same tax code, same name once "
        "legal forms are ignored, same website domain), the answer is 409 with the candidates. Send "
        "`\"confirm_new\": true` in the body, or `?confirm_new=true`, to create the listing anyway.")
    create["parameters"] = [*create.get("parameters", []), query(
        "confirm_new", {"type": "boolean", "default": False}, "Create even if likely duplicates exist.")]
    create["responses"]["409"] = {"description": "Likely duplicates exist (or another conflict).",
                                  "content": {"application/json": {"schema": ref("DuplicateConflict")}}}
    return paths
