"""`WhooshBackend`: the SearchBackend protocol over a Whoosh index directory.

Each process (each gunicorn worker) makes its own backend. Reads go through one `Snapshot` per
index generation, refreshed when another writer's commit shows in the directory (checked on
every call, which costs a directory listing); the snapshot's caches survive refreshes for the
segments that did not change. A lock serialises the use of segment files within the process (the
request thread and the background indexer); writers do not hold it while they work, so searches
are served from the old generation until a commit, a rebuild's included.
"""
import functools
import threading
import time

from ..protocol import FACETS
from . import querying, similar, spelling, suggestions
from .rebuild import rebuild_index
from .schema import ALT_WORDS, KEY, TITLE_WORDS, WORDS
from .snapshot import load_snapshot
from .writing import WRITE_TIMEOUT, clear_index, index_documents, open_index, remove_documents

REFRESH_ATTEMPTS = 5
ORDERS = ("name", "short", "newest", "updated")
WARM_SHARE = 0.02  # warm() loads the sets of words found in at least this share of the documents


class WhooshBackend:
    """Search backend storing its index in `index_dir` (created on first use)."""

    def __init__(self, index_dir, write_timeout=WRITE_TIMEOUT, rebuild_workers=None):
        self.index_dir = index_dir
        self.write_timeout = write_timeout
        self.rebuild_workers = rebuild_workers
        self._lock = threading.RLock()
        self._ix = None
        self._snapshot = None

    # Reading

    def _index(self):
        if self._ix is None:
            self._ix = open_index(self.index_dir, self.write_timeout)
        return self._ix

    def _current(self):
        """The snapshot of the latest generation (call with the lock held)."""
        ix = self._index()
        for attempt in range(REFRESH_ATTEMPTS):
            snapshot = self._snapshot
            if snapshot is not None and snapshot.generation == ix.latest_generation():
                return snapshot
            try:
                self._snapshot = load_snapshot(ix, snapshot)
                return self._snapshot
            except OSError:  # a commit removed a merged segment while we opened it: read the new one
                if attempt == REFRESH_ATTEMPTS - 1:
                    raise
                time.sleep(0.02)
        return self._snapshot

    def _read(self, operation):
        with self._lock:
            try:
                return operation(self._current())
            except (OSError, ValueError, IndexError, KeyError):
                # A segment merged away meanwhile, or cached data of a segment that does not match
                # it (seen once under three gunicorn workers: an empty hit column). Reload every
                # segment of the newest generation, reusing no cached view, and try once more.
                stale, self._snapshot = self._snapshot, None
                self._snapshot = load_snapshot(self._index(), None)
                if stale is not None:
                    stale.close()
                return operation(self._snapshot)

    def search(self, request):
        return self._read(lambda snapshot: querying.search(snapshot, request))

    def suggest(self, text, statuses, limit):
        return self._read(lambda snapshot: suggestions.suggest(snapshot, text, statuses, limit))

    def more_like(self, document, statuses, limit):
        return self._read(lambda snapshot: similar.more_like(snapshot, document, statuses, limit))

    def spelling(self, folded_words):
        return self._read(lambda snapshot: spelling.spelling(snapshot, folded_words))

    def digests(self):
        return self._read(lambda snapshot: {stored["key"]: stored["digest"]
                                            for _docnum, stored in snapshot.stored_documents()})

    def warm(self):
        """Load what the first searches would otherwise load (the lead calls it when a worker starts).

        In small steps, each under the lock, so requests are served in between."""
        self._read(lambda snapshot: [snapshot.facet_sets(facet) for facet in FACETS])
        self._read(lambda snapshot: snapshot.name_prefix_bits("a"))
        for index in range(self._read(lambda snapshot: len(snapshot.views))):
            for part in (_warm_vocabularies, _warm_orders):
                self._read(functools.partial(_warm_segment, index, part))
            terms = self._read(functools.partial(_warm_segment, index, _frequent_words)) or ()
            for term in terms:
                self._read(functools.partial(_warm_segment, index, functools.partial(_load_word, term)))

    def close(self):
        """Close the open segment files (a later call opens them again)."""
        with self._lock:
            if self._snapshot is not None:
                self._snapshot.close()
            self._snapshot = None
            self._ix = None

    # Writing: the process lock is not held while waiting for Whoosh's, so searches go on meanwhile.

    def _opened(self):
        with self._lock:
            return self._index()

    def index(self, documents):
        index_documents(self._opened(), list(documents), self.write_timeout, self._locate)

    def remove(self, keys):
        remove_documents(self._opened(), list(keys), self.write_timeout, self._locate)

    def _locate(self, writer):
        """key -> live global document numbers, from the snapshot of the writer's own generation
        (it stays the latest while the writer holds the write lock)."""
        with self._lock:
            snapshot = self._current()
        if snapshot.generation != writer.generation - 1:
            return None

        def find(key):
            with self._lock:  # segment files are shared with the searches of this process
                return snapshot.live_documents_with(KEY, key)
        return find

    def clear(self):
        clear_index(self._opened(), self.write_timeout)

    def rebuild(self, documents, progress=None):
        return rebuild_index(self._opened(), documents, progress, self.write_timeout, self.rebuild_workers)


def _warm_segment(index, part, snapshot):
    if index < len(snapshot.views):  # a commit may have changed the segments between steps
        return part(snapshot.views[index])
    return None


def _warm_vocabularies(view):
    for fieldname in (WORDS, TITLE_WORDS, ALT_WORDS):
        view.vocabulary(fieldname)


def _warm_orders(view):
    for order in ORDERS:
        view.order(order)


def _frequent_words(view):
    return view.frequent_terms(WORDS, WARM_SHARE)


def _load_word(term, view):
    view.term_bits(WORDS, term)
