"""The speed run of the matching benchmark: portfolios, offers and needs on top of the generated
ecosystem, then `matches_for` timed for listings of each kind."""
import time

from sqlalchemy import func, insert, select

from ecosystem.models import Need, Offer, Organisation, Person
from ecosystem.models.exchange import need_sectors, need_technologies, offer_sectors, offer_technologies
from ecosystem.models.organisations import investor_portfolio, organisation_sectors, organisation_technologies

from .measure import summary

OFFERS, NEEDS, PORTFOLIO = 2000, 1000, 12


def _ids(session, kinds):
    return list(session.scalars(select(Organisation.id).where(
        Organisation.kind.in_(kinds), Organisation.status == "verified").order_by(Organisation.id)))


def add_portfolios_and_exchange(session, rng):
    """Portfolios for investors (startups sharing a sector), then offers and needs copied from listings."""
    startups = _ids(session, ("startup",))
    by_sector = {}
    for oid, sid in session.execute(select(organisation_sectors.c.organisation_id, organisation_sectors.c.sector_id)
                                    .where(organisation_sectors.c.organisation_id.in_(select(Organisation.id).where(
                                        Organisation.kind == "startup")))):
        by_sector.setdefault(sid, []).append(oid)
    edges = []
    for investor in _ids(session, ("investor",)):
        sectors = list(session.scalars(select(organisation_sectors.c.sector_id).where(
            organisation_sectors.c.organisation_id == investor))) or [None]
        pool = by_sector.get(rng.choice(sectors)) or startups
        edges += [{"investor_id": investor, "company_id": c} for c in set(rng.sample(pool, min(PORTFOLIO, len(pool))))]
    session.execute(insert(investor_portfolio), edges)
    publishers = _ids(session, ("university", "institute", "startup"))
    askers = _ids(session, ("company", "agency"))
    texts = list(session.scalars(select(Organisation.description).order_by(func.random()).limit(OFFERS + NEEDS)))
    first = {"offer": (session.scalar(select(func.max(Offer.id))) or 0) + 1,
             "need": (session.scalar(select(func.max(Need.id))) or 0) + 1}
    for kind, model, count, owners, links in (
            ("offer", Offer, OFFERS, publishers, (offer_technologies, offer_sectors)),
            ("need", Need, NEEDS, askers, (need_technologies, need_sectors))):
        rows, tech_rows, sector_rows = [], [], []
        for n in range(count):
            rid, owner = first[kind] + n, rng.choice(owners)
            text = texts.pop()
            rows.append({"id": rid, "slug": f"bench-{kind}-{rid}", "title": text[:80], "title_folded": "",
                         "status": "verified", "is_sample": False, "version": 1, "organisation_id": owner,
                         ("summary" if kind == "offer" else "problem"): text,
                         **({"trl": rng.randint(2, 9)} if kind == "offer" else {})})
            key = f"{kind}_id"
            tech_rows += [{key: rid, "technology_id": t} for t in session.scalars(select(
                organisation_technologies.c.technology_id).where(organisation_technologies.c.organisation_id == owner))]
            sector_rows += [{key: rid, "sector_id": s} for s in session.scalars(select(
                organisation_sectors.c.sector_id).where(organisation_sectors.c.organisation_id == owner))]
        session.execute(insert(model.__table__), rows)
        for table, link_rows in zip(links, (tech_rows, sector_rows), strict=True):
            if link_rows:
                session.execute(insert(table), link_rows)
    session.commit()
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql("ANALYZE")  # planner statistics, as autovacuum would gather
        session.commit()
    return {"portfolio_edges": len(edges), "offers": OFFERS, "needs": NEEDS}


def _sources(session, rng, per_kind):
    """Listings to match from: (label, model, id)."""
    picks = []
    for label, kinds in (("investor", ("investor",)), ("startup", ("startup",)), ("company", ("company",)),
                         ("lab", ("university", "institute"))):
        ids = _ids(session, kinds)
        picks += [(label, Organisation, i) for i in rng.sample(ids, min(per_kind, len(ids)))]
    people = list(session.scalars(select(Person.id).where(Person.status == "verified", Person.kind == "researcher")))
    picks += [("researcher", Person, i) for i in rng.sample(people, min(per_kind, len(people)))]
    for label, model in (("offer", Offer), ("need", Need)):
        ids = list(session.scalars(select(model.id).where(model.status == "verified")))
        picks += [(label, model, i) for i in rng.sample(ids, min(per_kind, len(ids)))]
    return picks


def _timed(call, wall, cpu, label):
    """Run `call`, adding its wall-clock and CPU seconds (this process only) under `label`."""
    start, start_cpu = time.perf_counter(), time.process_time()
    call()
    wall.setdefault(label, []).append(time.perf_counter() - start)
    cpu.setdefault(label, []).append(time.process_time() - start_cpu)


def _summaries(seconds):
    result = {label: summary(values) for label, values in sorted(seconds.items()) if " → " not in label}
    result["all"] = summary([t for label, values in seconds.items() if " → " not in label for t in values])
    result.update({label: summary(values) for label, values in sorted(seconds.items()) if " → " in label})
    result["all, one kind"] = summary([t for label, values in seconds.items() if " → " in label for t in values])
    return result


def time_matches(app, rng, per_kind=30):
    """p50/p95 of matches_for (top 20) per source kind and overall, with every partner kind (the
    default of the pages' "all" view) and with the first partner kind only (`?kind=`, as "Find
    partners" links ask: a larger candidate pool for one kind); caches warmed first. Wall-clock
    times, and under "cpu" the CPU time of this process (far less sensitive to other work on the
    machine; the database's own work is included for SQLite, not for PostgreSQL's server)."""
    from ecosystem.auth.policy import SYSTEM
    from ecosystem.extensions import db
    from ecosystem.matching.services import matches_for, target_groups
    wall, cpu = {}, {}
    with app.test_request_context():
        picks = _sources(db.session, rng, per_kind)
        start = time.perf_counter()
        for _label, model, rid in picks[:5]:  # warm: the matcher's index, term statistics, database caches
            matches_for(SYSTEM, db.session.get(model, rid))
        warm_s = time.perf_counter() - start
        rng.shuffle(picks)
        for n, (label, model, rid) in enumerate(picks):
            record = db.session.get(model, rid)
            _timed(lambda: matches_for(SYSTEM, record, limit=20), wall, cpu, label)
            if n % 3 == 0:
                kind = target_groups(record)[0]
                _timed(lambda: matches_for(SYSTEM, record, kind=kind, limit=20), wall, cpu, f"{label} → {kind}")
            db.session.expunge_all()
    result = _summaries(wall)
    result["cpu"] = _summaries(cpu)
    result["warm_s"] = round(warm_s, 2)
    return result
