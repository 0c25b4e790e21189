"""Input rules of offers and needs, shared by the browser forms, the API and the demo loader."""
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _

from ..models import TRL_LEVELS, Engagement, IpStatus
from ..registry import schema as s

MAX_BUDGET_VND = 10 ** 15  # a thousand trillion dong: far above any real budget, far below BigInteger


@dataclass
class RequiredText(s.Markdown):
    """Markdown that must not be empty (an offer's summary, a need's problem)."""

    def clean(self, raw):
        value = super().clean(raw)
        if not value:
            raise ValueError(_("This field is required."))
        return value


@dataclass
class Day:
    """A calendar date written YYYY-MM-DD (or a date object from a form)."""

    def clean(self, raw):
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, date):
            return raw
        try:
            return date.fromisoformat(str(raw).strip())
        except ValueError:
            raise ValueError(_("Enter a date as YYYY-MM-DD."))


COMMON_RULES = {
    "title": s.Line(200, required=True), "title_en": s.Line(200),
    "technologies": s.ListOf(64), "sectors": s.ListOf(64), "tags": s.ListOf(60, 20),
}
OFFER_RULES = {
    **COMMON_RULES,
    "summary": RequiredText(10000), "summary_en": s.Markdown(10000),
    "trl": s.Number(TRL_LEVELS[0], TRL_LEVELS[-1]), "ip_status": s.Choice(IpStatus.ALL),
    "engagement": s.Choice(Engagement.ALL), "terms": s.Markdown(5000),
}
NEED_RULES = {
    **COMMON_RULES,
    "problem": RequiredText(10000), "problem_en": s.Markdown(10000), "desired_outcome": s.Markdown(5000),
    "budget_min_vnd": s.Number(0, MAX_BUDGET_VND), "budget_max_vnd": s.Number(0, MAX_BUDGET_VND),
    "deadline": Day(),
}
# Fields stored as they are cleaned (the rest are looked up: technologies, sectors, tags).
OFFER_SCALARS = ("title", "title_en", "summary", "summary_en", "trl", "ip_status", "engagement", "terms")
NEED_SCALARS = ("title", "title_en", "problem", "problem_en", "desired_outcome", "budget_min_vnd",
                "budget_max_vnd", "deadline")
