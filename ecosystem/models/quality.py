"""Daily snapshots of data quality, one row per day and listing kind, for the trend on the dashboard."""
from sqlalchemy import Date, DateTime, Float, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import utcnow


class QualitySnapshot(db.Model):
    """The quality of one kind of listing on one day: how many, their average score, how many are stale."""

    __tablename__ = "quality_snapshots"
    __table_args__ = (UniqueConstraint("day", "kind"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day = mapped_column(Date, nullable=False, index=True)
    # An organisation kind, or "person".
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    listing_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    average_score: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    low_score_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    stale_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    archive_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    recorded_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
