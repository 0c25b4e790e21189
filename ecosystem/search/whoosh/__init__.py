"""The Whoosh search backend: one index directory per machine, the only package importing whoosh.

Whoosh stores the index (segments, postings, stored fields, columns, write lock, commits); the
query side does not use Whoosh's query objects and scorers but reads whole posting lists into
sets of documents held as Python integers, and matches, filters, counts facets and ranks with
integer operations, which keeps searches over 100,000 listings at a few milliseconds.

    backend.py         WhooshBackend: the SearchBackend protocol, snapshots, locking, warm()
    schema.py          fields, columns and their names
    entries.py         SearchDocument -> terms, stored values, columns (the shared analysis, fast)
    segment_writer.py  BulkWriter: Whoosh segments written from in-memory postings; merge policy
    postings.py        whole posting lists in and out of Whoosh's W3 codec
    writing.py         open/create, upsert, remove, clear, one-process rebuild
    rebuild.py         rebuild on every core; rebuild_worker.py is the worker process
    segment_view.py    per-segment caches: term sets, vocabularies, facets, sort orders
    snapshot.py        one index generation: segments end to end, deletions, global sets
    bitsets.py         sets and bit-sliced scores as integers
    querying.py        matching, ranking, paging; facets.py counts facets
    suggestions.py     autocomplete; similar.py more-like-this; spelling.py did-you-mean; edits.py typos
"""
from .backend import WhooshBackend
from .rebuild import RebuildFailed
from .writing import IndexBusy

__all__ = ["IndexBusy", "RebuildFailed", "WhooshBackend"]
