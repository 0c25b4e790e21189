"""Sets of document numbers as Python integers (bit n set = document n is in the set).

Python has no array library here, but its integers are arbitrary-precision bit strings whose
`&`, `|`, `^` and `bit_count` run in C over 30-bit digits: an AND of two 100,000-document sets
costs about a microsecond, so boolean retrieval, filters and facet counts become a few integer
operations instead of Python loops over postings.

Scores are kept "bit-sliced": slice k holds bit k of every document's integer score, so adding a
feature worth w to a set of documents is a ripple-carry addition over the slices, and the
documents with the highest scores are found by walking the slices from the top bit down.
"""
from itertools import compress

_BINARY_TO_FLAGS = bytes.maketrans(b"01", b"\x00\x01")
_SMALL = 24  # below this many ids, setting bits one by one is cheaper than building a string


def from_ids(ids):
    """The set of these document numbers (any order, repeats allowed)."""
    if len(ids) < _SMALL:
        bits = 0
        for docnum in ids:
            bits |= 1 << docnum
        return bits
    top = max(ids)
    digits = bytearray(b"0") * (top + 1)
    for docnum in ids:
        digits[top - docnum] = 49  # "1": the string is written most significant bit first
    return int(digits, 2)


def from_range(start, stop):
    """The documents start..stop-1."""
    return ((1 << (stop - start)) - 1) << start if stop > start else 0


def members(bits):
    """The document numbers in a set, ascending."""
    if not bits:
        return []
    digits = bin(bits)[:1:-1]  # least significant first: index = document number
    if bits.bit_count() * 16 > len(digits):  # dense: one C-level pass over flags
        return list(compress(range(len(digits)), digits.encode().translate(_BINARY_TO_FLAGS)))
    result = []
    find = digits.find
    position = find("1")
    while position >= 0:
        result.append(position)
        position = find("1", position + 1)
    return result


def shifted(bits, offset):
    return bits << offset if offset else bits


def window(bits, offset, size):
    """The part of a global set that falls in one segment, renumbered from 0."""
    return (bits >> offset) & ((1 << size) - 1)


class ScoreSlices:
    """Integer scores of every document, one bit plane per integer (see module docstring)."""

    def __init__(self):
        self.planes = []

    def add(self, bits, weight):
        """Add `weight` (a positive integer) to the score of every document in `bits`."""
        if not bits or weight <= 0:
            return
        planes = self.planes
        level = 0
        while weight:
            if weight & 1:
                carry = bits
                position = level
                while carry:
                    while position >= len(planes):
                        planes.append(0)
                    plane = planes[position]
                    planes[position] = plane ^ carry
                    carry &= plane
                    position += 1
            weight >>= 1
            level += 1

    def best_first(self, candidates, needed):
        """Yield (score, set) groups of equal score, best first, until `needed` documents are out."""
        stack = [(candidates, len(self.planes) - 1, 0)]
        given = 0
        while stack and given < needed:
            bits, level, score = stack.pop()
            if not bits:
                continue
            if level < 0:
                given += bits.bit_count()
                yield score, bits
                continue
            plane = self.planes[level]
            high = bits & plane
            # Lower scores are pushed first so the higher half is popped (explored) first.
            stack.append((bits ^ high, level - 1, score))
            stack.append((high, level - 1, score | (1 << level)))
