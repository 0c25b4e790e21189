"""Fixtures: the app on SQLite (always) or on PostgreSQL when TEST_DATABASE_URL is set.

The schema is built once per session by the real migrations; every test starts from empty
tables with the official taxonomies loaded."""
import os
import re

import pytest
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import text

from ecosystem import create_app
from ecosystem.auth.policy import SYSTEM
from ecosystem.auth.services import create_api_token, register_user
from ecosystem.config import TestConfig, normalise_database_url
from ecosystem.extensions import db, limiter
from ecosystem.models import Role, Status
from ecosystem.registry.organisations import create_organisation
from ecosystem.registry.seeding import seed_taxonomy
from ecosystem.search.backends import get_backend

PASSWORD = "correct horse battery"


def _database_url(tmp_dir):
    url = os.environ.get("TEST_DATABASE_URL")
    return normalise_database_url(url) if url else "sqlite:///" + os.path.join(tmp_dir, "test.db")


def _test_config(tmp_dir):
    config = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
    config.update(SQLALCHEMY_DATABASE_URI=_database_url(tmp_dir),
                  UPLOAD_DIR=os.path.join(tmp_dir, "uploads"),
                  SEARCH_INDEX_DIR=os.path.join(tmp_dir, "search-index"),
                  MAIL_SERVER="", REDIS_URL="", RATELIMIT_STORAGE_URI="memory://",
                  # PostgreSQL deployments search with PostgreSQL; the contract suite runs both backends anyway.
                  SEARCH_BACKEND="postgres" if os.environ.get("TEST_DATABASE_URL") else "whoosh")
    return config


def _drop_everything():
    """Start the session from an empty database, whatever an earlier run left."""
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    else:
        db.drop_all()
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))


def _compile_catalogues():
    """A bare `pytest` run needs the compiled catalogues as much as `make test` does (.mo is not in git)."""
    from tests.test_i18n import MO_PATH, PO_PATH, WTFORMS_MO_PATH, WTFORMS_PO_PATH, compile_if_stale
    compile_if_stale(PO_PATH, MO_PATH)
    compile_if_stale(WTFORMS_PO_PATH, WTFORMS_MO_PATH)


@pytest.fixture(scope="session")
def _app(tmp_path_factory):
    _compile_catalogues()
    tmp_dir = str(tmp_path_factory.mktemp("instance"))
    os.environ["INSTANCE_PATH"] = tmp_dir
    app = create_app(_test_config(tmp_dir))
    app.test_client_class = IsolatedClient
    with app.app_context():
        _drop_everything()
        upgrade()
    yield app
    backend = app.extensions.pop("search_backend", None)
    if backend is not None:
        backend.close()
    with app.app_context():
        db.engine.dispose()  # psycopg warns about connections left open at exit


def empty_tables():
    """Delete every row (PostgreSQL: one TRUNCATE), committed."""
    tables = [t.name for t in reversed(db.metadata.sorted_tables)]
    if db.engine.dialect.name == "postgresql":
        db.session.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    else:
        for table in tables:
            db.session.execute(text(f'DELETE FROM "{table}"'))
    db.session.commit()


@pytest.fixture
def app(_app):
    """The app with an application context, empty tables and the taxonomies."""
    limiter.reset()
    with _app.app_context():
        empty_tables()
        get_backend(_app).clear()
        seed_taxonomy()
        db.session.commit()
        _app.extensions["mail_outbox"] = []
        yield _app
        db.session.rollback()
        db.session.remove()


class IsolatedClient(FlaskClient):
    """Each request gets its own app context (own `g` and database session), as in production.

    Without this, requests would reuse the test's app context, and Flask-Login's user cached in
    `g` would leak from one request (or client) to the next. Tests read what a request changed
    through `db.session` after `db.session.expire_all()` or a fresh query."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    """A browser that asked for English (the site's default is Vietnamese; i18n tests set their own)."""
    test_client = app.test_client()
    test_client.set_cookie("lang", "en")
    return test_client


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def outbox(app):
    return app.extensions["mail_outbox"]


@pytest.fixture
def make_user(app):
    """make_user(email, role="member") -> User, committed, password PASSWORD."""
    def factory(email="member@example.org", role=Role.MEMBER, name=None):
        user = register_user(email, name or email.split("@")[0].title(), PASSWORD, role=role)
        db.session.commit()
        return user
    return factory


@pytest.fixture
def make_org(app):
    """make_org(kind, name, owner=None, status=verified, **fields) -> Organisation, committed."""
    def factory(kind="startup", name="Công ty Cổ phần Thử nghiệm", owner=None, status=Status.VERIFIED, **fields):
        org = create_organisation(owner or SYSTEM, kind, {"name": name, **fields}, status=status)
        db.session.commit()
        return org
    return factory


class Auth:
    """Sign in and out through the real forms."""

    def __init__(self, client):
        self.client = client

    def login(self, email="member@example.org", password=PASSWORD):
        return self.client.post("/login", data={"email": email, "password": password})

    def logout(self):
        return self.client.post("/logout")


@pytest.fixture
def bearer(app):
    """bearer(user) -> headers carrying a fresh API token of that user."""
    def factory(user):
        _token, raw = create_api_token(user, "tests")
        db.session.commit()
        return {"Authorization": f"Bearer {raw}"}
    return factory


@pytest.fixture
def auth(client):
    return Auth(client)


def csrf_token_from(html):
    """The CSRF token a rendered form carries (for tests that enable CSRF)."""
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html)
    return match.group(1) if match else None
