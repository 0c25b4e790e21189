"""The partnerships part of the OpenAPI document: partnerships, their partners, decisions and suggestions.

Bodies come from the partnerships' own validation rules (`collaboration/partnerships/rules.py`)."""
from ..collaboration.partnerships.listings import COMPOSITIONS, SORTS
from ..collaboration.partnerships.rules import PARTNER_RULES, PARTNERSHIP_RULES
from ..collaboration.partnerships.state_scoring import STATE_FACTOR_CODES
from ..collaboration.partnerships.suggestions import MAX_LIMIT
from ..matching.scoring import FACTOR_CODES
from ..models import Kind, PartnershipKind, PartnershipPhase, PartnerRole, Status
from .openapi_exchange import _body as rules_body
from .openapi_schemas import BOOL, FIELD_NOTES, INT, NINT, NSTR, NTIME, STR, STRINGS, TIME, URL, action_schema_name
from .openapi_schemas import array_of, obj, ref

ROLE = {"enum": list(PartnerRole.ALL)}
DATE = {"type": ["string", "null"], "format": "date"}
NOTES = {"zone": "Slug of a public high-tech zone.", "programme": "Slug of a public programme.",
         "starts_on": "YYYY-MM-DD.", "ends_on": "YYYY-MM-DD, not before `starts_on`."}


def _partnership_body(partial):
    extra = {"version": {"type": "integer", "description": FIELD_NOTES["version"]}} if partial else {
        "partners": {**array_of(ref("PartnerInput")), "maxItems": 30,
                     "description": "The first partners; members must include an organisation they manage."}}
    schema = rules_body(PARTNERSHIP_RULES, partial=partial, extra=extra,
                        required_extra=["version"] if partial else [])
    for name, note in NOTES.items():
        schema["properties"][name] = {**schema["properties"][name], "description": note}
    return schema


def partnership_schemas():
    """Write bodies and records of partnerships, partners and suggestions."""
    link = obj(slug=STR, name=STR, kind={"enum": list(Kind.ALL)})
    summary = dict(
        slug=STR, title=STR, title_en=NSTR, status={"enum": list(Status.ALL)}, is_sample=BOOL,
        partnership_kind={"enum": list(PartnershipKind.ALL)}, phase={"enum": list(PartnershipPhase.ALL)},
        funding_vnd=NINT, starts_on=DATE, ends_on=DATE, zone=NSTR, technologies=STRINGS,
        partners=array_of(ref("Partner")), missing_roles=array_of(ROLE),
        is_complete={**BOOL, "description": "True when the state, a school and an investor are all partners."},
        updated_at=TIME, url=URL)
    detail = dict(summary, goals=STR, goals_en=NSTR, outcomes=NSTR, funding_note=NSTR, programme=NSTR,
                  sectors=STRINGS, tags=STRINGS, status_reason=NSTR, version=INT, created_at=TIME,
                  verified_at=NTIME, html_url=URL)
    reason = obj(code={"enum": sorted(set(FACTOR_CODES) | set(STATE_FACTOR_CODES))},
                 points={**INT, "minimum": 0, "maximum": 100, "description": "The factor's share of the score."},
                 text={**STR, "description": "Why, in the caller's language."})
    suggestion = obj(slug=STR, name=STR, kind={"enum": list(Kind.ALL)}, html_url=URL,
                     score={**INT, "minimum": 0, "maximum": 100, "description": "The sum of the reasons' points."},
                     reasons=array_of(ref("PartnerSuggestionReason")), improvements=array_of(ref("MatchImprovement")))
    page = {"total": INT, "page": INT, "pages": INT, "per_page": INT}
    return {
        "PartnershipCreate": _partnership_body(partial=False),
        "PartnershipPatch": _partnership_body(partial=True),
        "PartnerInput": rules_body(PARTNER_RULES, required_extra=["role"]),
        "PartnerLink": link,
        "Partner": obj(id=INT, organisation=ref("PartnerLink"), role=ROLE, contribution=NSTR),
        "PartnershipSummary": obj(**summary),
        "Partnership": obj(**detail),
        "PartnershipPage": obj(items=array_of(ref("PartnershipSummary")), **page),
        "PartnerSuggestionReason": reason,
        "PartnerSuggestion": suggestion,
        "PartnerSuggestions": obj(partnership=STR, role=ROLE, items=array_of(ref("PartnerSuggestion"))),
        "OrganisationPartnerships": obj(organisation=STR, items=array_of(obj(
            partnership=ref("PartnershipSummary"), roles=array_of(ROLE)))),
    }


