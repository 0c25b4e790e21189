"""Filters and facet counts, computed in the same statement as the hits.

Each filter has a bit. The matched set keeps, beside the rows that pass every filter, the rows
that fail exactly one filter, with that filter's bit in `miss`: a facet counts the rows whose
misses are at most its own bit, which is "every filter except this facet's own" (multi-select
faceting). The rows are counted in one pass, grouped by four precomputed keys (kind, stage,
investor type and status joined into one string; province, ward and zone; the technologies; the
sectors) and by `miss`; the few hundred groups are unpacked and summed here. The same pass gives
the total (the rows with no miss).
"""
from collections import Counter

from ..protocol import FACETS, MULTI_VALUED

COLUMNS = {"kind": "kind", "technology": "technologies", "sector": "sectors", "province": "province",
           "ward": "ward", "zone": "zone", "stage": "stage", "investor_type": "investor_type", "status": "status"}
BITS = {facet: 1 << place for place, facet in enumerate(FACETS)}
# Each key column holds some facets' values joined by SEPARATOR; few distinct keys make few groups.
KEYS = {"profile_key": ("kind", "stage", "investor_type", "status"), "place_key": ("province", "ward", "zone"),
        "technology_key": ("technology",), "sector_key": ("sector",)}
SEPARATOR = "\x1f"  # the unit separator: never part of a code, a slug or a status


def facet_keys(values):
    """{key column: key} of a document from its {column: value} values."""
    keys = {}
    for column, facets in KEYS.items():
        if facets[0] in MULTI_VALUED:
            keys[column] = SEPARATOR.join(sorted({_keyable(v) for v in values[COLUMNS[facets[0]]] if _keyable(v)}))
        else:
            keys[column] = SEPARATOR.join(_keyable(values[COLUMNS[f]]) for f in facets)
    return keys


def _keyable(value):
    return (value or "").replace(SEPARATOR, "")


def active_filters(request):
    """{facet: [values]} of the request's filters on known facets; a filter without values narrows nothing."""
    active = {}
    for facet, values in (request.filters or {}).items():
        if facet not in COLUMNS:
            continue  # the service only passes known facets; anything else cannot narrow the search
        if isinstance(values, str):
            values = (values,)
        if not values:
            continue
        # A value PostgreSQL cannot hold (NUL) matches nothing, like any other unknown value.
        active[facet] = sorted({v for v in values if isinstance(v, str) and "\x00" not in v})
    return active


def filter_condition(facet):
    """The SQL condition that a row passes this facet's filter, the values bound as :f_<facet>."""
    column = COLUMNS[facet]
    if facet in MULTI_VALUED:
        return f"{column} && CAST(:f_{facet} AS text[])"
    return f"{column} = ANY(CAST(:f_{facet} AS text[]))"


def miss_expression(active):
    """SQL for the sum of the bits of the filters a row fails (0 when it passes them all)."""
    if not active:
        return "0"
    return " + ".join(f"(CASE WHEN {filter_condition(facet)} THEN 0 ELSE {BITS[facet]} END)" for facet in active)


def filter_parameters(active):
    """The bound parameters of the filter conditions."""
    return {f"f_{facet}": values for facet, values in active.items()}


def requested_facets(request):
    """The known facets the request asks to count, once each, in its order."""
    return [facet for facet in dict.fromkeys(request.facets or ()) if facet in COLUMNS]


def counted_misses(request, active):
    """The `miss` values worth keeping beyond 0: single filters whose facet is counted."""
    return [BITS[facet] for facet in active if facet in requested_facets(request)]


def grouped_keys(request):
    """The key columns the request's facet counts need, in a fixed order."""
    facets = set(requested_facets(request))
    return [column for column, covered in KEYS.items() if facets.intersection(covered)]


def groups_sql(request):
    """A scalar subquery over the `matched` CTE: a JSON array of [key column, key, miss, count].

    The key column is null in the group that counts every row by `miss` alone (the total)."""
    keys = grouped_keys(request)
    sets = ", ".join(["(miss)"] + [f"({key}, miss)" for key in keys])
    which = " ".join(f"WHEN GROUPING({key}) = 0 THEN '{key}'" for key in keys)
    value = f"COALESCE({', '.join(keys)})" if keys else "NULL"
    return f"""(SELECT json_agg(json_build_array(which, value, miss, n)) FROM (
        SELECT {f"CASE {which} END" if keys else "NULL"} AS which, {value} AS value, miss, count(*) AS n
        FROM matched GROUP BY GROUPING SETS ({sets})) AS groups)"""


def read_groups(request, groups):
    """(total, {facet: [(value, count)]}): most frequent values first, then by value, at most facet_limit each."""
    wanted = requested_facets(request)
    counts = {facet: Counter() for facet in wanted}
    total = 0
    for which, key, miss, n in groups or ():
        if which is None:
            total += n if miss == 0 else 0
            continue
        for facet, value in _unpack(which, key):
            if value and facet in counts and miss in (0, BITS[facet]):
                counts[facet][value] += n
    limit = max(int(request.facet_limit), 0)
    return total, {facet: sorted(counts[facet].items(), key=lambda pair: (-pair[1], pair[0]))[:limit]
                   for facet in wanted}


def _unpack(which, key):
    facets = KEYS[which]
    if facets[0] in MULTI_VALUED:
        return ((facets[0], value) for value in (key or "").split(SEPARATOR))
    return zip(facets, (key or "").split(SEPARATOR), strict=False)
