"""Import jobs: storing the upload, creating the job, running it (here, or in a background thread once the
request that created it has committed) and cleaning up.

The job row is the only place progress lives, because any web worker may answer the progress poll."""
import logging
import os
import secrets
import shutil
import threading
from datetime import timedelta

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import event

from ...auth.policy import can_import
from ...errors import Invalid, NotAllowed
from ...extensions import db
from ...models import ImportJob, ImportMode, ImportStatus, utcnow
from .engine import ImportRun
from .fields import KINDS, build_mapping
from .readers import FileProblem, open_table

log = logging.getLogger("ecosystem.importing")
EXTENSIONS = (".csv", ".txt", ".tsv", ".xlsx")
# A running job whose row has not moved for this long was cut off (its worker stopped).
STALLED_AFTER = timedelta(minutes=30)


def upload_dir():
    path = os.path.join(current_app.config["IMPORT_DIR"], "uploads")
    os.makedirs(path, exist_ok=True)
    return path


def upload_path(job):
    return os.path.join(upload_dir(), job.stored_name) if job.stored_name else None


def report_path(job):
    from .report import report_dir

    return os.path.join(report_dir(current_app.config), job.report_name) if job.report_name else None


def store_upload(source, filename):
    """Copy an uploaded file (a stream with `save`, or a path) under IMPORT_DIR; returns the stored name."""
    extension = os.path.splitext(filename or "")[1].lower()
    if extension not in EXTENSIONS:
        raise Invalid(_("Upload a .csv or .xlsx file."), "file")
    name = f"{secrets.token_hex(12)}{extension}"
    target = os.path.join(upload_dir(), name)
    if isinstance(source, (str, os.PathLike)):
        shutil.copyfile(source, target)
    else:
        source.save(target)
    return name


def _remove_file(path):
    if path and os.path.exists(path):
        os.remove(path)


def check_options(kind, mode):
    if kind not in KINDS:
        raise Invalid(_("Choose what the file holds: %(kinds)s.", kinds=", ".join(KINDS)), "kind")
    if mode not in ImportMode.ALL:
        raise Invalid(_("The mode is 'atomic' or 'per-row'."), "mode")


def create_job(user, kind, source, filename, *, mode=ImportMode.ATOMIC, dry_run=True, overrides=None,
               source_name="web", locale="vi", queued=True):
    """A job for an uploaded file, its headers and mapping checked (FileProblem otherwise, nothing kept).

    `user` is the curator (None for the CLI). A job that is not `queued` waits for its mapping (the UI)."""
    if user is not None and not can_import(user):
        raise NotAllowed(_("Only curators can import listings."))
    check_options(kind, mode)
    purge_stale_uploads()
    stored = store_upload(source, filename)
    path = os.path.join(upload_dir(), stored)
    try:
        table = open_table(path, filename, current_app.config["IMPORT_MAX_BYTES"])
        mapping = build_mapping(kind, table.headers, overrides)
    except FileProblem:
        _remove_file(path)
        raise
    job = ImportJob(user_id=getattr(user, "id", None), kind=kind, mode=mode, dry_run=bool(dry_run),
                    status=ImportStatus.QUEUED if queued else ImportStatus.UPLOADED, source=source_name,
                    locale=locale, filename=os.path.basename(filename or "")[:255], stored_name=stored,
                    file_format=table.format, encoding=table.encoding, delimiter=table.delimiter,
                    headers=table.headers, mapping=dict(overrides or {}), ignored_columns=mapping.ignored)
    db.session.add(job)
    db.session.flush()
    return job


def queue_job(job, overrides, mode, dry_run):
    """Set the mapping and mode of an uploaded job and queue it (FileProblem for a bad mapping)."""
    if job.status != ImportStatus.UPLOADED or job.stored_name is None:
        raise Invalid(_("This file has been checked or imported already. Upload it again."))
    check_options(job.kind, mode)
    mapping = build_mapping(job.kind, job.headers, overrides)
    job.mapping, job.mode, job.dry_run = dict(overrides), mode, bool(dry_run)
    job.ignored_columns, job.status = mapping.ignored, ImportStatus.QUEUED
    db.session.flush()
    return job


