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
from ...registry import taxonomy
from ..duplicates.keys import defer_refresh, refresh_deferred, stop_deferring
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
    """A savepoint for one row: released when the row was created, rolled back (taking its rows, outbox
    keys and noted duplicate ids with it) when it failed. The search hooks tell a released savepoint
    from a commit themselves (ecosystem/search/hooks.py)."""
    with db.session.begin_nested():
        yield
        db.session.flush()


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
        self.audits = []  # the batch's "imported" audit events, written by flush_batch

    def run(self):
        """Process every row and settle the job: committed, refused or rolled back as its mode says."""
        begin_real_transaction()
        in_batch = 0
        session = db.session()
        # Duplicate keys and pairs are refreshed once per batch for the batch's listings rather than on
        # every flush, and taxonomy terms and tags are looked up once per batch.
        defer_refresh(session)
        taxonomy.cache_lookups(session)
        try:
            for number, cells in self.table.rows():
                self.row(number, cells)
                in_batch += 1
                if in_batch >= self.batch_size:
                    self.end_batch()
                    in_batch = 0
            self.flush_batch()
        except BaseException:
            db.session.rollback()
            self.report.discard()
            raise
        finally:
            stop_deferring(session)
            taxonomy.cache_lookups(session, stop=True)
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
                    target, record = self.create(row)
                listing = record.slug
                # The listing is created by the system (so the curator does not become its member); this
                # names who. These events are written together by flush_batch, which saves a flush per row.
                self.audits.append({"actor_id": self.user_id, "action": "imported", "target_type": target,
                                    "target_id": record.id, "details": {"import_job": self.job_id, "row": number},
                                    "created_at": utcnow()})
            except DomainError as err:
                errors = error_pairs(err)
            except SQLAlchemyError:
                log.exception("Import %s: row %s could not be saved", self.job_id, number)
                errors = [("", _("The row could not be saved."))]
            if errors:  # a tag the row created went with its savepoint
                taxonomy.cache_lookups(db.session(), reset=True)
        if not errors:
            self.finder.remember(row.fields, number)
        self.report.add_row(number, name, listing, errors, row.warnings, duplicates)

    def create(self, row):
        """The listing of one row, through the same service as the forms (in its one-flush form):
        returns the audit target type and the record."""
        if self.kind == PERSON:
            record = create_person(SYSTEM, row.fields, status=Status.VERIFIED, flush=False)
            for slug in row.affiliations:
                add_affiliation(SYSTEM, record, slug)
            return "person", record
        record = create_organisation(SYSTEM, self.kind, row.fields, status=Status.VERIFIED, flush=False)
        if record.created_by_id != self.user_id:  # a curator's import (the CLI's has no user)
            record.created_by_id = self.user_id
        return "organisation", record  # row_savepoint flushes

    def flush_batch(self):
        """Flush, write the batch's audit events and refresh its listings' duplicate keys and pairs (not in
        a dry run, which is rolled back anyway)."""
        db.session.flush()
        if self.audits:
            db.session.connection().execute(AuditEvent.__table__.insert(), self.audits)
            self.audits = []
        if not self.dry_run:
            refresh_deferred(db.session())

    def end_batch(self):
        """Flush, save progress (per row: commit with it) and empty the session."""
        self.flush_batch()
        if self.per_row:
            self._save_counts(db.session.get(ImportJob, self.job_id))
            db.session.commit()
        else:
            self._save_progress_aside()
        db.session.expunge_all()
        taxonomy.cache_lookups(db.session(), reset=True)
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
