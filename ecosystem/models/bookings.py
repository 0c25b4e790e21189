"""When labs and instruments are open to outside users, and who asked for which hours.

Capacity is counted in half-hour units. An approved request holds one `BookingUnit` row per unit and
resource, and (resource, start) is unique: two approvals of overlapping hours cannot both commit, on
SQLite or PostgreSQL, whatever the timing."""
from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utcnow

UNIT_MINUTES = 30


class AccessStatus:
    PENDING = "pending"  # waiting for the lab manager
    PROPOSED = "proposed"  # the manager proposed other hours; waiting for the requester
    APPROVED = "approved"  # the hours are booked
    DECLINED = "declined"
    CANCELLED = "cancelled"  # withdrawn by the requester, or an approved booking cancelled
    ALL = (PENDING, PROPOSED, APPROVED, DECLINED, CANCELLED)
    OPEN = (PENDING, PROPOSED)


class LabSlot(db.Model):
    """Weekly recurring opening hours of a lab, or of one instrument when `equipment_id` is set."""

    __tablename__ = "lab_slots"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lab_id: Mapped[int] = mapped_column(ForeignKey("labs.id", ondelete="CASCADE"), nullable=False, index=True)
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer, nullable=False)  # 0 = Monday
    start_time = mapped_column(Time, nullable=False)
    end_time = mapped_column(Time, nullable=False)
    valid_from = mapped_column(Date)
    valid_until = mapped_column(Date)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    lab = relationship("Lab", backref=db.backref("slots", cascade="all, delete-orphan", passive_deletes=True))
    equipment = relationship("Equipment", backref=db.backref("slots", cascade="all, delete-orphan",
                                                             passive_deletes=True))


class SlotException(db.Model):
    """A date when the usual hours do not apply: closed (all day or some hours) or extra opening hours."""

    __tablename__ = "lab_slot_exceptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lab_id: Mapped[int] = mapped_column(ForeignKey("labs.id", ondelete="CASCADE"), nullable=False, index=True)
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id", ondelete="CASCADE"), index=True)
    on_date = mapped_column(Date, nullable=False, index=True)
    start_time = mapped_column(Time)  # both empty: the whole day
    end_time = mapped_column(Time)
    is_open: Mapped[bool] = mapped_column(db.Boolean, nullable=False, default=False)  # False: closed
    note: Mapped[str | None] = mapped_column(String(200))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    lab = relationship("Lab", backref=db.backref("slot_exceptions", cascade="all, delete-orphan",
                                                 passive_deletes=True))
    equipment = relationship("Equipment")


class AccessRequest(db.Model):
    """A request to use a lab, or one instrument in it, for some hours, with a purpose."""

    __tablename__ = "access_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lab_id: Mapped[int] = mapped_column(ForeignKey("labs.id", ondelete="CASCADE"), nullable=False, index=True)
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id", ondelete="CASCADE"), index=True)
    requester_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # On whose behalf: an organisation the user manages (a startup, a company), or the user's own profile.
    requester_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    requester_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    starts_at = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    ends_at = mapped_column(DateTime(timezone=True), nullable=False)
    purpose: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=AccessStatus.PENDING, index=True)
    proposed_starts_at = mapped_column(DateTime(timezone=True))
    proposed_ends_at = mapped_column(DateTime(timezone=True))
    decision_note: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at = mapped_column(DateTime(timezone=True))
    fee_vnd: Mapped[int | None] = mapped_column(BigInteger)  # quoted when approved
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    lab = relationship("Lab", backref=db.backref("access_requests", cascade="all, delete-orphan",
                                                 passive_deletes=True))
    equipment = relationship("Equipment", backref=db.backref("access_requests", passive_deletes=True))
    requester_user = relationship("User", foreign_keys=[requester_user_id])
    requester_organisation = relationship("Organisation")
    requester_person = relationship("Person")
    decided_by = relationship("User", foreign_keys=[decided_by_id])
    units = relationship("BookingUnit", back_populates="request", cascade="all, delete-orphan",
                         passive_deletes=True)


class BookingUnit(db.Model):
    """One half-hour of one resource ("lab:3" or "equipment:12") taken by an approved request."""

    __tablename__ = "booking_units"
    __table_args__ = (UniqueConstraint("resource", "starts_at", name="uq_booking_units_resource_starts_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("access_requests.id", ondelete="CASCADE"), nullable=False, index=True)
    lab_id: Mapped[int] = mapped_column(ForeignKey("labs.id", ondelete="CASCADE"), nullable=False, index=True)
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id", ondelete="CASCADE"), index=True)
    resource: Mapped[str] = mapped_column(String(24), nullable=False)
    starts_at = mapped_column(DateTime(timezone=True), nullable=False, index=True)

    request = relationship("AccessRequest", back_populates="units")
