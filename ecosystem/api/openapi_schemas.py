"""JSON Schemas of the OpenAPI document.

Request bodies are derived from the validation rules themselves (`rules_for(kind)`, `PERSON_RULES`,
the action rules), so the document cannot drift from what the services accept. Response schemas
name the keys `serializers.py` writes; a test compares the two."""
from ..models import Kind, OrgRole, PersonKind, Role, Status
from ..registry import schema as s
from ..registry.organisations import KIND_RULES, rules_for
from ..registry.people import PERSON_RULES
from .inputs import ACTION_DEFAULTS, ACTION_RULES, CLAIM_STATUSES

FIELD_NOTES = {
    "province": "Province code (see /taxonomy).", "ward": "Ward or commune code (see /taxonomy).",
    "technologies": "Strategic technology codes (see /taxonomy).", "sectors": "Sector codes (see /taxonomy).",
    "zone": "Slug of a public high-tech zone.", "parent": "Slug of a public parent organisation.",
    "portfolio": "Slugs of public organisations.", "managed_by": "Slug of the public organisation managing it.",
    "slug": "The listing's address; once set, only curators change it.",
    "organisation": "Slug of a public organisation.", "version": "The version you read (optimistic lock).",
}
# The patterns live (privately) next to the rules in registry/schema.py; reading them keeps one source.
_LINE_EXTRAS = {s.Url: {"format": "uri"}, s.Email: {"format": "email"},
                s.Phone: {"pattern": s.PHONE_PATTERN.pattern}, s.Orcid: {"pattern": s.ORCID_PATTERN.pattern}}

STR, NSTR = {"type": "string"}, {"type": ["string", "null"]}
INT, NINT, BOOL = {"type": "integer"}, {"type": ["integer", "null"]}, {"type": "boolean"}
TIME, NTIME = {"type": "string", "format": "date-time"}, {"type": ["string", "null"], "format": "date-time"}
URL, NURL = {"type": "string", "format": "uri"}, {"type": ["string", "null"], "format": "uri"}
STRINGS = {"type": "array", "items": STR}


def ref(name):
    """A reference to a component schema."""
    return {"$ref": f"#/components/schemas/{name}"}


def array_of(schema):
    """An array of one schema."""
    return {"type": "array", "items": schema}


def obj(**properties):
    """A closed object whose listed properties are all present in every response."""
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}


def rule_schema(rule):
    """The JSON Schema of one input rule; an unknown rule type fails loudly instead of guessing."""
    if isinstance(rule, s.Line):
        schema = {"type": "string", "minLength": 1} if rule.required else {"type": ["string", "null"]}
        return {**schema, "maxLength": rule.max, **_LINE_EXTRAS.get(type(rule), {})}
    if isinstance(rule, s.Markdown):
        return {"type": ["string", "null"], "maxLength": rule.max, "contentMediaType": "text/markdown"}
    if isinstance(rule, s.Number):
        return {"type": ["integer" if rule.integer else "number", "null"], "minimum": rule.minimum,
                "maximum": rule.maximum}
    if isinstance(rule, s.Choice):
        return {"type": ["string", "null"], "enum": [*rule.choices, None]}
    if isinstance(rule, s.ListOf):
        items = {"type": "string", "maxLength": rule.item_max}
        if rule.choices is not None:
            items["enum"] = list(rule.choices)
        return {"type": "array", "items": items, "maxItems": rule.max_items}
    if isinstance(rule, s.Flag):
        return {"type": "boolean"}
    raise TypeError(f"No JSON Schema for input rule {type(rule).__name__}; teach openapi_schemas.rule_schema.")


def body_schema(rules, partial=False, defaults=None, extra=None):
    """An input object from rules: unknown fields refused, required ones named unless `partial`."""
    properties = dict(extra or {})
    for name, rule in rules.items():
        schema = rule_schema(rule)
        if name in FIELD_NOTES:
            schema["description"] = FIELD_NOTES[name]
        if defaults and name in defaults:
            schema["default"] = defaults[name]
        properties[name] = schema
    required = [name for name in extra or {}]
    if not partial:
        required += [name for name, rule in rules.items() if getattr(rule, "required", False)]
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def input_schemas():
    """Write bodies: one create and one patch schema per organisation kind, people, actions."""
    version = {"version": {"type": "integer", "description": FIELD_NOTES["version"]}}
    schemas = {}
    for kind in Kind.ALL:
        kind_field = {"kind": {"const": kind}}
        schemas[f"OrganisationCreate_{kind}"] = body_schema(rules_for(kind), extra=kind_field)
        schemas[f"OrganisationPatch_{kind}"] = body_schema(rules_for(kind), partial=True, extra=version)
    schemas["OrganisationCreate"] = {
        "oneOf": [ref(f"OrganisationCreate_{kind}") for kind in Kind.ALL],
        "discriminator": {"propertyName": "kind",
                          "mapping": {kind: f"#/components/schemas/OrganisationCreate_{kind}" for kind in Kind.ALL}}}
    schemas["OrganisationPatch"] = {
        "description": "Fields of the organisation's kind (see OrganisationPatch_<kind>) and its version.",
        "anyOf": [ref(f"OrganisationPatch_{kind}") for kind in Kind.ALL]}
    schemas["PersonCreate"] = body_schema(PERSON_RULES)
    schemas["PersonPatch"] = body_schema(PERSON_RULES, partial=True, extra=version)
    for name, rules in ACTION_RULES.items():
        schemas[action_schema_name(name)] = body_schema(rules, defaults=ACTION_DEFAULTS.get(name))
    return schemas


