"""Documents to table rows, in worker processes when there are many (a rebuild).

Analysing a document in Python (words, folding, tsvector literals, digest) costs more than
PostgreSQL takes to store it, so a rebuild spreads the analysis over worker processes while this
process streams the rows into COPY. Workers are spawned fresh (never forked: the app may run an
indexer thread and hold database connections), only once a rebuild proves big, and the input is
read in bounded batches, so a generator over the database is never drained ahead of the COPY.
"""
import itertools
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from .writing import document_row

BATCH = 250
POOL_AFTER = 2000  # fewer documents are analysed here: starting workers would cost more
IN_FLIGHT = 8  # batches queued per worker: enough to keep them busy, little to hold in memory


def document_rows(documents):
    """The rows of a batch of documents (the work one worker process does)."""
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
    workers = workers or min(os.cpu_count() or 1, 4)
    if workers < 2:
        for batch in itertools.chain([first], batches):
            yield from document_rows(batch)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        pending = deque([pool.submit(document_rows, first)])
        for batch in batches:
            pending.append(pool.submit(document_rows, batch))
            if len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _batches(documents):
    while True:
        batch = list(itertools.islice(documents, BATCH))
        if not batch:
            return
        yield batch
