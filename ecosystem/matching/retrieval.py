"""Candidate retrieval: narrows 100,000 listings to a few hundred before anything is scored.

Candidates are verified listings of the target group that share technologies, sectors or tags
with the source (or with an investor's portfolio), or sit at a stage the investor backs, ranked by
that shared evidence and capped. The evidence is counted over an in-process inverted index (per
group: code or tag -> ids of the visible listings that carry it), rebuilt every
`MATCHING_INDEX_SECONDS` (default 300) from the link tables; listings changed since the index was
built are always added from SQL, and every candidate's visibility is checked again in SQL, so a
new or edited listing is found at once and a hidden one is never suggested. A few recently
updated listings fill up a short list so that partners found only by their text have a chance."""
import gc
import time
from collections import Counter, defaultdict
from datetime import date, timedelta

from flask import current_app
from sqlalchemy import or_, select

from ..extensions import db
from ..models import Need, Organisation, Person, StartupDetails, Status, Tag
from ..models.base import utcnow
from ..models.organisations import investor_portfolio
from .loading import LINKS, MODELS, in_ids, load_profiles, portfolio_summaries
from .profiles import GROUP_RECORDS, STARTUP
from .snapshot import Snapshot

MAX_CANDIDATES = 1000  # one kind of partner asked
ALL_KINDS_CANDIDATES = 400  # every kind asked at once: shared between the kinds
FILL = 200  # listings with no shared code still worth a look when the list is short
FRESH = 200  # listings changed since the index was built, always looked at
CHANGED_SCAN = 5000  # changed listings of one record type looked at (more: the index is rebuilt early)
LINK_WEIGHTS = {"tags": 3, "sectors": 2, "technologies": 1}
STAGE_WEIGHT = 2
PORTFOLIO_VALUES = 12  # an investor's most common portfolio features added to its own
PRUNE_FROM = 2000  # postings this long are worth checking whether new listings can still make the cut


def source_values(source, kind):
    """The codes (or folded tags) the source offers for retrieval, with its portfolio's commonest."""
    values = set(getattr(source, kind))
    if source.portfolio is not None:
        common = source.portfolio.counts.get(kind)
        if common:
            values.update(value for value, _n in common.most_common(PORTFOLIO_VALUES))
    return values


def _visible(model, target_group):
    """SQL conditions: verified, of the group's kinds; offers and needs of a public publisher, needs still
    open; labs of a public host."""
    record_type, kinds = GROUP_RECORDS[target_group]
    conditions = [model.status == Status.VERIFIED]
    if record_type in ("organisation", "person"):
        conditions.append(model.kind.in_(kinds))
    elif record_type == "lab":
        conditions.append(model.organisation.has(Organisation.status == Status.VERIFIED))
    else:
        public_org = model.organisation.has(Organisation.status == Status.VERIFIED)
        conditions.append(public_org if model is Need else or_(
            public_org, model.person.has(Person.status == Status.VERIFIED)))
    if model is Need:
        conditions.append(or_(Need.deadline.is_(None), Need.deadline >= date.today()))
    return conditions


def _link_rows(record_type, kind, taxonomy):
    """(owner id, code or folded tag) of every link of one kind."""
    table, owner = LINKS[record_type][kind]
    if kind == "tags":
        return db.session.execute(select(table.c[owner], Tag.folded).join(Tag, Tag.id == table.c.tag_id)).all()
    term_col = table.c.technology_id if kind == "technologies" else table.c.sector_id
    codes = taxonomy.codes[kind]
    return [(oid, codes[tid]) for oid, tid in db.session.execute(select(table.c[owner], term_col)).all()]


def _frozen(pairs, visible):
    """{value: tuple of ids} of the visible owners of (owner id, value) pairs. Tuples: counting iterates
    them a quarter faster than arrays; `visible(id)` gives one int object per id for every posting."""
    found = defaultdict(list)
    for oid, value in pairs:
        cid = visible(oid)
        if cid is not None:
            found[value].append(cid)
    return {value: tuple(ids) for value, ids in found.items()}


