"""Snippets with the matched words marked, computed from the record's text with the same matching
rule as the backends (so both backends highlight alike)."""
import re

from markupsafe import Markup, escape

from .analysis import fold_word, normalise, word_matches

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
WINDOW = 32  # words around the best match


def _matcher(query_words):
    folded = [w.folded for w in query_words]

    def matches(token):
        word = fold_word(normalise(token).lower())
        return any(word_matches(q, word) for q in folded)
    return matches


def highlight(text, query_words, window=WINDOW):
    """The part of `text` with the most matches, matched words in <mark>, as safe Markup."""
    text = " ".join((text or "").split())
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return Markup("")
    matches = _matcher(query_words)
    hits = [i for i, token in enumerate(tokens) if query_words and matches(token.group(0))]
    start = _best_start(hits, window) if hits else 0
    end = min(len(tokens), start + window)
    begin_char = tokens[start].start() if start else 0
    end_char = tokens[end - 1].end() if end < len(tokens) else len(text)
    marked, cursor = [], begin_char
    for i in range(start, end):
        token = tokens[i]
        if i in hits:
            marked.append(escape(text[cursor:token.start()]))
            marked.append(Markup("<mark>%s</mark>") % token.group(0))
            cursor = token.end()
    marked.append(escape(text[cursor:end_char]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(tokens) else ""
    return Markup(prefix) + Markup("").join(marked) + Markup(suffix)


def _best_start(hits, window):
    """The first token of the window holding the most hits (a little context before the first one)."""
    best, best_count = hits[0], 0
    for i, first in enumerate(hits):
        count = sum(1 for h in hits[i:] if h < first + window)
        if count > best_count:
            best, best_count = first, count
    return max(0, best - 4)


def mark_title(title, query_words):
    """The whole title with matched words marked."""
    title = title or ""
    matches = _matcher(query_words)
    marked, cursor = [], 0
    for token in _WORD.finditer(title):
        if query_words and matches(token.group(0)):
            marked.append(escape(title[cursor:token.start()]))
            marked.append(Markup("<mark>%s</mark>") % token.group(0))
            cursor = token.end()
    marked.append(escape(title[cursor:]))
    return Markup("").join(marked)
