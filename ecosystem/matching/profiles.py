"""What the matcher knows about one listing: a plain, database-free profile.

`loading.py` builds profiles from the database in bulk; tests and the benchmark build them by hand.
Everything the scoring reads is here, so the score is a pure function of two profiles."""
from collections import Counter
from dataclasses import dataclass, field

# Matching groups: the side of a direction a listing sits on.
STARTUP, INVESTOR, COMPANY, LAB, SCHOOL, RESEARCHER, OFFER, NEED = (
    "startup", "investor", "company", "lab", "school", "researcher", "offer", "need")
GROUPS = (OFFER, NEED, LAB, SCHOOL, RESEARCHER, STARTUP, INVESTOR, COMPANY)
# Who looks for whom. The brief's directions, plus the reverse of each pair where the other side
# also has a reason to look (a company looking for labs, researchers and offers; a startup for needs
# and for labs whose equipment it could use). Labs are the registry's labs with their instruments;
# their host universities and institutes ("school", as in state-school-investor) are matched too.
DIRECTIONS = {
    NEED: (OFFER, LAB, SCHOOL, RESEARCHER, STARTUP),
    OFFER: (NEED, COMPANY, STARTUP),
    STARTUP: (INVESTOR, NEED, LAB),
    INVESTOR: (STARTUP,),
    RESEARCHER: (COMPANY, NEED),
    LAB: (COMPANY, STARTUP, NEED),
    SCHOOL: (COMPANY, NEED),
    COMPANY: (LAB, SCHOOL, RESEARCHER, OFFER),
}
# Record type ("organisation", "person", "offer", "need", "lab") and kinds of each group.
GROUP_RECORDS = {
    STARTUP: ("organisation", ("startup",)), INVESTOR: ("organisation", ("investor",)),
    COMPANY: ("organisation", ("company",)), SCHOOL: ("organisation", ("university", "institute")),
    RESEARCHER: ("person", ("researcher", "expert")), OFFER: ("offer", ("offer",)), NEED: ("need", ("need",)),
    LAB: ("lab", ("lab",)),
}
RECORD_TYPES = ("organisation", "person", "offer", "need", "lab")


@dataclass
class Portfolio:
    """An investor's holdings, summarised: how many companies, and how many have each feature.

    `counts` maps a feature type ("sectors", "technologies", "tags", "stage", "province") to a
    Counter of feature value -> number of portfolio companies with it."""

    size: int = 0
    counts: dict = field(default_factory=dict)
    names: tuple = ()

    def count(self, kind, value):
        return self.counts.get(kind, {}).get(value, 0)


@dataclass
class Profile:
    """The matcher's view of one listing (organisation, person, offer, need or lab)."""

    type: str
    id: int
    kind: str
    slug: str = ""
    name: str = ""
    status: str = "verified"
    technologies: frozenset = frozenset()
    sectors: frozenset = frozenset()
    tags: frozenset = frozenset()
    terms: Counter | None = None  # folded words and word pairs of the texts (None: not loaded)
    province: str | None = None  # province code
    places: frozenset = frozenset()  # folded names of the province ("ha noi", "hanoi")
    zone_id: int | None = None
    stage: str | None = None
    funding_sought_usd: int | None = None
    stages: frozenset = frozenset()  # an investor's stages
    ticket_min_usd: int | None = None
    ticket_max_usd: int | None = None
    regions: tuple = ()  # an investor's regions, folded
    portfolio: Portfolio | None = None
    trl: int | None = None
    budget_max_vnd: int | None = None
    publications: int | None = None
    patents: int | None = None
    offers: int = 0  # verified offers the listing (or an offer's publisher) has published
    researchers: int | None = None
    instruments: int = 0  # a lab's instruments that outside users may book
    free_for_startups: bool = False  # a lab's access terms
    publisher: tuple | None = None  # ("organisation"|"person", id) of an offer or need; a lab's host
    related: frozenset = frozenset()  # (type, id) of listings it already works with (portfolio, investors)

    @property
    def key(self):
        return (self.type, self.id)

    @property
    def group(self):
        return group_of(self.type, self.kind)


def group_of(record_type, kind):
    """The matching group of a listing, or None when no direction starts or ends there."""
    for group, (rtype, kinds) in GROUP_RECORDS.items():
        if rtype == record_type and kind in kinds:
            return group
    return None


def targets_of(record_type, kind):
    """The groups a listing of this type and kind can be matched with, in display order."""
    return DIRECTIONS.get(group_of(record_type, kind), ())
