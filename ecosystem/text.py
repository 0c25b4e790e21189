"""Text normalisation shared by models, forms and services (NFC, folding, slugs)."""
import re
import unicodedata

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")


def nfc(value):
    """Return the NFC form of a string (None stays None)."""
    if value is None:
        return None
    return unicodedata.normalize("NFC", value)


def clean_line(value):
    """NFC, trimmed, inner whitespace collapsed: for names and other one-line fields."""
    if value is None:
        return None
    return _SPACES.sub(" ", nfc(value)).strip()


def clean_text(value):
    """NFC with normalised line endings and trailing space trimmed: for Markdown fields."""
    if value is None:
        return None
    return nfc(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def fold(value):
    """Lowercase, without diacritics, đ→d: "Hòa Lạc" -> "hoa lac"."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).lower()


def slugify(value, max_length=80):
    """A URL slug from any text: folded, ASCII, hyphen-separated."""
    slug = _NON_SLUG.sub("-", fold(value)).strip("-")
    return slug[:max_length].strip("-") or "listing"
