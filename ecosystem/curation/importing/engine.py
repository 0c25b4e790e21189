"""The import engine: rows through the registry services, in batches, in one of three ways.

- dry run: every row goes through the services inside one transaction that is rolled back, so the
  report is exactly what an import would do and nothing (database or search index) changes;
- atomic: the same transaction is committed only when no row has an error;
- per row: each row has its own savepoint and each batch is committed with the job's progress.

Every row runs in a savepoint, so one bad row never spoils the transaction of the others. After
each batch the session is flushed and emptied, which keeps memory flat however long the file is."""
import logging
from contextlib import contextmanager

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import text, update
from sqlalchemy.exc import SQLAlchemyError

from ...auth.policy import SYSTEM
from ...errors import DomainError
from ...extensions import db
from ...models import AuditEvent, ImportJob, ImportMode, ImportStatus, Status, utcnow
from ...registry.organisations import create_organisation
from ...registry.people import add_affiliation, create_person
from ...search import hooks as search_hooks
from .duplicates import DuplicateFinder, likely_duplicates_for_row
from .fields import PERSON
from .report import RowReport, report_dir
from .values import RowReader

log = logging.getLogger("ecosystem.importing")


def error_pairs(err):
    """(field, message) pairs of a domain error: one per field of an Invalid, else the message."""
    errors = getattr(err, "errors", None)
    if errors:
        return sorted((name, str(message)) for name, message in errors.items())
    return [(err.field or "", err.message)]


def begin_real_transaction():
    """pysqlite starts a transaction only before a write; a SAVEPOINT opened first would make each released
    savepoint a commit. A write that touches nothing opens the transaction properly."""
    if db.engine.dialect.name == "sqlite":
        db.session.execute(text("UPDATE import_jobs SET id = id WHERE 1 = 0"))


@contextmanager
def row_savepoint():
    """A savepoint for one row that the search hooks do not mistake for a commit.

    The hooks (ecosystem/search/hooks.py) note the outbox keys written in a transaction and react to
    `after_commit`, which SQLAlchemy also fires when a savepoint is released: the keys are set aside
    while it is released, so the index is told once, when the real transaction commits. A rolled-back
    row takes its outbox rows with it, so its keys are forgotten (SQLite may give its id to the next row)."""
    info = db.session.info
    before = set(info.get(search_hooks._WRITTEN, ()))
    nested = db.session.begin_nested()
    try:
        yield
        db.session.flush()
        noted = info.pop(search_hooks._WRITTEN, None)
        nested.commit()
    except BaseException:
        if nested.is_active:
            nested.rollback()
        info.pop(search_hooks._PENDING, None)
        info[search_hooks._WRITTEN] = before
        raise
    if noted:
        info[search_hooks._WRITTEN] = noted


class ImportRun:
    """One pass over a table for one job; `on_progress(processed)` is called after every batch."""

    def __init__(self, job, table, mapping, on_progress=None):
        self.job_id, self.kind, self.user_id = job.id, job.kind, job.user_id
        self.dry_run, self.per_row = job.dry_run, job.mode == ImportMode.PER_ROW and not job.dry_run
        self.table, self.on_progress = table, on_progress
        self.reader = RowReader(job.kind, mapping)
        self.finder = DuplicateFinder(job.kind, job.started_at or utcnow())
        config = current_app.config
        self.batch_size = config["IMPORT_BATCH_SIZE"]
        self.report = RowReport(report_dir(config), job.id, config["IMPORT_REPORT_DETAILS"])

    def run(self):
        """Process every row and settle the job: committed, refused or rolled back as its mode says."""
        begin_real_transaction()
        in_batch = 0
        try:
            for number, cells in self.table.rows():
                self.row(number, cells)
                in_batch += 1
                if in_batch >= self.batch_size:
                    self.end_batch()
                    in_batch = 0
            db.session.flush()
        except BaseException:
            db.session.rollback()
            self.report.discard()
            raise
        return self.settle()

    def row(self, number, cells):
        """Read, check and create one row; what happened goes into the report."""
        row = self.reader.read(cells)
        name = row.fields.get("full_name" if self.kind == PERSON else "name") or ""
        errors = sorted(row.errors.items())
        duplicates = likely_duplicates_for_row(self.kind, row.fields, self.finder)
        listing = None
        if not errors:
            try:
                with row_savepoint():
                    listing = self.create(number, row)
            except DomainError as err:
                errors = error_pairs(err)
            except SQLAlchemyError:
                log.exception("Import %s: row %s could not be saved", self.job_id, number)
                errors = [("", _("The row could not be saved."))]
        if not errors:
            self.finder.remember(row.fields, number)
        self.report.add_row(number, name, listing, errors, row.warnings, duplicates)

    def create(self, number, row):
        """The listing of one row, through the same service as the forms; returns its slug."""
        if self.kind == PERSON:
            record = create_person(SYSTEM, row.fields, status=Status.VERIFIED)
            for slug in row.affiliations:
                add_affiliation(SYSTEM, record, slug)
            target = "person"
        else:
            record = create_organisation(SYSTEM, self.kind, row.fields, status=Status.VERIFIED)
            record.created_by_id = self.user_id
            target = "organisation"
        # The listing is created by the system (so the curator does not become its member); this names who.
        db.session.add(AuditEvent(actor_id=self.user_id, action="imported", target_type=target,
                                  target_id=record.id, details={"import_job": self.job_id, "row": number}))
        return record.slug  # row_savepoint flushes

    def end_batch(self):
        """Flush, save progress (per row: commit with it) and empty the session."""
        db.session.flush()
        if self.per_row:
            self._save_counts(db.session.get(ImportJob, self.job_id))
            db.session.commit()
        else:
            self._save_progress_aside()
        db.session.expunge_all()
        if self.per_row:
            begin_real_transaction()
        if self.on_progress:
            self.on_progress(self.report.processed)

    def _save_counts(self, job):
        for name, value in self.report.counts().items():
            setattr(job, name, value)
        job.messages = list(self.report.messages)
        job.updated_at = utcnow()

    def _save_progress_aside(self):
        """Progress of a one-transaction run, written on another connection so pollers see it.

        SQLite has a single writer, and this run holds it until the end: there the job shows its
        progress when the run ends (per-row runs commit as they go and show it on SQLite too)."""
        if db.engine.dialect.name == "sqlite":
            return
        with db.engine.begin() as connection:
            connection.execute(update(ImportJob.__table__).where(ImportJob.__table__.c.id == self.job_id)
                               .values(processed_rows=self.report.processed, updated_at=utcnow()))

    def settle(self):
        """Commit or roll back as the mode says, and record the outcome on the job."""
        counts = self.report.counts()
        refused = not self.dry_run and not self.per_row and counts["error_count"] > 0
        if self.dry_run or refused:
            db.session.rollback()
        outcome = "checked" if self.dry_run else ("refused" if refused else "imported")
        self.report.finish(outcome)
        job = db.session.get(ImportJob, self.job_id)
        self._save_counts(job)
        job.report_name = self.report.name
        job.status, job.finished_at = ImportStatus.DONE, utcnow()
        if refused:
            job.status, job.imported_count = ImportStatus.FAILED, 0
            job.problem = _("Nothing was imported: %(errors)s of %(rows)s rows have errors. Fix them and import "
                            "again, or import per row to keep the good rows.",
                            errors=counts["error_count"], rows=counts["processed_rows"])
        db.session.commit()
        if self.on_progress:
            self.on_progress(self.report.processed)
        return job
