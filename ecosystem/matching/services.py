"""Matching operations: ranked partners for a listing, and the explanation of one pair.

Retrieval narrows (SQL, `retrieval.py`), a quick pass scores every candidate without text, and the
best `SHORTLIST` are scored fully (with TF-IDF text similarity) and ranked. Read-only: nothing here
changes the database."""
from flask_babel import gettext as _
from sqlalchemy import select

from ..auth.policy import can_run_matching
from ..errors import Invalid, NotAllowed, NotFound
from ..extensions import db
from ..models import Status
from .context import scoring_context, term_statistics
from .loading import MODELS, Taxonomy, load_profiles, load_terms
from .profiles import targets_of
from .retrieval import ALL_KINDS_CANDIDATES, MAX_CANDIDATES, cached_portfolios, candidate_profiles
from .scoring import Context, quick_points, score

SHORTLIST = 60
MIN_PER_KIND = 150  # with every kind of partner asked at once, each still gets this many candidates
MAX_LIMIT = 100


def record_type_of(record):
    """"organisation", "person", "offer", "need" or "lab"."""
    for name, model in MODELS.items():
        if isinstance(record, model):
            return name
    raise TypeError(f"cannot match a {type(record).__name__}")


def kind_of(record):
    rtype = record_type_of(record)
    return record.kind if rtype in ("organisation", "person") else rtype


def target_groups(record):
    """The kinds of partner this listing can be matched with (empty when none)."""
    return targets_of(record_type_of(record), kind_of(record))


def find_record(record_type, key):
    """The organisation, person, offer, need or lab with this slug (or numeric id), else NotFound."""
    model = MODELS.get(record_type)
    record = None
    if model is not None and key:
        record = db.session.scalar(select(model).filter_by(slug=key))
        if record is None and str(key).isdigit():
            record = db.session.get(model, int(key))
    if record is None:
        raise NotFound(_("No listing you can see has this address."))
    return record


def _excluded(source, candidate):
    return (candidate.key == source.key or candidate.key in source.related
            or (source.publisher is not None and source.publisher == candidate.publisher)
            or (candidate.publisher is not None and candidate.publisher == source.key))


def _suggestible(source, profile, groups):
    return profile.group in groups and profile.status == Status.VERIFIED and not _excluded(source, profile)


def _candidates(source, groups, taxonomy, cap):
    """[Profile] of the verified candidates of the groups for the quick pass, exclusions removed."""
    found, share = [], max(MIN_PER_KIND, cap // len(groups))
    for group in groups:
        found += [profile for profile in candidate_profiles(source, group, taxonomy, share)
                  if _suggestible(source, profile, (group,))]
    return found


def _reloaded(source, shortlist, groups, taxonomy):
    """The shortlist loaded again from the database (the quick pass read the index's snapshot), as
    ([Profile], {record type: {id: Profile}})."""
    ids = {}
    for profile in shortlist:
        ids.setdefault(profile.type, []).append(profile.id)
    loaded = {record_type: load_profiles(record_type, found, taxonomy, relations=False, portfolios=cached_portfolios)
              for record_type, found in ids.items()}
    found = [loaded[p.type][p.id] for p in shortlist if p.id in loaded[p.type]]
    return [p for p in found if _suggestible(source, p, groups)], loaded


def _check_kind(record, kind):
    groups = target_groups(record)
    if kind in (None, ""):
        return groups
    if kind not in groups:
        choices = ", ".join(groups) or "—"
        raise Invalid(_("This listing cannot be matched with '%(kind)s'. Choose one of: %(choices)s.",
                        kind=kind, choices=choices), "kind")
    return (kind,)


def ranked_profiles(record, kind=None, limit=20, cap=None):
    """[(candidate Profile, Match)] best first, for a record the caller may match (no permission check).

    `cap`: candidates retrieved, by default 1,000 for one kind of partner, 400 shared by every kind."""
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise Invalid(_("Limit must be between 1 and %(n)s.", n=MAX_LIMIT), "limit")
    groups = _check_kind(record, kind)
    record_type = record_type_of(record)
    taxonomy = Taxonomy()
    source = load_profiles(record_type, [record.id], taxonomy, portfolios=cached_portfolios)[record.id]
    if cap is None:
        cap = MAX_CANDIDATES if len(groups) == 1 else ALL_KINDS_CANDIDATES
    candidates = _candidates(source, groups, taxonomy, cap)
    context = Context(stats=term_statistics())  # the quick pass shows no reason: no labels needed
    quick = sorted(candidates, key=lambda p: (-quick_points(source, p, context), p.type, p.id))
    shortlist, by_type = _reloaded(source, quick[:max(SHORTLIST, 3 * limit)], groups, taxonomy)
    by_type.setdefault(record_type, {})[source.id] = source
    load_terms(by_type)
    points = {p.key: quick_points(source, p, context, with_text=True) for p in shortlist}
    best = sorted(shortlist, key=lambda p: (-points[p.key], p.name, p.id))[:limit]
    vectors = context.vectors
    context = scoring_context([source, *best])  # reasons are written for the shown candidates only
    context.vectors = vectors  # the same term statistics: reuse the TF-IDF vectors
    return [(p, score(source, p, context)) for p in best]


def matches_for(user, record, kind=None, limit=20):
    """[(candidate record, Match)] best first: verified Organisations, People, Offers, Needs or Labs.

    `record` is an Organisation, Person, Offer, Need or Lab the user may run matching for (its public
    listing; curators any; members their own pending ones). `kind` narrows to one target group
    ("offer", "need", "lab", "school", "researcher", "startup", "investor", "company")."""
    if not can_run_matching(user, record):
        raise NotAllowed(_("You cannot run matching for this listing."))
    ranked = ranked_profiles(record, kind, limit)
    records = {}
    for record_type in {p.type for p, _m in ranked}:
        ids = [p.id for p, _m in ranked if p.type == record_type]
        model = MODELS[record_type]
        records.update({(record_type, r.id): r for r in db.session.scalars(select(model).where(model.id.in_(ids)))})
    return [(records[p.key], match) for p, match in ranked if p.key in records]


def explain_pair(source, target):
    """The Match of `target` for `source` (records), or None when no direction links the two kinds."""
    source_type, target_type = record_type_of(source), record_type_of(target)
    taxonomy = Taxonomy()
    a = load_profiles(source_type, [source.id], taxonomy, portfolios=cached_portfolios)[source.id]
    b = load_profiles(target_type, [target.id], taxonomy, portfolios=cached_portfolios)[target.id]
    if a.group is None or b.group not in targets_of(source_type, a.kind):
        return None
    by_type = {}
    for profile in (a, b):
        by_type.setdefault(profile.type, {})[profile.id] = profile
    load_terms(by_type)
    return score(a, b, scoring_context([a, b]))
