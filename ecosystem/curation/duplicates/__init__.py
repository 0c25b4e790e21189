"""Duplicates: detecting likely duplicate listings, the curators' queue, merging with redirects.

`register(app)` mounts the blueprint (the queue at /curation/duplicates, merge pages under
/curation/merge) and installs the flush hooks that keep the blocking keys current."""
from flask import Blueprint

bp = Blueprint("duplicates", __name__)


def register(app):
    """Mount the blueprint and keep the blocking keys following every flush."""
    from . import views  # noqa: F401  (routes)
    from .keys import install
    from .labels import evidence_text

    install()
    app.register_blueprint(bp, url_prefix="/curation")
    app.jinja_env.globals["duplicate_evidence"] = evidence_text
