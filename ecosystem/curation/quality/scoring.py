"""The quality score of a listing and the list of what to fix, from one list of deductions.

`assess(facts, now, rules)` is pure: it reads only its arguments (no database, no clock, no Babel
call). Every point missing from 100 is a named `Deduction` with its own message, so the score and
the to-fix list cannot tell two stories. Messages are lazy strings, translated when shown.
"""
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from flask_babel import LazyString, format_timedelta
from flask_babel import lazy_gettext as _l

MAXIMUM = 100
MIN_DESCRIPTION = 200
HANOI = "ha-noi"
PERSON = "person"


class Factor:
    """What a deduction is about; the weights add up to MAXIMUM."""

    COMPLETENESS = "completeness"
    FRESHNESS = "freshness"
    VERIFICATION = "verification"
    WEBSITE = "website"
    CONTACTS = "contacts"
    WEIGHTS = {COMPLETENESS: 50, FRESHNESS: 20, VERIFICATION: 10, WEBSITE: 10, CONTACTS: 10}


@dataclass(frozen=True)
class FreshnessRules:
    """After `stale_days` without confirmation a listing is stale; after `archive_days` it is silent."""

    stale_days: int = 180
    archive_days: int = 365


@dataclass(frozen=True)
class ListingFacts:
    """What the score needs to know about a listing, read from the database by `facts.py`.

    `filled` names the kind's fields that have a value (see COMPLETENESS); `kind` is an organisation
    kind or "person"; `last_confirmed` is timezone-aware."""

    kind: str
    status: str
    last_confirmed: datetime
    filled: frozenset = frozenset()
    description_length: int = 0
    website: str | None = None
    orcid: str | None = None
    has_email: bool = False
    has_phone: bool = False
    province: str | None = None
    ward: str | None = None


@dataclass(frozen=True)
class Deduction:
    """Points lost for one reason, and the sentence telling the owner what to do about it."""

    factor: str
    code: str
    points: int
    message: object  # a lazy string: str() translates it into the current language

    def as_dict(self):
        """The deduction as JSON, its message translated into the current language."""
        return {"factor": self.factor, "code": self.code, "points": self.points, "message": str(self.message)}


@dataclass(frozen=True)
class Quality:
    """A listing's score and what to fix: both read from `deductions`."""

    deductions: tuple
    last_confirmed: datetime
    age_days: int
    stale: bool
    suggest_archiving: bool

    @property
    def score(self):
        return max(0, MAXIMUM - sum(item.points for item in self.deductions))

    @property
    def band(self):
        """"good" (80 and up), "fair" (50 and up) or "poor": how the score is coloured."""
        return "good" if self.score >= 80 else "fair" if self.score >= 50 else "poor"

    @property
    def to_fix(self):
        """The deductions, biggest first (ties in a stable order)."""
        return sorted(self.deductions, key=lambda item: -item.points)


# --- completeness: the fields that matter for each kind, with their points (each kind sums to 50) ------------

FIELD_MESSAGES = {
    "description": _l("Add a description of at least %(n)s characters", n=MIN_DESCRIPTION),
    "bio": _l("Add a biography of at least %(n)s characters", n=MIN_DESCRIPTION),
    "topics": _l("Choose the strategic technologies or sectors you work in"),
    "stage": _l("Give the startup's stage"),
    "founded_year": _l("Add the year the organisation was founded"),
    "team_size": _l("Give the size of the team"),
    "funding_sought": _l("Say how much funding the startup is seeking"),
    "thesis": _l("Describe the investment thesis"),
    "ticket_range": _l("Give the ticket range: the smallest and the largest investment"),
    "investor_stages": _l("Choose the stages you invest in"),
    "investor_type": _l("Choose the type of investor"),
    "research_areas": _l("List the research areas"),
    "faculties": _l("List the faculties and schools"),
    "area": _l("Give the zone's area in hectares"),
    "capital": _l("Give the zone's registered capital"),
    "expertise": _l("Describe the areas of expertise"),
    "affiliations": _l("Add an affiliation to a university, institute or company"),
    "technologies": _l("Choose the strategic technologies you work on"),
}
_GENERAL = (("description", 15), ("topics", 12), ("location", 12), ("founded_year", 11))
_ACADEMIC = (("description", 12), ("research_areas", 12), ("faculties", 10), ("topics", 6), ("location", 5),
             ("founded_year", 5))
COMPLETENESS = {
    "startup": (("description", 10), ("topics", 8), ("stage", 8), ("location", 6), ("team_size", 6),
                ("funding_sought", 8), ("founded_year", 4)),
    "investor": (("description", 8), ("thesis", 10), ("ticket_range", 10), ("investor_stages", 8),
                 ("investor_type", 6), ("topics", 8)),
    "university": _ACADEMIC,
    "institute": _ACADEMIC,
    "zone": (("description", 12), ("area", 12), ("capital", 12), ("location", 7), ("topics", 7)),
    "company": _GENERAL,
    "agency": _GENERAL,
    "incubator": _GENERAL,
    PERSON: (("bio", 14), ("expertise", 12), ("affiliations", 12), ("technologies", 12)),
}


