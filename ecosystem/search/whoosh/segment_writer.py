"""Writing Whoosh segments fast: documents go in as finished term sets, postings stay in memory.

Whoosh's own writer pushes every posting through an external sort and the codec one call at a
time (about 5 ms a document here). `BulkWriter` is a Whoosh `SegmentWriter` whose pool keeps
each term's document numbers in a list (they arrive in ascending order, so nothing is sorted but
the terms) and writes each list in one go (`postings.write_term`). Merging, locking, the table of
contents and deletions are Whoosh's own.
"""
import math
from collections import defaultdict

from whoosh.writing import SegmentWriter

from .entries import EntryMaker
from .postings import read_ids, write_term

MERGE_FACTOR = 8  # merge when this many segments of a similar size pile up
# A normal commit never writes a merged segment larger than this. A merge holds the postings of every
# segment it reads in memory (about 3 KB a document), so this bounds a commit's memory however large the
# index grows (a 50,000-row import peaked at 318 MB with a 25,000 cap); larger segments are a rebuild's job.
MERGE_MAX_DOCS = 10_000


class TermPool:
    """The postings of the segment being written: field -> term -> ascending document numbers."""

    def __init__(self):
        self.fields = {}

    def table(self, fieldname):
        table = self.fields.get(fieldname)
        if table is None:
            table = self.fields[fieldname] = defaultdict(list)
        return table

    def add_terms(self, fieldname, terms, docnum):
        table = self.table(fieldname)
        for term in terms:
            table[term].append(docnum)

    def add(self, item):
        """Whoosh's pool interface: one (fieldname, btext, docnum, weight, value) posting."""
        fieldname, btext, docnum, _weight, _value = item
        self.table(fieldname)[btext.decode("utf-8")].append(docnum)

    def write(self, fieldwriter, schema):
        """Write every term of every field, in the order the codec requires."""
        for fieldname in sorted(self.fields):
            table = self.fields[fieldname]
            fieldwriter.start_field(fieldname, schema[fieldname])
            for term in sorted(table):
                write_term(fieldwriter, term.encode("utf-8"), table[term])
            fieldwriter.finish_field()

    def cleanup(self):
        self.fields = {}


class BulkWriter(SegmentWriter):
    """A SegmentWriter for SearchDocuments (`add_search_document`), with the in-memory TermPool.

    Segments are written as separate files, not one compound file: Whoosh 2.7 reads a compound
    file's parts into memory (a BytesIO copy of the mmap), which would put the whole index in
    every process's memory."""

    def __init__(self, ix, timeout=0.0, **kwargs):
        kwargs.setdefault("compound", False)
        super().__init__(ix, timeout=timeout, delay=0.05, **kwargs)
        self.pool.cleanup()
        self.pool = TermPool()
        self.entry_maker = EntryMaker()

    def add_search_document(self, document):
        """Add one document (the caller has deleted any older version of its key)."""
        self._check_state()
        schema, docnum, perdoc = self.schema, self.docnum, self.perdocwriter
        entry = self.entry_maker.entry(document)
        perdoc.start_doc(docnum)
        for name, value in entry.stored.items():
            perdoc.add_field(name, schema[name], value, 0)
        for name, value in entry.columns.items():
            perdoc.add_column_value(name, schema[name].column_type, value)
        perdoc.finish_doc()
        for fieldname, terms in entry.terms.items():
            self.pool.add_terms(fieldname, terms, docnum)
        self._added = True
        self.docnum += 1

    def add_postings_to_pool(self, reader, startdoc, docmap):
        """Copy a merged segment's postings term by term (Whoosh copies them one by one)."""
        for fieldname in sorted(reader.indexed_field_names()):
            if fieldname not in self.schema:
                continue
            table = self.pool.table(fieldname)
            for btext in reader.lexicon(fieldname):
                ids = read_ids(reader, fieldname, btext)
                if docmap is None:
                    moved = [startdoc + docnum for docnum in ids]
                else:  # deleted documents have no new number: they are dropped
                    moved = [docmap[docnum] for docnum in ids if docnum in docmap]
                if moved:
                    table[btext.decode("utf-8")].extend(moved)

    def _flush_segment(self):
        # Without field lengths: Whoosh would look up a length column on disk for every posting.
        self.perdocwriter.close()
        self.pool.write(self.fieldwriter, self.schema)
        self.fieldwriter.close()

    def finish_partial(self):
        """Write this writer's segment without committing it (for a rebuild made of several)."""
        segment = self._finalize_segment()
        self._finish()
        return segment

    def commit_with(self, extra_segments, mergetype):
        """Commit this writer's segment plus segments written by `finish_partial` writers."""
        self._check_state()
        segments = self._merge_segments(mergetype, None, None)
        segments.extend(extra_segments)
        if self._added:
            segments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(segments)
        self._finish()


def _tier(segment):
    return int(math.log(max(segment.doc_count_all(), 1), MERGE_FACTOR))


def merge_similar_segments(writer, segments):
    """Merge policy: drop emptied segments; merge a tier of MERGE_FACTOR small segments of similar size.

    Tiers grow by MERGE_FACTOR, so each document is rewritten about log8(n) times over its life. A tier
    whose merge would exceed MERGE_MAX_DOCS is left alone, keeping commits short and their memory bounded."""
    from whoosh.reading import SegmentReader

    kept = [s for s in segments if s.doc_count() > 0]
    tiers = defaultdict(list)
    for segment in kept:
        if segment.doc_count_all() <= MERGE_MAX_DOCS:
            tiers[_tier(segment)].append(segment)
    for tier in sorted(tiers):
        group = tiers[tier]
        if len(group) >= MERGE_FACTOR and sum(s.doc_count_all() for s in group) <= MERGE_MAX_DOCS:
            for segment in group:
                reader = SegmentReader(writer.storage, writer.schema, segment)
                writer.add_reader(reader)
                reader.close()
            return [s for s in kept if s not in group]
    return kept
