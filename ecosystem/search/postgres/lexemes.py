"""The analysed forms of documents and queries, as PostgreSQL full-text values.

Everything is analysed in Python by `ecosystem.search.analysis`, so this backend matches exactly
what the Whoosh backend matches; PostgreSQL's own parser never sees the text. A document becomes
tsvectors of three kinds of lexemes: folded words ("hoa"), folded pairs of adjacent words
("hoa_lac") and exact words that carry diacritics ("hòa"). The kinds cannot collide: folded words
have no marks and no "_", pairs hold "_", exact ones always have a mark. Positions carry the field
weight (title A, alternative names B, keywords C, body D) for ts_rank.
"""
import re

from ..analysis import fold_word, pairs, words

NAMED_FIELDS = (("title", "A"), ("title_alt", "B"), ("keywords", "C"))  # the body weighs D, without positions
HEAD_FIELDS = NAMED_FIELDS[:2]
HEAD_WORDS = 64  # the inline head vector must stay small whatever a title holds
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position
POSITIONS_PER_LEXEME = 8  # ts_rank weighs the n-th occurrence by 1/n²: more add nothing
_RESERVED = re.compile(r"[\s'\\:]")  # what would end or escape an unquoted lexeme
_LEXEME = re.compile(r"[^\W_]+(?:_[^\W_]+)?\Z", re.UNICODE)
_FOLDED = {}
NAMES_SEPARATOR = "\x1e"  # between the title's words and the other names: typed words never span both


def folded_list(exact_words):
    """The folded forms of analysed words, remembered: a corpus repeats a small vocabulary and folding is slow."""
    if len(_FOLDED) > 500_000:  # an endless stream of new words must not grow the process forever
        _FOLDED.clear()
    result = []
    for word in exact_words:
        fold = _FOLDED.get(word)
        if fold is None:
            fold = _FOLDED[word] = fold_word(word)
        result.append(fold)
    return result


class AnalysedDocument:
    """Every stored form of one document, computed once: tsvector literals, title words, word forms."""

    __slots__ = ("terms", "accents", "head", "title_words", "names", "forms")

    def __init__(self, document):
        field_words = {name: words(getattr(document, name) or "") for name in ("title", "title_alt", "keywords")}
        body = words(document.body or "")
        self.terms, self.accents = _document_vectors(field_words, body)
        head = {name: field_words[name][:HEAD_WORDS] for name, _weight in HEAD_FIELDS}
        self.head = _head_vector(head)
        self.title_words = " ".join(folded_list(field_words["title"]))
        self.names = f" {self.title_words} {NAMES_SEPARATOR} {' '.join(folded_list(field_words['title_alt']))} "
        forms = set(body)
        for found in field_words.values():
            forms.update(found)
        self.forms = sorted(forms)


def _document_vectors(field_words, body):
    """(terms, accents) tsvector literals: folded words and pairs; exact accented words.

    Body lexemes carry no position: ts_rank weighs a lexeme without positions as D, the body's
    weight anyway, and a long description then takes a third of the space."""
    terms, accents = {}, {}
    position = 0
    for name, weight in NAMED_FIELDS:
        position = _mark_field(terms, accents, field_words[name], weight, position)
    folded = folded_list(body)
    body_terms = set(folded)
    body_terms.update(pairs(folded))
    body_terms.difference_update(terms)
    body_accents = set(body).difference(folded)
    body_accents.difference_update(accents)
    return _literal(terms, body_terms), _literal(accents, body_accents)


def _head_vector(field_words):
    """The head tsvector literal: title and alternative names, all three kinds of lexemes together."""
    marks = {}
    position = 0
    for name, weight in HEAD_FIELDS:
        position = _mark_field(marks, marks, field_words[name], weight, position)
    return _literal(marks, ())


def _mark_field(terms, accents, exact, weight, position):
    """Record the weighted positions of one field's lexemes; return the position after it."""
    folded = folded_list(exact)
    for at, (word, fold) in enumerate(zip(exact, folded, strict=True), position + 1):
        mark = f"{min(at, MAX_POSITION)}{weight}"
        _add(terms, fold, mark)
        if word != fold:
            _add(accents, word, mark)
    for at, pair in enumerate(pairs(folded), position + 1):
        _add(terms, pair, f"{min(at, MAX_POSITION)}{weight}")
    return position + len(exact) + 1  # a gap, so no pair spans two fields


def _add(marks, lexeme, mark):
    found = marks.get(lexeme)
    if found is None:
        marks[lexeme] = [mark]
    elif len(found) < POSITIONS_PER_LEXEME:
        found.append(mark)


def _literal(marks, unplaced):
    """A tsvector literal. Lexemes go unquoted when analysis kept them to letters, digits and "_"."""
    if _RESERVED.search("".join(marks)) is None and _RESERVED.search("".join(unplaced)) is None:
        entries = [f"{lexeme}:{','.join(found)}" for lexeme, found in marks.items()]
        entries.extend(unplaced)
        return " ".join(entries)
    entries = [f"{quoted(lexeme)}:{','.join(found)}" for lexeme, found in marks.items()]
    entries.extend(quoted(lexeme) for lexeme in unplaced)
    return " ".join(entries)


def quoted(lexeme):
    """A lexeme quoted by the tsvector/tsquery grammar (a quote doubled, a backslash escaped)."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def is_lexeme(value):
    """True for what analysis produces: a word of letters and digits, or two joined by "_"."""
    return bool(value) and _LEXEME.match(value) is not None


def any_of(lexemes, prefix=False):
    """A tsquery literal matching any of these lexemes (by prefix with `prefix`); "" for none.

    The literal travels as a bound parameter; each lexeme is validated and quoted, so a
    query word can never become a tsquery operator."""
    suffix = ":*" if prefix else ""
    return " | ".join(quoted(x) + suffix for x in dict.fromkeys(lexemes) if is_lexeme(x))


def all_of(parts):
    """A tsquery literal requiring every part (each a tsquery literal); an empty part is left out."""
    return " & ".join(f"({p})" for p in parts if p)


def none_of(lexemes):
    """A tsquery literal excluding every one of these lexemes; "" for none."""
    return " & ".join(f"!{quoted(x)}" for x in dict.fromkeys(lexemes) if is_lexeme(x))
