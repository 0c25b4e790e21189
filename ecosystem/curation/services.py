"""Curation operations on taxonomies. They flush, never commit."""
from flask_babel import gettext as _

from ..errors import Conflict, Invalid
from ..extensions import db
from ..models import Province, Ward


def save_term(model, term, data):
    """Create (term None) or update a taxonomy term; codes stay unique."""
    code = data["code"]
    clash = db.session.scalar(db.select(model).filter_by(code=code))
    if clash is not None and clash is not term:
        raise Conflict(_("Another term already uses this code."), "code")
    if term is None:
        if model is Ward:
            # New wards and communes are added to Hanoi, the deployment's city.
            hanoi = db.session.scalar(db.select(Province).filter_by(code="ha-noi"))
            if hanoi is None:
                raise Invalid(_("Load the provinces first (flask taxonomy seed)."))
            term = model(province_id=hanoi.id)
        else:
            term = model()
        db.session.add(term)
    term.code, term.name_vi, term.name_en = code, data["name_vi"], data.get("name_en") or ""
    term.sort_order, term.active = data.get("sort_order") or 0, bool(data.get("active"))
    db.session.flush()
    return term
