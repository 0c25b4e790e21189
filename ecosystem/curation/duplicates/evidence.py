"""Why two listings look like one: the evidence for a pair, each piece with a weight, and a confidence.

Profiles are plain values read from the database (or from a form being filled in), so the same rules
judge stored pairs in the queue and a new listing before it is saved."""
from dataclasses import dataclass, field

from .normalise import (
    SIMILARITY_THRESHOLD,
    core_name,
    email_address,
    email_domain,
    orcid,
    person_name,
    similarity,
    tax_code,
    web_host,
)

# Weight of each kind of evidence; a pair's confidence is 1 - the product of (1 - weight).
WEIGHTS = {"tax_code": 0.95, "name": 0.8, "website": 0.7, "email_domain": 0.4,
           "orcid": 0.95, "email": 0.9, "name_affiliation": 0.8}
STRONG = frozenset({"tax_code", "name", "website", "orcid", "email", "name_affiliation"})
SIMILAR_NAME_BASE = 0.4  # a fuzzy name in the same province weighs 0.4 at the threshold, up to 0.7


@dataclass
class OrganisationProfile:
    """What duplicate detection reads of an organisation."""

    id: int | None = None
    slug: str | None = None
    name: str = ""
    name_en: str | None = None
    website: str | None = None
    email: str | None = None
    tax_code: str | None = None
    province_id: int | None = None
    parent_id: int | None = None
    zone_id: int | None = None
    kind: str | None = None
    status: str | None = None

    def cores(self):
        return {c for c in (core_name(self.name), core_name(self.name_en)) if c}

    def names(self):
        return [n for n in (self.name, self.name_en) if n]


@dataclass
class PersonProfile:
    """What duplicate detection reads of a person; `organisations` are the ids of their affiliations."""

    id: int | None = None
    slug: str | None = None
    full_name: str = ""
    email: str | None = None
    orcid: str | None = None
    organisations: dict = field(default_factory=dict)  # id -> name
    status: str | None = None


@dataclass
class Evidence:
    """One reason: a code, its weight, and the value both listings share (shown to curators)."""

    code: str
    weight: float
    value: str = ""
    detail: str = ""

    @property
    def strong(self):
        return self.code in STRONG


def confidence(evidence):
    """1 - the product of (1 - weight): two weak reasons together count more than either."""
    remaining = 1.0
    for item in evidence:
        remaining *= 1.0 - item.weight
    return round(1.0 - remaining, 2)


def _related(a, b):
    """One is the other's parent or zone: sharing a domain is expected then, not a sign of duplication."""
    return (a.id is not None and b.id is not None
            and (a.parent_id == b.id or b.parent_id == a.id or a.zone_id == b.id or b.zone_id == a.id))


def organisation_evidence(a, b):
    """Evidence that organisations `a` and `b` are the same (an empty list when there is none)."""
    found = []
    if tax_code(a.tax_code) and tax_code(a.tax_code) == tax_code(b.tax_code):
        found.append(Evidence("tax_code", WEIGHTS["tax_code"], tax_code(a.tax_code)))
    same_names = sorted(a.cores() & b.cores())
    if same_names:
        found.append(Evidence("name", WEIGHTS["name"], same_names[0]))
    elif a.province_id is not None and a.province_id == b.province_id:
        best = max((similarity(x, y) for x in a.names() for y in b.names()), default=0.0)
        if best >= SIMILARITY_THRESHOLD:
            weight = SIMILAR_NAME_BASE + (best - SIMILARITY_THRESHOLD) * 2
            found.append(Evidence("similar_name", round(weight, 2), f"{round(best * 100)}%"))
    if not _related(a, b):
        host = web_host(a.website)
        if host and host == web_host(b.website):
            found.append(Evidence("website", WEIGHTS["website"], host))
        domain = email_domain(a.email)
        if domain and domain == email_domain(b.email):
            found.append(Evidence("email_domain", WEIGHTS["email_domain"], domain))
    return found


def person_evidence(a, b):
    """Evidence that people `a` and `b` are the same: one ORCID or email, or one name at one organisation."""
    found = []
    if orcid(a.orcid) and orcid(a.orcid) == orcid(b.orcid):
        found.append(Evidence("orcid", WEIGHTS["orcid"], orcid(a.orcid)))
    if email_address(a.email) and email_address(a.email) == email_address(b.email):
        found.append(Evidence("email", WEIGHTS["email"], email_address(a.email)))
    name = person_name(a.full_name)
    if name and name == person_name(b.full_name):
        shared = sorted(set(a.organisations) & set(b.organisations))
        if shared:
            found.append(Evidence("name_affiliation", WEIGHTS["name_affiliation"], a.full_name,
                                  a.organisations[shared[0]]))
    return found
