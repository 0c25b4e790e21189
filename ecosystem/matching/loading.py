"""Profiles from the database, in bulk: a handful of Core queries for thousands of listings.

The source listing and its candidates go through the same code, so a pair scores the same in a
ranked list and in `explain_pair`."""
from collections import Counter, defaultdict

from sqlalchemy import func, literal, literal_column, select, union_all

from ..extensions import db
from ..models import (
    AcademicDetails,
    InvestorDetails,
    Need,
    Offer,
    Organisation,
    Person,
    Province,
    Sector,
    StartupDetails,
    Status,
    StrategicTechnology,
    Tag,
)
from ..models.exchange import (
    need_sectors,
    need_tags,
    need_technologies,
    offer_sectors,
    offer_tags,
    offer_technologies,
)
from ..models.labs import Lab, lab_sectors, lab_technologies
from ..models.organisations import (
    investor_portfolio,
    organisation_sectors,
    organisation_tags,
    organisation_technologies,
)
from ..models.people import person_sectors, person_technologies
from .bulk import in_ids, rows
from .factors import squash_place
from .lab_profiles import lab_profiles, lab_texts
from .profiles import Portfolio, Profile
from .textsim import terms

MODELS = {"organisation": Organisation, "person": Person, "offer": Offer, "need": Need, "lab": Lab}
# record type -> (link table, its owner column) for technologies, sectors, tags
LINKS = {
    "organisation": {"technologies": (organisation_technologies, "organisation_id"),
                     "sectors": (organisation_sectors, "organisation_id"),
                     "tags": (organisation_tags, "organisation_id")},
    "person": {"technologies": (person_technologies, "person_id"), "sectors": (person_sectors, "person_id")},
    "offer": {"technologies": (offer_technologies, "offer_id"), "sectors": (offer_sectors, "offer_id"),
              "tags": (offer_tags, "offer_id")},
    "need": {"technologies": (need_technologies, "need_id"), "sectors": (need_sectors, "need_id"),
             "tags": (need_tags, "need_id")},
    "lab": {"technologies": (lab_technologies, "lab_id"), "sectors": (lab_sectors, "lab_id")},
}
TERM_MODELS = {"technologies": StrategicTechnology, "sectors": Sector}


class Taxonomy:
    """Ids to codes of the small taxonomies, read once per matching request."""

    def __init__(self):
        self.codes = {name: {} for name in TERM_MODELS}
        self.provinces = {}
        self.places = {}
        none = literal_column("NULL")
        parts = [select(literal(name).label("kind"), model.id, model.code, none, none)
                 for name, model in TERM_MODELS.items()]
        parts.append(select(literal("province"), Province.id, Province.code, Province.name_vi, Province.name_en))
        for kind, pid, code, name_vi, name_en in db.session.connection().execute(union_all(*parts)).all():
            if kind != "province":
                self.codes[kind][pid] = code
                continue
            self.provinces[pid] = code
            self.places[code] = frozenset(filter(None, (squash_place(code), squash_place(name_vi),
                                                        squash_place(name_en))))


def link_values(record_type, ids, taxonomy):
    """{kind: {owner id: set of codes (or folded tag names)}} of the technology, sector and tag links,
    in one query."""
    found = {kind: defaultdict(set) for kind in ("technologies", "sectors", "tags")}
    links = LINKS[record_type]

    def statement(chunk):
        parts = []
        for kind, (table, owner) in links.items():
            owner_col = table.c[owner]
            if kind == "tags":
                parts.append(select(literal(kind).label("kind"), owner_col, literal_column("NULL"), Tag.folded)
                             .join(Tag, Tag.id == table.c.tag_id).where(in_ids(owner_col, chunk)))
            else:
                term_col = table.c.technology_id if kind == "technologies" else table.c.sector_id
                parts.append(select(literal(kind), owner_col, term_col, literal_column("NULL"))
                             .where(in_ids(owner_col, chunk)))
        return union_all(*parts)
    for kind, owner_id, term_id, folded in rows(statement, ids):
        found[kind][owner_id].add(folded if kind == "tags" else taxonomy.codes[kind][term_id])
    return found


def _base_profiles(record_type, ids, taxonomy):
    """Profiles with the columns of the record's own table and its technology, sector and tag links."""
    profiles = column_profiles(record_type, ids, taxonomy)
    for kind, values in link_values(record_type, profiles, taxonomy).items():
        for pid, profile in profiles.items():
            setattr(profile, kind, frozenset(values.get(pid, ())))
    return profiles


