"""The benchmark's steps, each run in a process of its own (so peak RSS belongs to one step).

- populate: a fresh database (migrations, taxonomy) filled by the generator;
- backend: full reindex, the query mix, autocomplete, and how fast a new listing becomes searchable;
- like: the naive SQL baseline on the same query mix.
Each step returns a dict that the driver (bench/search.py) gathers into the report.
"""
import math
import os
import random
import resource
import shutil
import time

from .query_mix import PUBLIC, query_mix, suggest_prefixes

POLL_SECONDS = 0.02
FRESHNESS_TIMEOUT = 30.0


def make_app(workdir, database_url, backend="whoosh"):
    """The app as deployed (background indexer, SEARCH_SYNC off) on this database, files under `workdir`."""
    os.environ["INSTANCE_PATH"] = os.path.join(workdir, "instance")
    from ecosystem import create_app
    from ecosystem.config import normalise_database_url
    return create_app({"SQLALCHEMY_DATABASE_URI": normalise_database_url(database_url), "SEARCH_BACKEND": backend,
                       "SEARCH_INDEX_DIR": os.path.join(workdir, "whoosh-index"), "SEARCH_SYNC": False,
                       "RATELIMIT_STORAGE_URI": "memory://", "REDIS_URL": "",
                       # Measure the engine, not the PostgreSQL backend's per-process result cache.
                       "SEARCH_RESULT_CACHE": 0})


def peak_rss_mb():
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def summary(seconds):
    """n, p50, p95, mean and max in milliseconds (nearest-rank percentiles)."""
    if not seconds:
        return {"n": 0}
    ms = sorted(s * 1000 for s in seconds)

    def rank(p):
        return round(ms[max(0, math.ceil(p * len(ms)) - 1)], 2)
    return {"n": len(ms), "p50": rank(0.50), "p95": rank(0.95), "mean": round(sum(ms) / len(ms), 2),
            "max": round(ms[-1], 2)}


def populate_step(workdir, database_url, size, seed):
    """A fresh schema on the database, the official taxonomies, then `size` generated listings."""
    from flask_migrate import upgrade
    from sqlalchemy import text

    from ecosystem.extensions import db
    from ecosystem.registry.seeding import seed_taxonomy

    from .ecosystem_generator import populate
    if database_url.startswith("sqlite:///") and os.path.exists(database_url[len("sqlite:///"):]):
        os.remove(database_url[len("sqlite:///"):])
    shutil.rmtree(os.path.join(workdir, "whoosh-index"), ignore_errors=True)
    app = make_app(workdir, database_url)
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
        upgrade()
        seed_taxonomy()
        db.session.commit()
        dialect = db.engine.dialect.name
        version = ".".join(str(part) for part in db.engine.dialect.server_version_info or ())
    start = time.perf_counter()
    counts = populate(app, size, seed)
    return {"database": dialect, "server_version": version, "populate_s": round(time.perf_counter() - start, 2),
            "counts": counts, "rss_peak_mb": round(peak_rss_mb(), 1)}


def time_mix(run, warm_every=1):
    """Run the query mix once to warm caches, then again timed; per-query errors are counted, not raised.

    `warm_every` > 1 warms with every n-th query only: enough for SQL, whose cache is the tables' pages."""
    mix = query_mix()
    for query in mix[::warm_every]:
        _attempt(run, query)
    timings, errors = [], []
    for query in mix:
        start = time.perf_counter()
        result, error = _attempt(run, query)
        timings.append((query, time.perf_counter() - start, result))
        if error:
            errors.append(f"{query.category} {query.text!r} {query.variant}: {error}")
    report = {"all": summary([t for _q, t, _r in timings]), "errors": errors[:20], "error_count": len(errors)}
    for label, key in (("by_category", lambda q: q.category), ("by_variant", lambda q: q.variant)):
        groups = {}
        for query, seconds, result in timings:
            groups.setdefault(key(query), []).append((seconds, result))
        report[label] = {name: {**summary([s for s, _r in rows]),
                                "mean_total": round(sum(r.total for _s, r in rows if r) / len(rows), 1)}
                         for name, rows in groups.items()}
    return report


def _attempt(run, query):
    try:
        return run(query), None
    except Exception as error:  # the benchmark reports a failing query and carries on
        return None, f"{type(error).__name__}: {error}"


def time_calls(call, inputs):
    """Warm once, then time `call(x)` for every input; also the mean number of results returned."""
    for value in inputs:
        call(value)
    seconds, returned = [], 0
    for value in inputs:
        start = time.perf_counter()
        results = call(value)
        seconds.append(time.perf_counter() - start)
        returned += len(results)
    return {**summary(seconds), "mean_results": round(returned / max(1, len(inputs)), 1)}


