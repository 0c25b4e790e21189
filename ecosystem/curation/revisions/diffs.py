"""Readable differences between an old and a new value: lists as added and removed items, long text
diffed by words (or by lines when it has several), short values as old -> new."""
import difflib
import re
from dataclasses import dataclass, field

LONG_TEXT = 80
MANY_LINES = 3
_WORDS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass
class FieldDiff:
    """How to show one field's change: `kind` is "list", "text" or "value"."""

    name: str
    kind: str
    old: object = None
    new: object = None
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    segments: list = field(default_factory=list)  # [(op, text)], op in equal / delete / insert


def _tokens(text, by_lines):
    return text.splitlines(keepends=True) if by_lines else _WORDS.findall(text)


def text_segments(old, new):
    """[(op, text)] turning `old` into `new`, by lines when either has several, else by words."""
    old, new = old or "", new or ""
    by_lines = max(old.count("\n"), new.count("\n")) + 1 >= MANY_LINES
    a, b = _tokens(old, by_lines), _tokens(new, by_lines)
    segments = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op in ("equal", "delete", "replace"):
            segments.append(("equal" if op == "equal" else "delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            segments.append(("insert", "".join(b[j1:j2])))
    return segments


def field_diff(name, old, new):
    """The readable difference of one field."""
    if isinstance(old, list) or isinstance(new, list):
        old_items, new_items = list(old or []), list(new or [])
        return FieldDiff(name, "list", old, new, added=[i for i in new_items if i not in old_items],
                         removed=[i for i in old_items if i not in new_items])
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > LONG_TEXT:
        return FieldDiff(name, "text", old, new, segments=text_segments(old, new))
    return FieldDiff(name, "value", old, new)


def revision_diffs(changes):
    """The readable differences of a revision's changes, in field order."""
    return [field_diff(name, change.get("old"), change.get("new")) for name, change in sorted(changes.items())]
