"""PostgresBackend: the search protocol served by PostgreSQL full text, for several app servers.

Every call takes its own connection from the engine's pool: reads run in a transaction that is
rolled back (nothing to keep), writes in one that commits on success. Writers are serialised
by the indexer's advisory lock, so this class holds no state beyond the engine.
"""
from sqlalchemy import text

from ..protocol import SearchResult
from . import caching, querying, rebuilding, suggesting, vocabulary, writing
from .schema import DOCUMENTS

RESULT_CACHE_SIZE = 256


class PostgresBackend:
    """The SearchBackend protocol (ecosystem/search/protocol.py) on a SQLAlchemy engine (psycopg 3)."""

    def __init__(self, engine, cache_size=RESULT_CACHE_SIZE):
        self.engine = engine
        self._cache = caching.ResultCache(cache_size)

    def index(self, documents):
        """Add or replace these documents (by key), in one transaction."""
        writing.index(self.engine, documents)

    def remove(self, keys):
        """Remove documents by key, in one transaction; unknown keys are ignored."""
        writing.remove(self.engine, keys)

    def rebuild(self, documents, progress=None):
        """Replace the whole index with these documents; return how many were indexed."""
        return rebuilding.rebuild(self.engine, documents, progress)

    def clear(self):
        """Remove every document."""
        writing.clear(self.engine)

    def digests(self):
        """{key: digest} of every indexed document."""
        return writing.digests(self.engine)

    def search(self, request):
        """Hits, total and facet counts of a SearchRequest (remembered until the index changes)."""
        if self._cache.size <= 0:
            return self._read(querying.search, request)
        with self.engine.connect() as conn:
            # One snapshot for the generation and the search, so a stored result is exactly that generation's.
            conn.execution_options(isolation_level="REPEATABLE READ")
            try:
                key = (caching.generation(conn), caching.request_key(request))
                result = self._cache.get(key)
                if result is None:
                    result = querying.search(conn, request)
                    self._cache.put(key, result)
            finally:
                conn.rollback()
        return SearchResult(hits=list(result.hits), total=result.total,
                            facets={facet: list(values) for facet, values in result.facets.items()})

    def suggest(self, text, statuses, limit):
        """Autocomplete: hits whose title words start with the typed words."""
        return self._read(suggesting.suggest, text, statuses, limit)

    def more_like(self, document, statuses, limit):
        """Listings similar to this document (never the document itself)."""
        return self._read(suggesting.more_like, document, statuses, limit)

    def spelling(self, folded_words):
        """{word: closest indexed word} for words of the list that are not indexed."""
        return self._read(vocabulary.spelling, list(folded_words or ()))

    def warm(self):
        """Open a pooled connection and read the small indexes once, so the first search is not the slow one."""
        with self.engine.connect() as conn:
            conn.execute(text(f"SELECT count(*) FROM (SELECT 1 FROM {DOCUMENTS} LIMIT 1000) AS sample"))

    def close(self):
        """Nothing to release: the engine and its pool belong to the app, which disposes of them."""

    def _read(self, function, *args):
        with self.engine.connect() as conn:
            try:
                return function(conn, *args)
            finally:
                conn.rollback()
