"""Load the official taxonomies; safe to run again (terms are matched by code)."""
from ..extensions import db
from ..models import Province, Sector, StrategicTechnology, Ward
from ..text import slugify
from .seed_data import HANOI_COMMUNES, HANOI_WARDS, PROVINCES, SECTORS, STRATEGIC_TECHNOLOGIES


def _upsert(model, code, name_vi, name_en, order, **extra):
    term = db.session.scalar(db.select(model).filter_by(code=code))
    if term is None:
        term = model(code=code, name_vi=name_vi, name_en=name_en, sort_order=order, **extra)
        db.session.add(term)
    return term


def ward_code(name):
    return "ha-noi-" + slugify(name)


def seed_taxonomy():
    """Add any missing official term; terms curators renamed keep their names."""
    for order, (code, vi, en) in enumerate(STRATEGIC_TECHNOLOGIES):
        _upsert(StrategicTechnology, code, vi, en, order)
    for order, (code, vi, en) in enumerate(SECTORS):
        _upsert(Sector, code, vi, en, order)
    for order, (code, vi, en) in enumerate(PROVINCES):
        _upsert(Province, code, vi, en, order)
    db.session.flush()
    hanoi = db.session.scalar(db.select(Province).filter_by(code="ha-noi"))
    entries = [(n, "ward", "Phường") for n in HANOI_WARDS] + [(n, "commune", "Xã") for n in HANOI_COMMUNES]
    for order, (name, ward_type, prefix) in enumerate(entries):
        english = ("Ward " if ward_type == "ward" else "Commune ") + slugify(name).replace("-", " ").title()
        _upsert(Ward, ward_code(name), f"{prefix} {name}", english, order, province_id=hanoi.id, ward_type=ward_type)
    db.session.flush()
