"""Configuration. The environment is read only inside `Config.from_env`, called by create_app."""
import os
import secrets
from datetime import timedelta

SEARCH_BACKENDS = ("whoosh", "postgres")


def check_backend_name(name):
    """SEARCH_BACKEND must name a backend; a typo fails at start, not at the first search."""
    if name not in SEARCH_BACKENDS:
        raise ValueError(f"SEARCH_BACKEND must be one of {', '.join(SEARCH_BACKENDS)}, not {name!r}")
    return name


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
    # Index changes are applied at commit in the committing thread when True (tests), by a background
    # thread when False; None (default) means in the thread outside requests (CLI), in the background inside.
    SEARCH_SYNC = None
    SEARCH_PER_PAGE = 20
    # PostgreSQL backend: results remembered per process until the index changes (0 turns it off).
    SEARCH_RESULT_CACHE = 256
    # Data quality: listings not confirmed for FRESHNESS_DAYS go on the weekly alert list, those silent for
    # ARCHIVE_AFTER_DAYS are flagged for archiving; the "please confirm" link works for CONFIRM_LINK_MAX_AGE seconds.
    FRESHNESS_DAYS = 180
    ARCHIVE_AFTER_DAYS = 365
    CONFIRM_LINK_MAX_AGE = 30 * 24 * 3600
    # Open data: how many dated packages stay on disk (and downloadable) under OPEN_DATA_DIR.
    OPEN_DATA_KEEP = 14
    # Bulk import: jobs run in a background thread when IMPORT_SYNC is false, in the caller when true (tests).
    # An uploaded file may hold IMPORT_MAX_BYTES and IMPORT_MAX_ROWS; rows are flushed and committed (per-row
    # mode) in batches of IMPORT_BATCH_SIZE; a job keeps its first IMPORT_REPORT_DETAILS messages (the
    # downloadable CSV report has them all); an upload not imported after IMPORT_UPLOAD_MAX_AGE hours is removed.
    IMPORT_SYNC = False
    IMPORT_MAX_BYTES = 64 * 1024 * 1024
    IMPORT_MAX_ROWS = 100000
    IMPORT_BATCH_SIZE = 500
    IMPORT_REPORT_DETAILS = 200
    IMPORT_UPLOAD_MAX_AGE = 24
    # Introductions: requests one user may send in 24 hours (spam limit).
    INTRODUCTIONS_PER_DAY = 10
    # Matching: how long (seconds) a worker keeps the word statistics its text similarity uses.
    MATCHING_TERM_STATS_SECONDS = 600
    # Matching: how long (seconds) a worker keeps its in-memory candidate index (listings changed since are read
    # from the database on every request, so this bounds the rebuild cost, not freshness).
    MATCHING_INDEX_SECONDS = 300
    # Matching: after building that index, move the process's objects out of the garbage collector's sight
    # (gc.freeze). Otherwise every full collection walks millions of them and stalls a request ~150 ms.
    MATCHING_GC_FREEZE = True
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
        cfg["SEARCH_BACKEND"] = check_backend_name(env.get("SEARCH_BACKEND", "whoosh"))
        cfg["UPLOAD_DIR"] = env.get("UPLOAD_DIR", os.path.join(instance_path, "uploads"))
        cfg["OPEN_DATA_DIR"] = env.get("OPEN_DATA_DIR", os.path.join(instance_path, "open-data"))
        cfg["IMPORT_DIR"] = env.get("IMPORT_DIR", os.path.join(instance_path, "imports"))
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
        for name in ("FRESHNESS_DAYS", "ARCHIVE_AFTER_DAYS", "CONFIRM_LINK_MAX_AGE", "IMPORT_MAX_BYTES",
                     "IMPORT_MAX_ROWS", "INTRODUCTIONS_PER_DAY", "MATCHING_TERM_STATS_SECONDS",
                     "MATCHING_INDEX_SECONDS"):
            cfg[name] = positive_int(name, env.get(name), getattr(cls, name))
        return cfg


def positive_int(name, raw, default):
    """A whole number of days or seconds from the environment; a typo fails at start."""
    if raw in (None, ""):
        return default
    if not raw.strip().isdigit() or int(raw) < 1:
        raise ValueError(f"{name} must be a whole number above zero, not {raw!r}")
    return int(raw)


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
    SEARCH_SYNC = True
    IMPORT_SYNC = True
    # Freezing the heap keeps objects of earlier tests (connections too) out of the collector's reach until
    # the next build; tests/matching/test_gc_freeze.py turns it on where it is tested.
    MATCHING_GC_FREEZE = False
