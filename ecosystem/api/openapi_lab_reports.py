"""The duplicate-investment part of the OpenAPI document: similar instruments and the instruments report."""
from ..labs.investment import MAX_LIMIT, Likeness, Nearness
from ..labs.investment_report import DEFAULT_MONTHS, DEFAULT_THRESHOLD, MAX_MONTHS
from ..models import EquipmentCategory
from .openapi_schemas import BOOL, INT, NINT, NSTR, STR, URL, array_of, obj, ref

CATEGORY = {"enum": list(EquipmentCategory.ALL)}
NCATEGORY = {"enum": [*EquipmentCategory.ALL, None]}
PERCENT = {"type": ["integer", "null"], "minimum": 0,
           "description": "Booked hours / open hours in percent; null when no open hours were published."}


def lab_report_schemas():
    """Schemas of the similar-instruments list and the report."""
    place = obj(slug=STR, name=STR, name_en=NSTR)
    nplace = {"anyOf": [ref("ReportPlace"), {"type": "null"}]}
    instrument = obj(slug=STR, name=STR, name_en=NSTR, category=CATEGORY, maker=NSTR, model=NSTR,
                     purchase_value_vnd=NINT, fee_per_hour_vnd=NINT, html_url=URL, lab=ref("ReportPlace"),
                     host=ref("ReportPlace"), zone=nplace, province=NSTR, ward=NSTR, utilisation_percent=PERCENT)
    similar = obj(**instrument["properties"], likeness={"enum": list(Likeness.ORDER)},
                  nearness={"enum": [*Nearness.ORDER, None], "description": "Relative to `lab`; null: farther."})
    summary = dict(instruments=INT, total_value_vnd=INT,
                   valued_instruments={**INT, "description": "Instruments whose purchase value is known."},
                   average_utilisation_percent={**PERCENT, "description": "Mean of the instruments' utilisation."},
                   under_used=INT, without_open_hours=INT)
    model = obj(maker=NSTR, model=NSTR, **summary, instruments_list=array_of(ref("ReportInstrument")))
    category = obj(category=CATEGORY, name=STR, **summary, flagged=BOOL, message=NSTR,
                   models=array_of(ref("ReportModel")))
    filters = obj(months=INT, threshold=INT, category=NCATEGORY, province=NSTR, zone=NSTR)
    return {
        "ReportPlace": place, "ReportInstrument": instrument, "SimilarInstrument": similar,
        "SimilarInstrumentList": obj(utilisation_days=INT, items=array_of(ref("SimilarInstrument"))),
        "ReportModel": model, "ReportCategory": category,
        "EquipmentReport": obj(start={"type": "string", "format": "date"}, end={"type": "string", "format": "date"},
                               filters=filters, totals=obj(**summary), categories=array_of(ref("ReportCategory"))),
    }


def lab_report_paths(operation, query, signed_in_read):
    """GET /equipment/similar and GET /reports/equipment."""
    similar_params = [
        query("category", CATEGORY, "Category of the instrument being added."),
        query("maker", {"type": "string", "maxLength": 120}, "Maker (compared without case or diacritics)."),
        query("model", {"type": "string", "maxLength": 120}, "Model (compared without case or diacritics)."),
        query("lab", STR, "Slug of the lab the instrument goes to: decides what is near."),
        query("exclude", STR, "Slug of an instrument to leave out (the one being edited)."),
        query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 10}, "At most."),
    ]
    report_params = [
        query("months", {"type": "integer", "minimum": 1, "maximum": MAX_MONTHS, "default": DEFAULT_MONTHS},
              "Utilisation over the last months (this one included)."),
        query("threshold", {"type": "integer", "minimum": 1, "maximum": 100, "default": DEFAULT_THRESHOLD},
              "Under-used: utilisation below this percentage."),
        query("category", CATEGORY, "Only this category."), query("province", STR, "Province code of the host."),
        query("zone", STR, "Slug of a public high-tech zone."),
    ]
    return {
        "/equipment/similar": {"get": operation(
            "equipment_similar", "Public instruments like one being added: same model first, then nearest",
            "labs", "SimilarInstrumentList", params=similar_params, errors={401, 404}, security=signed_in_read)},
        "/reports/equipment": {"get": operation(
            "equipment_report", "Instruments by category, maker and model; under-used categories flagged "
            "(curators, state agency members)", "labs", "EquipmentReport", params=report_params,
            errors={401, 403}, security=signed_in_read)},
    }
