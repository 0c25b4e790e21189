"""What the query side keeps about one Whoosh segment, loaded on demand and cached.

A segment's postings never change once written (only its deletions do, and those are applied
from the table of contents by `Snapshot`), so everything here is cached for the segment's life,
across commits: term sets, vocabularies, facet value sets, sort keys and orders. Document
numbers here are local to the segment.
"""
from bisect import bisect_left
from collections import OrderedDict

from . import bitsets
from .postings import read_ids
from .schema import (
    CREATED_COLUMN,
    HIT_COLUMN,
    HIT_SEPARATOR,
    KEY_COLUMN,
    NAME_COLUMN,
    NAME_WORDS_COLUMN,
    UPDATED_COLUMN,
)

CHUNK = 256  # documents per chunk of a sort order
TERM_CACHE_BYTES = 48 * 1024 * 1024  # per segment; a 100,000-document set takes 12.5 kB


class Vocabulary:
    """The sorted terms of one field of a segment: prefix ranges and membership."""

    def __init__(self, terms):
        self.terms = terms
        self.known = set(terms)

    def with_prefix(self, prefix):
        start = bisect_left(self.terms, prefix)
        stop = bisect_left(self.terms, _successor(prefix))
        return self.terms[start:stop]


def _successor(prefix):
    """The smallest string greater than every string starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else "\U0010ffff"


class Order:
    """Documents sorted by some key: their sequence, each one's rank, and chunk sets of CHUNK ranks."""

    def __init__(self, keys):
        self.keys = keys
        self.sequence = sorted(range(len(keys)), key=keys.__getitem__)
        self.rank = [0] * len(keys)
        for position, docnum in enumerate(self.sequence):
            self.rank[docnum] = position
        self.chunks = [bitsets.from_ids(self.sequence[start:start + CHUNK])
                       for start in range(0, len(self.sequence), CHUNK)]

    def first(self, bits, needed):
        """Up to `needed` documents of `bits` (local), in this order."""
        if not bits or needed <= 0:
            return []
        if bits.bit_count() <= 4 * CHUNK:
            return sorted(bitsets.members(bits), key=self.rank.__getitem__)[:needed]
        reached, count = 0, 0
        for chunk in self.chunks:
            hit = bits & chunk
            if hit:
                reached |= hit
                count += hit.bit_count()
                if count >= needed:
                    break
        return sorted(bitsets.members(reached), key=self.rank.__getitem__)[:needed]


class SegmentView:
    """The cached query-side data of one segment (see module docstring)."""

    def __init__(self, reader):
        self.reader = reader
        self.segment_id = reader.segment().segment_id()
        self.size = reader.doc_count_all()
        self._terms = OrderedDict()
        self._term_bytes = 0
        self._vocabularies = {}
        self._facets = {}
        self._columns = {}
        self._orders = {}
        self._name_index = None
        self._memos = {}

    def memo(self, name, build):
        """A value computed once per segment by `build(view)` (for caches other modules own)."""
        if name not in self._memos:
            self._memos[name] = build(self)
        return self._memos[name]

    def close(self):
        self.reader.close()

    # Terms

    def term_ids(self, fieldname, term):
        """The local numbers of the documents with this term (deleted ones included), uncached."""
        btext = term.encode("utf-8")
        return read_ids(self.reader, fieldname, btext) if (fieldname, btext) in self.reader else []

    def term_bits(self, fieldname, term):
        """The local set of documents with this term (deleted ones included)."""
        cache_key = (fieldname, term)
        bits = self._terms.get(cache_key)
        if bits is not None:
            self._terms.move_to_end(cache_key)
            return bits
        return self._remember(cache_key, bitsets.from_ids(self.term_ids(fieldname, term)))

    def union_bits(self, fieldname, label, terms):
        """The union of several terms' sets, cached under `label` (e.g. a prefix expansion)."""
        cache_key = (fieldname, label)
        bits = self._terms.get(cache_key)
        if bits is not None:
            self._terms.move_to_end(cache_key)
            return bits
        bits = 0
        for term in terms:
            bits |= self.term_bits(fieldname, term)
        return self._remember(cache_key, bits)

    def _remember(self, cache_key, bits):
        self._terms[cache_key] = bits
        self._term_bytes += bits.bit_length() // 8 + 64
        while self._term_bytes > TERM_CACHE_BYTES and len(self._terms) > 1:
            _key, old = self._terms.popitem(last=False)
            self._term_bytes -= old.bit_length() // 8 + 64
        return bits

    def doc_frequency(self, fieldname, term):
        return self.reader.doc_frequency(fieldname, term)

    def vocabulary(self, fieldname):
        vocabulary = self._vocabularies.get(fieldname)
        if vocabulary is None:
            terms = [btext.decode("utf-8") for btext in self.reader.lexicon(fieldname)]
            vocabulary = self._vocabularies[fieldname] = Vocabulary(terms)
        return vocabulary

    def frequent_terms(self, fieldname, share):
        """The terms found in at least `share` of the documents: the costly ones to load."""
        threshold = max(2, int(self.size * share))
        return [btext.decode("utf-8") for btext, info in self.reader.iter_field(fieldname)
                if info.doc_frequency() >= threshold]

    # Facets, columns, orders

    def facet_sets(self, facet):
        """{value: local set} for every value of a facet in this segment."""
        sets = self._facets.get(facet)
        if sets is None:
            sets = {term: self.term_bits(facet, term) for term in self.vocabulary(facet).terms}
            self._facets[facet] = sets
        return sets

    def column(self, name):
        values = self._columns.get(name)
        if values is None:
            values = self._columns[name] = list(self.reader.column_reader(name))
        return values

    def order(self, name):
        """One of the sort orders: "name", "newest", "updated", "short" (autocomplete)."""
        order = self._orders.get(name)
        if order is None:
            order = self._orders[name] = Order(self.sort_keys(name))
        return order

    def sort_keys(self, name):
        """Per-document keys of an order, comparable across segments (ties end on the key)."""
        keys, names = self.column(KEY_COLUMN), self.column(NAME_COLUMN)
        if name == "name":
            return list(zip(names, keys, strict=True))
        if name == "short":
            return [(len(n.decode("utf-8")), n, k) for n, k in zip(names, keys, strict=True)]
        column = CREATED_COLUMN if name == "newest" else UPDATED_COLUMN
        return [(-moment, k) for moment, k in zip(self.column(column), keys, strict=True)]

    def name_prefix_bits(self, prefix):
        """Local set of documents whose title's folded words start with `prefix` (a string)."""
        cache_key = (NAME_WORDS_COLUMN, prefix)
        bits = self._terms.get(cache_key)
        if bits is not None:
            return bits
        if self._name_index is None:
            names = [n.decode("utf-8") for n in self.column(NAME_WORDS_COLUMN)]
            sequence = sorted(range(len(names)), key=names.__getitem__)
            self._name_index = ([names[d] for d in sequence], sequence)
        sorted_names, sequence = self._name_index
        start = bisect_left(sorted_names, prefix)
        stop = bisect_left(sorted_names, _successor(prefix))
        return self._remember(cache_key, bitsets.from_ids(sequence[start:stop]))

    def stored(self, docnum):
        return self.reader.stored_fields(docnum)

    def hit_fields(self, docnum):
        """(key, kind, slug, title) of a document, from columns kept in memory."""
        kind, slug, title = self.column(HIT_COLUMN)[docnum].decode("utf-8").split(HIT_SEPARATOR, 2)
        return self.column(KEY_COLUMN)[docnum].decode("utf-8"), kind, slug, title