def import_after_dry_run(user, dry_run_job):
    """A new job importing the file a finished dry run checked (the file moves over to it)."""
    if not can_import(user):
        raise NotAllowed(_("Only curators can import listings."))
    if not dry_run_job.dry_run or dry_run_job.status != ImportStatus.DONE or not dry_run_job.stored_name:
        raise Invalid(_("Only a finished dry run whose file is still here can be imported. Upload the file again."))
    job = ImportJob(user_id=user.id, kind=dry_run_job.kind, mode=dry_run_job.mode, dry_run=False,
                    status=ImportStatus.QUEUED, source=dry_run_job.source, locale=dry_run_job.locale,
                    filename=dry_run_job.filename, stored_name=dry_run_job.stored_name,
                    file_format=dry_run_job.file_format, encoding=dry_run_job.encoding,
                    delimiter=dry_run_job.delimiter, headers=dry_run_job.headers, mapping=dry_run_job.mapping,
                    ignored_columns=dry_run_job.ignored_columns, checked_by_id=dry_run_job.id)
    dry_run_job.stored_name = None
    db.session.add(job)
    db.session.flush()
    return job


def start_after_commit(job):
    """Run the job once the current transaction (which created it) commits: here when IMPORT_SYNC, else in a
    background thread with its own app context and session."""
    app, job_id = current_app._get_current_object(), job.id
    event.listen(db.session(), "after_commit", lambda _session: launch(app, job_id), once=True)


def launch(app, job_id):
    if app.config.get("IMPORT_SYNC"):
        _run_in_context(app, job_id)
    else:
        threading.Thread(target=_run_in_context, args=(app, job_id), name=f"import-{job_id}", daemon=True).start()


def _run_in_context(app, job_id):
    with app.app_context():
        try:
            run_job(job_id)
        finally:
            db.session.remove()


def run_job(job_id, on_progress=None, on_start=None):
    """Run a queued job to its end; every failure is recorded on the job, never raised."""
    job = db.session.get(ImportJob, job_id)
    if job is None or job.status != ImportStatus.QUEUED:
        return job
    with force_locale(job.locale):
        job.status, job.started_at = ImportStatus.RUNNING, utcnow()
        job.updated_at = job.started_at
        db.session.commit()
        try:
            table = open_table(upload_path(job), job.filename, current_app.config["IMPORT_MAX_BYTES"])
            mapping = build_mapping(job.kind, table.headers, job.mapping)
            job.total_rows = table.count_rows(current_app.config["IMPORT_MAX_ROWS"])
            db.session.commit()
            if on_start:
                on_start(job)
            job = ImportRun(job, table, mapping, on_progress).run()
        except FileProblem as err:
            job = _fail(job_id, err.message)
        except Exception:
            log.exception("Import job %s stopped", job_id)
            job = _fail(job_id, None)
        finally:
            _release_upload(job_id)
    return job


def _fail(job_id, message):
    db.session.rollback()
    job = db.session.get(ImportJob, job_id)
    if message is None:
        message = _("The import stopped unexpectedly after %(rows)s rows; the error has been logged.",
                    rows=job.processed_rows)
    if job.imported_count and not job.dry_run and job.mode == ImportMode.PER_ROW:
        message += " " + _("The %(count)s rows imported before it stopped are kept.", count=job.imported_count)
    else:
        job.imported_count = 0
        message += " " + _("Nothing was imported.")
    job.status, job.problem, job.finished_at = ImportStatus.FAILED, message, utcnow()
    job.updated_at = job.finished_at
    db.session.commit()
    return job


def _release_upload(job_id):
    """Remove the uploaded file, except after a dry run in the browser (the import that follows needs it)."""
    job = db.session.get(ImportJob, job_id)
    if job is None or (job.dry_run and job.source == "web" and job.status == ImportStatus.DONE):
        return
    _remove_file(upload_path(job))
    job.stored_name = None
    db.session.commit()


def purge_stale_uploads():
    """Remove uploads left by dry runs nobody imported within IMPORT_UPLOAD_MAX_AGE hours."""
    cutoff = utcnow() - timedelta(hours=current_app.config["IMPORT_UPLOAD_MAX_AGE"])
    stale = db.session.scalars(db.select(ImportJob).where(
        ImportJob.stored_name.is_not(None), ImportJob.created_at < cutoff,
        ImportJob.status.in_((ImportStatus.UPLOADED, *ImportStatus.FINISHED)))).all()
    for job in stale:
        _remove_file(upload_path(job))
        job.stored_name = None


def is_stalled(job, now=None):
    """True when a running job has not reported progress for STALLED_AFTER (its worker was stopped)."""
    if job.status != ImportStatus.RUNNING:
        return False
    updated = job.updated_at if job.updated_at.tzinfo else job.updated_at.replace(tzinfo=(now or utcnow()).tzinfo)
    return (now or utcnow()) - updated > STALLED_AFTER
