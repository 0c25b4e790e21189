"""More like this: listings sharing technologies, sectors, keywords and distinctive phrases.

Each shared feature adds a weight; only listings reaching MIN_SCORE are returned, so a listing
with nothing distinctive in common with any other gets few or no neighbours. Distinctive means
rare: the document's word pairs ("vi_mach", "ban_dan") and words are taken rarest first, and
syllables found in more than COMMON of the listings ("công", "nghệ") are ignored.
"""
from . import bitsets
from .entries import EntryMaker
from .schema import KEY, KEYWORD_WORDS, PAIRS, WORDS

TECHNOLOGY, SECTOR, KEYWORD, PAIR, WORD = 6, 4, 2, 2, 1
MIN_SCORE = 4
PAIRS_USED, WORDS_USED = 24, 16
COMMON = 0.10
MIN_WORD_LENGTH = 3


def more_like(snapshot, document, statuses, limit):
    """Hits similar to `document` (indexed or not), never the document itself."""
    if limit <= 0:
        return []
    visible = snapshot.visible(statuses)
    candidates = visible ^ (visible & snapshot.term_bits(KEY, document.key))
    scores = bitsets.ScoreSlices()
    reached = 0
    for bits, weight in _features(snapshot, document):
        bits &= candidates
        scores.add(bits, weight)
        reached |= bits
    ranked = []
    for score, group in scores.best_first(reached, limit):
        if score < MIN_SCORE:
            break
        ranked.extend((docnum, score) for docnum in snapshot.first(group, limit - len(ranked), "name"))
    return [snapshot.hit(docnum, score) for docnum, score in ranked[:limit]]


def _features(snapshot, document):
    """(set of documents, weight) for everything the document could share with others."""
    features = [(snapshot.any_of("technology", (code,)), TECHNOLOGY) for code in set(document.technologies)]
    features += [(snapshot.any_of("sector", (code,)), SECTOR) for code in set(document.sectors)]
    terms, _title = EntryMaker().text_terms(document)
    live = max(1, snapshot.live_count)
    for word in _distinctive(snapshot, WORDS, terms.get(KEYWORD_WORDS, ()), live, len(terms.get(KEYWORD_WORDS, ()))):
        features.append((snapshot.term_bits(WORDS, word), KEYWORD))
    for pair in _distinctive(snapshot, PAIRS, terms[PAIRS], live, PAIRS_USED):
        features.append((snapshot.term_bits(PAIRS, pair), PAIR))
    for word in _distinctive(snapshot, WORDS, terms[WORDS], live, WORDS_USED):
        features.append((snapshot.term_bits(WORDS, word), WORD))
    return features


def _distinctive(snapshot, fieldname, terms, live, count):
    """The `count` rarest terms that at least one other listing has and most listings don't."""
    rated = []
    for term in terms:
        if len(term) < MIN_WORD_LENGTH:
            continue
        frequency = snapshot.doc_frequency(fieldname, term)
        if 2 <= frequency <= COMMON * live:
            rated.append((frequency, term))
    rated.sort()
    return [term for _frequency, term in rated[:count]]
