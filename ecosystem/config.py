"""Configuration. The environment is read only inside `Config.from_env`, called by create_app."""
import os
import secrets
from datetime import timedelta


def normalise_database_url(url):
    """Use the psycopg 3 driver for any PostgreSQL URL (Heroku-style `postgres://` included)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class Config:
    """Defaults for a single-machine deployment; every value can come from the environment."""

    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAX_CONTENT_LENGTH = 4 * 1024 * 1024
    LOGO_MAX_BYTES = 2 * 1024 * 1024
    LOGO_MAX_PIXELS = 4096 * 4096
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_DURATION = timedelta(days=30)
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    WTF_CSRF_TIME_LIMIT = None
    BABEL_DEFAULT_LOCALE = "vi"
    LANGUAGES = ("vi", "en")
    PER_PAGE = 24
    PASSWORD_RESET_MAX_AGE = 3600
    MAIL_DEFAULT_SENDER = "no-reply@ecosystem.local"
    RATELIMIT_ENABLED = True
    RATELIMIT_HEADERS_ENABLED = True
    RATELIMIT_LOGIN = "10 per minute"
    RATELIMIT_RESET = "5 per hour"
    TESTING = False

    @classmethod
    def from_env(cls, instance_path):
        """Build the configuration dictionary from the environment and the instance folder."""
        env = os.environ
        cfg = {k: getattr(cls, k) for k in dir(cls) if k.isupper()}
        secret = env.get("SECRET_KEY") or _instance_secret(instance_path)
        cfg["SECRET_KEY"] = secret
        default_db = "sqlite:///" + os.path.join(instance_path, "ecosystem.db")
        cfg["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(env.get("DATABASE_URL", default_db))
        cfg["SEARCH_INDEX_DIR"] = env.get("SEARCH_INDEX_DIR", os.path.join(instance_path, "search-index"))
        cfg["UPLOAD_DIR"] = env.get("UPLOAD_DIR", os.path.join(instance_path, "uploads"))
        cfg["REDIS_URL"] = env.get("REDIS_URL", "")
        cfg["RATELIMIT_STORAGE_URI"] = cfg["REDIS_URL"] or "memory://"
        https = env.get("PREFERRED_URL_SCHEME", "http") == "https"
        cfg["PREFERRED_URL_SCHEME"] = "https" if https else "http"
        cfg["SESSION_COOKIE_SECURE"] = https
        cfg["REMEMBER_COOKIE_SECURE"] = https
        cfg["PUBLIC_BASE_URL"] = env.get("PUBLIC_BASE_URL", "http://127.0.0.1:" + env.get("PORT", "8000"))
        cfg["MAIL_SERVER"] = env.get("MAIL_SERVER", "")
        cfg["MAIL_PORT"] = int(env.get("MAIL_PORT", "587"))
        cfg["MAIL_USERNAME"] = env.get("MAIL_USERNAME", "")
        cfg["MAIL_PASSWORD"] = env.get("MAIL_PASSWORD", "")
        cfg["MAIL_USE_TLS"] = env.get("MAIL_USE_TLS", "1") not in ("0", "false", "")
        cfg["MAIL_DEFAULT_SENDER"] = env.get("MAIL_DEFAULT_SENDER", cls.MAIL_DEFAULT_SENDER)
        return cfg


def _instance_secret(instance_path):
    """A secret kept in the instance folder, so sessions survive restarts without configuration."""
    path = os.path.join(instance_path, "secret_key")
    if not os.path.exists(path):
        os.makedirs(instance_path, exist_ok=True)
        with open(path, "w") as fh:
            fh.write(secrets.token_hex(32))
    with open(path) as fh:
        return fh.read().strip()


class TestConfig:
    """Overrides for the test suite (merged over the environment-derived config)."""

    TESTING = True
    WTF_CSRF_ENABLED = False
    # The limiter stays on (its storage is set up only when enabled at start) with limits no test reaches;
    # tests of the limits lower them through the config, which is read on every request.
    RATELIMIT_ENABLED = True
    RATELIMIT_LOGIN = "1000 per minute"
    RATELIMIT_RESET = "1000 per hour"
    SECRET_KEY = "test-secret"
    PASSWORD_HASH_METHOD = "pbkdf2:sha256:1000"