def partnership_paths(operation, write, query, path_param, paging):
    """Partnerships: list with filters, detail, create, change, partners, verify, reject, archive, suggestions."""
    slug = path_param("slug")
    filters = [
        query("q", STR, "Text in the title (diacritics optional) or the goals."),
        query("composition", {"enum": list(COMPOSITIONS)}, "Complete triple, or missing one role.", many=True),
        query("tech", STR, "Strategic technology code.", many=True),
        query("kind", {"enum": list(PartnershipKind.ALL)}, "Kind of partnership.", many=True),
        query("phase", {"enum": list(PartnershipPhase.ALL)}, "Phase.", many=True),
        query("zone", STR, "Slug of the high-tech zone."),
        query("organisation", STR, "Slug of a partner organisation."),
        query("status", {"enum": list(Status.ALL)}, "Status (curators only; others see verified ones).", many=True),
        query("sort", {"enum": list(SORTS), "default": "newest"}, "Order of the results."), *paging]
    suggest = [query("role", ROLE, "The role to fill; by default the first missing one."),
               query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 10}, "At most.")]
    tag = "partnerships"
    return {
        "/partnerships": {
            "get": operation("partnership_list", "List partnerships", tag, "PartnershipPage", params=filters,
                             errors={404}),
            "post": write("partnership_create", "Start a partnership", tag, "Partnership", "PartnershipCreate",
                          status=201)},
        "/partnerships/{slug}": {
            "parameters": [slug],
            "get": operation("partnership_detail", "Read a partnership", tag, "Partnership", errors={404}),
            "patch": write("partnership_update", "Change a partnership", tag, "Partnership", "PartnershipPatch",
                           errors={409})},
        "/partnerships/{slug}/partners": {"parameters": [slug], "post": write(
            "partnership_partner_add", "Add a partner in a role that fits its kind", tag, "Partner", "PartnerInput",
            status=201, errors={409})},
        "/partnerships/{slug}/partners/{partner_id}": {
            "parameters": [slug, path_param("partner_id", integer=True)],
            "delete": write("partnership_partner_remove", "Remove a partner", tag, None, None, status=204,
                            errors={409})},
        "/partnerships/{slug}/verify": {"parameters": [slug], "post": write(
            "partnership_verify", "Verify (curators, never their own)", "curation", "Partnership",
            action_schema_name("decision"), errors={409})},
        "/partnerships/{slug}/reject": {"parameters": [slug], "post": write(
            "partnership_reject", "Reject with a reason (curators)", "curation", "Partnership",
            action_schema_name("rejection"))},
        "/partnerships/{slug}/archive": {"parameters": [slug], "post": write(
            "partnership_archive", "Archive (editors, curators)", tag, "Partnership", action_schema_name("decision"),
            errors={409})},
        "/partnerships/{slug}/suggestions": {"parameters": [slug], "get": operation(
            "partnership_suggestions", "Organisations ranked for a role, with scores and reasons", tag,
            "PartnerSuggestions", params=suggest, errors={404})},
        "/organisations/{slug}/partnerships": {"parameters": [slug], "get": operation(
            "organisation_partnerships", "The partnerships of an organisation and its roles", tag,
            "OrganisationPartnerships", errors={404})},
    }
