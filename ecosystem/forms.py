"""Form pieces shared by every domain: a base form, NFC-normalised fields and safe redirects."""
import os
from urllib.parse import urlsplit

from babel import support
from flask import current_app, has_request_context, request
from flask_babel import get_locale
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField

from .text import clean_line, clean_text


def _wtforms_catalogue():
    """WTForms' own messages ("This field is required.") in the request's language.

    WTForms ships no Vietnamese catalogue, so ours lives beside the app's (domain `wtforms`)."""
    if not has_request_context():
        return None
    catalogue = getattr(request, "_wtforms_catalogue", None)
    if catalogue is None:
        folder = os.path.join(current_app.root_path, "translations")
        catalogue = support.Translations.load(folder, [get_locale()], domain="wtforms")
        request._wtforms_catalogue = catalogue
    return catalogue


class _WTFormsTranslations:
    def gettext(self, string):
        catalogue = _wtforms_catalogue()
        return string if catalogue is None else catalogue.ugettext(string)

    def ngettext(self, singular, plural, n):
        catalogue = _wtforms_catalogue()
        if catalogue is None:
            return singular if n == 1 else plural
        return catalogue.ungettext(singular, plural, n)


_TRANSLATIONS = _WTFormsTranslations()


class Form(FlaskForm):
    """Base of every form: CSRF from Flask-WTF, validator messages in the user's language."""

    class Meta:
        def get_translations(self, form):
            return _TRANSLATIONS


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
