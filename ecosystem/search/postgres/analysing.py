"""Documents to table rows, in worker processes when there are many (a rebuild).

Analysing a document in Python (words, folding, tsvector literals, digest) costs more than
PostgreSQL takes to store it, so a rebuild spreads the analysis over worker processes while this
process streams the rows into COPY. A worker is a fresh `python -m` of the worker module talking pickle
over its stdin and stdout: nothing is forked (the app may run an indexer thread and hold database
connections) and no caller's script is re-imported, as multiprocessing's spawn would. Workers
start only once a rebuild proves big; each holds one batch at a time, so a generator over the
database is never drained ahead of the COPY.
"""
import itertools
import os
import pickle
import subprocess
import sys
from pathlib import Path

from .writing import document_row

BATCH = 250
POOL_AFTER = 2000  # fewer documents are analysed here: starting workers would cost more
MAX_WORKERS = 4
WORKER_MODULE = "ecosystem.search.postgres.worker"
_PROJECT = Path(__file__).resolve().parents[3]  # the directory holding the `ecosystem` package


def document_rows(documents):
    """The rows of a batch of documents (the work one worker does)."""
    return [document_row(document) for document in documents]


def analysed_rows(documents, workers=None):
    """Rows for these documents, in order: the first POOL_AFTER here, the rest in worker processes."""
    documents = iter(documents)
    for document in itertools.islice(documents, POOL_AFTER):
        yield document_row(document)
    batches = _batches(documents)
    first = next(batches, None)
    if first is None:
        return
    workers = min(workers or os.cpu_count() or 1, MAX_WORKERS)
    if workers < 2:
        for batch in itertools.chain([first], batches):
            yield from document_rows(batch)
        return
    yield from _in_workers(itertools.chain([first], batches), workers)


def _in_workers(batches, count):
    """Rows of every batch, in order: batch i goes to worker i mod count, one batch per worker at a time."""
    workers = [_Worker() for _ in range(count)]
    busy = []
    try:
        busy = [worker for worker, batch in zip(workers, batches, strict=False) if worker.send(batch)]
        while busy:
            worker = busy[0]
            rows = worker.receive()
            busy.pop(0)
            batch = next(batches, None)
            if batch is not None:
                worker.send(batch)
                busy.append(worker)
            yield from rows
    finally:
        for worker in workers:
            worker.stop(abandon=worker in busy)


class _Worker:
    """One analysing process and its two pipes."""

    def __init__(self):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(_PROJECT),
                                                                        os.environ.get("PYTHONPATH")])))
        self.process = subprocess.Popen([sys.executable, "-m", WORKER_MODULE], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=env)

    def send(self, batch):
        """Hand the worker a batch (it holds at most one at a time)."""
        pickle.dump(batch, self.process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        self.process.stdin.flush()
        return True

    def receive(self):
        """The rows of the batch last sent."""
        try:
            return pickle.load(self.process.stdout)
        except EOFError:
            raise RuntimeError(f"search rebuild: an analysing worker died (exit {self.process.wait()})")

    def stop(self, abandon=False):
        """Let an idle worker exit; kill one whose batch nobody will read (the rebuild failed)."""
        try:
            if abandon:
                self.process.kill()
            else:
                self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()


def _batches(documents):
    while True:
        batch = list(itertools.islice(documents, BATCH))
        if not batch:
            return
        yield batch