def column_profiles(record_type, ids, taxonomy):
    """{id: Profile} with the columns of the record's own table and details, without links or texts."""
    profiles = {}
    if record_type == "organisation":
        _organisation_profiles(ids, taxonomy, profiles)
    elif record_type == "person":
        cols = (Person.id, Person.kind, Person.slug, Person.full_name, Person.status, Person.province_id,
                Person.publications_count, Person.patents_count)
        for pid, kind, slug, name, status, province_id, pubs, patents in rows(
                lambda chunk: select(*cols).where(in_ids(Person.id, chunk)), ids):
            profiles[pid] = Profile("person", pid, kind, slug, name, status,
                                    province=taxonomy.provinces.get(province_id), publications=pubs, patents=patents)
    elif record_type == "lab":
        lab_profiles(ids, taxonomy, profiles)
    else:
        _exchange_profiles(record_type, ids, taxonomy, profiles)
    for profile in profiles.values():
        profile.places = taxonomy.places.get(profile.province, frozenset())
    return profiles


def _exchange_profiles(record_type, ids, taxonomy, profiles):
    """Offers and needs, placed where their publisher is."""
    model = MODELS[record_type]
    extra = (model.trl, model.person_id) if record_type == "offer" else (model.budget_max_vnd,)
    cols = (model.id, model.slug, model.title, model.status, model.organisation_id, *extra,
            Organisation.province_id, Organisation.zone_id)

    def statement(chunk):
        query = select(*cols).outerjoin(Organisation, Organisation.id == model.organisation_id)
        if record_type == "offer":
            query = query.add_columns(Person.province_id).outerjoin(Person, Person.id == model.person_id)
        return query.where(in_ids(model.id, chunk))
    found = list(rows(statement, ids))
    org_ids = {r[4] for r in found if r[4]}
    person_ids = {r[6] for r in found if record_type == "offer" and r[6]}
    org_places = {r[4]: r[-3:-1] if record_type == "offer" else r[-2:] for r in found if r[4]}
    person_places = {r[6]: r[-1] for r in found if record_type == "offer" and r[6]}
    org_offers, person_offers = verified_offer_counts(org_ids, person_ids)
    for row in found:
        rid, slug, title, status, org_id = row[:5]
        profile = Profile(record_type, rid, record_type, slug, title, status)
        if org_id:
            province_id, profile.zone_id = org_places.get(org_id, (None, None))
            profile.publisher, profile.offers = ("organisation", org_id), org_offers.get(org_id, 0)
        else:
            province_id = person_places.get(row[6])
            profile.publisher, profile.offers = ("person", row[6]), person_offers.get(row[6], 0)
        profile.province = taxonomy.provinces.get(province_id)
        if record_type == "offer":
            profile.trl = row[5]
        else:
            profile.budget_max_vnd = row[5]
        profiles[rid] = profile


def verified_offer_counts(org_ids, person_ids=()):
    """({organisation id: verified offers}, {person id: verified offers})."""
    def counts(column, ids):
        return dict(rows(lambda chunk: select(column, func.count()).where(
            in_ids(column, chunk), Offer.status == Status.VERIFIED).group_by(column), ids))
    return counts(Offer.organisation_id, org_ids), counts(Offer.person_id, person_ids)


def _organisation_profiles(ids, taxonomy, profiles):
    """Organisations with their startup, investor and academic details (outer joins: one query)."""
    o, sd, inv, ac = Organisation, StartupDetails, InvestorDetails, AcademicDetails
    offers = (select(func.count()).where(Offer.organisation_id == o.id, Offer.status == Status.VERIFIED)
              .correlate(o).scalar_subquery())

    def statement(chunk):
        return (select(o.id, o.kind, o.slug, o.name, o.status, o.province_id, o.zone_id, sd.stage,
                       sd.funding_sought_usd, inv.stages, inv.ticket_min_usd, inv.ticket_max_usd, inv.regions,
                       ac.researcher_count, offers)
                .outerjoin(sd, sd.organisation_id == o.id).outerjoin(inv, inv.organisation_id == o.id)
                .outerjoin(ac, ac.organisation_id == o.id).where(in_ids(o.id, chunk)))
    for (oid, kind, slug, name, status, province_id, zone_id, stage, sought, stages, low, high, regions,
         researchers, offer_count) in rows(statement, ids):
        profile = Profile("organisation", oid, kind, slug, name, status,
                          province=taxonomy.provinces.get(province_id), zone_id=zone_id)
        if kind == "startup":
            profile.stage, profile.funding_sought_usd = stage, sought
        elif kind == "investor":
            profile.stages, profile.ticket_min_usd, profile.ticket_max_usd = frozenset(stages or ()), low, high
            profile.regions = tuple(regions or ())
        elif kind in ("university", "institute"):
            profile.researchers = researchers
        if kind in ("university", "institute", "startup", "company"):
            profile.offers = offer_count or 0
        profiles[oid] = profile


