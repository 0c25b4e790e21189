"""Autocomplete: listings whose title words start with the words typed so far.

Every typed word must start a word of the title or alternative title (the last one may be a
single letter). Titles that start with the whole text come first, then listings where the typed
words stand next to each other in the typed order ("hoa l" -> "… Hòa Lạc"), then the rest; within
a tier, shorter titles first, then by name. "Starts with the text" is a range of the titles'
folded words in sorted order, so the first tier costs a bisection; the others intersect prefix
sets (and, for the second, read the titles' words).
"""
from .. import analysis
from . import bitsets
from .schema import ALT_WORDS, NAME_WORDS_COLUMN, TITLE_WORDS

MAX_CHARS = 200
MAX_WORDS = 8
STARTS_WITH, ADJACENT, CONTAINS = 3.0, 2.0, 1.0  # Hit.score of the three tiers


def suggest(snapshot, text, statuses, limit):
    """Up to `limit` Hits completing `text`, best first."""
    words = analysis.folded_words((text or "")[:MAX_CHARS])[:MAX_WORDS]
    if not words or limit <= 0:
        return []
    visible = snapshot.visible(statuses)
    starting = snapshot.name_prefix_bits(" ".join(words)) & visible
    found = snapshot.first(starting, limit, "short")
    hits = [snapshot.hit(docnum, STARTS_WITH) for docnum in found]
    if len(hits) < limit:
        others = visible ^ starting
        for word in words:
            others &= snapshot.prefix_bits(TITLE_WORDS, word) | snapshot.prefix_bits(ALT_WORDS, word)
            if not others:
                break
        if others and len(words) > 1:
            adjacent = _adjacent_bits(snapshot, others, words)
            hits.extend(snapshot.hit(docnum, ADJACENT)
                        for docnum in snapshot.first(adjacent, limit - len(hits), "short"))
            others ^= adjacent
        if len(hits) < limit:
            hits.extend(snapshot.hit(docnum, CONTAINS)
                        for docnum in snapshot.first(others, limit - len(hits), "short"))
    return hits


def _adjacent_bits(snapshot, bits, words):
    """Those of `bits` whose title has the words next to each other in this order (the last as a prefix).

    Read from the titles' folded words (a column), not from the pairs field, which also holds the
    descriptions: a person whose biography mentions "Hòa Lạc" must not outrank the park itself."""
    phrase = " " + " ".join(words)
    found = 0
    for view, offset in snapshot.parts():
        local = bitsets.window(bits, offset, view.size)
        if not local:
            continue
        names = view.column(NAME_WORDS_COLUMN)
        for docnum in bitsets.members(local):
            if phrase in " " + names[docnum].decode("utf-8"):
                found |= 1 << (docnum + offset)
    return found
