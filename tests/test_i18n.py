"""The Vietnamese catalogue covers every source string, and the language choice works end to end.

Source strings are English; `ecosystem/translations/vi/LC_MESSAGES/messages.po` holds the Vietnamese.
The Makefile compiles the catalogue before the suite runs; the functional tests here compile it
themselves when the .mo is missing or older than the .po, so this module also passes on its own."""
import os
import re
import subprocess
import sys
import unicodedata
from urllib.parse import urlsplit

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRANSLATIONS = os.path.join(ROOT, "ecosystem", "translations")
PO_PATH = os.path.join(TRANSLATIONS, "vi", "LC_MESSAGES", "messages.po")
MO_PATH = os.path.join(TRANSLATIONS, "vi", "LC_MESSAGES", "messages.mo")

# printf-style placeholders: %(name)s, %s, %d, %.1f ... ("%%" is a literal percent sign).
PLACEHOLDER = re.compile(r"%(?:\((?P<name>[^)]*)\))?[#0\- +]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[diouxXeEfFgGcrsa%]")
# A call that marks a literal for translation, in Python or in a Jinja template.
MARKED_CALL = re.compile(r"""(?<![\w.])(?:_|_l|gettext|ngettext|lazy_gettext)\(\s*["']""")


def placeholders(text):
    """The placeholders of a message, as a sorted list (named ones by name, positional by spec)."""
    found = []
    for match in PLACEHOLDER.finditer(text):
        if match.group(0) == "%%":
            continue
        found.append(match.group("name") if match.group("name") is not None else match.group(0))
    return sorted(found)


def extract_messages(pot_path):
    """Run the extraction documented in babel.cfg into `pot_path` and read it back."""
    command = [sys.executable, "-m", "babel.messages.frontend", "extract",
               "-F", os.path.join(ROOT, "babel.cfg"), "-k", "_l", "-k", "lazy_gettext",
               "--ignore-dirs", ".* __pycache__", "--no-wrap", "-o", str(pot_path), "."]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"pybabel extract failed:\n{result.stdout}\n{result.stderr}"
    with open(pot_path, "rb") as fh:
        return read_po(fh)


def load_vietnamese():
    with open(PO_PATH, "rb") as fh:
        return read_po(fh, locale="vi")


@pytest.fixture(scope="module")
def source_catalog(tmp_path_factory):
    return extract_messages(tmp_path_factory.mktemp("i18n") / "messages.pot")


def _key(message):
    return message.id[0] if message.pluralizable else message.id


def test_extraction_sees_every_file_that_marks_strings(source_catalog):
    """Babel skips "_"-prefixed folders unless told otherwise; no marked file may be left out."""
    extracted = {path for message in source_catalog if message.id for path, _line in message.locations}
    marked = set()
    for folder, suffix in (("ecosystem", ".py"), ("templates", ".html")):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, folder)):
            dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "__pycache__"]
            for filename in filenames:
                if not filename.endswith(suffix):
                    continue
                path = os.path.join(dirpath, filename)
                with open(path, encoding="utf-8") as fh:
                    if MARKED_CALL.search(fh.read()):
                        marked.add(os.path.relpath(path, ROOT).replace(os.sep, "/"))
    assert marked, "no file marks strings for translation?"
    missing = sorted(marked - extracted)
    assert missing == [], f"extraction skipped files that mark strings (check babel.cfg, --ignore-dirs): {missing}"


def test_every_source_message_has_a_vietnamese_translation(source_catalog):
    vietnamese = load_vietnamese()
    problems = []
    for message in source_catalog:
        if not message.id:
            continue
        translated = vietnamese.get(message.id)
        if translated is None:
            problems.append(f"missing from messages.po: {_key(message)!r}")
            continue
        if translated.fuzzy:
            problems.append(f"fuzzy: {_key(message)!r}")
        strings = translated.string if isinstance(translated.string, (list, tuple)) else (translated.string,)
        if message.pluralizable and len(strings) != 1:
            problems.append(f"Vietnamese has one plural form, found {len(strings)}: {_key(message)!r}")
        if not strings or any(not s or not s.strip() for s in strings):
            problems.append(f"empty translation: {_key(message)!r}")
            continue
        ids = message.id if message.pluralizable else (message.id,)
        for msgid in ids:
            for text in strings:
                if placeholders(msgid) != placeholders(text):
                    problems.append(f"placeholders differ: {msgid!r} -> {text!r}")
        for text in strings:
            if unicodedata.normalize("NFC", text) != text:
                problems.append(f"not NFC-normalised: {text!r}")
    assert problems == [], "\n".join(problems)


