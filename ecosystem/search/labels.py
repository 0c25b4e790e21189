"""Names for facet values, in the visitor's language."""
from flask_babel import lazy_gettext as _l

from ..extensions import db
from ..i18n import localized
from ..models import Organisation, Province, Sector, StrategicTechnology, Ward
from ..registry.labels import INVESTOR_TYPE_LABELS, KIND_LABELS, STAGE_LABELS, STATUS_LABELS
from .listing_kinds import KINDS

FACET_LABELS = {
    "kind": _l("Kind"), "technology": _l("Strategic technology"), "sector": _l("Sector"),
    "province": _l("Province or city"), "ward": _l("Ward or commune"), "zone": _l("High-tech zone"),
    "stage": _l("Startup stage"), "investor_type": _l("Investor type"), "status": _l("Status"),
}
RESULT_KIND_LABELS = {**KIND_LABELS, "person": _l("Person"), **{name: kind.label for name, kind in KINDS.items()}}
_FIXED = {"kind": RESULT_KIND_LABELS, "stage": STAGE_LABELS, "investor_type": INVESTOR_TYPE_LABELS,
          "status": STATUS_LABELS}
_TERMS = {"technology": StrategicTechnology, "sector": Sector, "province": Province, "ward": Ward}


def value_labels(facet, values, locale):
    """{value: label} for the values of one facet (unknown values keep their code)."""
    values = list(values)
    if facet in _FIXED:
        return {v: str(_FIXED[facet].get(v, v)) for v in values}
    if not values:
        return {}
    if facet in _TERMS:
        model = _TERMS[facet]
        terms = db.session.scalars(db.select(model).where(model.code.in_(values)))
        names = {t.code: localized(t, "name", locale) for t in terms}
    else:  # zone: slugs of zone organisations
        rows = db.session.execute(db.select(Organisation.slug, Organisation.name, Organisation.name_en)
                                  .where(Organisation.slug.in_(values)))
        names = {slug: (name_en if locale == "en" and name_en else name) for slug, name, name_en in rows}
    return {v: names.get(v, v) for v in values}
