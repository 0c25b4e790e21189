"""Before a lab buys or lists an instrument: which instruments like it the city already has, where, and
how much they are used. Ranked: the same model first, then the same maker in the same category, then the
same category; within each, the nearest first (same lab, zone, ward, province).

Only instruments of public labs are shown (anyone may see them anyway). Maker and model are compared in
their folded form (`fold`: "ZEISS", "Zeiss " and "zeiss" are one maker), on the indexed columns
`category`, `maker_folded` and `model_folded`."""
from dataclasses import dataclass
from datetime import timedelta

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, case, literal, or_, select
from sqlalchemy.orm import contains_eager

from ..errors import Invalid
from ..extensions import db
from ..models import Equipment, EquipmentCategory, Lab, Organisation, Status
from ..pagination import parse_positive_int
from ..text import clean_line, fold
from .availability import city_today
from .lookups import visible_equipment, visible_lab
from .utilisation import Usage, equipment_utilisation

UTILISATION_DAYS = 90
MAX_LIMIT = 50
# "Other instrument" says nothing about what the instrument does: it matches on maker or model only.
VAGUE_CATEGORY = "other"


class Likeness:
    """Why an instrument counts as similar, most alike first."""

    MODEL = "same-model"
    MAKER = "same-maker"
    CATEGORY = "same-category"
    ORDER = (MODEL, MAKER, CATEGORY)


class Nearness:
    """How near the instrument is to the lab asking, nearest first."""

    LAB = "same-lab"
    ZONE = "same-zone"
    WARD = "same-ward"
    PROVINCE = "same-province"
    ORDER = (LAB, ZONE, WARD, PROVINCE)


LIKENESS_LABELS = {Likeness.MODEL: _l("Same model"), Likeness.MAKER: _l("Same maker and category"),
                   Likeness.CATEGORY: _l("Same category")}
NEARNESS_LABELS = {Nearness.LAB: _l("In the same lab"), Nearness.ZONE: _l("In the same zone"),
                   Nearness.WARD: _l("In the same ward"), Nearness.PROVINCE: _l("In the same province")}


@dataclass
class SimilarInstrument:
    """One instrument like the one asked about: why it is similar, how near it is, how much it is used."""

    equipment: Equipment
    likeness: str
    nearness: str | None
    usage: Usage | None  # over the last UTILISATION_DAYS days

    @property
    def utilisation(self):
        """Booked hours / open hours (0..1), or None when the instrument published no open hours."""
        return None if self.usage is None else self.usage.ratio

    @property
    def likeness_label(self):
        return str(LIKENESS_LABELS[self.likeness])

    @property
    def nearness_label(self):
        return str(NEARNESS_LABELS[self.nearness]) if self.nearness else ""


def instrument_key(text):
    """The folded form of a maker or model, as stored in `maker_folded` / `model_folded`."""
    return fold(clean_line(text) or "")


def public_equipment():
    """A select of the equipment of public labs, joined with its lab and the lab's host organisation."""
    return (select(Equipment).join(Equipment.lab).join(Lab.organisation)
            .where(Lab.status == Status.VERIFIED, Organisation.status == Status.VERIFIED)
            .options(contains_eager(Equipment.lab).contains_eager(Lab.organisation)))


def _likeness(category, maker_key, model_key):
    """(WHERE clause, rank expression) of the instruments similar to these keys; None when nothing to compare."""
    model_match = Equipment.model_folded == model_key if model_key else None
    maker_match = and_(Equipment.maker_folded == maker_key, Equipment.category == category) \
        if maker_key and category else None
    category_match = Equipment.category == category if category and category != VAGUE_CATEGORY else None
    matches = [m for m in (model_match, maker_match, category_match) if m is not None]
    if not matches:
        return None, None
    ranks = [(m, i) for i, m in enumerate((model_match, maker_match)) if m is not None]
    rank = case(*ranks, else_=2) if ranks else literal(2)
    return or_(*matches), rank


def _nearness(lab):
    """A rank expression: 0 same lab, 1 same zone, 2 same ward, 3 same province, 4 elsewhere or no lab given."""
    if lab is None:
        return literal(len(Nearness.ORDER))
    place = lab.organisation
    whens = [(Equipment.lab_id == lab.id, 0)] if lab.id is not None else []
    if lab.zone_id is not None:
        whens.append((Lab.zone_id == lab.zone_id, 1))
    if place is not None and place.ward_id is not None:
        whens.append((Organisation.ward_id == place.ward_id, 2))
    if place is not None and place.province_id is not None:
        whens.append((Organisation.province_id == place.province_id, 3))
    return case(*whens, else_=len(Nearness.ORDER)) if whens else literal(len(Nearness.ORDER))


def similar_instruments(category, maker, model, lab=None, exclude_id=None, limit=10, today=None):
    """Public instruments like one of this category, maker and model, most alike and nearest first.

    `lab` (optional) is where the new instrument goes: it decides what is near. `exclude_id` leaves out the
    instrument itself when it is being edited. Returns a list of SimilarInstrument, at most `limit`."""
    category = category if category in EquipmentCategory.ALL else None
    where, likeness = _likeness(category, instrument_key(maker), instrument_key(model))
    if where is None:
        return []
    nearness = _nearness(lab)
    statement = public_equipment().where(where)
    if exclude_id is not None:
        statement = statement.where(Equipment.id != exclude_id)
    statement = statement.add_columns(likeness, nearness).order_by(likeness, nearness, Equipment.name_folded,
                                                                   Equipment.id)
    rows = db.session.execute(statement.limit(max(1, min(limit, MAX_LIMIT)))).all()
    today = today or city_today()
    since = today - timedelta(days=UTILISATION_DAYS - 1)
    usage = equipment_utilisation([row[0].id for row in rows], since, today)
    return [SimilarInstrument(equipment=item, likeness=Likeness.ORDER[like],
                              nearness=Nearness.ORDER[near] if near < len(Nearness.ORDER) else None,
                              usage=usage.get(item.id))
            for item, like, near in rows]


def parse_similar_request(args, user):
    """The arguments of `similar_instruments` from a query string (category, maker, model, lab and exclude
    as slugs, limit); an unknown category or a lab or instrument the user cannot see is refused."""
    category = (args.get("category") or "").strip()
    if category and category not in EquipmentCategory.ALL:
        raise Invalid(_("Unknown value for '%(name)s': %(value)s.", name="category", value=category[:40]), "category")
    lab_slug, exclude_slug = (args.get("lab") or "").strip(), (args.get("exclude") or "").strip()
    return {"category": category or None, "maker": (args.get("maker") or "")[:120],
            "model": (args.get("model") or "")[:120], "lab": visible_lab(user, lab_slug[:90]) if lab_slug else None,
            "exclude_id": visible_equipment(user, exclude_slug[:90]).id if exclude_slug else None,
            "limit": parse_positive_int(args.get("limit"), "limit", 10, maximum=MAX_LIMIT)}
