"""Input rules of labs and equipment, shared by the browser forms, the API and the demo loader."""
from ..models import Condition, EquipmentCategory
from ..registry import schema as s

MAX_VALUE_VND = 10 ** 15  # far above any instrument's price, far below BigInteger
MAX_FEE_VND = 10 ** 12
HOURS_PER_WEEK = 7 * 24

LAB_RULES = {
    "name": s.Line(200, required=True), "name_en": s.Line(200),
    "zone": s.Line(90), "address": s.Line(300),
    "description": s.Markdown(10000), "description_en": s.Markdown(10000), "research_areas": s.Markdown(3000),
    "technologies": s.ListOf(64), "sectors": s.ListOf(64), "accreditation": s.Line(200),
    "manager_person": s.Line(90), "manager_user_id": s.Number(1, 2 ** 31 - 1), "contact_email": s.Email(),
    "capacity_hours_per_week": s.Number(0, HOURS_PER_WEEK),
    "free_for_startups": s.Flag(), "training_required": s.Flag(),
    "fee_schedule": s.Markdown(5000), "safety_rules": s.Markdown(5000), "access_terms": s.Markdown(5000),
}
# Fields stored as they are cleaned (the rest are looked up: zone, technologies, sectors, managers).
LAB_SCALARS = ("name", "name_en", "address", "description", "description_en", "research_areas", "accreditation",
               "contact_email", "capacity_hours_per_week", "free_for_startups", "training_required",
               "fee_schedule", "safety_rules", "access_terms")

EQUIPMENT_RULES = {
    "name": s.Line(200, required=True), "name_en": s.Line(200),
    "category": s.Choice(EquipmentCategory.ALL), "maker": s.Line(120), "model": s.Line(120),
    "year": s.Year(), "purchase_value_vnd": s.Number(0, MAX_VALUE_VND), "condition": s.Choice(Condition.ALL),
    "fee_per_hour_vnd": s.Number(0, MAX_FEE_VND), "bookable": s.Flag(), "description": s.Markdown(5000),
}
EQUIPMENT_SCALARS = ("name", "name_en", "maker", "model", "year", "purchase_value_vnd", "condition",
                     "fee_per_hour_vnd", "bookable", "description")
# What a new instrument is when the input leaves it out: bookable by outsiders, of no particular category.
EQUIPMENT_DEFAULTS = {"bookable": True, "category": "other"}
