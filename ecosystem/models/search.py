"""The search outbox: listings whose index entry must be refreshed, written in the same transaction
as the change, so an index update is never lost (a busy index or a dead process only delays it)
and never made for a transaction that rolled back."""
from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from .base import utcnow


class SearchOutbox(db.Model):
    __tablename__ = "search_outbox"
    # AUTOINCREMENT on SQLite: ids are never reused, so "delete ids up to the last drained one" is safe.
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), nullable=False)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
