"""The fixed query mix of the search benchmark: about 200 searches and 80 autocomplete prefixes.

Every text runs plain, with all facets counted, and with filters (with and without facets), so the
cost of matching, of facet counting and of filtering can be told apart; browse (an empty query with
filters) and the sorts a listing page uses complete the mix."""
from dataclasses import dataclass, field

from ecosystem.search.protocol import FACETS, SearchRequest
from ecosystem.search.query import parse
from ecosystem.text import fold

PUBLIC = ("verified",)
TEXTS = {
    "one word": ["robot", "blockchain", "drone", "chip", "IoT", "vaccine", "logistics", "eKYC"],
    "two words": ["nông nghiệp", "trí tuệ", "y tế", "năng lượng", "giáo dục", "thanh toán", "dữ liệu", "an ninh"],
    "phrase": ['"công nghệ cao"', '"trí tuệ nhân tạo"', '"đổi mới sáng tạo"', '"hóa đơn điện tử"',
               '"năng lượng mặt trời"', '"xử lý nước thải"'],
    "no diacritics": ["cong nghe", "ha noi", "hoa lac", "tri tue nhan tao", "nong nghiep", "cau giay"],
    "typo": ["blokchain", "logisitcs", "ngiên cứu", "robotcs", "cybersecurty", "telemedicin"],
    "common syllables": ["công ty", "hà nội", "phát triển", "giải pháp", "doanh nghiệp", "công nghệ"],
}
FILTER_SETS = [
    {"kind": ("startup",)}, {"technology": ("ai",)}, {"province": ("ha-noi",)},
    {"kind": ("startup", "company"), "technology": ("robotics",)}, {"sector": ("agritech",)}, {"stage": ("seed",)},
    {"ward": ("ha-noi-cau-giay",)}, {"investor_type": ("vc",)}, {"kind": ("university", "institute")},
    {"province": ("ha-noi",), "sector": ("fintech", "software")},
]
# Prefixes users type in the search box, beyond those grown from real names.
FIXED_PREFIXES = ["h", "ho", "hoa", "hoa l", "hoa la", "hoa lac", "c", "co", "con", "cong t", "cong ty c", "dai hoc",
                  "vie", "viện ng", "trư", "trường đại h"]


@dataclass
class MixQuery:
    """One search of the mix: its category, the typed text and the request options."""

    category: str
    text: str
    filters: dict = field(default_factory=dict)
    facets: tuple = ()
    sort: str = "relevance"

    def request(self, statuses=PUBLIC):
        """The SearchRequest a backend receives for this search (first page of 20)."""
        return SearchRequest(query=parse(self.text), filters=dict(self.filters), statuses=statuses,
                             facets=self.facets, sort=self.sort, page=1, per_page=20)

    @property
    def variant(self):
        """The request shape: plain or filtered, with or without facet counts."""
        return ("filtered" if self.filters else "plain") + (" + facets" if self.facets else "")


def query_mix():
    """The mix, in a fixed order: each text plain, with facets, filtered, filtered with facets; then browse."""
    mix, turn = [], 0
    for category, texts in TEXTS.items():
        for text in texts:
            filters = FILTER_SETS[turn % len(FILTER_SETS)]
            turn += 1
            mix += [MixQuery(category, text), MixQuery(category, text, facets=FACETS),
                    MixQuery(category, text, filters), MixQuery(category, text, filters, FACETS)]
    for filters in FILTER_SETS:
        for sort in ("relevance", "newest"):
            mix += [MixQuery("browse", "", filters, sort=sort), MixQuery("browse", "", filters, FACETS, sort)]
    return mix


def growing_prefixes(name, lengths=(1, 2, 3, 4, 5, 7, 9, 12)):
    """"Hòa Lạc Tech" -> ["h", "ho", "hoa", "hoa ", ...] as typed letter by letter, without trailing spaces."""
    typed = []
    for length in lengths:
        prefix = name[:length].rstrip()
        if prefix and prefix not in typed:
            typed.append(prefix)
    return typed


def suggest_prefixes(names):
    """Autocomplete inputs: prefixes grown from these real names (folded every other name) plus fixed ones."""
    prefixes = list(FIXED_PREFIXES)
    for number, name in enumerate(names):
        prefixes += growing_prefixes(fold(name) if number % 2 else name.lower())
    return prefixes
