"""Bulk import jobs: one row per dry run or import of an uploaded CSV or XLSX file.

Progress lives here (not in a worker's memory) because any web worker may answer the progress poll."""
from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utcnow


class ImportStatus:
    """Lifecycle of a job: uploaded (waiting for its mapping), queued, running, then done or failed."""

    UPLOADED = "uploaded"
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    ALL = (UPLOADED, QUEUED, RUNNING, DONE, FAILED)
    FINISHED = (DONE, FAILED)


class ImportMode:
    """Atomic: any bad row and nothing is imported. Per row: good rows imported, bad rows reported."""

    ATOMIC = "atomic"
    PER_ROW = "per-row"
    ALL = (ATOMIC, PER_ROW)


class ImportJob(db.Model):
    """One pass over one uploaded file, with its counts and the first detailed messages of its report."""

    __tablename__ = "import_jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # An organisation kind, or "person".
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    mode: Mapped[str] = mapped_column(String(10), nullable=False, default=ImportMode.ATOMIC)
    dry_run: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default=ImportStatus.UPLOADED, index=True)
    source: Mapped[str] = mapped_column(String(10), nullable=False, default="web")
    locale: Mapped[str] = mapped_column(String(5), nullable=False, default="vi")
    filename: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    # Name of the uploaded file under IMPORT_DIR; None once the file is removed.
    stored_name: Mapped[str | None] = mapped_column(String(80))
    file_format: Mapped[str | None] = mapped_column(String(8))
    encoding: Mapped[str | None] = mapped_column(String(16))
    delimiter: Mapped[str | None] = mapped_column(String(4))
    headers = mapped_column(JSON, nullable=False, default=list)
    mapping = mapped_column(JSON, nullable=False, default=dict)
    total_rows: Mapped[int | None] = mapped_column(Integer)
    processed_rows: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    imported_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    error_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    warning_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    duplicate_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # A problem with the whole file or run (bad encoding, missing column, atomic refusal), or None.
    problem: Mapped[str | None] = mapped_column(Text)
    # The first IMPORT_REPORT_DETAILS messages: {"row", "level", "field", "message"}.
    messages = mapped_column(JSON, nullable=False, default=list)
    ignored_columns = mapped_column(JSON, nullable=False, default=list)
    report_name: Mapped[str | None] = mapped_column(String(80))
    # The dry run this import followed, if any.
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("import_jobs.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    started_at = mapped_column(DateTime(timezone=True))
    finished_at = mapped_column(DateTime(timezone=True))
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    user = relationship("User")

    @property
    def is_finished(self):
        return self.status in ImportStatus.FINISHED

    def __repr__(self):
        return f"<ImportJob {self.id} {self.kind} {self.status}>"
