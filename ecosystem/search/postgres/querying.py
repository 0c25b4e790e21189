"""One search, one statement: the matched rows, their total, one page of hits and the facet counts.

The matched set is found through the GIN index of `terms` and kept narrow (sort keys, facet keys,
`miss`); titles are read for the page only and a document's big vectors only for the rows being
ranked. Relevance runs in two steps so a broad query stays fast: every matched row gets a cheap
score from its title and alternative names (the inline `head` vector), and the best RANK_WINDOW
rows by that score are ranked exactly on all their fields. Pages further down rank each following
window the same way, so paging stays stable. All values travel as bound parameters; the SQL text
is assembled from fixed fragments only.
"""
from sqlalchemy import text

from ..protocol import Hit, SearchResult
from . import facets as facet_sql
from .matching import plan_query
from .schema import DOCUMENTS

RANK_WEIGHTS = "{0.1, 0.2, 0.5, 1.0}"  # ts_rank weights of D (body), C (keywords), B (other names), A (title)
RANK_WINDOW = 200
LOOSE_FACTOR = 0.3  # a completion or a typo counts for less than the word itself
ACCENT_FACTOR = 0.5  # the word as typed, diacritics included, counts on top of its folded form
ORDERS = {"newest": ("created_at", "created_at DESC NULLS LAST, key"),
          "updated": ("updated_at", "updated_at DESC NULLS LAST, key"),
          "name": ("sort_name", "sort_name, key")}
MAX_OFFSET = 1_000_000


def search(conn, request):
    """Run a SearchRequest on a connection inside a transaction (settings are local to it)."""
    plan = plan_query(conn, request.query)
    active = facet_sql.active_filters(request)
    ranked = request.sort == "relevance" and not plan.browse
    params = {"statuses": storable(request.statuses),
              "match": plan.match, "excluded": plan.excluded,
              "misses": facet_sql.counted_misses(request, active), **facet_sql.filter_parameters(active)}
    per_page, offset = max(int(request.per_page), 0), min(max(request.offset, 0), MAX_OFFSET)
    if ranked:
        page_sql, order = _ranked_page(plan, params, per_page, offset)
    else:
        page_sql, order = _ordered_page(request.sort, params, per_page, offset)
    # The matched rows are read twice (counted; then ranked or ordered) rather than stored: storing 80,000
    # rows costs more than a second bitmap scan, and a browse reads its first rows straight from an index.
    statement = f"""WITH matched AS NOT MATERIALIZED ({_matched(plan, active, ranked)}), {page_sql}
        SELECT {facet_sql.groups_sql(request)},
               (SELECT json_agg(json_build_array(d.key, d.kind, d.slug, d.title, page.score) ORDER BY {order})
                FROM page JOIN {DOCUMENTS} AS d ON d.key = page.key)"""
    _tune(conn, plan)
    groups, hits = conn.execute(text(statement), params).one()
    total, counts = facet_sql.read_groups(request, groups)
    return SearchResult(hits=[Hit(key, kind, slug, title, float(score))
                              for key, kind, slug, title, score in hits or ()],
                        total=total, facets=counts)


def storable(values):
    """The strings among `values` that PostgreSQL can hold (not NUL): statuses, keys, codes."""
    return [v for v in values or () if isinstance(v, str) and "\x00" not in v]


def _tune(conn, plan):
    """Settings for this transaction: GIN over a sequential scan (the planner cannot see that reading a
    row's tsvector from TOAST is what makes a scan slow), no JIT (it costs more than it saves here),
    and room to count facets in memory."""
    conn.execute(text("SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true), "
                      "set_config('enable_seqscan', :seqscan, true)"),
                 {"seqscan": "on" if plan.browse and not plan.excluded else "off"})


def _matched(plan, active, ranked):
    """The SELECT of visible rows matching the query, with `miss` (see facets) and the cheap score."""
    conditions = ["status = ANY(CAST(:statuses AS text[]))"]
    if plan.match:
        conditions.append("terms @@ CAST(:match AS tsquery)")
    elif plan.excluded:
        conditions.append(f"key NOT IN (SELECT key FROM {DOCUMENTS} WHERE terms @@ CAST(:excluded AS tsquery))")
    # Most rows of a broad query hold its words in the body only: the match test spares them the rank.
    proxy = "" if not ranked else f""", CASE WHEN head @@ CAST(:proxy AS tsquery)
        THEN ts_rank('{RANK_WEIGHTS}', head, CAST(:proxy AS tsquery)) ELSE 0 END AS proxy"""
    inner = f"""SELECT key, sort_name, created_at, updated_at, profile_key, place_key, technology_key, sector_key,
                   {facet_sql.miss_expression(active)} AS miss{proxy}
            FROM {DOCUMENTS} WHERE {" AND ".join(conditions)}"""
    if not active:
        return inner
    return f"SELECT * FROM ({inner}) AS filtered WHERE miss = 0 OR miss = ANY(CAST(:misses AS integer[]))"


def _ordered_page(sort, params, per_page, offset):
    """The page by name, creation or update date (relevance without a query is by name)."""
    column, order = ORDERS.get(sort, ORDERS["name"])
    params.update(limit=per_page, offset=offset)
    page = f"""page AS (SELECT key, sort_name, {column if column != "sort_name" else "NULL AS unused"}, 0.0 AS score
        FROM matched WHERE miss = 0 ORDER BY {order} LIMIT :limit OFFSET :offset)"""
    return page, ", ".join(f"page.{part.strip()}" for part in order.split(","))


def _ranked_page(plan, params, per_page, offset):
    """The page by relevance: cheap head score for every row, exact score within windows of RANK_WINDOW rows.

    `terms || ''` reads a candidate's vector from TOAST once for the three ranks computed on it."""
    start = offset // RANK_WINDOW * RANK_WINDOW
    windows = max(1, -(-(offset + per_page - start) // RANK_WINDOW))
    params.update(proxy=plan.proxy, window_start=start, window_rows=windows * RANK_WINDOW, window=RANK_WINDOW,
                  limit=per_page, page_offset=offset - start)
    page = f"""candidates AS MATERIALIZED (
            SELECT key, sort_name, proxy FROM matched WHERE miss = 0
            ORDER BY proxy DESC, sort_name, key LIMIT :window_rows OFFSET :window_start),
        vectors AS MATERIALIZED (
            SELECT c.key, c.sort_name, c.proxy, d.terms || ''::tsvector AS terms, d.accents
            FROM candidates AS c JOIN {DOCUMENTS} AS d ON d.key = c.key),
        ranked AS (
            SELECT key, sort_name, {_exact_score(plan, params)} AS score,
                   (row_number() OVER (ORDER BY proxy DESC, sort_name, key) - 1) / :window AS block
            FROM vectors),
        page AS (SELECT key, sort_name, score, block FROM ranked
                 ORDER BY block, score DESC, sort_name, key LIMIT :limit OFFSET :page_offset)"""
    return page, "page.block, page.score DESC, page.sort_name, page.key"


def _exact_score(plan, params):
    """The relevance of one candidate: words, expansions, accented forms and adjacent pairs, by field weight."""
    parts = []
    for name, vector, factor in (("exact", "terms", 1.0), ("loose", "terms", LOOSE_FACTOR),
                                 ("accents", "accents", ACCENT_FACTOR), ("adjacent", "terms", 1.0)):
        literal = getattr(plan, name)
        if literal:
            params[f"rank_{name}"] = literal
            parts.append(f"{factor} * ts_rank('{RANK_WEIGHTS}', {vector}, CAST(:rank_{name} AS tsquery))")
    return " + ".join(parts) or "0.0"
