"""Formatting helpers for templates (labels, numbers, excerpts, pagination links)."""
import re
from html import unescape

from flask import request, url_for
from flask_babel import format_decimal
from flask_babel import lazy_gettext as _l

from .markdown import render_markdown
from .registry.labels import (
    INVESTOR_TYPE_LABELS,
    KIND_LABELS,
    PERSON_KIND_LABELS,
    ROLE_LABELS,
    STAGE_LABELS,
    STATUS_LABELS,
    label,
)
from .registry.listings import LISTING_OF_KIND

CLAIM_STATUS_LABELS = {"pending": _l("waiting for review"), "approved": _l("approved"), "rejected": _l("rejected")}
_TAGS = re.compile(r"<[^>]+>")
_BLOCK_ENDS = re.compile(r"</(p|li|h\d|blockquote|pre|tr)>")


def plain_text(text):
    """A Markdown description as one line of plain text: rendered, then stripped of markup."""
    html = _BLOCK_ENDS.sub(lambda m: m.group(0) + " · " if m.group(1).startswith("h") else m.group(0) + " ",
                           str(render_markdown(text)))
    return " ".join(unescape(_TAGS.sub(" ", html)).split()).replace(" · ", ". ").strip(" ·")


def excerpt(text, length=180):
    """A plain-text teaser of a Markdown description."""
    plain = plain_text(text)
    return plain if len(plain) <= length else plain[:length].rsplit(" ", 1)[0] + "…"


def page_url(number):
    """The current URL with another page number (filters kept)."""
    args = request.args.to_dict(flat=False)
    args["page"] = number
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def money(value):
    return "—" if value is None else "US$ " + format_decimal(value)


def number(value):
    return "—" if value is None else format_decimal(value)


def helpers():
    """Everything templates may call."""
    return {
        "kind_label": lambda code: label(KIND_LABELS, code),
        "stage_label": lambda code: label(STAGE_LABELS, code),
        "investor_type_label": lambda code: label(INVESTOR_TYPE_LABELS, code),
        "person_kind_label": lambda code: label(PERSON_KIND_LABELS, code),
        "status_label": lambda code: label(STATUS_LABELS, code),
        "role_label": lambda code: label(ROLE_LABELS, code),
        "claim_status_label": lambda code: label(CLAIM_STATUS_LABELS, code),
        "kind_choices": lambda kinds: {k: label(KIND_LABELS, k) for k in kinds},
        "count_of": lambda kinds, counts: sum(counts.get(k, 0) for k in kinds),
        "listing_of": lambda kind: LISTING_OF_KIND.get(kind, "startups"),
        "excerpt": excerpt, "page_url": page_url, "money": money, "number": number,
    }
