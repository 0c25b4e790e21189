"""Search benchmark: generated ecosystems of several sizes, each search backend and a naive SQL baseline.

    .venv/bin/python bench/search.py --sizes 10000 100000 --backends whoosh postgres like \\
        --pg postgresql://postgres@127.0.0.1:5432/search_bench

For each size: a fresh SQLite database (for whoosh and like) and, with --pg, a fresh schema in that
PostgreSQL database (for postgres, and like again), filled by bench/ecosystem_generator.py. Then,
each in a process of its own so peak RSS is the step's: full reindex, the query mix of
bench/query_mix.py, autocomplete, and the time for a new listing to become searchable through the
background indexer. Prints Markdown tables and writes every figure to bench/results/search-*.json.
The PostgreSQL database given with --pg is wiped (DROP SCHEMA public CASCADE): use a scratch one.
"""
import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "bench", "results")
BACKENDS = ("whoosh", "postgres", "like")


def parse_args(argv=None):
    """Command-line options; the hidden ones run one step in a child process."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000], help="listings per ecosystem")
    parser.add_argument("--backends", nargs="+", choices=BACKENDS, default=["whoosh", "like"])
    parser.add_argument("--pg", help="PostgreSQL URL of a scratch database (needed for postgres)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", help="where databases and indexes go (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--out", help="JSON results file (default: bench/results/search-<time>.json)")
    # Internal: one step in a child process.
    parser.add_argument("--step", choices=("populate", "backend", "like"), help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    parser.add_argument("--backend", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if "postgres" in args.backends and not args.pg:
        parser.error("--backends postgres needs --pg URL")
    return args


def run_step(args):
    """Child process: run one step and write its result as JSON."""
    sys.path.insert(0, ROOT)  # `python bench/search.py` puts bench/, not the project, on the path
    from bench import measure
    if args.step == "populate":
        result = measure.populate_step(args.workdir, args.database, args.size, args.seed)
    elif args.step == "backend":
        result = measure.backend_step(args.workdir, args.database, args.backend)
    else:
        result = measure.like_step(args.workdir, args.database)
    result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]  # other work on the machine skews figures
    with open(args.result, "w") as handle:
        json.dump(result, handle, ensure_ascii=False, indent=1)


def child(args, workdir, step, database, **options):
    """Run a step in a fresh interpreter and return its result (the error text if it failed)."""
    result_path = os.path.join(workdir, f"result-{step}-{time.monotonic_ns()}.json")
    command = [sys.executable, os.path.abspath(__file__), "--step", step, "--workdir", workdir,
               "--database", database, "--result", result_path, "--seed", str(args.seed)]
    for name, value in options.items():
        command += [f"--{name}", str(value)]
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    if completed.returncode != 0 or not os.path.exists(result_path):
        tail = completed.stderr.strip().splitlines()[-15:]
        print(f"  step {step} {options} failed:\n    " + "\n    ".join(tail), file=sys.stderr)
        return {"error": "\n".join(tail)}
    with open(result_path) as handle:
        result = json.load(handle)
    result["step_s"] = round(time.perf_counter() - started, 1)
    return result


def databases(args, workdir):
    """(label, URL, backends measured on it) for the databases this run needs."""
    plan = []
    on_sqlite = [b for b in args.backends if b in ("whoosh", "like")]
    if on_sqlite:
        plan.append(("sqlite", "sqlite:///" + os.path.join(workdir, "bench.db"), on_sqlite))
    if args.pg:
        on_pg = [b for b in args.backends if b in ("postgres", "like")]
        if on_pg:
            plan.append(("postgresql", args.pg, on_pg))
    return plan


def bench_size(args, size, workdir):
    """Every measurement for one ecosystem size."""
    runs = []
    for database_label, url, backends in databases(args, workdir):
        print(f"[{size:,}] populating {database_label} …", file=sys.stderr, flush=True)
        loaded = child(args, workdir, "populate", url, size=size)
        if "error" in loaded:  # nothing to measure on this database
            runs += [{"size": size, "label": f"{b} (populate failed)", "backend": b, "database": database_label,
                      "error": loaded["error"]} for b in backends]
            continue
        for backend in backends:
            print(f"[{size:,}] measuring {backend} on {database_label} …", file=sys.stderr, flush=True)
            if backend == "like":
                result = child(args, workdir, "like", url)
            else:
                result = child(args, workdir, "backend", url, backend=backend)
            label = f"like ({database_label})" if backend == "like" else backend
            runs.append({"size": size, "label": label, "backend": backend, "database": database_label,
                         "populate_s": loaded.get("populate_s"), "populate": loaded, **result})
    return runs


def environment(args, load_at_start):
    """What the figures depend on: machine, versions, commit."""
    import sqlite3
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
    except OSError:
        commit = ""
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "sqlite": sqlite3.sqlite_version, "commit": commit, "seed": args.seed, "sizes": args.sizes,
            "backends": args.backends, "postgres": bool(args.pg),
            "load_average_at_start": [round(x, 2) for x in load_at_start],
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()]}


def main(argv=None):
    """Run every size and backend, print the tables, write the JSON results."""
    args = parse_args(argv)
    if args.step:
        return run_step(args)
    sys.path.insert(0, ROOT)
    from bench.report import markdown
    base = args.workdir or tempfile.mkdtemp(prefix="search-bench-")
    runs = []
    load_at_start = os.getloadavg()
    try:
        for size in args.sizes:
            workdir = os.path.join(base, str(size))
            os.makedirs(workdir, exist_ok=True)
            runs += bench_size(args, size, workdir)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(base, ignore_errors=True)
    os.makedirs(RESULTS, exist_ok=True)
    out = args.out or os.path.join(RESULTS, time.strftime("search-%Y%m%d-%H%M%S.json"))
    with open(out, "w") as handle:
        json.dump({"environment": environment(args, load_at_start), "runs": runs}, handle, ensure_ascii=False, indent=1)
    print(markdown(runs))
    print(f"\nFull results: {os.path.relpath(out, ROOT)}")


if __name__ == "__main__":
    main()
