"""The speed run of the matching benchmark: portfolios, offers and needs on top of the generated
ecosystem, then `matches_for` timed for listings of each kind."""
import time

from sqlalchemy import func, insert, select

from ecosystem.models import Equipment, EquipmentCategory, Lab, Need, Offer, Organisation, Person
from ecosystem.models.exchange import need_sectors, need_technologies, offer_sectors, offer_technologies
from ecosystem.models.labs import lab_sectors, lab_technologies
from ecosystem.models.organisations import investor_portfolio, organisation_sectors, organisation_technologies

from .measure import summary

OFFERS, NEEDS, PORTFOLIO = 2000, 1000, 12
LABS, INSTRUMENTS = 2000, 4  # labs of universities and institutes, instruments per lab
MAKERS = ("JEOL", "Zeiss", "Thermo Fisher", "Bruker", "Agilent", "Keysight", "NVIDIA", "Illumina")


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
    add_labs(session, rng, publishers_of=_ids(session, ("university", "institute")))
    session.commit()
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql("ANALYZE")  # planner statistics, as autovacuum would gather
        session.commit()
    return {"portfolio_edges": len(edges), "offers": OFFERS, "needs": NEEDS, "labs": LABS,
            "instruments": LABS * INSTRUMENTS}


def _copy_links(session, table, key, pairs, source):
    """Link rows (key -> term) for each (new id, organisation id): the organisation's own terms."""
    column = "technology_id" if table is lab_technologies else "sector_id"
    terms = {}
    for oid, term in session.execute(select(source.c.organisation_id, source.c[column])):
        terms.setdefault(oid, []).append(term)
    return [{key: new_id, column: term} for new_id, oid in pairs for term in terms.get(oid, ())]


def add_labs(session, rng, publishers_of):
    """LABS verified labs of universities and institutes (their host's technologies and sectors, a
    description copied from a listing) with INSTRUMENTS instruments each, most bookable."""
    first = (session.scalar(select(func.max(Lab.id))) or 0) + 1
    texts = list(session.scalars(select(Organisation.description).order_by(func.random()).limit(LABS)))
    labs, instruments, hosts = [], [], []
    for n in range(LABS):
        lab_id, host = first + n, rng.choice(publishers_of)
        hosts.append((lab_id, host))
        labs.append({"id": lab_id, "slug": f"bench-lab-{lab_id}", "name": f"Phòng thí nghiệm {lab_id}",
                     "name_folded": f"phong thi nghiem {lab_id}", "organisation_id": host, "status": "verified",
                     "description": texts[n % len(texts)], "free_for_startups": rng.random() < 0.4, "version": 1})
        for i in range(INSTRUMENTS):
            maker, category = rng.choice(MAKERS), rng.choice(EquipmentCategory.ALL)
            instruments.append({"slug": f"bench-eq-{lab_id}-{i}", "lab_id": lab_id, "name": category.replace("-", " "),
                                "category": category, "maker": maker, "model": f"M{rng.randint(100, 999)}",
                                "maker_folded": maker.lower(), "bookable": rng.random() < 0.8, "version": 1})
    session.execute(insert(Lab.__table__), labs)
    session.execute(insert(Equipment.__table__), instruments)
    for table, source in ((lab_technologies, organisation_technologies), (lab_sectors, organisation_sectors)):
        rows = _copy_links(session, table, "lab_id", hosts, source)
        if rows:
            session.execute(insert(table), rows)


def _sources(session, rng, per_kind):
    """Listings to match from: (label, model, id)."""
    picks = []
    for label, kinds in (("investor", ("investor",)), ("startup", ("startup",)), ("company", ("company",)),
                         ("school", ("university", "institute"))):
        ids = _ids(session, kinds)
        picks += [(label, Organisation, i) for i in rng.sample(ids, min(per_kind, len(ids)))]
    people = list(session.scalars(select(Person.id).where(Person.status == "verified", Person.kind == "researcher")))
    picks += [("researcher", Person, i) for i in rng.sample(people, min(per_kind, len(people)))]
    for label, model in (("offer", Offer), ("need", Need), ("lab", Lab)):
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
