"""How fast the duplicates queue answers over a generated ecosystem (SQLite, or PostgreSQL with --pg).

    .venv/bin/python bench/duplicates.py --size 10000
    .venv/bin/python bench/duplicates.py --size 10000 --pg postgresql://postgres@127.0.0.1:5432/dup_bench

The database is built by the real migrations; listings come from `bench/ecosystem_generator.py` (bulk
inserts, which bypass the flush hooks), so the blocking keys are rebuilt once, as after an upgrade."""
import argparse
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def timed(function, repeat):
    """[seconds] of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--pg", help="a scratch PostgreSQL database (its public schema is WIPED)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    workdir = tempfile.mkdtemp(prefix="dup-bench-")
    os.environ["INSTANCE_PATH"] = workdir
    from flask_migrate import upgrade
    from sqlalchemy import select, text

    from bench.ecosystem_generator import populate
    from ecosystem import create_app
    from ecosystem.curation.duplicates import detection
    from ecosystem.curation.duplicates.keys import rebuild_keys
    from ecosystem.extensions import db
    from ecosystem.models import Organisation
    from ecosystem.registry.seeding import seed_taxonomy

    url = args.pg or "sqlite:///" + os.path.join(workdir, "bench.db")
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SEARCH_INDEX_DIR": os.path.join(workdir, "index"),
                      "REDIS_URL": "", "MAIL_SERVER": ""})
    with app.app_context():
        if args.pg:
            with db.engine.begin() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
        upgrade()
        seed_taxonomy()
        db.session.commit()
    populate(app, args.size)
    with app.app_context():
        start = time.perf_counter()
        keys, pairs = rebuild_keys(db.session)
        db.session.commit()
        rebuild = time.perf_counter() - start
        print(f"{args.size} listings ({db.engine.dialect.name}): {keys} keys and {pairs} pairs rebuilt in "
              f"{rebuild:.1f} s")
        first = timed(lambda: detection.duplicate_page("organisation", 1, 25), args.repeat)
        last_page = max(1, -(-detection.pair_count("organisation") // 25))
        last = timed(lambda: detection.duplicate_page("organisation", last_page, 25), args.repeat)
        people = timed(lambda: detection.duplicate_page("person", 1, 25), args.repeat)
        check = timed(lambda: detection.likely_duplicates(None, {"name": "Công ty Cổ phần Robot Hòa Lạc",
                                                                 "website": "https://example.vn"}), args.repeat)
        org = db.session.scalar(select(Organisation).order_by(Organisation.id).limit(1))

        def edit():
            org.name = org.name + " " if not org.name.endswith(" ") else org.name.rstrip()
            db.session.flush()  # the hooks recompute the keys and pairs of the listing

        change = timed(edit, args.repeat)
        db.session.rollback()
        print("| figure | median |\n|---|---|")
        print(f"| queue, organisations, page 1 of 25 | {statistics.median(first) * 1000:.0f} ms |")
        print(f"| queue, organisations, last page | {statistics.median(last) * 1000:.0f} ms |")
        print(f"| queue, people, page 1 | {statistics.median(people) * 1000:.0f} ms |")
        print(f"| check of a new listing | {statistics.median(check) * 1000:.0f} ms |")
        print(f"| saving one listing (keys and pairs recomputed) | {statistics.median(change) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
