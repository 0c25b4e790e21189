"""'Suggest partners': verified organisations ranked for one role of a partnership, with reasons.

A partnership is not a matching group, so it gets a matcher Profile of its own (its technologies, sectors,
tags, the folded words of its title, goals and outcomes, the province and zone where its partners sit) and is
shown to the matcher as the listing that looks for that kind of partner: a need looking for a lab (schools),
a startup looking for investors, an offer looking for a business (companies and startups). Agencies and zones
(the state role) are no matching group: `state_scoring` scores them with the same arithmetic. Read-only."""
import dataclasses
from collections import Counter

from flask_babel import gettext as _
from sqlalchemy import func, literal, select, union_all

from ...errors import Invalid
from ...extensions import db
from ...matching.context import scoring_context
from ...matching.loading import Taxonomy, load_profiles, load_terms
from ...matching.profiles import Profile
from ...matching.scoring import Match, score
from ...matching.textsim import terms
from ...models import Kind, Organisation, Programme, PartnerRole, Status, ZoneDetails
from ...models.organisations import organisation_sectors, organisation_tags, organisation_technologies
from ...models.programmes import programme_technologies
from ...text import fold
from .rules import ROLE_KINDS
from .state_scoring import StateContext, score_state_partner

MAX_LIMIT = 50
CANDIDATE_CAP = 600  # candidates sharing the most technologies, sectors and tags
FILL = 40  # verified organisations of the role's kinds looked at even with nothing shared
# Candidate kind -> (record type, kind) the partnership plays for the matcher.
SOURCE_AS = {Kind.UNIVERSITY: ("need", "need"), Kind.INSTITUTE: ("need", "need"),
             Kind.INVESTOR: ("organisation", "startup"), Kind.COMPANY: ("offer", "offer"),
             Kind.STARTUP: ("offer", "offer")}
# What a partnership can add to itself; the matcher's other hints (stage, TRL...) name fields it has not.
OWN_FIELDS = ("technologies", "sectors", "tags", "description")


def parse_role(raw, partnership):
    """The role asked for (default: the first missing one, else investor); anything else is Invalid."""
    role = raw or next(iter(partnership.missing_roles), PartnerRole.INVESTOR)
    if role not in PartnerRole.ALL:
        raise Invalid(_("Choose the role to fill: %(roles)s.", roles=", ".join(PartnerRole.ALL)), "role")
    return role


def parse_limit(raw, default=10):
    """How many candidates to show (1 to MAX_LIMIT); anything else is Invalid."""
    if raw in (None, ""):
        return default
    if not str(raw).isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise Invalid(_("Limit must be between 1 and %(n)s.", n=MAX_LIMIT), "limit")
    return int(raw)


def partnership_profile(partnership, taxonomy):
    """The matcher's view of a partnership (a negative id, so it never shares a key with a listing)."""
    orgs = [p.organisation for p in partnership.partners]
    provinces = Counter(taxonomy.provinces.get(o.province_id) for o in orgs if o.province_id)
    zones = Counter(o.zone_id for o in orgs if o.zone_id)
    province = provinces.most_common(1)[0][0] if provinces else None
    zone_id = partnership.zone_id or (zones.most_common(1)[0][0] if zones else None)
    return Profile("partnership", -partnership.id, "partnership", partnership.slug, partnership.title,
                   partnership.status, technologies=frozenset(t.code for t in partnership.technologies),
                   sectors=frozenset(s.code for s in partnership.sectors),
                   tags=frozenset(t.folded for t in partnership.tags),
                   terms=terms(partnership.title, partnership.title_en, partnership.goals, partnership.goals_en,
                               partnership.outcomes),
                   province=province, places=taxonomy.places.get(province, frozenset()), zone_id=zone_id)


def partner_zones(partnership):
    """{zone id: name} of the partnership's zone, the partners' zones and partner zones themselves."""
    zones = {}
    if partnership.zone is not None:
        zones[partnership.zone.id] = partnership.zone.name
    for partner in partnership.partners:
        org = partner.organisation
        if org.kind == Kind.ZONE:
            zones[org.id] = org.name
        elif org.zone is not None:
            zones[org.zone.id] = org.zone.name
    return zones


