"""Bulk import benchmark: a generated startup CSV (the issue-4 columns plus a website), dry run and import,
wall time and peak memory, on SQLite and PostgreSQL.

    .venv/bin/python bench/import.py --rows 10000 50000
    createdb -h 127.0.0.1 -U postgres import_bench        # WIPED by the run: use a scratch database
    .venv/bin/python bench/import.py --rows 10000 50000 --pg postgresql://postgres@127.0.0.1:5432/import_bench

Each (database, rows, run) is measured in a fresh process with a fresh database built by the real
migrations, so the peak RSS is that run's: `dry` is `create_job(..., dry_run=True)` + `run_job`, `import`
the same with `dry_run=False, mode=atomic` (one transaction) and `per-row` with `mode=per-row` (a commit
every IMPORT_BATCH_SIZE rows). Timing runs without tracemalloc; a second process per case measures the
tracemalloc peak (Python allocations only, which is what grows if something keeps rows)."""
import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ["name", "description", "sectors", "tags", "stage", "city", "province", "country", "founded_year",
          "funding_sought_usd", "website"]
WORDS = ("nền tảng", "dữ liệu", "nông nghiệp", "thanh toán", "y tế", "giáo dục", "logistics", "AI", "IoT",
         "robot", "năng lượng", "bán lẻ", "thông minh", "số hóa", "chuỗi cung ứng")
SECTORS = ("fintech", "edtech", "healthtech", "agritech", "logistics", "energy", "Quantum farming", "Space")
STAGES = ("idea", "pre-seed", "seed", "Series A", "series-b", "growth")
CITIES = (("Hà Nội", "", "Việt Nam"), ("", "ho-chi-minh", ""), ("Đà Nẵng", "", "Việt Nam"),
          ("Singapore", "", "Singapore"), ("", "", ""))


def write_csv(path, rows, seed=7):
    """A realistic startup file: Vietnamese text, lists with |, some unknown sectors, thousands separators."""
    import csv

    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for i in range(rows):
            city, province, country = rng.choice(CITIES)
            words = rng.sample(WORDS, 6)
            writer.writerow([
                f"Công ty {words[0].title()} {i}", "Chúng tôi xây dựng " + ", ".join(words) + ".",
                "|".join(rng.sample(SECTORS, rng.randint(0, 3))), "|".join(rng.sample(WORDS, 2)),
                rng.choice(STAGES), city, province, country, rng.randint(2005, 2024),
                f"{rng.randint(1, 90) * 50000:,}", f"https://startup-{i}.example.vn"])


def measure(database, rows, run, trace, workdir):
    """One case, in this process: returns the figures as a dict."""
    os.environ["INSTANCE_PATH"] = workdir
    sys.path.insert(0, ROOT)
    from flask_migrate import upgrade
    from sqlalchemy import text

    from ecosystem import create_app
    from ecosystem.config import normalise_database_url
    from ecosystem.curation.importing.jobs import create_job, run_job
    from ecosystem.extensions import db
    from ecosystem.registry.seeding import seed_taxonomy

    url = normalise_database_url(database) if database != "sqlite" else "sqlite:///" + os.path.join(workdir, "b.db")
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SEARCH_INDEX_DIR": os.path.join(workdir, "index"),
                      "SEARCH_BACKEND": "postgres" if database != "sqlite" else "whoosh", "IMPORT_SYNC": True,
                      "IMPORT_MAX_ROWS": 200000, "RATELIMIT_STORAGE_URI": "memory://"})
    path = os.path.join(workdir, f"startups-{rows}.csv")
    write_csv(path, rows)
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        upgrade()
        seed_taxonomy()
        db.session.commit()
        if trace:
            tracemalloc.start()
        started = time.perf_counter()
        job = create_job(None, "startup", path, "startups.csv", mode="per-row" if run == "per-row" else "atomic",
                         dry_run=run == "dry", source_name="cli", locale="en")
        db.session.commit()
        job = run_job(job.id)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if trace else None
        result = {"status": job.status, "processed": job.processed_rows, "imported": job.imported_count,
                  "errors": job.error_count, "warnings": job.warning_count, "duplicates": job.duplicate_count,
                  "seconds": round(seconds, 1), "rows_per_s": round(rows / seconds),
                  "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                  "tracemalloc_peak_mb": round(peak / 1048576, 1) if peak is not None else None}
        db.engine.dispose()
    return result


def run_case(database, rows, run, trace):
    with tempfile.TemporaryDirectory(prefix="import-bench-") as workdir:
        output = subprocess.run([sys.executable, __file__, "--one", database, str(rows), run, "1" if trace else "0",
                                 workdir], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[10000, 50000])
    parser.add_argument("--runs", nargs="+", default=["dry", "import", "per-row"])
    parser.add_argument("--pg", help="PostgreSQL URL of a scratch database (wiped)")
    parser.add_argument("--single", action="store_true",
                        help="one process per case, with tracemalloc on (its overhead is in the wall time)")
    parser.add_argument("--no-sqlite", action="store_true", help="with --pg: PostgreSQL only")
    parser.add_argument("--no-trace", action="store_true", help="timed runs only (no tracemalloc process)")
    parser.add_argument("--one", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        database, rows, run, trace, workdir = args.one
        print(json.dumps(measure(database, int(rows), run, trace == "1", workdir)))
        return
    databases = ([] if args.no_sqlite and args.pg else ["sqlite"]) + ([args.pg] if args.pg else [])
    print(f"{platform.node()} · {platform.processor() or platform.machine()} · {os.cpu_count()} cores · "
          f"Python {platform.python_version()} · load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| database | rows | run | status | s | rows/s | max RSS MB | tracemalloc peak MB | warnings | duplicates |")
    print("|---|---:|---|---|---:|---:|---:|---:|---:|---:|")
    for database in databases:
        name = "sqlite" if database == "sqlite" else "postgresql"
        for rows in args.rows:
            for run in args.runs:
                traced = {"tracemalloc_peak_mb": "-"} if args.no_trace else run_case(database, rows, run, trace=True)
                timed = traced if args.single else run_case(database, rows, run, trace=False)
                print(f"| {name} | {rows:,} | {run} | {timed['status']} | {timed['seconds']} | {timed['rows_per_s']} | "
                      f"{timed['max_rss_mb']} | {traced['tracemalloc_peak_mb']} | {timed['warnings']} | "
                      f"{timed['duplicates']} |", flush=True)
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
