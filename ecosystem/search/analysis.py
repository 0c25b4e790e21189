"""Vietnamese-aware text analysis shared by both search backends, the highlighter and the tests.

Every text goes through `normalise` (NFC, one tone-mark placement) before it is split into words.
Each word then has three forms:
- exact: the normalised lowercase word ("hòa"), so a query typed with diacritics ranks exact matches first;
- folded: no diacritics, đ→d ("hoa"), so "hoa lac" finds "Hòa Lạc";
- pairs: two adjacent folded words joined by "_" ("cong_nghe"), so multi-syllable Vietnamese
  words ("công nghệ", "đại học") score as words rather than as two very common syllables.
"""
import re
import unicodedata

from ..text import fold

# Tone marks in NFD. Old-style ("hòa", "thùy") and new-style ("hoà", "thuỳ") placements differ
# only in open syllables oa/oe/uy; both are folded onto the old style, which most Hanoi bodies use.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OA_OE = re.compile(rf"([oO])([aAeE])([{_TONES}])(?![^\W\d_])", re.UNICODE)
_UY = re.compile(rf"(?<![qQ])([uU])([yY])([{_TONES}])(?![^\W\d_])", re.UNICODE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_WORD = 40


def normalise(text):
    """NFC with one tone-mark placement: normalise("hoà") == normalise("hòa") == "hòa"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    decomposed = _OA_OE.sub(r"\1\3\2", decomposed)
    decomposed = _UY.sub(r"\1\3\2", decomposed)
    return unicodedata.normalize("NFC", decomposed)


def words(text):
    """The normalised lowercase words of a text, in order (over-long tokens are cut)."""
    return [w[:MAX_WORD] for w in _WORD.findall(normalise(text).lower())]


def fold_word(word):
    """The folded form of one normalised word."""
    return fold(word)


def folded_words(text):
    return [fold(w) for w in words(text)]


def pairs(folded):
    """Adjacent folded words joined by "_": ["cong", "nghe", "cao"] -> ["cong_nghe", "nghe_cao"]."""
    return [f"{a}_{b}" for a, b in zip(folded, folded[1:], strict=False)]


def has_diacritics(word):
    """True when folding changes the word, i.e. the user typed Vietnamese marks or đ."""
    return fold(word) != word.lower()


def within_one_edit(a, b):
    """True when b is a or one insertion, deletion, substitution or swap of adjacent letters away."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


FUZZY_MIN_LENGTH = 5  # one edit is tolerated on words of five letters or more
PREFIX_MIN_LENGTH = 3  # shorter prefixes expand to too much of the vocabulary


def word_matches(query_folded, word_folded, allow_prefix=True):
    """The matching rule both backends implement, for one query word against one document word."""
    if word_folded == query_folded:
        return True
    if allow_prefix and len(query_folded) >= PREFIX_MIN_LENGTH and word_folded.startswith(query_folded):
        return True
    return len(query_folded) >= FUZZY_MIN_LENGTH and within_one_edit(query_folded, word_folded)
