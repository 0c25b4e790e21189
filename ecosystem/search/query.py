"""Safe parsing of what a user types into the search box.

The grammar is deliberately small and total: any string parses. Words are required (AND);
`OR` between two words makes them alternatives; `-word` or `NOT word` excludes; "quoted words"
must stand next to each other. There is no field syntax: `id:*` is just the word "id", and
brackets, stars and stray operators are ignored, so no query can reach a field the public may
not search or raise an error in a backend.
"""
import re
from dataclasses import dataclass, field

from .analysis import fold_word, has_diacritics, words

MAX_QUERY_CHARS = 500
MAX_WORDS = 16

_TOKEN = re.compile(r'"[^"]*"?|\S+')


@dataclass(frozen=True)
class Word:
    """One query word: `exact` as typed (normalised, lowercase) and `folded`."""

    exact: str
    folded: str

    @property
    def accented(self):
        return has_diacritics(self.exact)


@dataclass(frozen=True)
class Clause:
    """Alternatives: a document must match at least one of `words` (each a one-word list) or phrases."""

    alternatives: tuple  # tuple of tuples of Word: a one-word tuple is a word, longer ones are phrases


@dataclass
class ParsedQuery:
    """Required clauses (AND), excluded words (folded) and the text the user typed, cleaned."""

    clauses: list = field(default_factory=list)
    excluded: list = field(default_factory=list)
    text: str = ""

    @property
    def empty(self):
        return not self.clauses

    def all_words(self):
        """Every positive query word, in order, once."""
        seen, result = set(), []
        for clause in self.clauses:
            for alternative in clause.alternatives:
                for word in alternative:
                    if word.folded not in seen:
                        seen.add(word.folded)
                        result.append(word)
        return result

    def sequence(self):
        """The positive words in typed order (with repeats), for pair (adjacency) scoring."""
        return [w for clause in self.clauses for alt in clause.alternatives[:1] for w in alt]


def _words_of(raw):
    return tuple(Word(w, fold_word(w)) for w in words(raw))


def parse(text):
    """Parse any string into a ParsedQuery; never raises."""
    text = (text or "")[:MAX_QUERY_CHARS]
    query = ParsedQuery(text=" ".join(text.split()))
    groups, negate_next, or_next = [], False, False
    for token in _TOKEN.findall(text):
        if token in ("AND", "&&"):
            continue
        if token in ("OR", "||"):
            or_next = bool(groups)
            continue
        if token in ("NOT", "!"):
            negate_next = True
            continue
        negated = negate_next or (token.startswith("-") and len(token) > 1)
        negate_next = False
        phrase = token.startswith('"')
        found = _words_of(token)[:MAX_WORDS]
        if not found:
            continue
        if negated:
            query.excluded.extend(w.folded for w in found)
            or_next = False
            continue
        alternatives = [found] if phrase else [(w,) for w in found]
        if or_next and groups:
            groups[-1].append(alternatives[0])
            alternatives = alternatives[1:]
        groups.extend([a] for a in alternatives)
        or_next = False
    count = 0
    for group in groups:
        size = sum(len(a) for a in group)
        if count + size > MAX_WORDS:
            break
        query.clauses.append(Clause(tuple(group)))
        count += size
    query.excluded = list(dict.fromkeys(query.excluded))[:MAX_WORDS]
    return query
