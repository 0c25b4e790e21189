"""The data-quality dashboard: distribution of scores, worst listings, averages by kind and by ward,
and the trend over time read from one snapshot row per day and kind."""
from collections import defaultdict
from dataclasses import dataclass, field

from ...extensions import db
from ...models import Kind, Organisation, Person, QualitySnapshot, utcnow
from .alerts import WATCHED
from .facts import ORGANISATION_LOADS, PERSON_LOADS, facts_of, freshness_rules
from .scoring import PERSON, assess

BUCKETS = ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))
LOW_SCORE = 50
WORST = 20
TREND_DAYS = 30
KINDS = (*Kind.ALL, PERSON)


@dataclass
class Group:
    """Listings sharing a kind or a ward: how many and their average score."""

    key: object
    scores: list = field(default_factory=list)

    @property
    def count(self):
        return len(self.scores)

    @property
    def average(self):
        return round(sum(self.scores) / len(self.scores), 1) if self.scores else 0.0


@dataclass(frozen=True)
class TrendPoint:
    """The registry's (or one kind's) quality on one recorded day."""

    day: object
    count: int
    average: float
    low: int
    stale: int
    archive: int


@dataclass
class Dashboard:
    """Everything the dashboard page and its API show."""

    assessed: list  # (listing, Quality), worst first
    buckets: list
    by_kind: list
    by_ward: list
    trend: list
    trend_kind: str | None

    @property
    def total(self):
        return len(self.assessed)

    @property
    def average(self):
        return Group(None, [quality.score for _listing, quality in self.assessed]).average

    @property
    def largest_bucket(self):
        return max((count for _low, _high, count in self.buckets), default=0)

    @property
    def worst(self):
        return self.assessed[:WORST]

    @property
    def stale_count(self):
        return sum(1 for _listing, quality in self.assessed if quality.stale)

    @property
    def archive_count(self):
        return sum(1 for _listing, quality in self.assessed if quality.suggest_archiving)


def assessed_listings(now):
    """(listing, Quality) of every watched organisation and person, worst first."""
    rules = freshness_rules()
    found = []
    for model, loads in ((Organisation, ORGANISATION_LOADS), (Person, PERSON_LOADS)):
        query = db.select(model).where(model.status.in_(WATCHED)).options(*loads).order_by(model.id)
        found += [(listing, assess(facts_of(listing), now, rules)) for listing in db.session.scalars(query)]
    return sorted(found, key=lambda pair: (pair[1].score, _kind_of(pair[0]), pair[0].id))


def _kind_of(listing):
    return PERSON if isinstance(listing, Person) else listing.kind


def buckets(scores):
    """[(low, high, count)] for the score bands of the histogram."""
    return [(low, high, sum(1 for score in scores if low <= score <= high)) for low, high in BUCKETS]


def groups_by_kind(assessed):
    """One Group per kind that has listings, in the order of KINDS."""
    groups = {kind: Group(kind) for kind in KINDS}
    for listing, quality in assessed:
        groups[_kind_of(listing)].scores.append(quality.score)
    return [group for group in groups.values() if group.count]


def groups_by_ward(assessed):
    """Organisations grouped by ward or commune (key None: no ward given), lowest average first."""
    groups = {}
    for listing, quality in assessed:
        if isinstance(listing, Person):
            continue
        ward = listing.ward
        groups.setdefault(ward.id if ward is not None else None, Group(ward)).scores.append(quality.score)
    return sorted(groups.values(), key=lambda group: (group.key is None, group.average, -group.count))


def snapshot_rows(assessed, day):
    """One QualitySnapshot per kind with listings (not yet added to the session)."""
    rows = []
    for kind in KINDS:
        qualities = [quality for listing, quality in assessed if _kind_of(listing) == kind]
        if not qualities:
            continue
        scores = [quality.score for quality in qualities]
        rows.append(QualitySnapshot(
            day=day, kind=kind, listing_count=len(scores), average_score=Group(kind, scores).average,
            low_score_count=sum(1 for score in scores if score < LOW_SCORE),
            stale_count=sum(1 for quality in qualities if quality.stale),
            archive_count=sum(1 for quality in qualities if quality.suggest_archiving)))
    return rows


def record_snapshot(now=None):
    """Store today's quality per kind, replacing today's rows if they exist; returns the rows."""
    now = now or utcnow()
    day = now.date()
    db.session.execute(db.delete(QualitySnapshot).where(QualitySnapshot.day == day))
    rows = snapshot_rows(assessed_listings(now), day)
    db.session.add_all(rows)
    db.session.flush()
    return rows


def trend(kind=None, days=TREND_DAYS):
    """The last `days` recorded days, oldest first: one kind's rows, or all kinds added up."""
    query = db.select(QualitySnapshot).order_by(QualitySnapshot.day.desc())
    if kind:
        query = query.where(QualitySnapshot.kind == kind)
    per_day = defaultdict(list)
    for row in db.session.scalars(query):
        if row.day not in per_day and len(per_day) == days:
            break
        per_day[row.day].append(row)
    return [_point(day, rows) for day, rows in sorted(per_day.items())]


def _point(day, rows):
    count = sum(row.listing_count for row in rows)
    weighted = sum(row.average_score * row.listing_count for row in rows)
    return TrendPoint(day=day, count=count, average=round(weighted / count, 1) if count else 0.0,
                      low=sum(row.low_score_count for row in rows), stale=sum(row.stale_count for row in rows),
                      archive=sum(row.archive_count for row in rows))


def dashboard(now=None, trend_kind=None):
    """The dashboard at `now`; `trend_kind` narrows the trend to one kind."""
    assessed = assessed_listings(now or utcnow())
    return Dashboard(assessed=assessed, buckets=buckets([quality.score for _l, quality in assessed]),
                     by_kind=groups_by_kind(assessed), by_ward=groups_by_ward(assessed),
                     trend=trend(trend_kind), trend_kind=trend_kind)
