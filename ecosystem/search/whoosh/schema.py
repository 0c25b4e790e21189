"""What the Whoosh index holds: fields, stored values and columns.

Text is analysed once, in Python (see `entries`); Whoosh receives finished terms. Every text
field below is a set of terms per document (existence only: no frequencies, no positions),
because the query side works on sets of documents (see `bitsets`):

- `words`: folded words of the title, alternative title, keywords and body: what every query word matches;
- `accented`: the exact form of words that carry diacritics, to rank "hòa" above "hoa" when typed with marks;
- `pairs`: adjacent folded words ("cong_nghe"), for quoted phrases and to rank adjacent query words first;
- `title_words`, `alt_words`, `keyword_words`: where a word appears, for ranking and autocomplete.

Facet fields hold the document's facet values, `key` its key. Stored fields keep what a `Hit`
needs and the digest; columns, read for a whole segment at once, hold the sort keys and a copy of
the hit fields (reading stored fields costs a decompression per document).
"""
from whoosh import columns, fields, formats
from whoosh.analysis import SpaceSeparatedTokenizer

from ..protocol import FACETS

WORDS = "words"
ACCENTED = "accented"
PAIRS = "pairs"
TITLE_WORDS = "title_words"
ALT_WORDS = "alt_words"
KEYWORD_WORDS = "keyword_words"
TEXT_FIELDS = (WORDS, ACCENTED, PAIRS, TITLE_WORDS, ALT_WORDS, KEYWORD_WORDS)

KEY = "key"
LAYOUT = "layout_1"  # a field never filled: renamed when the layout changes, so old indexes are recreated
# Columns: sort keys read for every document of a segment at once.
NAME_COLUMN = "order_name"  # SearchDocument.sort_name
KEY_COLUMN = "order_key"  # the key, to break ties
NAME_WORDS_COLUMN = "name_words"  # the title's folded words joined by spaces: autocomplete's "starts with"
HIT_COLUMN = "hit"  # kind, slug and title joined by HIT_SEPARATOR
HIT_SEPARATOR = "\x1f"
CREATED_COLUMN = "created"
UPDATED_COLUMN = "updated"
TIME_COLUMNS = (CREATED_COLUMN, UPDATED_COLUMN)


def _term_set_field(stored=False):
    """A field of whole terms, existence only: the cheapest postings Whoosh can hold."""
    return fields.FieldType(formats.Existence(), SpaceSeparatedTokenizer(), scorable=False, stored=stored)


def build_schema():
    """The Whoosh schema (only built-in Whoosh classes, so the index opens with any code version)."""
    schema = fields.Schema(key=fields.ID(unique=True, stored=True))
    for name in ("slug", "title", "digest", LAYOUT):
        schema.add(name, fields.STORED())
    for name in TEXT_FIELDS + FACETS:
        schema.add(name, _term_set_field(stored=name == "kind"))
    for name in (NAME_COLUMN, KEY_COLUMN, NAME_WORDS_COLUMN, HIT_COLUMN):
        schema.add(name, fields.COLUMN(columns.VarBytesColumn()))
    for name in TIME_COLUMNS:
        schema.add(name, fields.COLUMN(columns.NumericColumn("q", default=0)))
    return schema
