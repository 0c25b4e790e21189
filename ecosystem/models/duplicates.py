"""Likely duplicates: blocking keys, pairs curators said are different, and redirects of merged listings."""
from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import utcnow


class RecordType:
    """The two kinds of listing that can be duplicates of each other and be merged."""

    ORGANISATION = "organisation"
    PERSON = "person"
    ALL = (ORGANISATION, PERSON)


class DuplicateKey(db.Model):
    """One blocking key of one listing ("n:misa", "w:misa.vn"...). Listings sharing a key are candidate pairs,
    so detection never compares every listing with every other. Kept current by flush hooks; no foreign key,
    because a key row is derived data rebuilt whenever its listing changes."""

    __tablename__ = "duplicate_keys"
    __table_args__ = (Index("ix_duplicate_keys_lookup", "record_type", "key"),
                      Index("ix_duplicate_keys_record", "record_type", "record_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(12), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    key: Mapped[str] = mapped_column(String(200), nullable=False)


class OrganisationDismissal(db.Model):
    """Two organisations a curator said are not duplicates; the pair is never proposed again."""

    __tablename__ = "organisation_dismissals"
    __table_args__ = (UniqueConstraint("first_id", "second_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False)
    second_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False,
                                           index=True)
    dismissed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


class PersonDismissal(db.Model):
    """Two people a curator said are different people."""

    __tablename__ = "person_dismissals"
    __table_args__ = (UniqueConstraint("first_id", "second_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), nullable=False)
    second_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), nullable=False, index=True)
    dismissed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


class SlugRedirect(db.Model):
    """The address of a merged-away listing, answered with a permanent redirect to the survivor.

    The foreign keys make a later merge of the survivor carry its redirects along."""

    __tablename__ = "slug_redirects"
    __table_args__ = (UniqueConstraint("record_type", "old_slug"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(12), nullable=False)
    old_slug: Mapped[str] = mapped_column(String(90), nullable=False)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"),
                                                        index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


class DuplicatePair(db.Model):
    """A likely duplicate pair found by the blocking keys, with its evidence: the curators' queue.

    Derived data, recomputed for a listing whenever it (or its affiliations) change, so the queue is one
    indexed query however large the registry. `first_id` < `second_id`; no foreign keys, for the same
    reason as the keys (a deleted listing's pairs are removed by the same hook)."""

    __tablename__ = "duplicate_pairs"
    __table_args__ = (UniqueConstraint("record_type", "first_id", "second_id"),
                      Index("ix_duplicate_pairs_queue", "record_type", "confidence"),
                      Index("ix_duplicate_pairs_second", "record_type", "second_id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(12), nullable=False)
    first_id: Mapped[int] = mapped_column(Integer, nullable=False)
    second_id: Mapped[int] = mapped_column(Integer, nullable=False)
    confidence: Mapped[float] = mapped_column(Float, nullable=False)
    strong: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    evidence = mapped_column(JSON, nullable=False, default=list)
