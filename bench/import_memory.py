"""Memory over time of one per-row import on SQLite: RSS (anonymous and file-backed) and the search
index's size, sampled every few seconds, with the same generated file as bench/import.py.

    .venv/bin/python bench/import_memory.py --rows 50000 [--every 20]

It answers "does memory grow with the rows imported?": the peak (VmHWM) should stop growing once the
search index's merges reach their cap (ecosystem/search/whoosh/segment_writer.py MERGE_MAX_DOCS)."""
import argparse
import importlib.util
import os
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def memory():
    """{VmHWM, VmRSS, RssAnon, RssFile} of this process, in MB."""
    figures = {}
    with open("/proc/self/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmHWM", "VmRSS", "RssAnon", "RssFile"):
                figures[name] = int(value.split()[0]) // 1024
    return figures


def size_mb(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _s, files in os.walk(path) for f in files) // 1048576


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50000)
    parser.add_argument("--every", type=float, default=20.0, help="seconds between samples")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="import-memory-")
    os.environ["INSTANCE_PATH"] = workdir
    sys.path.insert(0, ROOT)
    spec = importlib.util.spec_from_file_location("bench_import", os.path.join(ROOT, "bench", "import.py"))
    bench_import = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench_import)
    from flask_migrate import upgrade

    from ecosystem import create_app
    from ecosystem.curation.importing.jobs import create_job, run_job
    from ecosystem.extensions import db
    from ecosystem.registry.seeding import seed_taxonomy

    index = os.path.join(workdir, "index")
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite:///" + os.path.join(workdir, "b.db"),
                      "SEARCH_INDEX_DIR": index, "SEARCH_BACKEND": "whoosh", "IMPORT_SYNC": True,
                      "IMPORT_MAX_ROWS": 200000, "RATELIMIT_STORAGE_URI": "memory://"})
    path = os.path.join(workdir, "startups.csv")
    bench_import.write_csv(path, args.rows)
    done = threading.Event()

    def sample():
        started = time.perf_counter()
        while not done.wait(args.every):
            print(f"{time.perf_counter() - started:7.0f} s  {memory()}  index {size_mb(index)} MB", flush=True)

    with app.app_context():
        upgrade()
        seed_taxonomy()
        db.session.commit()
        print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; before: {memory()}", flush=True)
        threading.Thread(target=sample, daemon=True).start()
        job = create_job(None, "startup", path, "startups.csv", mode="per-row", dry_run=False, source_name="cli",
                         locale="en")
        db.session.commit()
        started = time.perf_counter()
        job = run_job(job.id)
        done.set()
        print(f"{job.status}: {job.imported_count} imported in {time.perf_counter() - started:.0f} s; "
              f"after: {memory()}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