class Postings:
    """Per matching group, {feature kind: {value: ids of the visible listings}}."""

    def __init__(self, taxonomy):
        self.built_at = utcnow() - timedelta(seconds=2)  # a commit racing the build is still "changed since"
        self.created = time.monotonic()
        self.groups = {}
        links, visible_by_type = {}, defaultdict(set)
        for group, (record_type, _kinds) in GROUP_RECORDS.items():
            model = MODELS[record_type]
            visible = set(db.session.scalars(select(model.id).where(*_visible(model, group))))
            visible_by_type[record_type] |= visible
            same = {oid: oid for oid in visible}.get  # one int object per id in every posting
            index = {}
            for kind in LINKS[record_type]:
                if (record_type, kind) not in links:
                    links[(record_type, kind)] = _link_rows(record_type, kind, taxonomy)
                index[kind] = _frozen(links[(record_type, kind)], same)
            if group == STARTUP:
                stages = select(StartupDetails.organisation_id, StartupDetails.stage).where(
                    StartupDetails.stage.is_not(None))
                index["stage"] = _frozen(db.session.execute(stages), same)
            self.groups[group] = index
        holders = db.session.scalars(select(investor_portfolio.c.investor_id).distinct())
        self.portfolios = portfolio_summaries(list(holders), taxonomy)
        self.snapshot = Snapshot(taxonomy, visible_by_type, links)


def postings(taxonomy, outdated=False):
    """The process's inverted index, rebuilt when older than `MATCHING_INDEX_SECONDS` (or `outdated`)."""
    lifetime = current_app.config.get("MATCHING_INDEX_SECONDS", 300)
    cached = current_app.extensions.get("matching_postings")
    if outdated or cached is None or time.monotonic() - cached.created > lifetime:
        freeze = current_app.config.get("MATCHING_GC_FREEZE", False)
        if freeze:
            gc.unfreeze()  # what the last build froze may have died since, in cycles only a collection frees
        cached = Postings(taxonomy)
        current_app.extensions["matching_postings"] = cached
        if freeze:
            settle_heap()
    return cached


def settle_heap():
    """Collect once, then freeze every surviving object (the index and its snapshot above all) so that
    later full collections skip them. At 100,000 listings a full collection walked them in 100-200 ms,
    on whichever request it fell: the p95 of matching (and of every page) was set by those pauses. The
    next build unfreezes first, so nothing that dies in a cycle stays uncollected beyond one build."""
    gc.collect()
    gc.freeze()


def cached_portfolios(investor_ids, taxonomy):
    """{investor id: Portfolio} from the index, counted again in SQL for investors that (or whose
    portfolio companies) changed since it was built; listing a portfolio changes the investor."""
    ids = list(investor_ids)
    if not ids:
        return {}
    index, changed = postings_and_changes(taxonomy, Organisation)
    stale = set(ids).intersection(changed)
    if changed:
        p = investor_portfolio.c
        stale.update(db.session.scalars(select(p.investor_id).where(
            in_ids(p.investor_id, ids), in_ids(p.company_id, changed)).distinct()))
    found = {i: index.portfolios[i] for i in ids if i not in stale and i in index.portfolios}
    found.update(portfolio_summaries(sorted(stale), taxonomy))
    return found


def _evidence(source, target_group, index, cap):
    """Counter {candidate id: shared evidence} (tags weigh 3, sectors and stage 2, technologies 1),
    exact for the best `cap`: postings are added rarest first, and once no listing not yet counted
    could reach the `cap`-th score with what is left, the common postings only add to those counted."""
    items = []
    for kind, weight in LINK_WEIGHTS.items():
        by_value = index.get(kind) or {}
        items += [(by_value[value], weight) for value in source_values(source, kind) if value in by_value]
    stages = source.stages or (source.portfolio and set(source.portfolio.counts.get("stage", ())))
    if target_group == STARTUP and stages:
        items += [(index["stage"][stage], STAGE_WEIGHT) for stage in stages if stage in index["stage"]]
    items.sort(key=lambda item: len(item[0]))
    total = remaining = sum(weight for _ids, weight in items)
    scores, counted = Counter(), None
    for ids, weight in items:
        # no score so far exceeds the weight counted so far (total - remaining): only then can the
        # cap-th score beat what is left, and only then is it worth finding
        if (counted is None and len(ids) >= PRUNE_FROM and remaining < total - remaining and len(scores) >= cap
                and remaining < _cap_score(scores, cap)):
            counted = set(scores)
        added = ids if counted is None else counted.intersection(ids)
        for _ in range(weight):
            scores.update(added)
        remaining -= weight
    return scores


