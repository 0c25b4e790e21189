"""Rebuilding the whole index, on every core.

Analysing and writing a document costs about a millisecond of Python; a rebuild of 100,000
listings therefore spreads the documents over worker processes (`rebuild_worker`), each writing
one segment of its share, while this process keeps reading documents (from the database, in
`flask search reindex`) and feeding them. The new segments replace the old ones in a single
commit, under Whoosh's write lock, so searches are served from the old index until that moment.
Small rebuilds (tests, a young registry) stay in this process: starting workers would cost more.
"""
import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
from itertools import chain, islice

from whoosh.writing import CLEAR

from .writing import PROGRESS_EVERY, WRITE_TIMEOUT, rebuild_in_process, writing

log = logging.getLogger("ecosystem.search")
PARALLEL_MIN = 5000  # documents: below this, one process is faster than starting workers
BATCH = 250  # documents per message to a worker
PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


class RebuildFailed(RuntimeError):
    """A rebuild worker failed; the index is unchanged."""


def default_workers():
    return min(2, os.cpu_count() or 1)


def rebuild_index(ix, documents, progress=None, timeout=WRITE_TIMEOUT, workers=None):
    """Replace every document with `documents`; return how many were indexed (repeated keys once)."""
    workers = default_workers() if workers is None else workers
    documents = iter(documents)
    head = list(islice(documents, PARALLEL_MIN))
    if workers < 2 or len(head) < PARALLEL_MIN:
        return rebuild_in_process(ix, chain(head, documents), progress, timeout)
    with writing(ix, timeout) as writer:  # the lock, held until the new segments are committed
        segments, count = _write_in_workers(ix.storage.folder, chain(head, documents), progress, workers)
        writer.commit_with([s for s in segments if s is not None], CLEAR)
    if progress:
        progress(count)
    return count


def _unique(documents):
    seen = set()
    for document in documents:
        if document.key not in seen:
            seen.add(document.key)
            yield document


def _write_in_workers(index_dir, documents, progress, count_of_workers):
    """Stream the documents to worker processes; return (their segments, number of documents)."""
    workers = [_Worker(index_dir) for _ in range(count_of_workers)]
    batches = queue.Queue(maxsize=2 * count_of_workers)
    feeders = [threading.Thread(target=worker.feed, args=(batches,), daemon=True) for worker in workers]
    for feeder in feeders:
        feeder.start()
    count, finished = 0, False
    try:
        batch = []
        for document in _unique(documents):
            batch.append(document)
            count += 1
            if len(batch) == BATCH:
                batches.put(batch)
                batch = []
            if progress and count % PROGRESS_EVERY == 0:
                progress(count)
        if batch:
            batches.put(batch)
        finished = True
    finally:
        if not finished:
            for worker in workers:
                worker.kill()
        for _worker in workers:
            batches.put(None)
        for feeder in feeders:
            feeder.join()
    return _results(workers), count


def _results(workers):
    segments, failure = [], None
    for worker in workers:
        try:
            segments.append(worker.result())
        except RebuildFailed as error:
            failure = failure or error
    if failure:
        raise failure
    return segments


class _Worker:
    """One `python -m ecosystem.search.whoosh.rebuild_worker` process and the pipe feeding it."""

    def __init__(self, index_dir):
        environment = dict(os.environ)
        environment["PYTHONPATH"] = os.pathsep.join(p for p in (PROJECT_ROOT, environment.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ecosystem.search.whoosh.rebuild_worker", index_dir],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment, cwd=PROJECT_ROOT, close_fds=True)
        self.error = None

    def feed(self, batches):
        """Thread: send batches until the None that ends the stream (after a failure, just drain)."""
        while True:
            batch = batches.get()
            if self.error is None:
                try:
                    pickle.dump(batch, self.process.stdin, pickle.HIGHEST_PROTOCOL)
                    if batch is None:
                        self.process.stdin.close()
                except OSError as error:  # the worker died: its error went to stderr
                    self.error = error
            if batch is None:
                return

    def kill(self):
        self.error = self.error or RebuildFailed("cancelled")
        self.process.kill()
        self.process.wait()
        self._close_pipes()

    def _close_pipes(self):
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                pipe.close()
            except OSError:  # flushing into a dead worker's pipe
                pass

    def result(self):
        """The worker's segment (None if it got no documents); raises RebuildFailed if it failed."""
        segment = None
        try:
            segment = pickle.load(self.process.stdout) if self.error is None else None
        except (EOFError, pickle.UnpicklingError) as error:
            self.error = error
        self._close_pipes()
        if self.process.wait() != 0 or self.error is not None:
            raise RebuildFailed(f"search rebuild worker failed ({self.error or self.process.returncode}); "
                                "the index is unchanged")
        return segment
