"""Form pieces shared by every domain: NFC-normalised fields and safe redirects."""
from urllib.parse import urlsplit

from wtforms import StringField, TextAreaField

from .text import clean_line, clean_text


class LineField(StringField):
    """A one-line text field stored NFC with collapsed whitespace (None when empty)."""

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        self.data = clean_line(self.data) or None


class MarkdownField(TextAreaField):
    """A multi-line Markdown field stored NFC."""

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        self.data = clean_text(self.data) or ""


def safe_next(target, fallback="/"):
    """Only a local path may follow login: no scheme, no host, no protocol-relative `//`."""
    if not target or not isinstance(target, str):
        return fallback
    if "\\" in target or any(ord(ch) < 32 for ch in target):
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return fallback
    return target
