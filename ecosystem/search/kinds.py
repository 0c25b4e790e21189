"""How a listing kind is made searchable, declared once per kind.

Organisations and people predate this registry and keep their own code (an organisation has many
kinds, a person has affiliations). Every other kind declares a `SearchableKind` (registered in
`listing_kinds.KINDS`): the model and how to load it, its document, what the results page shows, its
detail page, and which other records' changes must re-index it (`Dependants`, `parts`, `term_links`).
Sources, hooks, result loading, suggestions, labels and exports read the registry instead of naming
kinds one by one."""
from dataclasses import dataclass
from typing import Callable

from ..models import Status

# What listings show of an organisation they involve (publisher, host, agency, zone, partner, investor):
# a change to one of these re-indexes them.
ORGANISATION_SHOWN = ("name", "name_en", "short_name", "status", "province", "province_id", "zone", "zone_id")


@dataclass(frozen=True)
class Dependants:
    """Records of `kind` that show something of a `watched` record (its name, status or place).

    When one of `fields` of a watched record changes, or it is deleted, `ids(session, watched_id)`
    gives the dependants to re-index."""

    watched: type
    fields: tuple
    kind: str
    ids: Callable


@dataclass(frozen=True)
class SearchableKind:
    """One kind of listing in the index (its document key is "<name>:<id>")."""

    name: str
    label: object  # what results and suggestions call it (lazily translated)
    model: type
    build: Callable  # record -> SearchDocument (any status: visibility is applied at query time)
    loads: Callable  # () -> loader options that building documents needs
    result_loads: tuple  # relationships the results page and the exports read
    endpoint: str  # the detail page, called with slug=
    title_field: str  # "name" or "title"; the English variant is f"{title_field}_en"
    text_fields: tuple  # (Vietnamese, English) text the snippet is cut from
    context: Callable  # (record, locale) -> a short line shown with the result (host, agency, zone)
    status: Callable  # record -> the status the document carries ("verified" only when public)
    parts: tuple = ()  # (child model, column naming the owner): a changed child re-indexes its owner
    term_links: tuple = ()  # (term model, link table, owner column, term column): term renames re-index
    dependants: tuple = ()

    def title(self, record):
        """The record's title as displayed (Vietnamese)."""
        return getattr(record, self.title_field)

    def title_en(self, record):
        """The record's English title, or ""."""
        return getattr(record, f"{self.title_field}_en") or ""

    def text(self, record, locale):
        """The text a result's snippet is cut from, in the visitor's language when there is one."""
        vietnamese, english = (getattr(record, name, None) for name in self.text_fields)
        return english if locale == "en" and english else (vietnamese or "")


def status_within(status, *parents):
    """A record's own status, unless a record it belongs to is not public: then that one's status
    (a verified lab of a pending host is pending; a record whose parent is gone is archived)."""
    if status != Status.VERIFIED:
        return status
    for parent in parents:
        if parent is None:
            return Status.ARCHIVED
        if parent.status != Status.VERIFIED:
            return parent.status
    return status
