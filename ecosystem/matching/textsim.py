"""Text similarity without heavy libraries: folded words and word pairs, TF-IDF weights, cosine.

Vietnamese words are often two syllables ("công nghệ"), so adjacent pairs count as terms too; the
inverse document frequency keeps syllables that occur everywhere ("công", "hà nội") from counting."""
import math
import re
import unicodedata
from collections import Counter

_MARKS = re.compile(r"[\u0300-\u036f]")
_WORD = re.compile(r"[a-z0-9]+")
_DD = str.maketrans({"đ": "d", "Đ": "d"})
MAX_CHARS = 2000  # a long description says no more about a listing's topic than its first paragraphs
# Words that carry no topic in either language (the IDF handles the rest).
STOPWORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or our the their to we with "
    "va cua cac cho voi la co duoc trong nhung mot nay tu den khi de ve tai theo nhu".split())


def folded_tokens(text):
    """Lowercase ASCII words of a text: diacritics removed, đ→d ("Hòa Lạc" -> ["hoa", "lac"])."""
    if not text:
        return []
    decomposed = unicodedata.normalize("NFD", text[:MAX_CHARS].translate(_DD).lower())
    return [w for w in _WORD.findall(_MARKS.sub("", decomposed)) if len(w) > 1 and w not in STOPWORDS]


def terms(*texts):
    """Counter of the words and adjacent word pairs of the texts."""
    counts = Counter()
    for text in texts:
        tokens = folded_tokens(text)
        tokens = [t for t in tokens if not t.isdigit()]  # years and amounts say nothing about a topic
        counts.update(tokens)
        counts.update(map(" ".join, zip(tokens, tokens[1:], strict=False)))
    return counts


class TermStatistics:
    """Document frequencies of terms over a sample of listings, for inverse document frequency."""

    def __init__(self, documents=()):
        self.total = 0
        self.df = Counter()
        self._table = None  # {term: idf} of the known terms, built on first use
        for document in documents:
            self.add(document)

    def add(self, document_terms):
        self.total += 1
        self.df.update(document_terms.keys())
        self._table = None

    def idf(self, term):
        """Smoothed IDF: rare terms weigh more; a term in every document still weighs a little."""
        return math.log((self.total + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def table(self):
        """({term: idf} of every known term, the idf of an unknown term), computed once."""
        if self._table is None:
            self._table = {term: self.idf(term) for term in self.df}
        return self._table, self.idf("")


_TF = [0.0] + [1 + math.log(n) for n in range(1, 64)]


def vector(counts, stats):
    """(TF-IDF weights, their Euclidean norm) of a term Counter."""
    table, unknown = stats.table()
    get = table.get
    weights = {term: (_TF[n] if n < 64 else 1 + math.log(n)) * get(term, unknown) for term, n in counts.items()}
    return weights, math.sqrt(sum(v * v for v in weights.values()))


def cosine(a, b):
    """(cosine similarity 0..1, the shared terms that weigh most) of two vectors from `vector`."""
    (wa, na), (wb, nb) = a, b
    if not na or not nb:
        return 0.0, []
    shared = wa.keys() & wb.keys() if len(wa) <= len(wb) else wb.keys() & wa.keys()
    if not shared:
        return 0.0, []
    dot = sum(wa[t] * wb[t] for t in shared)
    top = sorted(shared, key=lambda t: (-wa[t] * wb[t], t))
    return min(1.0, dot / (na * nb)), top
