"""In-app notifications: what happened, for whom, where to look, and whether it was read.

The text is not stored: `kind` and `params` are rendered in the reader's language when shown."""
from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utcnow


class Notification(db.Model):
    """One message to one user (an introduction received, accepted...)."""

    __tablename__ = "notifications"
    # The bell counts a user's unread notifications on every page.
    __table_args__ = (Index("ix_notifications_user_id_read_at", "user_id", "read_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    params = mapped_column(JSON, nullable=False, default=dict)
    link: Mapped[str | None] = mapped_column(String(300))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    read_at = mapped_column(DateTime(timezone=True))

    user = relationship("User")

    @property
    def is_read(self):
        return self.read_at is not None
