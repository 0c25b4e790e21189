"""Browser fixtures: the test app on a live threaded server, driven by headless Chromium (Playwright).

Playwright cannot download its own browsers here, so Debian's chromium is launched directly.
CSRF protection is switched on while the live server runs, so the real forms (with their hidden
tokens) are what the journeys exercise. On failure every open page is saved to `test-artifacts/`."""
import os
import re
import threading

import pytest
from flask_babel import force_locale, gettext
from werkzeug.serving import make_server

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.path.join(ROOT, "test-artifacts")
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TIMEOUT_MS = 15_000


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures can tell whether the test failed."""
    report = yield
    setattr(item, "rep_" + report.when, report)
    return report


def artifact_path(name):
    """A path under test-artifacts/ (created on demand) for screenshots."""
    os.makedirs(ARTIFACTS, exist_ok=True)
    return os.path.join(ARTIFACTS, re.sub(r"[^A-Za-z0-9_.-]+", "-", name))


@pytest.fixture
def live_server(app):
    """Serve the test app on a free port in a daemon thread; yields the base URL.

    Each request thread pushes its own app context and so gets its own database session."""
    previous_csrf = app.config.get("WTF_CSRF_ENABLED", True)
    app.config["WTF_CSRF_ENABLED"] = True
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        app.config["WTF_CSRF_ENABLED"] = previous_csrf


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"No Chromium at {CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()


@pytest.fixture
def new_context(browser, live_server, request):
    """new_context(**options) -> a fresh browser context (own cookies) on the live server.

    Vietnamese by default, like most visitors. Every context is closed after the test (before the
    server stops); when the test failed, each of its open pages is saved as a screenshot first."""
    contexts = []

    def factory(**options):
        options.setdefault("locale", "vi-VN")
        options.setdefault("base_url", live_server)
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield factory
    failed = any(getattr(request.node, "rep_" + phase, None) is not None
                 and getattr(request.node, "rep_" + phase).failed for phase in ("setup", "call"))
    for n, context in enumerate(contexts):
        if failed:
            for m, open_page in enumerate(context.pages):
                try:
                    open_page.screenshot(path=artifact_path(f"FAILED-{request.node.name}-{n}-{m}.png"),
                                         full_page=True)
                except Exception as err:  # noqa: BLE001  (a screenshot must not hide the real failure)
                    print(f"Could not save a screenshot of {open_page.url}: {err}")
        context.close()


@pytest.fixture
def page(new_context):
    """A page in a fresh Vietnamese-speaking context (locale vi-VN) on the live server."""
    return new_context().new_page()


@pytest.fixture
def t(app):
    """t(msgid, locale="vi", **params) -> the text the app shows for msgid in that locale.

    Translated by the app's own Flask-Babel (same catalogue, same cache as the pages); while a
    catalogue is missing this is the English msgid, exactly as the app falls back. Lets the journeys
    click by the label a visitor sees."""
    def translate(msgid, locale="vi", **params):
        with app.test_request_context("/"), force_locale(locale):
            return gettext(msgid, **params)

    return translate
