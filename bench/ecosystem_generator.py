"""A realistic invented ecosystem of any size, for the search benchmark; deterministic by seed.

    populate(app, 100_000, seed=1)    # rows in the app's database (SQLite or PostgreSQL), bulk
    documents(10_000, seed=1)         # the same listings as SearchDocuments, without a database

Listings: mostly startups and companies, some investors, universities, institutes, agencies and
incubators, a few zones and about 8% people; statuses mostly verified; taxonomy codes from
ecosystem.registry.seed_data (the database must have them: seeding.seed_taxonomy()).
"""
import random
from collections import defaultdict

from sqlalchemy import func, insert, select, text

from ecosystem.models import (
    AcademicDetails,
    Affiliation,
    InvestorDetails,
    Organisation,
    Person,
    Province,
    Sector,
    StartupDetails,
    StrategicTechnology,
    Tag,
    Ward,
    ZoneDetails,
)
from ecosystem.models.organisations import organisation_sectors, organisation_tags, organisation_technologies
from ecosystem.models.people import person_sectors, person_technologies
from ecosystem.search.documents import organisation_document, person_document
from ecosystem.text import fold

from .listing_specs import SpecFactory, kind_counts
from .offline import offline_organisation, offline_person

BATCH = 2000
ORGANISATION_COLUMNS = ("kind", "slug", "name", "name_en", "short_name", "name_folded", "description",
                        "description_en", "website", "founded_year", "employee_count", "status",
                        "created_at", "updated_at", "verified_at")
PERSON_COLUMNS = ("slug", "full_name", "honorific", "name_folded", "kind", "position", "position_en", "expertise",
                  "bio", "bio_en", "status", "created_at", "updated_at", "verified_at", "publications_count",
                  "patents_count")


def iter_specs(n, seed, first_organisation_id=1, first_person_id=1):
    """("organisation" | "person", id, spec) for `n` listings: zones first, then the other kinds mixed, then people."""
    rng = random.Random(seed)
    factory = SpecFactory(rng)
    counts = kind_counts(n)
    kinds = [kind for kind, count in counts.items() if kind not in ("zone", "person") for _ in range(count)]
    rng.shuffle(kinds)
    affiliable = []  # (id, kind) people can work at
    next_id = first_organisation_id
    for kind in ["zone"] * counts["zone"] + kinds:
        spec = factory.organisation(kind)
        if kind in ("university", "institute", "startup") and len(affiliable) < 50_000:
            affiliable.append(next_id)
        yield "organisation", next_id, spec
        next_id += 1
    for offset in range(counts["person"]):
        yield "person", first_person_id + offset, factory.person(affiliable)


def documents(n, seed=1):
    """The ecosystem as SearchDocuments (ids from 1), for backend experiments without a database."""
    zones, names = {}, {}
    for record, record_id, spec in iter_specs(n, seed):
        if record == "organisation":
            if spec["kind"] == "zone":
                zones[spec["slug"]] = spec["name"]
            names[record_id] = spec["name"]
            yield organisation_document(offline_organisation(record_id, spec, zones))
        else:
            yield person_document(offline_person(record_id, spec, names))


def populate(app, n, seed=1, progress=None, batch_size=BATCH):
    """Bulk-insert an ecosystem of `n` listings into the app's database; return the count per kind.

    Rows go through SQLAlchemy Core in batches, committed per batch, with explicit ids so the link
    and detail tables can be written in the same batch (PostgreSQL sequences are moved past them)."""
    from ecosystem.extensions import db
    with app.app_context():
        session = db.session
        loader = _Loader(session)
        counts = defaultdict(int)
        first_org = (session.scalar(select(func.max(Organisation.id))) or 0) + 1
        first_person = (session.scalar(select(func.max(Person.id))) or 0) + 1
        for done, (record, record_id, spec) in enumerate(iter_specs(n, seed, first_org, first_person), 1):
            counts[spec["kind"] if record == "organisation" else "person"] += 1
            if record == "organisation":
                loader.add_organisation(record_id, spec)
            else:
                loader.add_person(record_id, spec)
            if done % batch_size == 0:
                loader.flush()
                if progress:
                    progress(done)
        loader.flush()
        if db.engine.dialect.name == "postgresql":
            _move_sequences(session)
            session.execute(text("ANALYZE"))  # planner statistics, as autovacuum would gather after a load
        session.commit()
    return dict(counts)