def _relations(profiles):
    """Who already holds whom: an investor's portfolio, a startup's investors (never suggested again)."""
    related = defaultdict(set)
    ids = list(profiles)
    p = investor_portfolio.c
    pairs = set(rows(lambda chunk: union_all(*(select(p.investor_id, p.company_id).where(in_ids(column, chunk))
                                               for column in (p.investor_id, p.company_id))), ids))
    for investor_id, company_id in pairs:
        if investor_id in profiles:
            related[investor_id].add(("organisation", company_id))
        if company_id in profiles:
            related[company_id].add(("organisation", investor_id))
    for oid, keys in related.items():
        profiles[oid].related = frozenset(keys)


def portfolio_summaries(investor_ids, taxonomy):
    """{investor id: Portfolio} counted in SQL from the portfolio companies' links and details."""
    p = investor_portfolio.c
    summaries = {}
    for investor_id, size in rows(lambda chunk: select(p.investor_id, func.count()).where(
            in_ids(p.investor_id, chunk)).group_by(p.investor_id), investor_ids):
        summaries[investor_id] = Portfolio(size, {k: Counter() for k in ("sectors", "technologies", "tags",
                                                                            "stage", "province")})
    queries = {
        "sectors": (organisation_sectors, organisation_sectors.c.sector_id, organisation_sectors.c.organisation_id),
        "technologies": (organisation_technologies, organisation_technologies.c.technology_id,
                         organisation_technologies.c.organisation_id),
        "tags": (organisation_tags, Tag.folded, organisation_tags.c.organisation_id),
        "stage": (StartupDetails, StartupDetails.stage, StartupDetails.organisation_id),
        "province": (Organisation, Organisation.province_id, Organisation.id),
    }
    for kind, (table, value, owner) in queries.items():
        def statement(chunk, table=table, value=value, owner=owner, kind=kind):
            query = select(p.investor_id, value, func.count()).select_from(investor_portfolio).join(
                table, owner == p.company_id)
            if kind == "tags":
                query = query.join(Tag, Tag.id == organisation_tags.c.tag_id)
            return query.where(in_ids(p.investor_id, chunk), value.is_not(None)).group_by(p.investor_id, value)
        decode = {"sectors": taxonomy.codes["sectors"], "technologies": taxonomy.codes["technologies"],
                  "province": taxonomy.provinces}.get(kind)
        for investor_id, raw, count in rows(statement, list(summaries)):
            summaries[investor_id].counts[kind][decode.get(raw, raw) if decode else raw] += count
    return summaries


def load_profiles(record_type, ids, taxonomy=None, relations=True, portfolios=None):
    """{id: Profile} of the listings of one type (texts not loaded; see `load_terms`).

    `relations=False` leaves `related` empty (candidates: only the source's relations exclude);
    `portfolios(investor ids, taxonomy)` gives the investors' summaries (default: counted in SQL)."""
    taxonomy = taxonomy or Taxonomy()
    profiles = _base_profiles(record_type, list(ids), taxonomy)
    if record_type == "organisation" and profiles:
        if relations:
            _relations(profiles)
        investors = [oid for oid, p in profiles.items() if p.kind == "investor"]
        for oid, summary in (portfolios or portfolio_summaries)(investors, taxonomy).items():
            profiles[oid].portfolio = summary
    return profiles


TEXT_COLUMNS = {
    "organisation": (Organisation.description, Organisation.description_en),
    "person": (Person.expertise, Person.position, Person.position_en, Person.bio, Person.bio_en),
    "offer": (Offer.title, Offer.title_en, Offer.summary, Offer.summary_en),
    "need": (Need.title, Need.title_en, Need.problem, Need.problem_en, Need.desired_outcome),
    "lab": (Lab.name, Lab.name_en, Lab.description, Lab.description_en, Lab.research_areas, Lab.accreditation),
}


def load_texts(record_type, ids):
    """{id: [texts]} of the listings' descriptions (and thesis, research areas, product)."""
    model = MODELS[record_type]
    texts = defaultdict(list)

    def statement(chunk):
        query = select(model.id, *TEXT_COLUMNS[record_type])
        if record_type == "organisation":
            query = (query.add_columns(InvestorDetails.thesis, AcademicDetails.research_areas, StartupDetails.product)
                     .outerjoin(InvestorDetails, InvestorDetails.organisation_id == model.id)
                     .outerjoin(AcademicDetails, AcademicDetails.organisation_id == model.id)
                     .outerjoin(StartupDetails, StartupDetails.organisation_id == model.id))
        return query.where(in_ids(model.id, chunk))
    for row in rows(statement, ids):
        texts[row[0]].extend(text for text in row[1:] if text is not None)
    if record_type == "lab":
        for lab_id, text in lab_texts(ids):
            texts[lab_id].append(text)
    return texts


def load_terms(profiles_by_type):
    """Fill `terms` of the given profiles: {record type: {id: Profile}}."""
    for record_type, profiles in profiles_by_type.items():
        texts = load_texts(record_type, profiles)
        for pid, profile in profiles.items():
            profile.terms = terms(*texts.get(pid, ()))
