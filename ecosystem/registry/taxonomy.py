"""Looking up taxonomy terms and tags by code, as services and filters need them."""
from flask_babel import gettext as _

from ..errors import Invalid
from ..extensions import db
from ..models import Province, Sector, StrategicTechnology, Tag, Ward
from ..text import clean_line, fold

TAXONOMIES = {
    "technologies": StrategicTechnology,
    "sectors": Sector,
    "provinces": Province,
    "wards": Ward,
}


_CACHE = "taxonomy_cache"


def cache_lookups(session, stop=False, reset=False):
    """Bulk writers (the importer) let this session remember the terms and tags it looked up, so each is
    read once per batch instead of once per row. `reset` forgets them (after `expunge_all`, or a rolled-back
    savepoint that may have taken a new tag with it), `stop` ends the caching."""
    if stop:
        session.info.pop(_CACHE, None)
    elif not reset or _CACHE in session.info:
        session.info[_CACHE] = {}


def _cached(model, codes):
    """{code: term} of these codes, from the session's cache when there is one."""
    cache = db.session.info.get(_CACHE)
    if cache is None:
        return {t.code: t for t in db.session.scalars(db.select(model).where(model.code.in_(codes)))}
    missing = [c for c in codes if (model, c) not in cache]
    if missing:
        for term in db.session.scalars(db.select(model).where(model.code.in_(missing))):
            cache[(model, term.code)] = term
    return {c: cache[(model, c)] for c in codes if (model, c) in cache}


def terms_by_codes(model, codes, field):
    """The terms with these codes, in the given order; unknown codes are an Invalid on `field`."""
    if not codes:
        return []
    found = _cached(model, codes)
    missing = [c for c in codes if c not in found]
    if missing:
        raise Invalid(_("Unknown value: %(values)s.", values=", ".join(missing)), field)
    return [found[c] for c in codes]


def term_by_code(model, code, field):
    if not code:
        return None
    return terms_by_codes(model, [code], field)[0]


def active_terms(model):
    """Terms offered in forms and filters, in curator-defined order."""
    return db.session.scalars(db.select(model).filter_by(active=True).order_by(model.sort_order, model.name_vi)).all()


def tags_for(names):
    """Existing tags by folded name, new ones created: "Hòa Lạc" and "hoa lạc" are one tag."""
    by_key = {}
    for name in names:
        name = clean_line(name)
        key = fold(name)[:60]
        if not key or key in by_key:
            continue
        cache = db.session.info.get(_CACHE)
        tag = cache.get((Tag, key)) if cache is not None else None
        if tag is None:
            tag = db.session.scalar(db.select(Tag).filter_by(folded=key))
        if tag is None:
            tag = _pending_tag(key) or Tag(name=name, folded=key)
            db.session.add(tag)
        if cache is not None:
            cache[(Tag, key)] = tag
        by_key[key] = tag
    return list(by_key.values())


def _pending_tag(key):
    """A tag added earlier in this unit of work but not flushed yet (lookups run without autoflush)."""
    return next((obj for obj in db.session.new if isinstance(obj, Tag) and obj.folded == key), None)
