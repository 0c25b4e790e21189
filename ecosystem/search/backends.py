"""Which backend serves search in this process: `SEARCH_BACKEND` = whoosh (default) or postgres."""
from flask import current_app

from ..extensions import db


def create_backend(app):
    """A new backend for this app's configuration (each process makes its own, after fork)."""
    name = app.config.get("SEARCH_BACKEND", "whoosh")
    if name == "postgres":
        from .postgres import PostgresBackend
        with app.app_context():
            return PostgresBackend(db.engine, cache_size=app.config.get("SEARCH_RESULT_CACHE", 256))
    from .whoosh import WhooshBackend
    return WhooshBackend(app.config["SEARCH_INDEX_DIR"])


def get_backend(app=None):
    """This process's backend for the app (created on first use, so gunicorn workers never share one)."""
    app = app or current_app._get_current_object()
    backend = app.extensions.get("search_backend")
    if backend is None:
        backend = app.extensions["search_backend"] = create_backend(app)
    return backend

