"""Matching benchmark: quality against held-out ground truth, and speed among 100,000 listings.

    .venv/bin/python bench/matching.py quality                 # latent-preference world, SQLite
    .venv/bin/python bench/matching.py speed --size 100000     # top-20 timings, SQLite
    .venv/bin/python bench/matching.py speed --size 100000 --pg postgresql://postgres@127.0.0.1:5432/match_bench

quality: bench/matching_world.py invents investors with hidden tastes and startups with hidden
attributes, samples investments from the latent affinity, publishes noisy partial profiles, and
hides 20% of each portfolio. The matcher (the real services, on a SQLite database) ranks startups for
each investor, investors for each startup, and offers for each need; precision@10, recall@50 and MRR
(reciprocal rank of the first true pair within the top 50) are compared with two baselines run on
the same candidates: random order, and a plain same-sector filter (listings sharing a published
sector first, in random order; an investor without published sectors uses its portfolio's).
speed: bench/ecosystem_generator.py fills a fresh database (the PostgreSQL one given is WIPED), plus
investor portfolios, technology offers and needs; then `matches_for` (every partner kind, top 20)
is timed for listings of each kind. Results go to bench/results/matching-<time>.json.
"""
import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.measure import make_app, populate_step, summary  # noqa: E402

RESULTS = os.path.join(ROOT, "bench", "results")


def metrics(ranked, truth):
    """precision@10, recall@50 and reciprocal rank (first hit within 50) of one ranked id list."""
    top = ranked[:50]
    hits = [i for i, cid in enumerate(top) if cid in truth]
    return {"p@10": sum(1 for cid in top[:10] if cid in truth) / 10, "r@50": len(hits) / len(truth),
            "mrr": 1 / (hits[0] + 1) if hits else 0.0}


def mean(rows):
    return {key: round(sum(r[key] for r in rows) / len(rows), 4) for key in rows[0]} if rows else {}


def baselines(rng, pool, sectors_of, wanted, truth):
    """(random metrics, same-sector metrics) over the same candidate pool."""
    shuffled = list(pool)
    rng.shuffle(shuffled)
    same = [c for c in shuffled if sectors_of(c) & wanted]
    rest = [c for c in shuffled if not sectors_of(c) & wanted]
    return metrics(shuffled, truth), metrics(same + rest, truth)


def _rank(services, record, kind):
    return [p.id for p, _m in services.ranked_profiles(record, kind=kind, limit=50)]


def evaluate(world, app, sample=300, seed=3):
    """Mean metrics of the matcher and both baselines for the three evaluated directions."""
    from ecosystem.extensions import db
    from ecosystem.matching import services
    from ecosystem.models import Need, Organisation
    rng = random.Random(seed)
    startups = {s.id: s for s in world.startups}
    results = {}
    with app.test_request_context():
        runs = {"investor → startups": [], "startup → investors": [], "need → offers": []}
        for inv in world.investors:  # deal flow
            truth = world.hidden[inv.id]
            if not truth:
                continue
            visible = world.portfolio[inv.id] - truth
            wanted = set(inv.shown["sectors"]) or {c for c, _n in Counter(
                code for sid in visible for code in startups[sid].shown["sectors"]).most_common(2)}
            pool = [sid for sid in startups if sid not in visible]
            ranked = _rank(services, db.session.get(Organisation, inv.id), "startup")
            runs["investor → startups"].append((metrics(ranked, truth), *baselines(
                rng, pool, lambda sid: set(startups[sid].shown["sectors"]), wanted, truth)))
        held_by = {}
        for inv in world.investors:
            for sid in world.hidden[inv.id]:
                held_by.setdefault(sid, set()).add(inv.id)
        investors = {inv.id: inv for inv in world.investors}
        for sid in sorted(held_by)[:sample]:
            truth, startup = held_by[sid], startups[sid]
            visible = {i for i in investors if sid in world.portfolio[i] and sid not in world.hidden[i]}
            pool = [i for i in investors if i not in visible]
            ranked = _rank(services, db.session.get(Organisation, sid), "investor")
            runs["startup → investors"].append((metrics(ranked, truth), *baselines(
                rng, pool, lambda i: set(investors[i].shown["sectors"]), set(startup.shown["sectors"]), truth)))
        offers = {o.id: o for o in world.offers}
        for need in world.needs:
            truth = world.answers[need.id]
            ranked = _rank(services, db.session.get(Need, need.id), "offer")
            runs["need → offers"].append((metrics(ranked, truth), *baselines(
                rng, list(offers), lambda o: set(offers[o].shown["sectors"]), set(need.shown["sectors"]), truth)))
        for direction, rows in runs.items():
            results[direction] = {"queries": len(rows), "matcher": mean([r[0] for r in rows]),
                                  "random": mean([r[1] for r in rows]), "same_sector": mean([r[2] for r in rows])}
    return results


