"""The indexed vocabulary: word forms with document counts, kept exact by every write.

It serves three lookups, all in the folded space of `analysis`:
- prefix expansion: the indexed words a query word is a prefix of (a btree range on `folded`);
- typo expansion: words within one edit, found through `search_variants`, which holds every
  word and its one-letter deletions (two words within one edit share such a variant), then
  checked with `analysis.within_one_edit` so both backends agree exactly;
- "did you mean": the closest indexed word within two edits, accented as it is most often written.
"""
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import text

from ..analysis import FUZZY_MIN_LENGTH, PREFIX_MIN_LENGTH, within_one_edit
from .lexemes import folded_list, is_lexeme
from .schema import VARIANTS, VOCABULARY

MAX_EXPANSIONS = 200  # beyond this a prefix is matched by tsquery prefix (word:*) instead of a word list
VARIANT_MIN_LENGTH = 3  # the shortest word a one-edit typo may land on (query words have five letters or more)
SPELLING_MIN_LENGTH = 4
NEAREST_BY_TRIGRAM = 20
_TOP = "\U0010ffff"  # sorts after every character: [word, word + _TOP) is the range of words it starts


def deletion_variants(word):
    """The word and each way of deleting one letter from it."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def variant_rows(folded_words):
    """(variant, folded) rows of `search_variants` for these folded words."""
    return [(variant, word) for word in folded_words if len(word) >= VARIANT_MIN_LENGTH
            for variant in deletion_variants(word)]


def vocabulary_rows(form_counts):
    """(form, folded, documents) rows of `search_vocabulary` from a Counter of word forms."""
    forms = list(form_counts)
    return [(form, folded, form_counts[form]) for form, folded in zip(forms, folded_list(forms), strict=True)]


def apply_changes(conn, delta):
    """Add `delta` (a Counter: word form -> change in document count) to the vocabulary and its variants."""
    changed = {form: n for form, n in delta.items() if n}
    if not changed:
        return
    forms = list(changed)
    folded = folded_list(forms)
    touched = sorted(set(folded))
    before = _present(conn, touched)
    conn.execute(text(f"""
        INSERT INTO {VOCABULARY} (form, folded, documents)
        SELECT form, folded, documents FROM unnest(CAST(:forms AS text[]), CAST(:folded AS text[]),
                                                   CAST(:counts AS integer[])) AS change(form, folded, documents)
        ON CONFLICT (form) DO UPDATE SET documents = {VOCABULARY}.documents + EXCLUDED.documents"""),
        {"forms": forms, "folded": folded, "counts": [changed[f] for f in forms]})
    conn.execute(text(f"DELETE FROM {VOCABULARY} WHERE form = ANY(CAST(:forms AS text[])) AND documents <= 0"),
                 {"forms": forms})
    after = _present(conn, touched)
    gone = sorted(before - after)
    if gone:
        conn.execute(text(f"DELETE FROM {VARIANTS} WHERE folded = ANY(CAST(:gone AS text[]))"), {"gone": gone})
    rows = variant_rows(sorted(after - before))
    if rows:
        conn.execute(text(f"""
            INSERT INTO {VARIANTS} (variant, folded)
            SELECT * FROM unnest(CAST(:variants AS text[]), CAST(:folded AS text[]))
            ON CONFLICT DO NOTHING"""), {"variants": [r[0] for r in rows], "folded": [r[1] for r in rows]})


def _present(conn, folded_words):
    rows = conn.execute(text(f"SELECT DISTINCT folded FROM {VOCABULARY} WHERE folded = ANY(CAST(:words AS text[]))"),
                        {"words": folded_words})
    return {row[0] for row in rows}


@dataclass
class Expansions:
    """What each query word matches besides itself: indexed words it starts, and words one edit away."""

    words: dict = field(default_factory=dict)  # folded query word -> set of indexed folded words
    by_prefix: set = field(default_factory=set)  # query words with too many completions: match them as word:*

    def of(self, word):
        """The indexed words this query word also matches."""
        return self.words.get(word, set())


def expand(conn, folded_words):
    """Expansions of these folded query words, in one statement."""
    prefixes = sorted({w for w in folded_words if len(w) >= PREFIX_MIN_LENGTH})
    fuzzy = sorted({w for w in folded_words if len(w) >= FUZZY_MIN_LENGTH})
    result = Expansions()
    if not prefixes:
        return result
    variants = sorted(set().union(*(deletion_variants(w) for w in fuzzy))) if fuzzy else []
    rows = conn.execute(text(f"""
        SELECT typed.word, found.folded
        FROM unnest(CAST(:prefixes AS text[])) AS typed(word)
        CROSS JOIN LATERAL (
            SELECT DISTINCT folded FROM {VOCABULARY}
            WHERE folded >= (typed.word COLLATE "C") AND folded < ((typed.word || :top) COLLATE "C")
            ORDER BY folded LIMIT :cap) AS found
        UNION ALL
        SELECT NULL, folded FROM {VARIANTS} WHERE variant = ANY(CAST(:variants AS text[]))"""),
        {"prefixes": prefixes, "top": _TOP, "cap": MAX_EXPANSIONS + 1, "variants": variants})
    completions, near = defaultdict(set), set()
    for typed, found in rows:
        (completions[typed] if typed is not None else near).add(found)
    for word in prefixes:
        if len(completions[word]) > MAX_EXPANSIONS:
            result.by_prefix.add(word)
            completions[word] = set()
        typos = {w for w in near if within_one_edit(word, w)} if word in fuzzy else set()
        result.words[word] = (completions[word] | typos) - {word}
    return result


def spelling(conn, folded_words):
    """{word: closest indexed word, accented as most often indexed} for unindexed words of four letters or more."""
    asked = sorted({w for w in folded_words if isinstance(w, str) and len(w) >= SPELLING_MIN_LENGTH and is_lexeme(w)})
    if not asked:
        return {}
    unknown = sorted(set(asked) - _present(conn, asked))
    if not unknown:
        return {}
    variants = sorted(set().union(*(v for w in unknown for v in _two_deletions(w))))
    rows = conn.execute(text(f"""
        WITH candidate AS (
            SELECT folded FROM {VARIANTS} WHERE variant = ANY(CAST(:variants AS text[]))
            UNION
            SELECT nearest.folded FROM unnest(CAST(:unknown AS text[])) AS typed(word)
            CROSS JOIN LATERAL (SELECT folded FROM {VOCABULARY} ORDER BY folded <-> typed.word LIMIT :nearest)
                AS nearest)
        SELECT v.folded, v.form, v.documents FROM {VOCABULARY} AS v JOIN candidate USING (folded)"""),
        {"variants": variants, "unknown": unknown, "nearest": NEAREST_BY_TRIGRAM})
    forms, counts = defaultdict(Counter), Counter()
    for folded, form, documents in rows:
        forms[folded][form] += documents
        counts[folded] += documents
    corrections = {}
    for word in unknown:
        best = _closest(word, counts)
        if best is not None:
            corrections[word] = min(forms[best].items(), key=lambda item: (-item[1], item[0]))[0]
    return corrections


def _two_deletions(word):
    once = deletion_variants(word)
    return [once] + [deletion_variants(w) for w in once if len(w) >= VARIANT_MIN_LENGTH]


def _closest(word, counts):
    """The candidate fewest edits away (at most two), then the most frequent, then the first alphabetically."""
    scored = []
    for candidate, documents in counts.items():
        distance = edit_distance(word, candidate, limit=2)
        if distance <= 2:
            scored.append((distance, -documents, candidate))
    return min(scored)[2] if scored else None


def edit_distance(a, b, limit=2):
    """Optimal string alignment distance (insert, delete, substitute, swap adjacent); limit + 1 when beyond."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if previous2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1] if previous[-1] <= limit else limit + 1