def _is_filled(facts, code):
    if code in ("description", "bio"):
        return facts.description_length >= MIN_DESCRIPTION
    return code in facts.filled


def _location_message(facts):
    """None when the place is known well enough to count the listing in its ward's statistics."""
    if facts.ward or (facts.province and facts.province != HANOI):
        return None
    if facts.province == HANOI:
        return _l("Choose the ward or commune in Hanoi")
    return _l("Add the province or city, and the ward or commune")


def completeness(facts):
    """Deductions for the fields that matter for this kind and are empty."""
    found = []
    for code, points in COMPLETENESS.get(facts.kind, _GENERAL):
        if code == "location":
            message = _location_message(facts)
            if message is not None:
                found.append(Deduction(Factor.COMPLETENESS, code, points, message))
        elif not _is_filled(facts, code):
            found.append(Deduction(Factor.COMPLETENESS, code, points, FIELD_MESSAGES[code]))
    return found


# --- freshness, verification, website and contacts ------------------------------------------------------------

def age_in_days(last_confirmed, now):
    """Whole days since the data was last confirmed (never negative)."""
    if last_confirmed.tzinfo is None:  # SQLite hands back naive datetimes that are UTC already
        last_confirmed = last_confirmed.replace(tzinfo=timezone.utc)
    return max(0, (now - last_confirmed).days)


def _ago(days):
    """"8 months", "1 year"... in the reader's language, decided when the message is shown."""
    return LazyString(format_timedelta, timedelta(days=days), granularity="day")


def freshness(facts, now, rules):
    """No deduction while fresh; half the weight once stale; all of it once silent long enough to archive."""
    days = age_in_days(facts.last_confirmed, now)
    if days < rules.stale_days:
        return []
    weight = Factor.WEIGHTS[Factor.FRESHNESS]
    points = weight if days >= rules.archive_days else weight // 2
    message = _l("Confirm your data: last confirmed %(ago)s ago", ago=_ago(days))
    return [Deduction(Factor.FRESHNESS, "confirm", points, message)]


VERIFICATION_MESSAGES = {
    "pending": _l("Not verified yet: a curator will review the listing"),
    "draft": _l("Send the listing for review by a curator"),
    "rejected": _l("Make the changes the curator asked for, then save the listing for review"),
    "archived": _l("The listing is archived: ask a curator to restore it"),
}


def verification(facts):
    """Only verified listings are public; anything else loses the verification points."""
    if facts.status == "verified":
        return []
    message = VERIFICATION_MESSAGES.get(facts.status, VERIFICATION_MESSAGES["pending"])
    return [Deduction(Factor.VERIFICATION, facts.status, Factor.WEIGHTS[Factor.VERIFICATION], message)]


_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_TOP_LEVEL = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")


def is_valid_website(url):
    """A syntactically valid http(s) address with a real-looking host name (no network call)."""
    if not url or any(ch.isspace() for ch in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a malformed port)
        host = (parts.hostname or "").rstrip(".")
        host = host.encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        return False
    if parts.scheme.lower() not in ("http", "https") or parts.username or parts.password:
        return False
    labels = host.split(".")
    return len(labels) >= 2 and all(_LABEL.match(label) for label in labels) and bool(_TOP_LEVEL.match(labels[-1]))


def website(facts):
    """A missing or malformed website loses the website points (people may give an ORCID iD instead)."""
    points = Factor.WEIGHTS[Factor.WEBSITE]
    if facts.website and not is_valid_website(facts.website):
        return [Deduction(Factor.WEBSITE, "website_invalid", points,
                          _l("Fix the website address: give a full address starting with http:// or https://"))]
    if facts.website or (facts.kind == PERSON and facts.orcid):
        return []
    if facts.kind == PERSON:
        return [Deduction(Factor.WEBSITE, "website", points, _l("Add a website or an ORCID iD"))]
    return [Deduction(Factor.WEBSITE, "website", points, _l("Add the website address"))]


def contacts(facts):
    """An email and a phone number, half the contact points each (people may keep them hidden)."""
    half = Factor.WEIGHTS[Factor.CONTACTS] // 2
    found = []
    if not facts.has_email:
        found.append(Deduction(Factor.CONTACTS, "email", half, _l("Add a contact email address")))
    if not facts.has_phone:
        found.append(Deduction(Factor.CONTACTS, "phone", half, _l("Add a contact phone number")))
    return found


def assess(facts, now, rules=FreshnessRules()):
    """The quality of one listing at `now` (timezone-aware)."""
    days = age_in_days(facts.last_confirmed, now)
    deductions = (*completeness(facts), *freshness(facts, now, rules), *verification(facts), *website(facts),
                  *contacts(facts))
    return Quality(deductions=tuple(deductions), last_confirmed=facts.last_confirmed, age_days=days,
                   stale=days >= rules.stale_days, suggest_archiving=days >= rules.archive_days)
