"""Did you mean: the closest indexed word to each unknown query word, shown as it is usually written.

Candidates one edit away are looked up among the generated variants (see `edits`); only when
there are none are words two edits away searched, among indexed words of similar length and
letters. The closest wins (one edit before two), then the one in more listings. The folded word
is then shown in its most frequent written form ("nghe" -> "nghệ") from the `accented` field.
"""
from .. import analysis
from .edits import edit_distance, one_edit_variants
from .schema import ACCENTED, WORDS

MIN_LENGTH = 4
MAX_WORDS = 16


def spelling(snapshot, folded_words):
    """{word: suggestion} for the words (len >= 4) that are not indexed and have a close indexed word."""
    suggestions = {}
    for word in list(folded_words)[:MAX_WORDS]:
        parts = analysis.folded_words(word or "")
        if len(parts) != 1 or len(parts[0]) < MIN_LENGTH or snapshot.has_term(WORDS, parts[0]):
            continue
        closest = _closest(snapshot, parts[0])
        if closest:
            suggestions[word] = _written_form(snapshot, closest)
    return suggestions


def _closest(snapshot, word):
    variants = one_edit_variants(word)
    near = set()
    for view in snapshot.views:
        near.update(variants & view.vocabulary(WORDS).known)
    if not near:
        near = _two_edits_away(snapshot, word)
    if not near:
        return None
    return min(near, key=lambda term: (-snapshot.doc_frequency(WORDS, term), term))


def _two_edits_away(snapshot, word):
    """Indexed words within two edits that share the first letter (typos rarely hit it)."""
    letters = set(word)
    found = set()
    for view in snapshot.views:
        for term in view.vocabulary(WORDS).with_prefix(word[0]):
            if abs(len(term) - len(word)) <= 2 and len(letters ^ set(term)) <= 4 and term not in found:
                if edit_distance(word, term, 2) <= 2:
                    found.add(term)
    return found


def _written_form(snapshot, folded):
    """The form of a folded word found in most listings (an accented one, or the folded word itself)."""
    forms = {}
    for view in snapshot.views:
        for form in view.memo("accented_forms", _accented_forms).get(folded, ()):
            forms[form] = forms.get(form, 0) + view.doc_frequency(ACCENTED, form)
    plain = snapshot.doc_frequency(WORDS, folded) - sum(forms.values())
    best = max(forms.items(), key=lambda item: (item[1], item[0]), default=(folded, 0))
    return best[0] if best[1] > plain else folded


def _accented_forms(view):
    """{folded word: [accented forms]} of one segment."""
    forms = {}
    for form in view.vocabulary(ACCENTED).terms:
        forms.setdefault(analysis.fold_word(form), []).append(form)
    return forms
