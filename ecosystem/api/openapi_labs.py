"""The labs part of the OpenAPI document: labs and their equipment, filters, bodies and records.

Bodies come from the labs' own validation rules (`labs/rules.py`), so they cannot drift."""
from ..labs.listings import EQUIPMENT_SORTS, LAB_SORTS, YES_NO
from ..labs.rules import EQUIPMENT_DEFAULTS, EQUIPMENT_RULES, LAB_RULES
from ..models import Condition, EquipmentCategory, Kind, Status
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
    action_schema_name,
    array_of,
    body_schema,
    obj,
    ref,
)

STATUS = {"enum": list(Status.ALL)}
CATEGORY = {"enum": list(EquipmentCategory.ALL)}
LAB_NOTES = {"zone": "Slug of a public high-tech zone.",
             "manager_person": "Slug of the researcher shown as the lab's manager.",
             "manager_user_id": "Id of the account answering access requests; a member of the host "
                                "(see the host's members).",
             "research_areas": "One research area per line.",
             "capacity_hours_per_week": "Hours per week the lab is open to outside users."}


def _with_notes(schema):
    for name, note in LAB_NOTES.items():
        if name in schema["properties"]:
            schema["properties"][name] = {**schema["properties"][name], "description": note}
    return schema


def lab_schemas():
    """Write bodies and records of labs and equipment."""
    version = {"version": {"type": "integer", "description": "The version you read (optimistic lock)."}}
    host = {"host": {"type": "string", "description": "Slug of the university or institute you manage."}}
    link = obj(slug=STR, name=STR, kind={"enum": list(Kind.ALL)})
    lab_link = obj(slug=STR, name=STR, name_en=NSTR)
    lab = dict(slug=STR, name=STR, name_en=NSTR, status=STATUS, is_sample=BOOL, host=link,
               zone={"anyOf": [link, {"type": "null"}]}, technologies=STRINGS, accreditation=NSTR,
               free_for_startups=BOOL, capacity_hours_per_week=NINT, updated_at=TIME, url=URL)
    term = ref("Term")
    details = dict(description=STR, description_en=NSTR, research_areas=STRINGS, technologies=array_of(term),
                   sectors=array_of(term), address=NSTR,
                   manager_person={"anyOf": [obj(slug=STR, name=STR), {"type": "null"}]},
                   manager_user_id={**NINT, "description": "Shown to the lab's managers only."},
                   contact_email=NSTR, training_required=BOOL, fee_schedule=NSTR, safety_rules=NSTR,
                   access_terms=NSTR, photos=array_of(obj(url=URL, caption=NSTR)),
                   equipment=array_of(ref("EquipmentSummary")), status_reason=NSTR, version=INT, created_at=TIME,
                   verified_at=NTIME, html_url=URL)
    equipment = dict(slug=STR, name=STR, name_en=NSTR, category=CATEGORY, maker=NSTR, model=NSTR, year=NINT,
                     condition={"enum": [*Condition.ALL, None]}, fee_per_hour_vnd=NINT, bookable=BOOL,
                     lab=lab_link, url=URL)
    page = {"total": INT, "page": INT, "pages": INT, "per_page": INT}
    return {
        "LabCreate": _with_notes(body_schema(LAB_RULES, extra=host)),
        "LabPatch": _with_notes(body_schema(LAB_RULES, partial=True, extra=version)),
        "LabSummary": obj(**lab), "Lab": obj(**{**lab, **details}),
        "LabPage": obj(items=array_of(ref("LabSummary")), **page),
        "EquipmentCreate": body_schema(EQUIPMENT_RULES, defaults=EQUIPMENT_DEFAULTS),
        "EquipmentPatch": body_schema(EQUIPMENT_RULES, partial=True, extra=version),
        "EquipmentSummary": obj(**equipment),
        "Equipment": obj(**equipment, host=link, purchase_value_vnd=NINT, description=STR, version=INT,
                         created_at=TIME, updated_at=TIME, html_url=URL),
        "EquipmentPage": obj(items=array_of(ref("EquipmentSummary")), **page),
    }


