"""What scoring reads besides the profiles: translated labels of codes, and term statistics.

Term statistics (document frequencies for TF-IDF) come from a sample of public listings and are
kept per process for `MATCHING_TERM_STATS_SECONDS` (default 600), so every request of a worker
weighs words the same way and a pair scores the same in a list and in its explanation."""
import time

from flask import current_app
from flask_babel import get_locale
from sqlalchemy import select

from ..extensions import db
from ..i18n import localized
from ..models import Province, Sector, Status, StrategicTechnology, Tag
from ..registry.labels import STAGE_LABELS
from .loading import MODELS, load_texts
from .scoring import Context
from .textsim import TermStatistics, terms

SAMPLE_PER_TYPE = 1500


def _locale():
    try:
        return str(get_locale() or "vi")
    except RuntimeError:
        return "vi"


def _taxonomy_labels(locale):
    """{(kind, code): name} of technologies, sectors, provinces and stages, kept per process and
    language for `MATCHING_TERM_STATS_SECONDS` (the taxonomies are small and rarely renamed)."""
    lifetime = current_app.config.get("MATCHING_TERM_STATS_SECONDS", 600)
    cache = current_app.extensions.setdefault("matching_labels", {})
    cached = cache.get(locale)
    if cached is not None and time.monotonic() - cached[0] <= lifetime:
        return cached[1]
    found = {}
    for kind, model in (("technologies", StrategicTechnology), ("sectors", Sector), ("province", Province)):
        for term in db.session.scalars(select(model)):
            name = localized(term, "name", locale)
            found[(kind, term.code)] = name.removeprefix("Thành phố ") if kind == "province" else name
    for code, label in STAGE_LABELS.items():
        found[("stage", code)] = str(label)
    cache[locale] = (time.monotonic(), found)
    return found


def labels(tags=()):
    """{(kind, code): display name} in the current language, for the codes the reasons may name."""
    found = dict(_taxonomy_labels(_locale()))
    if tags:
        for folded, name in db.session.execute(select(Tag.folded, Tag.name).where(Tag.folded.in_(sorted(tags)))):
            found[("tags", folded)] = name
    return found


def _sample_statistics():
    """Document frequencies over an evenly spread sample of each type of public listing."""
    stats = TermStatistics()
    for record_type, model in MODELS.items():
        ids = list(db.session.scalars(select(model.id).where(model.status == Status.VERIFIED).order_by(model.id)))
        step = max(1, len(ids) // SAMPLE_PER_TYPE)
        for texts in load_texts(record_type, ids[::step]).values():
            stats.add(terms(*texts))
    return stats


def term_statistics():
    """The process's cached term statistics, rebuilt when older than the configured lifetime."""
    lifetime = current_app.config.get("MATCHING_TERM_STATS_SECONDS", 600)
    cached = current_app.extensions.get("matching_term_stats")
    now = time.monotonic()
    if cached is None or now - cached[0] > lifetime:
        cached = (now, _sample_statistics())
        current_app.extensions["matching_term_stats"] = cached
    return cached[1]


def scoring_context(profiles):
    """A scoring Context naming the codes of these profiles."""
    tags = set()
    for profile in profiles:
        tags |= profile.tags
        if profile.portfolio is not None:
            tags |= set(profile.portfolio.counts.get("tags", ()))
    return Context(labels=labels(tags), stats=term_statistics())
