"""Input rules and the clock of programmes, calls and applications, shared by forms, the API and the demo.

Times are stored in UTC. A time written without an offset is Hanoi time (Asia/Ho_Chi_Minh), which is how
agencies announce deadlines; pages show deadlines in Hanoi time too."""
from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from flask_babel import gettext as _

from ...exchange.rules import MAX_BUDGET_VND, RequiredText
from ...models import Kind, ProgrammeKind, utcnow
from ...registry import schema as s

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
RESEARCHER = "researcher"  # in `eligible_kinds`: researchers may apply with their own profile
ELIGIBLE_KINDS = (*Kind.ALL, RESEARCHER)
CLOSING_SOON_DAYS = 30


def current_time():
    """Now, in UTC. Tests replace this to freeze the clock; services also accept an explicit `now`."""
    return utcnow()


def as_utc(moment):
    """An aware UTC datetime; SQLite hands back naive datetimes that are UTC already."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def hanoi_time(moment):
    """`moment` as a Hanoi wall-clock datetime (for display and for form fields)."""
    return as_utc(moment).astimezone(HANOI) if moment is not None else None


@dataclass
class Moment:
    """A date and time: ISO 8601 text (Hanoi time when it has no offset) or a datetime; stored in UTC."""

    required: bool = False

    def clean(self, raw):
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if self.required:
                raise ValueError(_("This field is required."))
            return None
        if isinstance(raw, datetime):
            value = raw
        else:
            try:
                value = datetime.fromisoformat(str(raw).strip().replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(_("Enter a date and time as YYYY-MM-DDTHH:MM (Hanoi time) or with an offset."))
        if value.tzinfo is None:
            value = value.replace(tzinfo=HANOI)
        if not 2000 <= value.year <= 2100:
            raise ValueError(_("Enter a date between the years 2000 and 2100."))
        return value.astimezone(timezone.utc)


PROGRAMME_RULES = {
    "title": s.Line(200, required=True), "title_en": s.Line(200),
    "programme_kind": s.Choice(ProgrammeKind.ALL),
    "summary": RequiredText(10000), "summary_en": s.Markdown(10000), "eligibility": s.Markdown(5000),
    "eligible_kinds": s.ListOf(20, len(ELIGIBLE_KINDS), choices=ELIGIBLE_KINDS),
    "budget_vnd": s.Number(0, MAX_BUDGET_VND), "max_award_vnd": s.Number(0, MAX_BUDGET_VND),
    "website": s.Url(), "technologies": s.ListOf(64), "sectors": s.ListOf(64),
}
PROGRAMME_SCALARS = ("title", "title_en", "programme_kind", "summary", "summary_en", "eligibility",
                     "eligible_kinds", "budget_vnd", "max_award_vnd", "website")
CALL_RULES = {
    "title": s.Line(200, required=True), "title_en": s.Line(200), "description": s.Markdown(5000),
    "budget_vnd": s.Number(0, MAX_BUDGET_VND), "opens_at": Moment(required=True),
    "closes_at": Moment(required=True),
}
APPLICATION_RULES = {"message": s.Markdown(5000), "requested_vnd": s.Number(0, MAX_BUDGET_VND)}
REVIEW_RULES = {"note": s.Markdown(2000)}
