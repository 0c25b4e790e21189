"""Introductions: one party asks to be put in touch with another, and the outcome is recorded.

The requester acts for a side (an organisation they manage, their own person profile, or just
themselves); the target is an organisation or a person. Side and target foreign keys cascade, so a
merge of duplicate listings can move them and a deleted listing takes its introductions with it."""
from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utcnow


class IntroductionStatus:
    """Where an introduction stands. Declined, withdrawn and agreed are final."""

    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    MET = "met"
    AGREED = "agreed"
    ALL = (SENT, ACCEPTED, DECLINED, WITHDRAWN, MET, AGREED)
    # Open: still going somewhere; a second request to the same target is a duplicate.
    OPEN = (SENT, ACCEPTED, MET)
    # Contact details of both sides are shown from acceptance on.
    CONNECTED = (ACCEPTED, MET, AGREED)
    FINAL = (DECLINED, WITHDRAWN, AGREED)


class Introduction(db.Model):
    """A request from one side to a target, with its match context and a timestamp per step."""

    __tablename__ = "introductions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)
    # The side the requester acts for: an organisation, a person profile, or neither (themselves).
    source_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    source_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    # Exactly one target (an offer or need target is stored as its publisher).
    target_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    target_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    # The record the match was computed for (organisation, person, offer or need) and the record picked
    # as target, as type + id: context only, so no foreign key (the records may be edited or removed).
    context_type: Mapped[str | None] = mapped_column(String(16))
    context_id: Mapped[int | None] = mapped_column(Integer)
    target_record_type: Mapped[str | None] = mapped_column(String(16))
    target_record_id: Mapped[int | None] = mapped_column(Integer)
    message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=IntroductionStatus.SENT, index=True)
    # Captured at request time by the server's matcher, never taken from the client.
    score: Mapped[int | None] = mapped_column(Integer)
    decline_reason: Mapped[str | None] = mapped_column(Text)
    responded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    met_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    agreed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    accepted_at = mapped_column(DateTime(timezone=True))
    declined_at = mapped_column(DateTime(timezone=True))
    withdrawn_at = mapped_column(DateTime(timezone=True))
    met_at = mapped_column(DateTime(timezone=True))
    agreed_at = mapped_column(DateTime(timezone=True))
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)

    requester = relationship("User", foreign_keys=[requester_id])
    responded_by = relationship("User", foreign_keys=[responded_by_id])
    met_by = relationship("User", foreign_keys=[met_by_id])
    agreed_by = relationship("User", foreign_keys=[agreed_by_id])
    source_organisation = relationship("Organisation", foreign_keys=[source_organisation_id])
    source_person = relationship("Person", foreign_keys=[source_person_id])
    target_organisation = relationship("Organisation", foreign_keys=[target_organisation_id])
    target_person = relationship("Person", foreign_keys=[target_person_id])
    reasons = relationship("IntroductionReason", back_populates="introduction", cascade="all, delete-orphan",
                           order_by="IntroductionReason.points.desc()")

    @property
    def source(self):
        """The organisation or person the requester acts for (None when acting for themselves)."""
        return self.source_organisation or self.source_person

    @property
    def target(self):
        return self.target_organisation or self.target_person

    @property
    def is_open(self):
        return self.status in IntroductionStatus.OPEN

    @property
    def reason_codes(self):
        return [reason.code for reason in self.reasons]


class IntroductionReason(db.Model):
    """One factor of the match score at request time; the funnel groups outcomes by these codes."""

    __tablename__ = "introduction_reasons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    introduction_id: Mapped[int] = mapped_column(
        ForeignKey("introductions.id", ondelete="CASCADE"), nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    points: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    introduction = relationship("Introduction", back_populates="reasons")
