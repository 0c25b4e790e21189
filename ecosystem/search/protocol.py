"""The small protocol every search backend implements, and the values that cross it.

Backends know nothing about Flask or the models: they receive `SearchDocument`s and
`SearchRequest`s and answer with `Hit`s. Visibility is part of every request (`statuses`),
set by the service from the user's role, never from user input.
"""
from dataclasses import dataclass, field
from typing import Iterable, Protocol

from .documents import SearchDocument
from .query import ParsedQuery

# Facets every backend counts. Multi-valued: technology, sector. The rest hold one value per document.
FACETS = ("kind", "technology", "sector", "province", "ward", "zone", "stage", "investor_type", "status")
MULTI_VALUED = ("technology", "sector")
SORTS = ("relevance", "newest", "updated", "name")
PUBLIC_STATUSES = ("verified",)


@dataclass
class SearchRequest:
    """One search. Within a facet the values combine with OR; facets combine with AND.

    `facets` lists the facets to count; each facet's counts apply every filter except its own,
    so a visitor sees how many results each further value would add."""

    query: ParsedQuery
    filters: dict = field(default_factory=dict)  # facet -> tuple of values
    statuses: tuple = PUBLIC_STATUSES
    facets: tuple = FACETS
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    facet_limit: int = 50

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class Hit:
    """A matching document: enough to link to it without a database query."""

    key: str
    kind: str
    slug: str
    title: str
    score: float = 0.0


@dataclass
class SearchResult:
    hits: list
    total: int
    facets: dict = field(default_factory=dict)  # facet -> list of (value, count), most frequent first


class SearchBackend(Protocol):
    """What the search service needs from a backend."""

    def index(self, documents: Iterable[SearchDocument]) -> None:
        """Add or replace these documents (by key)."""

    def remove(self, keys: Iterable[str]) -> None:
        """Remove documents by key; unknown keys are ignored."""

    def rebuild(self, documents: Iterable[SearchDocument], progress=None) -> int:
        """Replace the whole index with these documents; call `progress(n)` as they go; return the count."""

    def search(self, request: SearchRequest) -> SearchResult:
        """Run a search with filters, facet counts, sort and one page of hits."""

    def suggest(self, text: str, statuses: tuple, limit: int) -> list:
        """Hits whose title words start with the typed words (autocomplete)."""

    def more_like(self, document: SearchDocument, statuses: tuple, limit: int) -> list:
        """Hits similar to this document (never the document itself)."""

    def spelling(self, folded_words: list) -> dict:
        """For words absent from the index, {folded word: the closest indexed word, accented as indexed}."""

    def digests(self) -> dict:
        """{key: digest} of every indexed document, to compare the index with the database."""

    def clear(self) -> None:
        """Remove every document."""

    def close(self) -> None:
        """Release files and connections (the tests close every backend they open)."""
