"""Markdown tables of a benchmark run (the JSON file keeps every figure)."""
from .query_mix import TEXTS

CATEGORIES = list(TEXTS) + ["browse"]
VARIANTS = ["plain", "plain + facets", "filtered", "filtered + facets"]


def _ms(stats, key):
    value = (stats or {}).get(key)
    return "–" if value is None else f"{value:.1f}"


def _pair(stats):
    return f"{_ms(stats, 'p50')} / {_ms(stats, 'p95')}"


def _seconds(value):
    return "–" if value is None else f"{value:.2f}"


def summary_table(runs):
    """One row per size and backend: load, reindex, memory, search, autocomplete, freshness."""
    lines = ["| listings | backend | populate s | reindex s | docs/s | peak RSS MB | index MB "
             "| search p50 / p95 / mean ms | autocomplete p50 / p95 ms | new listing searchable, median / max s |",
             "|---:|---|---:|---:|---:|---:|---:|---|---|---|"]
    for run in runs:
        queries = run.get("queries", {}).get("all", {})
        reindex = run.get("reindex_s")
        rate = f"{run['documents'] / reindex:,.0f}" if reindex else "–"
        fresh = run.get("freshness") or {}
        errors = run.get("queries", {}).get("error_count")
        label = run["label"] + (f" ({errors} errors)" if errors else "") + (" FAILED" if "error" in run else "")
        lines.append(
            f"| {run['size']:,} | {label} | {_seconds(run.get('populate_s'))} | {_seconds(reindex)} | {rate} "
            f"| {run.get('rss_peak_mb', '–')} | {run.get('index_mb', '–')} "
            f"| {_ms(queries, 'p50')} / {_ms(queries, 'p95')} / {_ms(queries, 'mean')} "
            f"| {_pair(run.get('suggest'))} | {_seconds(fresh.get('median_s'))} / {_seconds(fresh.get('max_s'))} |")
    return "\n".join(lines)


def breakdown_table(runs, label, names):
    """p50 / p95 ms (and mean hits) per query category or variant."""
    lines = ["| listings | backend | " + " | ".join(names) + " |", "|---:|---|" + "---|" * len(names)]
    for run in runs:
        groups = run.get("queries", {}).get(label, {})
        cells = [f"{_pair(groups.get(name))} ({groups.get(name, {}).get('mean_total', '–')})" for name in names]
        lines.append(f"| {run['size']:,} | {run['label']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown(runs):
    """The three tables of the report."""
    return "\n\n".join([
        "### Summary\n\n" + summary_table(runs),
        "### Search latency by query kind: p50 / p95 ms (mean number of matches)\n\n"
        + breakdown_table(runs, "by_category", CATEGORIES),
        "### Search latency by request shape: p50 / p95 ms (mean number of matches)\n\n"
        + breakdown_table(runs, "by_variant", VARIANTS),
    ])
