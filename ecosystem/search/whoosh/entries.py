"""How one SearchDocument becomes an index entry: the terms of each field, stored values, columns.

The analysis is `ecosystem.search.analysis`, done once per text; `EntryMaker` gives the same
results faster, because a rebuild runs it on every listing: folded forms are remembered
(vocabularies repeat), ASCII paragraphs (English text) skip the Unicode normalisation, which
cannot change them, and the digest skips `asdict`'s deep copies, checked against
`document.digest()` every CHECK_EVERY documents so a change there cannot go unnoticed.
"""
import dataclasses
import hashlib
import json
import re
from datetime import datetime
from itertools import compress

from .. import analysis
from ..protocol import FACETS
from .schema import (
    ACCENTED,
    ALT_WORDS,
    CREATED_COLUMN,
    HIT_COLUMN,
    HIT_SEPARATOR,
    KEY,
    KEY_COLUMN,
    KEYWORD_WORDS,
    NAME_COLUMN,
    NAME_WORDS_COLUMN,
    PAIRS,
    TITLE_WORDS,
    UPDATED_COLUMN,
    WORDS,
)

_ASCII_WORD = re.compile(r"[a-z0-9]+")  # what analysis.words finds in lowercase ASCII text
_EPOCH = datetime(1970, 1, 1)


@dataclasses.dataclass
class Entry:
    terms: dict  # field -> set of terms
    stored: dict  # field -> value
    columns: dict  # column -> value


class _FoldedForms(dict):
    """word -> analysis.fold_word(word), computed once per word."""

    def __missing__(self, word):
        folded = self[word] = analysis.fold_word(word)
        return folded


class EntryMaker:
    """Makes index entries (see module docstring); one per writer, as it keeps a cache."""

    CHECK_EVERY = 1000

    def __init__(self):
        self._folded = _FoldedForms()
        self._digests = 0
        self._fast_digest = True

    def entry(self, document):
        terms, title_words = self.text_terms(document)
        terms[KEY] = (document.key,)
        terms.update(facet_terms(document))
        stored = {"key": document.key, "kind": document.kind, "slug": document.slug, "title": document.title,
                  "digest": self.digest(document)}
        hit = HIT_SEPARATOR.join((document.kind, document.slug, document.title))
        columns = {NAME_COLUMN: document.sort_name.encode(), KEY_COLUMN: document.key.encode(),
                   NAME_WORDS_COLUMN: " ".join(title_words).encode(), HIT_COLUMN: hit.encode(),
                   CREATED_COLUMN: _seconds(document.created_at), UPDATED_COLUMN: _seconds(document.updated_at)}
        return Entry(terms, stored, columns)

    def words(self, text):
        """analysis.words(text), paragraph by paragraph (no word spans a line break)."""
        if not text:
            return []
        if text.isascii():
            found = _ASCII_WORD.findall(text.lower())
            if max(map(len, found), default=0) > analysis.MAX_WORD:
                found = [w[:analysis.MAX_WORD] for w in found]
            return found
        if "\n" not in text:
            return analysis.words(text)
        result = []
        for paragraph in text.split("\n"):
            result.extend(self.words(paragraph))
        return result

    def text_terms(self, document):
        """({field: set of terms} for the text fields, the title's folded words in order)."""
        words, accented, pairs = set(), set(), set()
        terms, title_words = {WORDS: words, ACCENTED: accented, PAIRS: pairs}, []
        for field, text in ((TITLE_WORDS, document.title), (ALT_WORDS, document.title_alt),
                            (KEYWORD_WORDS, document.keywords), (None, document.body)):
            exact = self.words(text)
            if not exact:
                continue
            folded = list(map(self._folded.__getitem__, exact))
            words.update(folded)
            if not text.isascii():
                accented.update(compress(exact, map(str.__ne__, exact, folded)))
            pairs.update(map("_".join, zip(folded, folded[1:], strict=False)))  # analysis.pairs, without a Python loop
            if field is not None:
                terms[field] = set(folded)
            if field == TITLE_WORDS:
                title_words = folded
        return terms, title_words

    def digest(self, document):
        """document.digest(), computed without deep copies."""
        self._digests += 1
        if not self._fast_digest:
            return document.digest()
        data = {f.name: getattr(document, f.name) for f in dataclasses.fields(document)}
        for name in ("created_at", "updated_at"):
            data[name] = data[name].isoformat() if data[name] else None
        raw = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
        digest = hashlib.blake2b(raw, digest_size=12).hexdigest()
        if self._digests % self.CHECK_EVERY == 1 and digest != document.digest():
            self._fast_digest = False
            return document.digest()
        return digest


def facet_terms(document):
    """{facet: values} for the facets in which the document has a value."""
    terms = {}
    for facet in FACETS:
        values = document.facet_values(facet)
        if values:
            terms[facet] = set(values)
    return terms


def _seconds(moment):
    """Whole seconds since 1970 (naive datetimes are UTC, as the documents hold them), 0 when unknown."""
    if moment is None:
        return 0
    return int(moment.timestamp()) if moment.tzinfo else int((moment - _EPOCH).total_seconds())
