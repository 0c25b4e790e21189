"""Input rules of zone projects and their phase changes, shared by the browser forms, the API and the demo."""
from ...exchange.rules import Day
from ...models import ProjectPhase
from ...registry import schema as s

MAX_CAPITAL_BN_VND = 10 ** 7  # ten million billion dong: far above any single project
MAX_AREA_HA = 10 ** 5

# What a project's managers may change (PATCH); the phase changes only through a dated status change.
PROJECT_RULES = {
    "name": s.Line(200, required=True), "name_en": s.Line(200),
    "description": s.Markdown(20000), "description_en": s.Markdown(20000),
    "operator": s.Line(90), "investors": s.ListOf(90, 20), "other_investors": s.Line(300),
    "capital_bn_vnd": s.Number(0, MAX_CAPITAL_BN_VND, integer=False),
    "area_ha": s.Number(0, MAX_AREA_HA, integer=False),
    "licensed_on": Day(), "licence_number": s.Line(60), "technologies": s.ListOf(64),
}
# Creating also names the zone and the phase the project is in now.
CREATE_RULES = {**PROJECT_RULES, "zone": s.Line(90, required=True), "phase": s.Choice(ProjectPhase.ALL)}
PHASE_CHANGE_RULES = {"phase": s.Choice(ProjectPhase.ALL), "changed_on": Day(), "note": s.Line(300)}
# Fields stored as they are cleaned (the rest are looked up: operator, investors, technologies).
PROJECT_SCALARS = ("name", "name_en", "description", "description_en", "other_investors", "capital_bn_vnd",
                   "area_ha", "licensed_on", "licence_number")
