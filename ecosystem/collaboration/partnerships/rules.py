"""Input rules of partnerships and their partners, shared by the browser forms, the API and the demo loader,
and which kinds of organisation may take which role."""
from ...exchange.rules import Day
from ...models import Kind, PartnershipKind, PartnershipPhase, PartnerRole
from ...registry import schema as s

MAX_FUNDING_VND = 10 ** 15  # far above any real budget, far below BigInteger

# The role an organisation can take follows from its kind: the state sets policy and hosts (agencies, zones),
# the school researches (universities, institutes), the investor or business commercialises.
ROLE_KINDS = {
    PartnerRole.STATE: (Kind.AGENCY, Kind.ZONE),
    PartnerRole.SCHOOL: (Kind.UNIVERSITY, Kind.INSTITUTE),
    PartnerRole.INVESTOR: (Kind.INVESTOR, Kind.COMPANY, Kind.STARTUP),
}
PARTNER_KINDS = tuple(kind for kinds in ROLE_KINDS.values() for kind in kinds)

PARTNERSHIP_RULES = {
    "title": s.Line(200, required=True), "title_en": s.Line(200),
    "partnership_kind": s.Choice(PartnershipKind.ALL), "phase": s.Choice(PartnershipPhase.ALL),
    "goals": s.Markdown(10000), "goals_en": s.Markdown(10000), "outcomes": s.Markdown(10000),
    "funding_vnd": s.Number(0, MAX_FUNDING_VND), "funding_note": s.Line(300),
    "starts_on": Day(), "ends_on": Day(),
    "zone": s.Line(90), "programme": s.Line(90),
    "technologies": s.ListOf(64), "sectors": s.ListOf(64), "tags": s.ListOf(60, 20),
}
# Fields stored as they are cleaned (the rest are looked up: zone, programme, technologies, sectors, tags).
PARTNERSHIP_SCALARS = ("title", "title_en", "partnership_kind", "phase", "goals", "goals_en", "outcomes",
                       "funding_vnd", "funding_note", "starts_on", "ends_on")
PARTNER_RULES = {
    "organisation": s.Line(90, required=True), "role": s.Choice(PartnerRole.ALL),
    "contribution": s.Line(300),
}
