"""Locale choice: the user's saved language, then the `lang` cookie, then the browser's."""
from flask import current_app, has_request_context, request
from flask_login import current_user

LANG_COOKIE = "lang"


def select_locale():
    """Called by Flask-Babel once per request."""
    languages = current_app.config["LANGUAGES"]
    if not has_request_context():  # CLI commands and imports speak the default language
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    if current_user and current_user.is_authenticated and current_user.locale in languages:
        return current_user.locale
    cookie = request.cookies.get(LANG_COOKIE)
    if cookie in languages:
        return cookie
    return request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]


def localized(obj, field, locale):
    """The English variant of a bilingual field when the locale is English and it is filled."""
    if obj is None:
        return ""
    if locale == "en":
        english = getattr(obj, f"{field}_en", None)
        if english:
            return english
    return getattr(obj, field, None) or getattr(obj, f"{field}_vi", None) or ""