def test_catalogue_header_and_format():
    vietnamese = load_vietnamese()
    assert str(vietnamese.locale) == "vi"
    assert vietnamese.num_plurals == 1
    assert vietnamese.plural_expr.strip() == "0"
    assert not vietnamese.fuzzy, "the catalogue header is still marked fuzzy"
    errors = [(message.id, [str(e) for e in errs]) for message, errs in vietnamese.check()]
    assert errors == []


# --- The language choice, through the browser's eyes -----------------------------------------------------------

@pytest.fixture
def translated_app(app):
    """The app with a compiled, current Vietnamese catalogue (compiled here when needed)."""
    if not os.path.exists(MO_PATH) or os.path.getmtime(MO_PATH) < os.path.getmtime(PO_PATH):
        catalog = load_vietnamese()
        partial = MO_PATH + f".{os.getpid()}.tmp"
        with open(partial, "wb") as fh:
            write_mo(fh, catalog)
        os.replace(partial, MO_PATH)
        # Flask-Babel caches the catalogue it loaded (possibly none) per locale: forget it.
        app.extensions["babel"].instance.domain_instance.cache.clear()
    return app


def _page(client, path="/", lang=None, headers=None):
    client.delete_cookie("lang")  # the `client` fixture asks for English by default
    if lang:
        client.set_cookie("lang", lang)
    response = client.get(path, headers=headers or {})
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_vietnamese_cookie_gives_vietnamese(translated_app, client):
    html = _page(client, lang="vi")
    assert '<html lang="vi">' in html
    assert "Đăng nhập" in html
    assert "Nhà đầu tư" in html
    assert "Sign in" not in html


def test_english_cookie_gives_english(translated_app, client):
    html = _page(client, lang="en")
    assert '<html lang="en">' in html
    assert "Sign in" in html
    assert "Đăng nhập" not in html


def test_accept_language_english_without_cookie(translated_app, client):
    html = _page(client, headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert "Sign in" in html
    assert "Đăng nhập" not in html


def test_vietnamese_is_the_default(translated_app, client):
    html = _page(client)
    assert "Đăng nhập" in html


def test_plural_messages_use_the_single_vietnamese_form(translated_app, client, make_org):
    make_org(name="Công ty Cổ phần Thử nghiệm Một")
    make_org(name="Công ty Cổ phần Thử nghiệm Hai")
    html = _page(client, "/directory/startups", lang="vi")
    assert "2 tổ chức" in html
    assert "2 listings" not in html
    assert "2 listings" in _page(client, "/directory/startups", lang="en")


def test_language_switch_sets_the_cookie_and_returns_to_the_page(translated_app, client):
    client.delete_cookie("lang")
    response = client.post("/lang", data={"lang": "en", "next": "/directory/startups"})
    assert response.status_code in (302, 303)
    target = urlsplit(response.location)
    assert (target.scheme, target.netloc, target.path) == ("", "", "/directory/startups")
    cookie = client.get_cookie("lang")
    assert cookie is not None and cookie.value == "en"
    assert "Set-Cookie" in response.headers and "HttpOnly" in response.headers["Set-Cookie"]
    html = client.get("/directory/startups").get_data(as_text=True)
    assert "Sign in" in html and "Startups" in html

    client.post("/lang", data={"lang": "vi", "next": "/directory/startups"})
    assert client.get_cookie("lang").value == "vi"
    assert "Đăng nhập" in client.get("/directory/startups").get_data(as_text=True)


@pytest.mark.parametrize("next_url", ["https://evil.example", "//evil.example/path", "/\\evil.example", ""])
def test_language_switch_never_redirects_off_site(translated_app, client, next_url):
    client.delete_cookie("lang")
    response = client.post("/lang", data={"lang": "en", "next": next_url})
    assert response.status_code in (302, 303)
    target = urlsplit(response.location)
    assert (target.scheme, target.netloc, target.path) == ("", "", "/")
    if next_url:
        assert client.get_cookie("lang").value == "en"


def test_unknown_language_is_ignored(translated_app, client):
    client.delete_cookie("lang")
    response = client.post("/lang", data={"lang": "fr", "next": "/people"})
    assert response.status_code in (302, 303)
    assert urlsplit(response.location).path == "/people"
    assert client.get_cookie("lang") is None