def sample_names(session, count=12):
    """Names of verified listings spread over the table (brands where a listing has one), for autocomplete."""
    from sqlalchemy import func, select

    from ecosystem.models import Organisation, Person
    total = session.scalar(select(func.count(Organisation.id))) or 1
    step = max(1, total // count)
    rows = session.execute(select(Organisation.name, Organisation.short_name).where(
        Organisation.status == "verified", Organisation.id % step == 0).order_by(Organisation.id).limit(count)).all()
    names = [short or name for name, short in rows]
    names += list(session.scalars(select(Person.full_name).where(Person.status == "verified")
                                  .order_by(Person.id).limit(2)))
    return names


def freshness(app, backend, repeats=5, seed=1):
    """Seconds from the commit of a new verified listing until a search finds it (first one: warm-up)."""
    from ecosystem.auth.policy import SYSTEM
    from ecosystem.extensions import db
    from ecosystem.registry.organisations import create_organisation
    from ecosystem.search.protocol import SearchRequest
    from ecosystem.search.query import parse
    rng = random.Random(seed)
    samples = []
    for attempt in range(repeats + 1):
        word = f"zqprobe{attempt}{rng.randrange(16 ** 6):06x}"
        org = create_organisation(SYSTEM, "startup", {"name": f"Công ty Kiểm thử {word}"}, status="verified")
        key, request = f"organisation:{org.id}", SearchRequest(query=parse(word), facets=(), per_page=5)
        start = time.perf_counter()
        db.session.commit()
        found = None
        while time.perf_counter() - start < FRESHNESS_TIMEOUT:
            if any(hit.key == key for hit in backend.search(request).hits):
                found = round(time.perf_counter() - start, 3)
                break
            time.sleep(POLL_SECONDS)
        samples.append(found)
    measured = [s for s in samples[1:] if s is not None]
    return {"warmup_s": samples[0], "samples_s": samples[1:], "median_s": sorted(measured)[len(measured) // 2]
            if measured else None, "max_s": max(measured) if measured else None,
            "timeouts": sum(s is None for s in samples[1:])}


def backend_step(workdir, database_url, backend_name):
    """Reindex from the database, then the query mix, autocomplete and freshness, on one backend."""
    from ecosystem.extensions import db
    from ecosystem.search.backends import get_backend
    from ecosystem.search.maintenance import reindex
    app = make_app(workdir, database_url, backend_name)
    report = {"rss_start_mb": round(peak_rss_mb(), 1)}
    with app.app_context():
        storage_before = _storage_mb(app)
        start = time.perf_counter()
        report["documents"] = reindex(app, progress=None)
        report["reindex_s"] = round(time.perf_counter() - start, 2)
        report["rss_peak_mb"] = round(peak_rss_mb(), 1)
        report["index_mb"] = round(_storage_mb(app) - storage_before, 1)
        backend = get_backend(app)
        report["queries"] = time_mix(lambda query: backend.search(query.request()))
        prefixes = suggest_prefixes(sample_names(db.session))
        report["suggest"] = {**time_calls(lambda prefix: backend.suggest(prefix, PUBLIC, 8), prefixes),
                             "prefixes": prefixes}
        report["freshness"] = freshness(app, backend)
    report["rss_end_mb"] = round(peak_rss_mb(), 1)  # the queries' caches on top of the reindex
    return report


def like_step(workdir, database_url):
    """The naive LIKE baseline on the same mix (organisations only)."""
    from ecosystem.extensions import db

    from . import like_baseline
    app = make_app(workdir, database_url)
    with app.app_context():
        start = time.perf_counter()
        rows = like_baseline.prepare(db.session)
        report = {"prepare_s": round(time.perf_counter() - start, 2), "documents": rows}
        report["queries"] = time_mix(lambda query: like_baseline.search(db.session, query.request()), warm_every=10)
        report["rss_peak_mb"] = round(peak_rss_mb(), 1)
        db.session.rollback()
    return report


def _storage_mb(app):
    """Disk used by the search index: the Whoosh folder, or the PostgreSQL database as a whole."""
    from sqlalchemy import text

    from ecosystem.extensions import db
    if app.config["SEARCH_BACKEND"] == "postgres":
        with db.engine.connect() as connection:
            return connection.execute(text("SELECT pg_database_size(current_database())")).scalar() / 2 ** 20
    folder = app.config["SEARCH_INDEX_DIR"]
    return sum(os.path.getsize(os.path.join(root, name)) for root, _dirs, names in os.walk(folder)
               for name in names) / 2 ** 20
