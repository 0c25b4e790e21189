"""Search results remembered per process, keyed by the index generation.

Every write raises the generation (one row of `search_state`) in its own transaction, so a result
computed at generation g is exact for as long as the generation stays g, in every process sharing
the database. A search reads the generation and runs in one REPEATABLE READ snapshot, so what it
stores under g is what g holds. The landing page (browse with facets) and popular queries are the
same for every visitor and cost a full count of the matched rows; the cache makes them cheap.
"""
import threading
from collections import OrderedDict

from sqlalchemy import text

from .schema import STATE


def generation(conn):
    """The index generation this connection's snapshot sees."""
    return conn.execute(text(f"SELECT generation FROM {STATE}")).scalar()


def raise_generation(conn):
    """Mark the index as changed (call inside the writing transaction)."""
    conn.execute(text(f"UPDATE {STATE} SET generation = generation + 1"))


def request_key(request):
    """A hashable fingerprint of everything a SearchRequest's result depends on."""
    query = request.query
    clauses = tuple(tuple(tuple((w.exact, w.folded) for w in alternative) for alternative in clause.alternatives)
                    for clause in query.clauses)
    filters = tuple(sorted((str(facet), tuple(sorted(map(str, values if not isinstance(values, str) else (values,)))))
                           for facet, values in (request.filters or {}).items()))
    return (clauses, tuple(query.excluded), filters, tuple(request.statuses), tuple(request.facets or ()),
            request.sort, request.page, request.per_page, request.facet_limit)


class ResultCache:
    """A small thread-safe LRU of SearchResults keyed by (generation, request key)."""

    def __init__(self, size):
        self.size = size
        self._results = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        """The remembered result for this key, or None."""
        with self._lock:
            result = self._results.get(key)
            if result is not None:
                self._results.move_to_end(key)
            return result

    def put(self, key, result):
        """Remember a result, forgetting the least recently used beyond `size`."""
        if self.size <= 0:
            return
        with self._lock:
            self._results[key] = result
            self._results.move_to_end(key)
            while len(self._results) > self.size:
                self._results.popitem(last=False)