class _Loader:
    """Collects rows per table and writes them in one executemany per table and batch."""

    def __init__(self, session):
        self.session = session
        self.rows = defaultdict(list)
        self.technologies = _codes(session, StrategicTechnology)
        self.sectors = _codes(session, Sector)
        self.provinces = _codes(session, Province)
        self.wards = _codes(session, Ward)
        self.tags = _ensure_tags(session)
        self.zones = {}

    def add_organisation(self, org_id, spec):
        """Queue the organisation row and its links and details."""
        row = {name: spec[name] for name in ORGANISATION_COLUMNS}
        row.update(id=org_id, version=1, is_sample=False, province_id=self.provinces.get(spec["province"]),
                   ward_id=self.wards.get(spec["ward"]), zone_id=self.zones.get(spec["zone"]),
                   email=None, phone=None, address=None, parent_id=None, tax_code=None, logo=None,
                   status_reason=None, created_by_id=None)
        if spec["kind"] == "zone":
            self.zones[spec["slug"]] = org_id
        self.rows[Organisation.__table__].append(row)
        self._links(organisation_technologies, "organisation_id", org_id, "technology_id",
                    [self.technologies[c] for c in spec["technologies"]])
        self._links(organisation_sectors, "organisation_id", org_id, "sector_id",
                    [self.sectors[c] for c in spec["sectors"]])
        self._links(organisation_tags, "organisation_id", org_id, "tag_id",
                    sorted({self.tags[fold(t)] for t in spec["tags"]}))
        for name, model in (("startup", StartupDetails), ("investor", InvestorDetails),
                            ("academic", AcademicDetails), ("zone_details", ZoneDetails)):
            if spec[name] is not None:
                self.rows[model.__table__].append({"organisation_id": org_id, **spec[name]})

    def add_person(self, person_id, spec):
        """Queue the person row, links and affiliation."""
        row = {name: spec[name] for name in PERSON_COLUMNS}
        row.update(id=person_id, version=1, is_sample=False, province_id=self.provinces.get(spec["province"]),
                   email=None, phone=None, website=None, orcid=None, show_email=False, show_phone=False,
                   status_reason=None, owner_id=None)
        self.rows[Person.__table__].append(row)
        self._links(person_technologies, "person_id", person_id, "technology_id",
                    [self.technologies[c] for c in spec["technologies"]])
        self._links(person_sectors, "person_id", person_id, "sector_id", [self.sectors[c] for c in spec["sectors"]])
        if spec["affiliation"]:
            organisation_id, role = spec["affiliation"]
            self.rows[Affiliation.__table__].append(
                {"person_id": person_id, "organisation_id": organisation_id, "role": role, "is_current": True})

    def _links(self, table, left, left_id, right, right_ids):
        self.rows[table].extend({left: left_id, right: right_id} for right_id in right_ids)

    def flush(self):
        """Write the collected rows, parents first, and commit the batch."""
        parents = [Organisation.__table__, Person.__table__]
        for table in parents + [t for t in self.rows if t not in parents]:
            if self.rows.get(table):
                self.session.execute(insert(table), self.rows[table])
        self.rows.clear()
        self.session.commit()


def _codes(session, model):
    return dict(session.execute(select(model.code, model.id)).all())


def _ensure_tags(session):
    """{folded tag: id} for the tag pool, inserting the tags the database lacks."""
    from .vocabulary import tag_pool
    existing = dict(session.execute(select(Tag.folded, Tag.id)).all())
    next_id = (session.scalar(select(func.max(Tag.id))) or 0) + 1
    missing = []
    for name in tag_pool():
        if fold(name) not in existing:
            existing[fold(name)] = next_id
            missing.append({"id": next_id, "name": name[:60], "folded": fold(name)[:60]})
            next_id += 1
    if missing:
        session.execute(insert(Tag.__table__), missing)
    return existing


def _move_sequences(session):
    """Explicit ids leave PostgreSQL sequences behind: move them past the largest id."""
    for table in ("organisations", "people", "tags"):
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))
