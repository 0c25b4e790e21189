"""Cross-cutting guarantees: CSRF, rate limits, cookie flags, migrations matching the models."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from ecosystem import create_app
from ecosystem.extensions import db
from tests.conftest import PASSWORD, _test_config


def test_migrations_match_the_models(app):
    """The schema built by the migrations is exactly what the models declare (on this database).

    The PostgreSQL search backend's tables are not models: the same rule as migrations/env.py leaves them out."""
    from ecosystem.search.postgres.schema import is_backend_table

    def include_object(object, name, type_, reflected, compare_to):
        table = name if type_ == "table" else getattr(getattr(object, "table", None), "name", None)
        return table is None or not is_backend_table(table)

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(context, db.metadata)
    assert diff == []


def test_every_post_needs_a_csrf_token(app, make_user):
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        client = app.test_client()
        client.set_cookie("lang", "en")
        make_user()
        for path, data in [("/login", {"email": "member@example.org", "password": PASSWORD}),
                           ("/register", {"name": "X", "email": "x@example.org"}), ("/lang", {"lang": "en"})]:
            response = client.post(path, data=data)
            assert response.status_code == 400, path
            assert "form expired" in response.get_data(as_text=True)
        assert client.get("/my").status_code == 302  # not signed in
    finally:
        app.config["WTF_CSRF_ENABLED"] = False


def test_login_attempts_are_rate_limited(app, make_user):
    make_user()
    app.config["RATELIMIT_LOGIN"] = "10 per minute"
    try:
        client = app.test_client()
        codes = [client.post("/login", data={"email": "member@example.org", "password": "wrong password"}).status_code
                 for _ in range(11)]
    finally:
        app.config["RATELIMIT_LOGIN"] = "1000 per minute"
    assert codes[:10] == [401] * 10 and codes[10] == 429


def test_cookies_are_secure_behind_https(tmp_path, monkeypatch):
    monkeypatch.setenv("PREFERRED_URL_SCHEME", "https")
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    config = _test_config(str(tmp_path))
    for key in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        config.pop(key, None)
    app = create_app(config)
    assert app.config["SESSION_COOKIE_SECURE"] and app.config["REMEMBER_COOKIE_SECURE"]
    assert app.config["SESSION_COOKIE_HTTPONLY"] and app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_security_headers(client):
    response = client.get("/")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_healthz_reports_an_unreachable_database(tmp_path, monkeypatch):
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    config = _test_config(str(tmp_path))
    config["SQLALCHEMY_DATABASE_URI"] = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"
    app = create_app(config)
    response = app.test_client().get("/healthz")
    assert response.status_code == 503 and response.get_json()["database"] == "unreachable"
    with app.app_context():
        db.engine.dispose()
