"""Apply the search outbox to the index: synchronously (tests, CLI) or from a background thread per process.

The thread wakes when this process commits a change, and once a second anyway, so rows left by
another process (which found the writer lock busy) or by a process that died are applied too."""
import logging
import os
import threading

from flask import current_app, has_request_context
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..extensions import db
from ..models import SearchOutbox
from . import hooks
from .backends import get_backend
from .drain_lock import writer_lock
from .sources import load_documents

log = logging.getLogger("ecosystem.search")
BATCH = 500
POLL_SECONDS = 1.0


def install(app):
    """Hook the session events and the per-process indexer into the app."""
    hooks.install(_on_commit)
    app.extensions["search_indexer"] = None

    @app.before_request
    def ensure_indexer_thread():
        if app.config.get("SEARCH_SYNC") is not True:
            _indexer_for(app)


def _on_commit(session):
    try:
        app = current_app._get_current_object()
    except RuntimeError:  # a session used outside any app context (scripts): the next drain applies it
        return
    if "search_indexer" not in app.extensions:
        return
    sync = app.config.get("SEARCH_SYNC")
    if sync or (sync is None and not has_request_context()):
        drain_outbox(app, blocking=not sync)
    else:
        _indexer_for(app).wake()


def drain_outbox(app, blocking=False):
    """Apply every pending outbox row; return how many keys were applied (0 if another process is the writer)."""
    applied = 0
    with writer_lock(app, blocking=blocking) as is_writer:
        if not is_writer:
            return 0
        backend = get_backend(app)
        while True:
            with Session(db.engine) as session:
                rows = session.execute(select(SearchOutbox.id, SearchOutbox.key)
                                       .order_by(SearchOutbox.id).limit(BATCH)).all()
                if not rows:
                    return applied
                keys = sorted({key for _id, key in rows})
                documents, missing = load_documents(session, keys)
                if documents:
                    backend.index(documents)
                if missing:
                    backend.remove(missing)
                # Delete exactly the rows read: a row with a lower id committed later must not be lost.
                session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_([row_id for row_id, _k in rows])))
                session.commit()
                applied += len(keys)


def pending_count(app):
    with Session(db.engine) as session:
        return session.scalar(select(db.func.count(SearchOutbox.id)))


class BackgroundIndexer:
    """A daemon thread that drains the outbox when woken and every POLL_SECONDS."""

    def __init__(self, app):
        self.app = app
        self.pid = os.getpid()
        self.event = threading.Event()
        self.thread = threading.Thread(target=self._run, name="search-indexer", daemon=True)
        self.thread.start()

    def wake(self):
        self.event.set()

    def _run(self):
        with self.app.app_context():
            self._warm()
            while True:
                self.event.wait(POLL_SECONDS)
                self.event.clear()
                try:
                    drain_outbox(self.app)
                except Exception:  # the rows stay in the outbox; the next round retries them
                    log.exception("search indexer: drain failed")

    def _warm(self):
        try:
            backend = get_backend(self.app)
            if hasattr(backend, "warm"):
                backend.warm()
        except Exception:
            log.exception("search indexer: warm-up failed")


_LOCK = threading.Lock()


def _indexer_for(app):
    """This process's indexer, started on first use (after a gunicorn fork, never before)."""
    indexer = app.extensions.get("search_indexer")
    if indexer is None or indexer.pid != os.getpid():
        with _LOCK:
            indexer = app.extensions.get("search_indexer")
            if indexer is None or indexer.pid != os.getpid():
                indexer = app.extensions["search_indexer"] = BackgroundIndexer(app)
    return indexer
