"""The naive baseline: SQL LIKE over folded names and folded descriptions, facets by GROUP BY.

What an application without a search engine would do. Organisations only (people are not searched),
no ranking (hits by name), no typo tolerance; every word (or quoted phrase) must occur as a
substring of `organisations.name_folded` or of the folded descriptions, kept for the benchmark in
a side table `bench_like_text` (SQLite has no unaccent, so Python folds once, before timing).
Queries are SQLAlchemy expressions with bound parameters, never concatenated text.
"""
from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text, and_, func, insert, not_, or_, select, text

from ecosystem.models import InvestorDetails, Organisation, Province, Sector, StartupDetails, StrategicTechnology, Ward
from ecosystem.models.organisations import organisation_sectors, organisation_technologies
from ecosystem.search.protocol import SearchResult
from ecosystem.text import fold

ORGS = Organisation.__table__
LIKE_METADATA = MetaData()
LIKE_TEXT = Table("bench_like_text", LIKE_METADATA,
                  Column("organisation_id", Integer, ForeignKey(ORGS.c.id), primary_key=True),
                  Column("body_folded", Text, nullable=False))
ZONES = ORGS.alias("zones")
TECH, SECT = StrategicTechnology.__table__, Sector.__table__
# facet -> (value column, extra joins as (table, on clause)); the row is one organisation per value.
FACET_SQL = {
    "kind": (ORGS.c.kind, ()), "status": (ORGS.c.status, ()),
    "province": (Province.__table__.c.code, ((Province.__table__, Province.__table__.c.id == ORGS.c.province_id),)),
    "ward": (Ward.__table__.c.code, ((Ward.__table__, Ward.__table__.c.id == ORGS.c.ward_id),)),
    "zone": (ZONES.c.slug, ((ZONES, ZONES.c.id == ORGS.c.zone_id),)),
    "technology": (TECH.c.code, ((organisation_technologies, organisation_technologies.c.organisation_id == ORGS.c.id),
                                 (TECH, TECH.c.id == organisation_technologies.c.technology_id))),
    "sector": (SECT.c.code, ((organisation_sectors, organisation_sectors.c.organisation_id == ORGS.c.id),
                             (SECT, SECT.c.id == organisation_sectors.c.sector_id))),
    "stage": (StartupDetails.__table__.c.stage,
              ((StartupDetails.__table__, StartupDetails.__table__.c.organisation_id == ORGS.c.id),)),
    "investor_type": (InvestorDetails.__table__.c.investor_type,
                      ((InvestorDetails.__table__, InvestorDetails.__table__.c.organisation_id == ORGS.c.id),)),
}


def prepare(session, batch=2000):
    """(Re)build the folded-description side table; return the number of rows."""
    LIKE_METADATA.drop_all(session.get_bind(), checkfirst=True)
    LIKE_METADATA.create_all(session.get_bind())
    last_id, count = 0, 0
    while True:
        rows = session.execute(select(ORGS.c.id, ORGS.c.description, ORGS.c.description_en)
                               .where(ORGS.c.id > last_id).order_by(ORGS.c.id).limit(batch)).all()
        if not rows:
            break
        session.execute(insert(LIKE_TEXT), [{"organisation_id": i, "body_folded": fold(f"{vi} {en or ''}")}
                                            for i, vi, en in rows])
        last_id, count = rows[-1][0], count + len(rows)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("ANALYZE bench_like_text"))
    session.commit()
    return count


def _escaped(text):
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _contains(text):
    pattern = _escaped(text)
    return or_(ORGS.c.name_folded.like(pattern, escape="\\"), LIKE_TEXT.c.body_folded.like(pattern, escape="\\"))


def _text_condition(query):
    """Every clause must match (one of its alternatives as a substring); excluded words must not."""
    conditions = [or_(*[_contains(" ".join(word.folded for word in words)) for words in clause.alternatives])
                  for clause in query.clauses]
    conditions += [not_(_contains(word)) for word in query.excluded]
    return and_(*conditions) if conditions else None


def _filter_condition(facet, values):
    """Organisations having one of `values` in `facet` (semi-joins, so a row stays one organisation)."""
    province, ward = Province.__table__, Ward.__table__
    startup, investor = StartupDetails.__table__, InvestorDetails.__table__
    techs, sects = organisation_technologies, organisation_sectors
    if facet in ("kind", "status"):
        return ORGS.c[facet].in_(values)
    if facet == "province":
        return ORGS.c.province_id.in_(select(province.c.id).where(province.c.code.in_(values)))
    if facet == "ward":
        return ORGS.c.ward_id.in_(select(ward.c.id).where(ward.c.code.in_(values)))
    if facet == "zone":
        return ORGS.c.zone_id.in_(select(ZONES.c.id).where(ZONES.c.slug.in_(values)))
    if facet == "technology":
        return ORGS.c.id.in_(select(techs.c.organisation_id).join(TECH, TECH.c.id == techs.c.technology_id)
                             .where(TECH.c.code.in_(values)))
    if facet == "sector":
        return ORGS.c.id.in_(select(sects.c.organisation_id).join(SECT, SECT.c.id == sects.c.sector_id)
                             .where(SECT.c.code.in_(values)))
    if facet == "stage":
        return ORGS.c.id.in_(select(startup.c.organisation_id).where(startup.c.stage.in_(values)))
    return ORGS.c.id.in_(select(investor.c.organisation_id).where(investor.c.investor_type.in_(values)))


def _joined(base, joins):
    for table, on in joins:
        base = base.join(table, on)
    return base


def _conditions(request, except_facet=None):
    conditions = [ORGS.c.status.in_(request.statuses)]
    matching = _text_condition(request.query)
    if matching is not None:
        conditions.append(matching)
    for facet, values in request.filters.items():
        if values and facet != except_facet and facet in FACET_SQL:
            conditions.append(_filter_condition(facet, tuple(values)))
    return conditions


def _base():
    return ORGS.join(LIKE_TEXT, LIKE_TEXT.c.organisation_id == ORGS.c.id)


def search(session, request):
    """Hits (by name), total and facet counts for a SearchRequest, in plain SQL."""
    where = _conditions(request)
    order = ORGS.c.created_at.desc() if request.sort == "newest" else ORGS.c.name_folded
    hits = session.execute(select(ORGS.c.id, ORGS.c.name).select_from(_base()).where(*where)
                           .order_by(order, ORGS.c.id).limit(request.per_page).offset(request.offset)).all()
    total = session.scalar(select(func.count()).select_from(_base()).where(*where))
    facets = {}
    for facet in request.facets:
        if facet not in FACET_SQL:
            continue
        column, joins = FACET_SQL[facet]
        count = func.count().label("n")
        rows = session.execute(select(column, count).select_from(_joined(_base(), joins))
                               .where(*_conditions(request, except_facet=facet)).group_by(column)
                               .order_by(count.desc(), column).limit(request.facet_limit)).all()
        facets[facet] = [(value, n) for value, n in rows if value is not None]
    return SearchResult(hits=[row[0] for row in hits], total=total, facets=facets)
