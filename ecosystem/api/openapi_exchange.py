"""The technology exchange part of the OpenAPI document: offers and needs, their filters, bodies and records.

Bodies come from the exchange's own validation rules (`exchange/rules.py`), so they cannot drift."""
from ..exchange.listings import NEED_SORTS, NEED_STATES, OFFER_SORTS
from ..exchange.rules import NEED_RULES, OFFER_RULES, Day, RequiredText
from ..models import TRL_LEVELS, Engagement, IpStatus, Kind, Status
from .openapi_schemas import (
    BOOL,
    INT,
    NINT,
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

STATUS = {"enum": list(Status.ALL)}
PUBLISHER_NOTE = "Slug of an organisation you manage (curators: any)."


def _rule_schema(rule):
    """JSON Schema of one exchange rule; the two rules of our own are described here."""
    if isinstance(rule, Day):
        return {"type": ["string", "null"], "format": "date", "description": "YYYY-MM-DD, today or later."}
    if isinstance(rule, RequiredText):
        return {"type": "string", "minLength": 1, "maxLength": rule.max, "contentMediaType": "text/markdown"}
    return rule_schema(rule)


def _body(rules, partial=False, extra=None, required_extra=()):
    properties = dict(extra or {})
    for name, rule in rules.items():
        schema = _rule_schema(rule)
        if name in FIELD_NOTES:
            schema = {**schema, "description": FIELD_NOTES[name]}
        properties[name] = schema
    required = list(required_extra)
    if not partial:
        required += [name for name, rule in rules.items()
                     if getattr(rule, "required", False) or isinstance(rule, RequiredText)]
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def exchange_schemas():
    """Write bodies and records of offers and needs."""
    version = {"version": {"type": "integer", "description": FIELD_NOTES["version"]}}
    org = {"type": "string", "description": PUBLISHER_NOTE}
    person = {"type": "string", "description": "Slug of your own profile (a researcher's offer)."}
    publisher = {"type": "object", "required": ["type", "slug", "name"], "additionalProperties": False,
                 "properties": {"type": {"enum": ["organisation", "person"]}, "slug": STR, "name": STR,
                                "kind": {"enum": list(Kind.ALL)}}}
    common = dict(slug=STR, title=STR, title_en=NSTR, status=STATUS, is_sample=BOOL, publisher=publisher,
                  technologies=STRINGS, sectors=STRINGS, updated_at=TIME, url=URL)
    details = dict(technologies=array_of(ref("Term")), sectors=array_of(ref("Term")), tags=STRINGS,
                   status_reason=NSTR, version=INT, created_at=TIME, verified_at=NTIME, html_url=URL)
    offer = dict(common, trl=NINT, ip_status={"enum": [*IpStatus.ALL, None]},
                 engagement={"enum": [*Engagement.ALL, None]})
    need = dict(common, budget_min_vnd=NINT, budget_max_vnd=NINT,
                deadline={"type": ["string", "null"], "format": "date"},
                is_open={**BOOL, "description": "False once the deadline has passed."})
    page = {"items": None, "total": INT, "page": INT, "pages": INT, "per_page": INT}
    return {
        "OfferCreate": {**_body(OFFER_RULES, extra={"organisation": org, "person": person}),
                        "description": "Exactly one of `organisation` and `person` names the publisher."},
        "OfferPatch": _body(OFFER_RULES, partial=True, extra=version, required_extra=["version"]),
        "NeedCreate": _body(NEED_RULES, extra={"organisation": org}, required_extra=["organisation"]),
        "NeedPatch": _body(NEED_RULES, partial=True, extra=version, required_extra=["version"]),
        "OfferSummary": obj(**offer),
        "Offer": obj(**{**offer, **details}, summary=STR, summary_en=NSTR, terms=NSTR),
        "OfferPage": obj(**dict(page, items=array_of(ref("OfferSummary")))),
        "NeedSummary": obj(**need),
        "Need": obj(**{**need, **details}, problem=STR, problem_en=NSTR, desired_outcome=NSTR),
        "NeedPage": obj(**dict(page, items=array_of(ref("NeedSummary")))),
    }


def _filters(query, paging, sorts):
    return [query("q", STR, "Text in the title (diacritics optional) or the summary/problem."),
            query("tech", STR, "Strategic technology code.", many=True),
            query("sector", STR, "Sector code.", many=True),
            query("organisation", STR, "Slug of the publishing organisation."),
            query("status", STATUS, "Listing status (curators only; others see verified listings).", many=True),
            query("sort", {"enum": list(sorts), "default": "newest"}, "Order of the results."), *paging]


def _listing_paths(kind, plural, filters, operation, write, slug):
    title = kind.capitalize()
    return {
        f"/{plural}": {
            "get": operation(f"{kind}_list", f"List {plural}", "exchange", f"{title}Page", params=filters,
                             errors={404}),
            "post": write(f"{kind}_create", f"Publish a {kind} (pending review)", "exchange", title,
                          f"{title}Create", status=201)},
        f"/{plural}/{{slug}}": {
            "parameters": [slug],
            "get": operation(f"{kind}_detail", f"Read a {kind}", "exchange", title, errors={404}),
            "patch": write(f"{kind}_update", f"Change a {kind}", "exchange", title, f"{title}Patch", errors={409})},
        f"/{plural}/{{slug}}/verify": {"parameters": [slug], "post": write(
            f"{kind}_verify", "Verify (curators, never their own)", "curation", title,
            action_schema_name("decision"), errors={409})},
        f"/{plural}/{{slug}}/reject": {"parameters": [slug], "post": write(
            f"{kind}_reject", "Reject with a reason (curators)", "curation", title, action_schema_name("rejection"))},
        f"/{plural}/{{slug}}/archive": {"parameters": [slug], "post": write(
            f"{kind}_archive", "Archive: withdraw from public view (managers, curators)", "exchange", title,
            action_schema_name("decision"), errors={409})},
    }


def exchange_paths(operation, write, query, path_param, paging):
    """Offers and needs: lists with filters, detail, create, change, verify, reject, archive."""
    slug = path_param("slug")
    offer_filters = _filters(query, paging, OFFER_SORTS) + [
        query("trl_min", {"type": "integer", "minimum": TRL_LEVELS[0], "maximum": TRL_LEVELS[-1]},
              "Lowest technology readiness level."),
        query("trl_max", {"type": "integer", "minimum": TRL_LEVELS[0], "maximum": TRL_LEVELS[-1]},
              "Highest technology readiness level."),
        query("ip_status", {"enum": list(IpStatus.ALL)}, "How the technology is protected.", many=True),
        query("engagement", {"enum": list(Engagement.ALL)}, "Terms it is available on.", many=True),
        query("person", STR, "Slug of the publishing researcher.")]
    need_filters = _filters(query, paging, NEED_SORTS) + [
        query("state", {"enum": list(NEED_STATES)}, "Open (deadline not passed) or closed.", many=True),
        query("budget_min", {"type": "integer", "minimum": 0}, "The need's budget reaches at least this (VND)."),
        query("budget_max", {"type": "integer", "minimum": 0}, "The need's budget starts at most here (VND).")]
    return {**_listing_paths("offer", "offers", offer_filters, operation, write, slug),
            **_listing_paths("need", "needs", need_filters, operation, write, slug)}
