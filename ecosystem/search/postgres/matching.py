"""From a parsed query to the tsquery values that match and rank documents.

Matching runs on the GIN index of `terms` only, so it never reads a document's vectors: a word
becomes the OR of itself and its expansions (indexed words it starts, words one edit away), a
phrase the AND of its pairs, excluded words are ANDed as NOT. Ranking uses separate queries for
exact words, expansions, accented words and adjacent pairs, each weighed on its own.
"""
from dataclasses import dataclass

from ..analysis import pairs
from . import vocabulary
from .lexemes import all_of, any_of, none_of

PROXY_MAX_LOOSE = 8


@dataclass(frozen=True)
class Plan:
    """The tsquery literals of one search ("" for a part the query does not have)."""

    match: str = ""  # the positive clauses and the excluded words, for the GIN index
    excluded: str = ""  # any excluded word: used alone when the query has no positive clause (browse)
    exact: str = ""  # every positive word, folded
    loose: str = ""  # what the words expand to: completions and typos
    accents: str = ""  # words typed with diacritics, in their exact form
    adjacent: str = ""  # pairs of consecutive query words

    @property
    def browse(self):
        """True when nothing is required: every visible document matches (minus excluded words)."""
        return not self.match

    @property
    def proxy(self):
        """One query over the ranking lexemes, for the cheap first ranking on titles.

        Its cost is paid on every matched row, per lexeme: a prefix that expands to many words
        ("phat" -> phatagri, phatbio, ...) leaves its expansions to the exact ranking."""
        loose = self.loose if self.loose.count(" | ") < PROXY_MAX_LOOSE else ""
        return " | ".join(part for part in (self.exact, loose, self.accents, self.adjacent) if part)


def plan_query(conn, query):
    """The Plan of a ParsedQuery (one vocabulary lookup for the expansions of all its words)."""
    excluded = none_of(query.excluded)
    if query.empty:
        return Plan(excluded=any_of(query.excluded))
    single = [alternative[0].folded for clause in query.clauses for alternative in clause.alternatives
              if len(alternative) == 1]
    expansions = vocabulary.expand(conn, single)
    clauses = []
    for clause in query.clauses:
        options = [_word(alternative[0].folded, expansions) if len(alternative) == 1 else _phrase(alternative)
                   for alternative in clause.alternatives]
        clauses.append(" | ".join(f"({option})" for option in options if option))
    positive = query.all_words()
    expanded = set().union(*(expansions.of(w) for w in single)) if single else set()
    loose = [any_of(sorted(expanded - {w.folded for w in positive})),
             any_of(sorted(expansions.by_prefix), prefix=True)]
    sequence = [w.folded for w in query.sequence()]
    return Plan(
        match=all_of(clauses + [excluded]),
        exact=any_of(w.folded for w in positive),
        loose=" | ".join(part for part in loose if part),
        accents=any_of(w.exact for w in positive if w.accented),
        adjacent=any_of(pairs(sequence)),
    )


def _word(folded, expansions):
    options = [any_of([folded] + sorted(expansions.of(folded)))]
    if folded in expansions.by_prefix:
        options.append(any_of([folded], prefix=True))
    return " | ".join(option for option in options if option)


def _phrase(words):
    return all_of(any_of([pair]) for pair in pairs([w.folded for w in words]))
