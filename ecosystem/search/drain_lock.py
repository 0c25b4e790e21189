"""One index writer at a time across processes and machines.

Whoosh: an exclusive `flock` on a file next to the index (processes on one machine).
PostgreSQL: a session-level advisory lock (app servers on several machines).
The lock is only tried, never waited for: whoever holds it drains the outbox for everyone, and
the others' background indexers try again within a second, so no request ever waits on the index."""
import fcntl
import os
from contextlib import contextmanager

from sqlalchemy import text

from ..extensions import db

ADVISORY_LOCK_KEY = 57_1131  # any constant shared by every app server


@contextmanager
def writer_lock(app, blocking=False):
    """Yield True when this process is the index writer for the duration of the block."""
    if app.config.get("SEARCH_BACKEND") == "postgres":
        with _advisory_lock(blocking) as held:
            yield held
    else:
        with _file_lock(app.config["SEARCH_INDEX_DIR"], blocking) as held:
            yield held


@contextmanager
def _file_lock(index_dir, blocking):
    os.makedirs(index_dir, exist_ok=True)
    path = os.path.join(os.path.dirname(os.path.abspath(index_dir)), ".search-writer.lock")
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _advisory_lock(blocking):
    with db.engine.connect() as conn:
        if blocking:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
            held = True
        else:
            held = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_LOCK_KEY}).scalar()
        conn.commit()
        try:
            yield bool(held)
        finally:
            if held:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK_KEY})
                conn.commit()
