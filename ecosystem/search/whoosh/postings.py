"""Whole posting lists in and out of Whoosh's W3 codec, one term at a time.

Whoosh moves postings one by one through Python calls (a few microseconds each); an index of
100,000 listings holds about 40 million of them. These functions write and read a term's
complete list of document numbers in blocks, in exactly the W3 block format Whoosh itself
writes and reads (so any Whoosh reader opens the index), which makes rebuilding and loading
an order of magnitude faster. They rely on W3 internals of Whoosh 2.7; anything else falls
back to Whoosh's own, slower, public calls.
"""
from itertools import accumulate
from operator import sub
from pickle import dumps

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3FieldWriter, W3LeafMatcher, W3TermInfo
from whoosh.matching.wrappers import FilterMatcher
from whoosh.system import pack_int, pack_ushort

BLOCK = 128  # postings per block, as W3Codec writes them
INLINE_LIMIT = 3  # lists this short are stored inside the term's entry, saving a block each
_EMPTY = b""


def _delta(ids):
    return (ids[0],) + tuple(map(sub, ids[1:], ids))


def write_term(fieldwriter, btext, ids):
    """Write one term with its ascending document numbers (inside start_field/finish_field)."""
    if type(fieldwriter) is not W3FieldWriter:
        _write_term_slowly(fieldwriter, btext, ids)
        return
    count = len(ids)
    info = W3TermInfo(weight=float(count), df=count, maxweight=1.0, minid=ids[0], maxid=ids[-1])
    if count <= INLINE_LIMIT:
        info.set_inlined(ids, (1.0,) * count, ())
    else:
        postfile = fieldwriter._postfile
        start = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        for begin in range(0, count, BLOCK):
            block = ids[begin:begin + BLOCK]
            # (ids, weights: None when all 1.0, values: None for Existence), uncompressed
            data = dumps((_delta(block), None, None), 2)
            header = dumps((len(block), block[-1], 1.0, 0, 0, 0), 2)
            length = len(header) + len(data)
            postfile.write(pack_int(-length if begin + BLOCK >= count else length) + header + data)
        info.set_extent(start, postfile.tell() - start)
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + btext, info.to_bytes())


def _write_term_slowly(fieldwriter, btext, ids):
    fieldwriter.start_term(btext)
    for docnum in ids:
        fieldwriter.add(docnum, 1.0, _EMPTY, 0)
    fieldwriter.finish_term()


def read_ids(reader, fieldname, btext):
    """The document numbers (segment-local, deleted ones included) of a term, ascending."""
    matcher = reader.postings(fieldname, btext)
    if isinstance(matcher, FilterMatcher):  # the segment's deletions: callers apply their own
        matcher = matcher.child
    if type(matcher) is not W3LeafMatcher:
        return list(matcher.all_ids())
    ids = []
    extend = ids.extend
    while matcher.is_active():
        matcher._read_data()
        extend(accumulate(matcher._data[0]))
        matcher._next_block()
    return ids
