"""The Vietnamese catalogues cover every source string, and the language choice works end to end.

Source strings are English; `ecosystem/translations/vi/LC_MESSAGES/messages.po` holds the Vietnamese.
WTForms' own validator messages ("This field is required.") ship without Vietnamese, so they have their
own domain: `wtforms.po`, translated from `ecosystem/translations/wtforms.pot` (a copy of WTForms' template).
The Makefile compiles the catalogues before the suite runs; the functional tests here compile them
themselves when a .mo is missing or older than its .po, so this module also passes on its own."""
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
WTFORMS_POT_PATH = os.path.join(TRANSLATIONS, "wtforms.pot")
WTFORMS_PO_PATH = os.path.join(TRANSLATIONS, "vi", "LC_MESSAGES", "wtforms.po")
WTFORMS_MO_PATH = os.path.join(TRANSLATIONS, "vi", "LC_MESSAGES", "wtforms.mo")

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


def load_vietnamese(po_path=PO_PATH):
    with open(po_path, "rb") as fh:
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


def translation_problems(template, vietnamese, po_name):
    """What is wrong with `vietnamese` as a translation of every message in `template`."""
    problems = []
    for message in template:
        if not message.id:
            continue
        translated = vietnamese.get(message.id)
        if translated is None:
            problems.append(f"missing from {po_name}: {_key(message)!r}")
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
    return problems


def test_every_source_message_has_a_vietnamese_translation(source_catalog):
    problems = translation_problems(source_catalog, load_vietnamese(), "messages.po")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("po_path", [PO_PATH, WTFORMS_PO_PATH], ids=["messages", "wtforms"])
def test_catalogue_header_and_format(po_path):
    vietnamese = load_vietnamese(po_path)
    assert str(vietnamese.locale) == "vi"
    assert vietnamese.num_plurals == 1
    assert vietnamese.plural_expr.strip() == "0"
    assert not vietnamese.fuzzy, "the catalogue header is still marked fuzzy"
    errors = [(message.id, [str(e) for e in errs]) for message, errs in vietnamese.check()]
    assert errors == []


# --- WTForms' own messages (domain "wtforms") --------------------------------------------------------------------

def _wtforms_template():
    with open(WTFORMS_POT_PATH, "rb") as fh:
        return read_po(fh)


def test_every_wtforms_message_has_a_vietnamese_translation():
    template = _wtforms_template()
    assert [message for message in template if message.id], "wtforms.pot has no messages?"
    problems = translation_problems(template, load_vietnamese(WTFORMS_PO_PATH), "wtforms.po")
    assert problems == [], "\n".join(problems)


def test_wtforms_template_is_current_with_the_installed_wtforms():
    """After a WTForms upgrade, copy its template again and run `pybabel update -D wtforms`."""
    import wtforms
    installed_path = os.path.join(os.path.dirname(wtforms.__file__), "locale", "wtforms.pot")
    if not os.path.exists(installed_path):
        pytest.skip("this WTForms install carries no wtforms.pot")
    with open(installed_path, "rb") as fh:
        installed = {_key(message) for message in read_po(fh) if message.id}
    ours = {_key(message) for message in _wtforms_template() if message.id}
    assert sorted(installed - ours) == [], "ecosystem/translations/wtforms.pot is older than the installed WTForms"


# --- The language choice, through the browser's eyes -----------------------------------------------------------

def compile_if_stale(po_path, mo_path):
    """Compile `po_path` into `mo_path` when the .mo is missing or older; True when it compiled."""
    if os.path.exists(mo_path) and os.path.getmtime(mo_path) >= os.path.getmtime(po_path):
        return False
    catalog = load_vietnamese(po_path)
    partial = mo_path + f".{os.getpid()}.tmp"
    with open(partial, "wb") as fh:
        write_mo(fh, catalog)
    os.replace(partial, mo_path)
    return True


@pytest.fixture
def translated_app(app):
    """The app with compiled, current Vietnamese catalogues, both domains (compiled here when needed)."""
    if compile_if_stale(PO_PATH, MO_PATH):
        # Flask-Babel caches the catalogue it loaded (possibly none) per locale: forget it.
        app.extensions["babel"].instance.domain_instance.cache.clear()
    compile_if_stale(WTFORMS_PO_PATH, WTFORMS_MO_PATH)  # ecosystem/forms.py loads it afresh per request
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


def _post_register(client, lang, data):
    client.delete_cookie("lang")  # the `client` fixture asks for English by default
    client.set_cookie("lang", lang)
    response = client.post("/register", data=data)
    assert response.status_code == 400
    return response.get_data(as_text=True)


def test_wtforms_messages_follow_the_language(translated_app, client):
    html = _post_register(client, "vi", {})
    assert "Trường này là bắt buộc." in html
    assert "This field is required." not in html

    html = _post_register(client, "en", {})
    assert "This field is required." in html
    assert "Trường này là bắt buộc." not in html


def test_wtforms_formatted_and_plural_messages_in_vietnamese(translated_app, client):
    bad = {"name": "N" * 121, "email": "not-an-email", "password": "short", "confirm": "short"}
    html = _post_register(client, "vi", bad)
    assert "Trường này không được dài quá 120 ký tự." in html  # ngettext, one Vietnamese form
    assert "Địa chỉ email không hợp lệ." in html
    assert "Trường này phải có từ 10 đến 200 ký tự." in html
    for english in ("Field cannot be longer than", "Invalid email address.", "Field must be between"):
        assert english not in html

    html = _post_register(client, "en", bad)
    assert "Field cannot be longer than 120 characters." in html
    assert "Invalid email address." in html
