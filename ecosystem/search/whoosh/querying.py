"""Search over a snapshot: which documents match, how they rank, one page of hits.

Matching is set algebra on bitsets (see `bitsets`): a clause is the union of its alternatives,
the query the intersection of its clauses, minus excluded words, within the visible documents.
Ranking adds integer weights per feature (bit-sliced `ScoreSlices`), so scoring costs a few
integer operations per feature whatever the number of matches:

- each query word: found anywhere (4), in the title (8), the alternative title (4), each halved
  when only a longer word starts with it and quartered when only a word one typo away is found;
  in the keywords (3); typed with diacritics and found with exactly those (3). Rarer words weigh
  more (x1, x2, x3 by document frequency), a coarse stand-in for BM25's idf;
- each pair of consecutive query words found adjacent in the document (6), and a quoted phrase
  whose words are all in the title (8).
"""
from ..protocol import FACETS, SORTS, SearchResult
from . import bitsets
from .facets import count_facets
from .schema import ACCENTED, ALT_WORDS, KEYWORD_WORDS, PAIRS, TITLE_WORDS, WORDS

EXACT, TITLE, ALT = 4, 8, 4  # a word it starts weighs half as much, a word one typo away a quarter
KEYWORD = 3
ACCENT = 3
ADJACENT = 6
PHRASE_IN_TITLE = 8
COMMON, UNUSUAL = 0.10, 0.01  # shares of the documents above which a word counts as common / unusual


def search(snapshot, request):
    """Run a SearchRequest against a snapshot."""
    visible = snapshot.visible(request.statuses)
    matched, scores = find(snapshot, request.query, visible)
    filters = {}
    for facet, values in (request.filters or {}).items():
        values = (values,) if isinstance(values, str) else tuple(values or ())
        if facet in FACETS and values:
            filters[facet] = snapshot.any_of(facet, values)
    selected = matched
    for bits in filters.values():
        selected &= bits
    facets = count_facets(snapshot, request, matched, filters)
    return SearchResult(hits=page_of(snapshot, request, selected, scores), total=selected.bit_count(),
                        facets=facets)


def find(snapshot, query, visible):
    """(the visible documents matching a ParsedQuery, their ScoreSlices or None for a browse)."""
    matched, features = visible, []
    for clause in query.clauses:
        clause_bits = 0
        for alternative in clause.alternatives:
            if len(alternative) == 1:
                bits = _word(snapshot, alternative[0], features)
            else:
                bits = _phrase(snapshot, alternative, features)
            clause_bits |= bits
        matched &= clause_bits
        if not matched:
            return 0, None
    for folded in query.excluded:
        matched ^= matched & snapshot.term_bits(WORDS, folded)
    if query.empty or not matched:
        return matched, None
    sequence = query.sequence()
    for first, second in zip(sequence, sequence[1:], strict=False):
        features.append((snapshot.term_bits(PAIRS, f"{first.folded}_{second.folded}"), ADJACENT))
    scores = bitsets.ScoreSlices()
    for bits, weight in features:
        scores.add(bits & matched, weight)
    return matched, scores


def _rarity(snapshot, bits):
    share = (bits & snapshot.live).bit_count() / max(1, snapshot.live_count)
    return 1 if share > COMMON else 2 if share > UNUSUAL else 3


def _word(snapshot, word, features):
    """Documents matching one query word; appends its ranking features."""
    exact, prefixed, typo = snapshot.word_bits(WORDS, word.folded)
    matching = exact | prefixed | typo
    if not matching:
        return 0
    rarity = _rarity(snapshot, matching)
    for fieldname, weight in ((WORDS, EXACT), (TITLE_WORDS, TITLE), (ALT_WORDS, ALT)):
        if fieldname != WORDS:
            exact, prefixed, typo = snapshot.word_bits(fieldname, word.folded)
        features.append((exact, weight * rarity))
        features.append((prefixed, weight // 2 * rarity))
        features.append((typo, weight // 4 * rarity))
    features.append((snapshot.term_bits(KEYWORD_WORDS, word.folded), KEYWORD * rarity))
    if word.accented:
        features.append((snapshot.term_bits(ACCENTED, word.exact), ACCENT * rarity))
    return matching


def _phrase(snapshot, words, features):
    """Documents where the words stand next to each other, in order; appends ranking features."""
    bits = snapshot.live
    for first, second in zip(words, words[1:], strict=False):
        bits &= snapshot.term_bits(PAIRS, f"{first.folded}_{second.folded}")
        if not bits:
            return 0
    features.append((bits, ADJACENT * (len(words) - 1)))
    in_title = bits
    for word in words:
        in_title &= snapshot.term_bits(TITLE_WORDS, word.folded)
    features.append((in_title, PHRASE_IN_TITLE))
    return bits


def page_of(snapshot, request, bits, scores):
    """The hits of the requested page, in the requested order."""
    offset = max(0, request.offset)
    needed = offset + max(0, request.per_page)
    if not bits or needed <= offset:
        return []
    sort = request.sort if request.sort in SORTS else "relevance"
    if sort == "relevance" and scores is None:
        sort = "name"
    if sort != "relevance":
        return [snapshot.hit(docnum) for docnum in snapshot.first(bits, needed, sort)[offset:]]
    ranked = []
    for score, group in scores.best_first(bits, needed):
        ranked.extend((docnum, score) for docnum in snapshot.first(group, needed - len(ranked), "name"))
    return [snapshot.hit(docnum, score) for docnum, score in ranked[offset:needed]]
