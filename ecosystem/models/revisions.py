"""Revisions: one row per change to an organisation or a person, with the old and new value of each field.

A revision is linked to its listing by a foreign key (ON DELETE CASCADE), so merging two listings can move
the history by walking foreign keys. `changes` holds JSON-safe values in the services' input vocabulary
(codes for taxonomy terms, slugs for linked organisations), so a revision can be applied or reverted
through the same services that made it."""
from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from ..extensions import db
from .base import utcnow


class RevisionAction:
    """What kind of change a revision records (other domains may add their own words)."""

    CREATED = "created"
    UPDATED = "updated"
    REVERTED = "reverted"
    MERGED = "merged"
    IMPORTED = "imported"
    ALL = (CREATED, UPDATED, REVERTED, MERGED, IMPORTED)


class RevisionState:
    """Applied changes are live; pending ones wait for a curator; rejected ones never went live;
    reverted ones were undone by a later "reverted" revision; superseded ones were pending when newer
    values were proposed for all their fields."""

    APPLIED = "applied"
    PENDING = "pending"
    REJECTED = "rejected"
    REVERTED = "reverted"
    SUPERSEDED = "superseded"
    ALL = (APPLIED, PENDING, REJECTED, REVERTED, SUPERSEDED)


class Revision(db.Model):
    """One change to one listing: who, when, which fields (old and new), and its review."""

    __tablename__ = "revisions"
    __table_args__ = (
        CheckConstraint("(organisation_id IS NULL) <> (person_id IS NULL)", name="one_listing"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    # {field: {"old": value, "new": value}}; only fields whose value changed.
    changes = mapped_column(JSON, nullable=False, default=dict)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default=RevisionState.APPLIED, index=True)
    # The listing's version once the change was saved: an editor holding an older version missed it.
    record_version: Mapped[int | None] = mapped_column(Integer)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at = mapped_column(DateTime(timezone=True))
    review_reason: Mapped[str | None] = mapped_column(Text)
    reverts_id: Mapped[int | None] = mapped_column(ForeignKey("revisions.id", ondelete="SET NULL"))

    # The history goes with its listing (the database cascades too; SQLite without foreign keys needs this).
    organisation = relationship("Organisation", backref=backref("revisions", cascade="all, delete-orphan",
                                                                order_by="Revision.id"))
    person = relationship("Person", backref=backref("revisions", cascade="all, delete-orphan",
                                                    order_by="Revision.id"))
    actor = relationship("User", foreign_keys=[actor_id])
    reviewer = relationship("User", foreign_keys=[reviewer_id])
    reverts = relationship("Revision", remote_side=[id])

    @property
    def record(self):
        """The organisation or person this revision changes."""
        return self.organisation if self.organisation_id is not None else self.person

    @property
    def record_type(self):
        return "organisation" if self.organisation_id is not None else "person"

    @property
    def fields(self):
        return sorted(self.changes or {})

    def __repr__(self):
        return f"<Revision {self.id} {self.action} {self.state} {self.record_type}>"
