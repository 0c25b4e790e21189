"""The curators' funnel: how many introductions were sent, accepted, met and agreed (and declined or
withdrawn), overall, by month of request and per match reason, with conversion rates.

A step counts when it was ever reached (its timestamp is set), so an introduction accepted and later
withdrawn still counts as accepted: the funnel measures what matches lead to, not where they stopped."""
from dataclasses import dataclass, field

from ..extensions import db
from ..models import Introduction, IntroductionReason

STEPS = ("sent", "accepted", "met", "agreed", "declined", "withdrawn")
# (name, numerator, denominator) of each conversion rate.
RATES = (("accepted_rate", "accepted", "sent"), ("met_rate", "met", "accepted"),
         ("agreed_rate", "agreed", "met"), ("overall_rate", "agreed", "sent"))
NO_REASON = ""


@dataclass
class FunnelRow:
    """One line of the funnel: counts per step and the conversion rates (0-100, one decimal)."""

    key: str
    counts: dict = field(default_factory=dict)

    @property
    def rates(self):
        result = {}
        for name, numerator, denominator in RATES:
            base = self.counts.get(denominator, 0)
            result[name] = round(100.0 * self.counts.get(numerator, 0) / base, 1) if base else None
        return result


def _step_columns():
    return (db.func.count(Introduction.id), db.func.count(Introduction.accepted_at), db.func.count(Introduction.met_at),
            db.func.count(Introduction.agreed_at), db.func.count(Introduction.declined_at),
            db.func.count(Introduction.withdrawn_at))


def _row(key, values):
    return FunnelRow(key=key, counts={step: int(value or 0) for step, value in zip(STEPS, values)})


def _month_of(column):
    """'YYYY-MM' of a timestamp, in each database's own words."""
    if db.engine.dialect.name == "postgresql":
        return db.func.to_char(db.func.timezone("UTC", column), "YYYY-MM")
    return db.func.strftime("%Y-%m", column)


def overall():
    return _row("all", db.session.execute(db.select(*_step_columns())).one())


def by_month():
    """One row per month with requests, oldest first."""
    month = _month_of(Introduction.created_at).label("month")
    rows = db.session.execute(db.select(month, *_step_columns()).group_by(month).order_by(month)).all()
    return [_row(row[0], row[1:]) for row in rows]


def by_reason():
    """One row per match reason code present at request time, most requests first; then requests with none."""
    code = IntroductionReason.code
    rows = db.session.execute(db.select(code, *_step_columns()).join(Introduction.reasons).group_by(code)).all()
    result = sorted((_row(row[0], row[1:]) for row in rows), key=lambda r: (-r.counts["sent"], r.key))
    unscored = db.session.execute(db.select(*_step_columns()).where(~Introduction.reasons.any())).one()
    if unscored[0]:
        result.append(_row(NO_REASON, unscored))
    return result


def average_scores():
    """Average match score of the requests that reached each final outcome (None without scored ones)."""
    result = {}
    for step, column in (("sent", Introduction.created_at), ("agreed", Introduction.agreed_at),
                         ("declined", Introduction.declined_at)):
        value = db.session.scalar(db.select(db.func.avg(Introduction.score)).where(column.is_not(None)))
        result[step] = round(float(value), 1) if value is not None else None
    return result


def funnel_report():
    """Everything the funnel page, its CSV and the API show."""
    return {"overall": overall(), "by_month": by_month(), "by_reason": by_reason(), "average_score": average_scores()}


CSV_COLUMNS = ("group", "key", *STEPS, *(name for name, _n, _d in RATES))


def csv_rows(report):
    """The report as flat rows (group, key, counts, rates) for the CSV download."""
    groups = [("overall", [report["overall"]]), ("month", report["by_month"]), ("reason", report["by_reason"])]
    rows = []
    for group, lines in groups:
        for line in lines:
            rates = line.rates
            rows.append({"group": group, "key": line.key or "none", **line.counts,
                         **{name: "" if rates[name] is None else rates[name] for name, _n, _d in RATES}})
    return rows


def row_json(line):
    return {"key": line.key or None, **line.counts, **line.rates}


def report_json(report):
    """The report as the API returns it."""
    return {"overall": row_json(report["overall"]), "by_month": [row_json(r) for r in report["by_month"]],
            "by_reason": [row_json(r) for r in report["by_reason"]], "average_score": report["average_score"]}
