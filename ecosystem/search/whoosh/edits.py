"""Typo tolerance without scanning the vocabulary: generate the words one edit away and look them up.

`one_edit_variants(w)` is every string that `analysis.within_one_edit(w, ·)` accepts (deletion,
insertion, substitution, swap of adjacent letters), for insertions and substitutions drawn from
the Latin letters, digits and the word's own letters; a set intersection with a vocabulary then
finds the indexed words in reach, in microseconds where a scan of 100,000 words takes tens of ms.
"""
from functools import lru_cache

LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


@lru_cache(maxsize=2048)
def one_edit_variants(word):
    """The strings one edit away from `word` (the word itself excluded), as a frozenset."""
    alphabet = set(LETTERS) | set(word)
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    variants = {head + tail[1:] for head, tail in splits if tail}
    variants.update(head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1)
    for head, tail in splits:
        rest = tail[1:] if tail else None
        for letter in alphabet:
            variants.add(head + letter + tail)
            if rest is not None:
                variants.add(head + letter + rest)
    variants.discard(word)
    return frozenset(variants)


def edit_distance(a, b, limit=2):
    """Optimal-string-alignment distance (adjacent swaps count one), or limit + 1 when above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            cost = 0 if letter == other else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1] if previous[-1] <= limit else limit + 1