def quality(args):
    from flask_migrate import upgrade

    from ecosystem.extensions import db
    from ecosystem.registry.seeding import seed_taxonomy

    from bench.matching_world import World, write
    workdir = tempfile.mkdtemp(prefix="matching-quality-")
    app = make_app(workdir, "sqlite:///" + os.path.join(workdir, "quality.db"))
    world = World(seed=args.seed, startups=args.startups, investors=args.investors)
    with app.app_context():
        upgrade()
        seed_taxonomy()
        db.session.commit()
        write(db.session, world)
    start = time.perf_counter()
    results = evaluate(world, app, seed=args.seed)
    return {"startups": args.startups, "investors": args.investors, "needs": len(world.needs),
            "offers": len(world.offers), "portfolio_edges": sum(len(p) for p in world.portfolio.values()),
            "hidden_edges": sum(len(h) for h in world.hidden.values()),
            "seconds": round(time.perf_counter() - start, 1), "results": results}


def speed(args):
    from ecosystem.extensions import db

    from bench.matching_speed import add_portfolios_and_exchange, time_matches
    workdir = tempfile.mkdtemp(prefix="matching-speed-")
    url = args.pg or "sqlite:///" + os.path.join(workdir, "speed.db")
    populated = populate_step(workdir, url, args.size, args.seed)
    app = make_app(workdir, url)
    with app.app_context():
        extra = add_portfolios_and_exchange(db.session, random.Random(args.seed))
    timings = time_matches(app, random.Random(args.seed), per_kind=args.per_kind)
    return {"size": args.size, "database": populated["database"], "server_version": populated["server_version"],
            "populate_s": populated["populate_s"], "extra": extra, "timings": timings}


def markdown_quality(result):
    lines = ["| direction | queries | method | precision@10 | recall@50 | MRR |", "|---|---:|---|---:|---:|---:|"]
    for direction, row in result["results"].items():
        for method in ("matcher", "same_sector", "random"):
            m = row[method]
            lines.append(f"| {direction} | {row['queries']} | {method.replace('_', '-')} | {m['p@10']:.3f} | "
                         f"{m['r@50']:.3f} | {m['mrr']:.3f} |")
    return "\n".join(lines)


def markdown_speed(result):
    cpu = result["timings"].get("cpu", {})
    lines = ["| listings | database | source kind | calls | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |",
             "|---:|---|---|---:|---:|---:|---:|---:|---:|"]
    for kind, stats in result["timings"].items():
        if kind in ("cpu", "warm_s"):
            continue
        own = cpu.get(kind, {})
        lines.append(f"| {result['size']:,} | {result['database']} | {kind} | {stats['n']} | {stats['p50']} | "
                     f"{stats['p95']} | {stats['max']} | {own.get('p50', '–')} | {own.get('p95', '–')} |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("run", choices=("quality", "speed"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--startups", type=int, default=3000)
    parser.add_argument("--investors", type=int, default=300)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--per-kind", type=int, default=30)
    parser.add_argument("--pg", help="PostgreSQL URL of a scratch database (WIPED) for the speed run")
    parser.add_argument("--out")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    result = quality(args) if args.run == "quality" else speed(args)
    result.update(machine={"platform": platform.platform(), "python": platform.python_version(),
                           "cpus": os.cpu_count(), "load_average_before": load_before,
                           "load_average_after": os.getloadavg()}, run=args.run)
    print(markdown_quality(result) if args.run == "quality" else markdown_speed(result))
    os.makedirs(RESULTS, exist_ok=True)
    out = args.out or os.path.join(RESULTS, f"matching-{args.run}-{time.strftime('%Y%m%d-%H%M%S')}.json")
    with open(out, "w") as handle:
        json.dump(result, handle, indent=2, ensure_ascii=False, default=str)
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
