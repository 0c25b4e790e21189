"""Rebuild the index from the database, and compare the two (report and repair drift)."""
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..extensions import db
from ..models import SearchOutbox
from .backends import get_backend
from .drain_lock import writer_lock
from .sources import iter_documents, load_documents


def reindex(app, progress=None):
    """Rebuild the whole index from the database; return the number of documents.

    Outbox rows present when the rebuild starts are covered by it (the records are read after
    them) and are deleted at the end; rows added meanwhile stay for the next drain."""
    with writer_lock(app, blocking=True):
        with Session(db.engine) as session:
            covered = list(session.scalars(select(SearchOutbox.id)))
            count = get_backend(app).rebuild(iter_documents(session), progress=progress)
            for start in range(0, len(covered), 1000):
                session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_(covered[start:start + 1000])))
            session.commit()
    return count


@dataclass
class Drift:
    """Differences between the database and the index, by document key."""

    missing: list = field(default_factory=list)  # in the database, not in the index
    stale: list = field(default_factory=list)  # in both, with different content
    extra: list = field(default_factory=list)  # in the index only
    checked: int = 0

    @property
    def clean(self):
        return not (self.missing or self.stale or self.extra)


def check(app, repair=False):
    """Compare every database record with its index entry; with `repair`, fix what differs."""
    with writer_lock(app, blocking=True):
        backend = get_backend(app)
        indexed = backend.digests()
        drift = Drift()
        with Session(db.engine) as session:
            for document in iter_documents(session):
                drift.checked += 1
                digest = indexed.pop(document.key, None)
                if digest is None:
                    drift.missing.append(document.key)
                elif digest != document.digest():
                    drift.stale.append(document.key)
            drift.extra = sorted(indexed)
            if repair and not drift.clean:
                documents, gone = load_documents(session, drift.missing + drift.stale)
                backend.index(documents)
                backend.remove(drift.extra + gone)
    return drift
