"""Changing the index: open or create it, upsert, remove, clear; each call is one Whoosh commit.

The lead's indexer already allows one writer at a time across processes; Whoosh's own write
lock (an OS `flock`, released by the kernel when its holder dies, so a killed process leaves no
stale lock behind) is still taken, with a timeout, and a writer that cannot get it raises
`IndexBusy` instead of waiting forever.
"""
import logging
import os
from contextlib import contextmanager

from whoosh.filedb.filestore import FileStorage
from whoosh.index import _DEF_INDEX_NAME, LockError
from whoosh.util.filelock import try_for
from whoosh.writing import CLEAR

from .schema import KEY, build_schema
from .segment_writer import BulkWriter, merge_similar_segments

log = logging.getLogger("ecosystem.search")
WRITE_TIMEOUT = 30.0  # seconds to wait for Whoosh's write lock
PROGRESS_EVERY = 1000


class IndexBusy(RuntimeError):
    """Another writer held the index's write lock for longer than the timeout."""


def open_index(index_dir, timeout=WRITE_TIMEOUT):
    """The Whoosh index in `index_dir`, created empty (directory included) when missing or obsolete."""
    os.makedirs(index_dir, exist_ok=True)
    storage = FileStorage(index_dir)
    if storage.index_exists():
        ix = storage.open_index()
        if _schema_is_current(ix):
            return ix
    lock = storage.lock(f"{_DEF_INDEX_NAME}_WRITELOCK")  # the lock writers take: creating erases
    if not try_for(lock.acquire, timeout=timeout, delay=0.05):
        raise IndexBusy(f"search index {index_dir} is locked by another writer")
    try:
        if storage.index_exists():
            ix = storage.open_index()
            if _schema_is_current(ix):
                return ix
            log.warning("search index %s has an older schema: recreated empty; run `flask search reindex`",
                        index_dir)
        return storage.create_index(build_schema())
    finally:
        lock.release()


def _schema_is_current(ix):
    try:
        return sorted(ix.schema.names()) == sorted(build_schema().names())
    except Exception:  # an unreadable schema (classes that no longer exist): treat as obsolete
        return False


def writer_for(ix, timeout=WRITE_TIMEOUT, **options):
    try:
        return BulkWriter(ix, timeout=timeout, **options)
    except LockError:
        raise IndexBusy(f"search index {ix.storage.folder} is locked by another writer") from None


@contextmanager
def writing(ix, timeout=WRITE_TIMEOUT, **options):
    """A BulkWriter that is cancelled (lock released, nothing committed) if the block fails."""
    writer = writer_for(ix, timeout, **options)
    try:
        yield writer
    finally:
        if not writer.is_closed:
            writer.cancel()


def _delete_keys(writer, keys, locate):
    """Mark the documents with these keys deleted; return how many there were.

    `locate(writer)` may give a function key -> global document numbers in the writer's
    generation (the backend's cached snapshot): Whoosh's own `delete_by_term` opens a reader on
    every segment at each commit, which costs more than the rest of a small commit."""
    find = locate(writer) if locate else None
    if find is None:
        return sum(writer.delete_by_term(KEY, key) or 0 for key in keys)
    deleted = 0
    for key in keys:
        for docnum in find(key):
            writer.delete_document(docnum)
            deleted += 1
    return deleted


def index_documents(ix, documents, timeout=WRITE_TIMEOUT, locate=None):
    """Add or replace documents by key, in one commit (the last of several with one key wins)."""
    latest = {document.key: document for document in documents}
    if not latest:
        return
    with writing(ix, timeout) as writer:
        _delete_keys(writer, latest, locate)
        for document in latest.values():
            writer.add_search_document(document)
        writer.commit(mergetype=merge_similar_segments)


def remove_documents(ix, keys, timeout=WRITE_TIMEOUT, locate=None):
    """Remove documents by key; commits only when one of them was indexed."""
    keys = set(keys)
    if not keys:
        return
    with writing(ix, timeout) as writer:
        if _delete_keys(writer, keys, locate):
            writer.commit(mergetype=merge_similar_segments)


def clear_index(ix, timeout=WRITE_TIMEOUT):
    """Remove every document (a commit with no segments: a new generation readers notice)."""
    with writing(ix, timeout) as writer:
        writer.commit(mergetype=CLEAR)


def rebuild_in_process(ix, documents, progress=None, timeout=WRITE_TIMEOUT):
    """Replace every document with `documents` in one new segment; return how many were indexed."""
    count, seen = 0, set()
    with writing(ix, timeout) as writer:
        for document in documents:
            if document.key in seen:
                continue
            seen.add(document.key)
            writer.add_search_document(document)
            count += 1
            if progress and count % PROGRESS_EVERY == 0:
                progress(count)
        writer.commit(mergetype=CLEAR)
    if progress:
        progress(count)
    return count