def candidate_ids(partnership, kinds, zones):
    """Verified organisations of these kinds, not yet partners: those sharing the most technologies, sectors
    and tags (or sitting in the partners' zones) first, then a few others."""
    partner_ids = {p.organisation_id for p in partnership.partners}
    links = [(organisation_technologies, organisation_technologies.c.technology_id,
              [t.id for t in partnership.technologies]),
             (organisation_sectors, organisation_sectors.c.sector_id, [s.id for s in partnership.sectors]),
             (organisation_tags, organisation_tags.c.tag_id, [t.id for t in partnership.tags])]
    parts = [select(table.c.organisation_id.label("oid"), literal(1).label("hit")).where(column.in_(ids))
             for table, column, ids in links if ids]
    if zones:
        parts.append(select(Organisation.id.label("oid"), literal(2).label("hit")).where(
            (Organisation.zone_id.in_(zones)) | (Organisation.id.in_(zones))))
    eligible = (Organisation.status == Status.VERIFIED, Organisation.kind.in_(kinds))
    found = []
    if parts:
        shared = union_all(*parts).subquery()
        found = list(db.session.scalars(
            select(shared.c.oid).join(Organisation, Organisation.id == shared.c.oid).where(*eligible)
            .group_by(shared.c.oid).order_by(func.sum(shared.c.hit).desc(), shared.c.oid).limit(CANDIDATE_CAP)))
    others = db.session.scalars(select(Organisation.id).where(*eligible).order_by(
        Organisation.updated_at.desc(), Organisation.id).limit(FILL + len(partner_ids) + len(found)))
    found += [oid for oid in others if oid not in found][:FILL]
    return [oid for oid in found if oid not in partner_ids]


def _state_context(partnership, candidates, zones, base, taxonomy):
    agencies = [p.id for p in candidates.values() if p.kind == Kind.AGENCY]
    managed = {}
    for zone_id, agency_id in db.session.execute(select(ZoneDetails.organisation_id, ZoneDetails.managed_by_id)
                                                 .where(ZoneDetails.managed_by_id.in_(agencies))):
        managed.setdefault(agency_id, set()).add(zone_id)
    programmes = {}
    rows = db.session.execute(
        select(Programme.agency_id, Programme.id, Programme.title, programme_technologies.c.technology_id)
        .outerjoin(programme_technologies, programme_technologies.c.programme_id == Programme.id)
        .where(Programme.agency_id.in_(agencies), Programme.status == Status.VERIFIED))
    codes = taxonomy.codes["technologies"]
    by_programme = {}
    for agency_id, pid, title, tech_id in rows:
        entry = by_programme.setdefault(pid, (agency_id, title, set()))
        if tech_id is not None:
            entry[2].add(codes.get(tech_id))
    for agency_id, title, techs in by_programme.values():
        programmes.setdefault(agency_id, []).append((title, frozenset(techs)))
    programme = partnership.programme
    return StateContext(labels=base.labels, stats=base.stats, partner_zones=zones, managed_zones=managed,
                        programmes=programmes, programme_agency=programme.agency_id if programme else None,
                        programme_title=programme.title if programme else "")


def _matcher_score(source, candidate, context):
    """The matcher's Match, treating the partnership as the listing that looks for this kind of partner;
    hints about fields a partnership does not have (stage, TRL...) are left out."""
    record_type, kind = SOURCE_AS[candidate.kind]
    match = score(dataclasses.replace(source, type=record_type, kind=kind), candidate, context)
    kept = [i for i in match.improvements if i.side == "target" or i.field in OWN_FIELDS]
    return Match(match.score, match.reasons, kept)


def suggest_partners(partnership, role, limit=10):
    """[(Organisation, Match)] best first: verified organisations of the kinds that fit `role`, not yet partners.

    The caller checks that the user may see the partnership. Every Match's score is the sum of its reasons'
    points."""
    taxonomy = Taxonomy()
    source = partnership_profile(partnership, taxonomy)
    zones = partner_zones(partnership)
    ids = candidate_ids(partnership, ROLE_KINDS[role], zones)
    candidates = load_profiles("organisation", ids, taxonomy, relations=False)
    load_terms({"organisation": candidates})
    context = scoring_context([source, *candidates.values()])
    if role == PartnerRole.STATE:
        state_context = _state_context(partnership, candidates, zones, context, taxonomy)
        scored = [(p, score_state_partner(source, p, state_context)) for p in candidates.values()]
    else:
        scored = [(p, _matcher_score(source, p, context)) for p in candidates.values()]
    scored.sort(key=lambda item: (-item[1].score, fold(item[0].name), item[0].id))
    best = scored[:limit]
    records = {o.id: o for o in db.session.scalars(select(Organisation).where(
        Organisation.id.in_([p.id for p, _m in best])))}
    return [(records[p.id], match) for p, match in best if p.id in records]