def action_schema_name(name):
    """The component name of an action body (`rejection` -> `RejectionBody`)."""
    return name.title() + "Body"


def _detail_properties():
    """Every kind-specific field as the responses show it (the same names the write bodies use)."""
    properties = {}
    for rules in KIND_RULES.values():
        for name, rule in rules.items():
            properties[name] = rule_schema(rule)
    return {"type": "object", "description": "Kind-specific fields; empty for kinds without any.",
            "properties": properties, "additionalProperties": False}


def _page(item):
    return obj(items=array_of(item), total=INT, page=INT, pages=INT, per_page=INT)


def organisation_schemas():
    """Organisations as lists and the detail endpoint return them."""
    link = obj(slug=STR, name=STR, kind={"enum": list(Kind.ALL)})
    summary = dict(
        slug=STR, kind={"enum": list(Kind.ALL)}, name=STR, name_en=NSTR, short_name=NSTR,
        status={"enum": list(Status.ALL)}, is_sample=BOOL, province=NSTR, ward=NSTR, technologies=STRINGS,
        stage=NSTR, investor_type=NSTR, logo_url=NURL, updated_at=TIME, url=URL)
    person_link = obj(slug=STR, name=STR, role=NSTR, is_current=BOOL)
    related = obj(tenants=STRINGS, children=STRINGS, investors=STRINGS, managed_zones=STRINGS)
    detail = dict(
        summary, description=STR, description_en=NSTR, website=NSTR, email=NSTR, phone=NSTR, address=NSTR,
        founded_year=NINT, employee_count=NINT, tax_code=NSTR, technologies=array_of(ref("Term")),
        sectors=array_of(ref("Term")), tags=STRINGS, zone=NSTR, parent=NSTR, details=_detail_properties(),
        related=related, people=array_of(person_link), status_reason=NSTR, version=INT, created_at=TIME,
        verified_at=NTIME, html_url=URL)
    return {"OrganisationLink": link, "OrganisationSummary": obj(**summary), "Organisation": obj(**detail),
            "OrganisationPage": _page(ref("OrganisationSummary"))}


def person_schemas():
    """People as lists and the detail endpoint return them."""
    summary = dict(
        slug=STR, kind={"enum": list(PersonKind.ALL)}, full_name=STR, honorific=NSTR, display_name=STR,
        position=NSTR, expertise=NSTR, status={"enum": list(Status.ALL)}, is_sample=BOOL, province=NSTR,
        technologies=STRINGS, organisations=STRINGS, updated_at=TIME, url=URL)
    detail = dict(
        summary, position_en=NSTR, bio=STR, bio_en=NSTR, website=NSTR, orcid=NSTR,
        email={**NSTR, "description": "Shown only when the person chose to, or to its editors."},
        phone={**NSTR, "description": "Shown only when the person chose to, or to its editors."},
        show_email=BOOL, show_phone=BOOL, publications_count=NINT, patents_count=NINT,
        technologies=array_of(ref("Term")), sectors=array_of(ref("Term")), affiliations=array_of(ref("Affiliation")),
        status_reason=NSTR, version=INT, created_at=TIME, verified_at=NTIME, html_url=URL)
    return {"PersonSummary": obj(**summary), "Person": obj(**detail), "PersonPage": _page(ref("PersonSummary")),
            "Affiliation": obj(id=INT, organisation=ref("OrganisationLink"), role=NSTR, is_current=BOOL)}


def other_schemas():
    """Errors, taxonomy, claims, members, the current user and the curation queue."""
    user = obj(id=INT, name=STR, email=STR)
    term = obj(code=STR, name_vi=STR, name_en=STR)
    ward = obj(code=STR, name_vi=STR, name_en=STR, province=STR, ward_type=STR)
    managed = obj(slug=STR, name=STR, kind={"enum": list(Kind.ALL)}, status={"enum": list(Status.ALL)},
                  role={"enum": list(OrgRole.ALL)})
    claim = obj(id=INT, status={"enum": list(CLAIM_STATUSES)}, message=STR, reason=NSTR,
                organisation=ref("OrganisationLink"), user=ref("UserLink"), created_at=TIME, decided_at=NTIME)

    def queue(item):
        """One part of the curation queue."""
        return obj(items=array_of(item), total=INT)

    return {
        "Error": obj(error={"type": "object", "required": ["status", "message"], "properties": {
            "status": INT, "message": STR,
            "errors": {"type": "object", "additionalProperties": STR, "description": "Field name to message."}}}),
        "Term": term, "Ward": ward, "UserLink": user, "Claim": claim, "ClaimPage": _page(ref("Claim")),
        "Member": obj(id=INT, role={"enum": list(OrgRole.ALL)}, created_at=TIME, user=ref("UserLink")),
        "MemberList": obj(items=array_of(ref("Member"))),
        "Me": obj(id=INT, email=STR, name=STR, role={"enum": list(Role.ALL)}, organisations=array_of(managed)),
        "Taxonomy": obj(technologies=array_of(ref("Term")), sectors=array_of(ref("Term")),
                        provinces=array_of(ref("Term")), wards=array_of(ref("Ward"))),
        "PendingQueue": obj(organisations=queue(ref("OrganisationSummary")), people=queue(ref("PersonSummary"))),
    }


def all_schemas():
    """Every component schema of the document."""
    return {**organisation_schemas(), **person_schemas(), **other_schemas(), **input_schemas()}