def _lab_filters(query, paging):
    return [query("q", STR, "Text in the lab's name (diacritics optional)."),
            query("tech", STR, "Strategic technology code.", many=True),
            query("sector", STR, "Sector code.", many=True),
            query("category", CATEGORY, "Labs with an instrument of this category.", many=True),
            query("host", STR, "Slug of the host university or institute."),
            query("zone", STR, "Slug of the high-tech zone."), query("province", STR, "Province code of the host."),
            query("accredited", {"enum": list(YES_NO)}, "Labs with (yes) or without (no) an accreditation."),
            query("free", {"enum": list(YES_NO)}, "yes: only labs free for startups."),
            query("status", STATUS, "Lab status (curators only; others see public labs).", many=True),
            query("sort", {"enum": list(LAB_SORTS), "default": "name"}, "Order of the results."), *paging]


def _equipment_filters(query, paging):
    fee = {"type": "integer", "minimum": 0}
    return [query("q", STR, "Text in the name, maker or model."),
            query("category", CATEGORY, "Instrument category.", many=True),
            query("maker", STR, "Maker (any case, diacritics optional)."),
            query("bookable", {"enum": list(YES_NO)}, "Bookable by outside users or not."),
            query("lab", STR, "Slug of the lab."), query("zone", STR, "Slug of the lab's high-tech zone."),
            query("fee_min", fee, "Lowest hourly fee (VND)."), query("fee_max", fee, "Highest hourly fee (VND)."),
            query("sort", {"enum": list(EQUIPMENT_SORTS), "default": "name"}, "Order of the results."), *paging]


def lab_paths(operation, write, query, path_param, paging):
    """Labs and their equipment: lists with filters, detail, create, change, verify, reject, archive, remove."""
    slug = path_param("slug")
    decision, rejection = action_schema_name("decision"), action_schema_name("rejection")
    return {
        "/labs": {
            "get": operation("lab_list", "List labs", "labs", "LabPage", params=_lab_filters(query, paging),
                             errors={404}),
            "post": write("lab_create", "Add a lab to a university or institute (pending review)", "labs", "Lab",
                          "LabCreate", status=201)},
        "/labs/{slug}": {
            "parameters": [slug], "get": operation("lab_detail", "Read a lab", "labs", "Lab", errors={404}),
            "patch": write("lab_update", "Change a lab", "labs", "Lab", "LabPatch", errors={409})},
        "/labs/{slug}/verify": {"parameters": [slug], "post": write(
            "lab_verify", "Verify (curators, never a lab they manage)", "curation", "Lab", decision, errors={409})},
        "/labs/{slug}/reject": {"parameters": [slug], "post": write(
            "lab_reject", "Reject with a reason (curators)", "curation", "Lab", rejection)},
        "/labs/{slug}/archive": {"parameters": [slug], "post": write(
            "lab_archive", "Archive: withdraw the lab and its equipment (managers, curators)", "labs", "Lab",
            decision, errors={409})},
        "/labs/{slug}/equipment": {
            "parameters": [slug],
            "get": operation("lab_equipment_list", "List a lab's equipment", "labs", "EquipmentPage",
                             params=_equipment_filters(query, paging), errors={404}),
            "post": write("equipment_create", "Add an instrument to a lab (its managers)", "labs", "Equipment",
                          "EquipmentCreate", status=201)},
        "/equipment": {"get": operation("equipment_list", "List equipment of public labs", "labs", "EquipmentPage",
                                        params=_equipment_filters(query, paging), errors={404})},
        "/equipment/{slug}": {
            "parameters": [slug],
            "get": operation("equipment_detail", "Read an instrument", "labs", "Equipment", errors={404}),
            "patch": write("equipment_update", "Change an instrument", "labs", "Equipment", "EquipmentPatch",
                           errors={409}),
            "delete": write("equipment_delete", "Remove an instrument (the lab's managers)", "labs", None, None,
                            status=204)},
    }