def _cap_score(scores, cap):
    """The `cap`-th highest score (scores are small integers: counted by value, not sorted)."""
    kept = 0
    for value, n in sorted(Counter(scores.values()).items(), reverse=True):
        kept += n
        if kept >= cap:
            return value
    return 0


def _best(scores, cap):
    """The `cap` ids with the most evidence (ties: lowest id first), without sorting them all."""
    if len(scores) > cap:
        per_value = sorted(Counter(scores.values()).items(), reverse=True)
        kept, floor = 0, 0
        for floor, n in per_value:
            kept += n
            if kept >= cap:
                break
        scores = {cid: n for cid, n in scores.items() if n >= floor}
    return [cid for cid, _n in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))][:cap]


def changed_since(model, built_at):
    """Ids of the listings of this record type changed since the index was built, newest first.

    Only `updated_at` is filtered here, so the database walks its `updated_at` index (a few rows in
    steady state); with visibility in the same condition SQLite, without statistics, walks the
    status index over every verified listing instead (80–100 ms at 100,000 listings)."""
    return list(db.session.scalars(select(model.id).where(model.updated_at >= built_at)
                                   .order_by(model.updated_at.desc(), model.id).limit(CHANGED_SCAN)))


def postings_and_changes(taxonomy, model):
    """(the index, ids of the listings of `model` changed since its build); after a bulk import or edit
    (`CHANGED_SCAN` changes or more) the index is rebuilt rather than patched."""
    index = postings(taxonomy)
    changed = changed_since(model, index.built_at)
    if len(changed) >= CHANGED_SCAN:
        index = postings(taxonomy, outdated=True)
        changed = changed_since(model, index.built_at)
    return index, changed


def _retrieve(source, target_group, taxonomy, cap):
    """(candidate ids best first, ids of the group's record type changed since the build, the index)."""
    record_type = GROUP_RECORDS[target_group][0]
    model = MODELS[record_type]
    index, changed = postings_and_changes(taxonomy, model)
    visible = _visible(model, target_group)
    ranked = _best(_evidence(source, target_group, index.groups[target_group], cap), cap)
    # one query: which of the ranked and the changed are visible now (hidden, rejected or expired since
    # the build: dropped); the FRESH newest visible changed ones of the group come first, so a burst of
    # edits to other kinds cannot crowd a new listing out
    still = set(db.session.scalars(select(model.id).where(in_ids(model.id, set(ranked) | set(changed)), *visible)))
    fresh = [cid for cid in changed if cid in still][:FRESH]
    seen = set(fresh)
    found = fresh + [cid for cid in ranked if cid in still and cid not in seen]
    if len(found) < min(cap, FILL):
        seen = set(found)
        recent = (select(model.id).where(*visible).order_by(model.updated_at.desc(), model.id).limit(FILL))
        found += [cid for cid in db.session.scalars(recent) if cid not in seen][:FILL - len(found)]
    return found, set(changed), index


def candidate_ids(source, target_group, taxonomy, cap=MAX_CANDIDATES):
    """Ids of up to `cap` verified listings of the target group, best evidence first; listings changed
    since the index was built come first (they are few), then the index's, then a recent fill."""
    return _retrieve(source, target_group, taxonomy, cap)[0]


def candidate_profiles(source, target_group, taxonomy, cap=MAX_CANDIDATES):
    """Profiles for the quick pass of the `candidate_ids`, in their order: from the index's snapshot,
    except listings changed since the build (and any it lacks), loaded from the database."""
    record_type = GROUP_RECORDS[target_group][0]
    ids, changed, index = _retrieve(source, target_group, taxonomy, cap)
    found = index.snapshot.profiles(record_type, (cid for cid in ids if cid not in changed))
    investors = [cid for cid, profile in found.items() if profile.kind == "investor"]
    for cid, summary in cached_portfolios(investors, taxonomy).items():
        found[cid].portfolio = summary
    missing = [cid for cid in ids if cid not in found]
    if missing:
        found.update(load_profiles(record_type, missing, taxonomy, relations=False, portfolios=cached_portfolios))
    return [found[cid] for cid in ids if cid in found]
