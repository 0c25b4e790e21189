"""One generation of the index as the query side sees it: segments laid end to end.

Global document numbers are a segment's offset plus its local number, as in Whoosh's
MultiReader. A `Snapshot` is built when the index's generation changes; it reuses the
`SegmentView`s (and their caches) of segments that did not change and takes deletions from the
new table of contents. (Whoosh 2.7's own `Searcher.refresh()` reuses readers whose deletions
are stale and keeps merged-away segments, so it is not used.)
"""
from bisect import bisect_right

from whoosh.reading import SegmentReader

from ..analysis import FUZZY_MIN_LENGTH, PREFIX_MIN_LENGTH
from ..protocol import Hit
from . import bitsets
from .edits import one_edit_variants
from .segment_view import SegmentView


def load_snapshot(ix, previous=None):
    """The current generation of `ix`, reusing what `previous` loaded for unchanged segments."""
    toc = ix._read_toc()  # the one place a private Whoosh method is needed: segments with their deletions
    reusable = {view.segment_id: view for view in previous.views} if previous else {}
    parts, opened = [], []
    try:
        for segment in toc.segments:
            view = reusable.pop(segment.segment_id(), None)
            if view is None:
                view = SegmentView(SegmentReader(ix.storage, toc.schema, segment, generation=toc.generation))
                opened.append(view)
            parts.append((view, set(segment.deleted_docs())))
    except Exception:  # a writer removed a merged segment meanwhile: the caller retries
        for view in opened:
            view.close()
        raise
    for view in reusable.values():
        view.close()
    return Snapshot(toc.generation, parts)


class Snapshot:
    """Segments with offsets and deletions; global sets, expansions, orders and hits over them."""

    def __init__(self, generation, parts):
        self.generation = generation
        self.views, self.offsets, self.deleted = [], [], []
        size = 0
        live = 0
        for view, deleted in parts:
            self.views.append(view)
            self.offsets.append(size)
            self.deleted.append(deleted)
            local = bitsets.from_range(0, view.size) ^ bitsets.from_ids(sorted(deleted))
            live |= bitsets.shifted(local, size)
            size += view.size
        self.size, self.live, self.live_count = size, live, live.bit_count()
        self._facets, self._visible = {}, {}

    def close(self):
        for view in self.views:
            view.close()

    def parts(self):
        return zip(self.views, self.offsets, strict=True)

    def _local(self, bits, view, offset):
        if len(self.views) == 1:
            return bits
        return bitsets.window(bits, offset, view.size)

    # Sets of documents

    def term_bits(self, fieldname, term):
        bits = 0
        for view, offset in self.parts():
            bits |= bitsets.shifted(view.term_bits(fieldname, term), offset)
        return bits

    def word_bits(self, fieldname, folded):
        """(documents with the folded word itself, others with a word it starts, others one typo away).

        Prefixes count from PREFIX_MIN_LENGTH letters, typos from FUZZY_MIN_LENGTH, as in
        analysis.word_matches."""
        exact = self.term_bits(fieldname, folded)
        variants = one_edit_variants(folded) if len(folded) >= FUZZY_MIN_LENGTH else frozenset()
        prefixed, typo = 0, 0
        for view, offset in self.parts():
            vocabulary = view.vocabulary(fieldname)
            longer = vocabulary.with_prefix(folded) if len(folded) >= PREFIX_MIN_LENGTH else []
            if longer and longer[0] == folded:
                longer = longer[1:]
            if longer:
                prefixed |= bitsets.shifted(view.union_bits(fieldname, ("prefix+", folded), longer), offset)
            near = sorted(variants & vocabulary.known) if variants else ()
            if near:
                typo |= bitsets.shifted(view.union_bits(fieldname, ("typo", folded), near), offset)
        prefixed ^= prefixed & exact
        return exact, prefixed, typo ^ (typo & (exact | prefixed))

    def prefix_bits(self, fieldname, prefix):
        """Documents with a word of this field starting with `prefix` (any length)."""
        bits = 0
        for view, offset in self.parts():
            terms = view.vocabulary(fieldname).with_prefix(prefix)
            if terms:
                bits |= bitsets.shifted(view.union_bits(fieldname, ("prefix", prefix), terms), offset)
        return bits

    def name_prefix_bits(self, prefix):
        bits = 0
        for view, offset in self.parts():
            bits |= bitsets.shifted(view.name_prefix_bits(prefix), offset)
        return bits

    def facet_sets(self, facet):
        """{value: global set} of a facet, for this generation."""
        sets = self._facets.get(facet)
        if sets is None:
            sets = {}
            for view, offset in self.parts():
                for value, bits in view.facet_sets(facet).items():
                    sets[value] = sets.get(value, 0) | bitsets.shifted(bits, offset)
            self._facets[facet] = sets
        return sets

    def any_of(self, facet, values):
        sets = self.facet_sets(facet)
        bits = 0
        for value in values:
            bits |= sets.get(value, 0)
        return bits

    def visible(self, statuses):
        """Live documents whose status is one of `statuses`."""
        key = tuple(sorted(set(statuses)))
        bits = self._visible.get(key)
        if bits is None:
            bits = self._visible[key] = self.live & self.any_of("status", key)
        return bits

    def live_documents_with(self, fieldname, term):
        """Global numbers of the live documents with a term, read without caching (keys are unique)."""
        found = []
        for view, offset, deleted in zip(self.views, self.offsets, self.deleted, strict=True):
            found.extend(offset + d for d in view.term_ids(fieldname, term) if d not in deleted)
        return found

    def doc_frequency(self, fieldname, term):
        return sum(view.doc_frequency(fieldname, term) for view in self.views)

    def has_term(self, fieldname, term):
        return any(term in view.vocabulary(fieldname).known for view in self.views)

    # Orders and hits

    def first(self, bits, needed, order):
        """Up to `needed` documents of `bits`, sorted by one of SegmentView.order's orders."""
        found = []
        for view, offset in self.parts():
            local = self._local(bits, view, offset)
            if local:
                sequence = view.order(order)
                found.extend((sequence.keys[d], offset + d) for d in sequence.first(local, needed))
        found.sort()
        return [docnum for _key, docnum in found[:needed]]

    def locate(self, docnum):
        index = bisect_right(self.offsets, docnum) - 1
        return self.views[index], docnum - self.offsets[index]

    def hit(self, docnum, score=0.0):
        view, local = self.locate(docnum)
        key, kind, slug, title = view.hit_fields(local)
        return Hit(key=key, kind=kind, slug=slug, title=title, score=float(score))

    def stored_documents(self):
        """(global docnum, stored fields) of every live document."""
        for view, offset, deleted in zip(self.views, self.offsets, self.deleted, strict=True):
            for local in range(view.size):
                if local not in deleted:
                    yield offset + local, view.stored(local)
