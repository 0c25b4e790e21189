"""Search: the only package that imports whoosh (in `search.whoosh`). Backends, analysis, hooks, query parsing."""
from flask import Blueprint

bp = Blueprint("search", __name__)


def register(app):
    """Mount the search pages and keep the index following the database."""
    from . import indexer, views  # noqa: F401

    app.register_blueprint(bp)
    indexer.install(app)
