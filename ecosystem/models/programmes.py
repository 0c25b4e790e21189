"""Programmes that state agencies run (funding, incubation, lab vouchers, technology transfer), their
calls with budgets and deadlines, and the organisations that express interest or apply."""
from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy import JSON
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Status, utcnow


class ProgrammeKind:
    ALL = ("funding", "incubation", "lab-voucher", "technology-transfer", "training", "other")


class ApplicationStatus:
    INTERESTED = "interested"  # expressed interest in a programme (no call chosen, or before applying)
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under-review"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    ALL = (INTERESTED, SUBMITTED, UNDER_REVIEW, ACCEPTED, REJECTED, WITHDRAWN)


def _link(name, right, right_table):
    return Table(
        name, db.metadata,
        Column("programme_id", ForeignKey("programmes.id", ondelete="CASCADE"), primary_key=True),
        Column(right, ForeignKey(f"{right_table}.id", ondelete="CASCADE"), primary_key=True),
        Index(f"ix_{name}_{right}", right, "programme_id"),
    )


programme_technologies = _link("programme_technologies", "technology_id", "strategic_technologies")
programme_sectors = _link("programme_sectors", "sector_id", "sectors")


class Programme(db.Model):
    """A support scheme published by a state agency (or a zone's management board)."""

    __tablename__ = "programmes"
    kind = "programme"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(90), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(200))
    title_folded: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True)
    programme_kind: Mapped[str] = mapped_column(String(24), nullable=False, default="funding", index=True)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    summary_en: Mapped[str | None] = mapped_column(Text)
    eligibility: Mapped[str | None] = mapped_column(Text)  # in the agency's words
    eligible_kinds = mapped_column(JSON, nullable=False, default=list)  # organisation kinds; empty: any
    budget_vnd: Mapped[int | None] = mapped_column(BigInteger)  # the whole programme
    max_award_vnd: Mapped[int | None] = mapped_column(BigInteger)
    website: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=Status.PENDING, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow, index=True)
    verified_at = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    agency = relationship("Organisation", backref=db.backref("programmes", cascade="all, delete-orphan",
                                                             passive_deletes=True))
    technologies = relationship("StrategicTechnology", secondary=programme_technologies,
                                order_by="StrategicTechnology.sort_order")
    sectors = relationship("Sector", secondary=programme_sectors, order_by="Sector.sort_order")
    calls = relationship("ProgrammeCall", back_populates="programme", cascade="all, delete-orphan",
                         passive_deletes=True, order_by="ProgrammeCall.closes_at")

    @property
    def is_public(self):
        return self.status == Status.VERIFIED and self.agency is not None and self.agency.is_public


class ProgrammeCall(db.Model):
    """One round of a programme: open from `opens_at` until `closes_at`, then closed without anyone acting."""

    __tablename__ = "programme_calls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    budget_vnd: Mapped[int | None] = mapped_column(BigInteger)
    opens_at = mapped_column(DateTime(timezone=True), nullable=False)
    closes_at = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    programme = relationship("Programme", back_populates="calls")


class ProgrammeApplication(db.Model):
    """An organisation's (or researcher's) interest in a programme or application to one of its calls."""

    __tablename__ = "programme_applications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), nullable=False, index=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("programme_calls.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=ApplicationStatus.INTERESTED,
                                        index=True)
    message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    requested_vnd: Mapped[int | None] = mapped_column(BigInteger)
    decision_note: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at = mapped_column(DateTime(timezone=True))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    programme = relationship("Programme", backref=db.backref("applications", cascade="all, delete-orphan",
                                                             passive_deletes=True))
    call = relationship("ProgrammeCall", backref=db.backref("applications", passive_deletes=True))
    organisation = relationship("Organisation")
    person = relationship("Person")
    submitted_by = relationship("User", foreign_keys=[submitted_by_id])
    decided_by = relationship("User", foreign_keys=[decided_by_id])
