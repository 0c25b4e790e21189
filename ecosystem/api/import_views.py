"""Bulk import through the API (curators): upload a file as a job, then poll the job and fetch its report.

`POST /curation/imports` is multipart (file, kind, mapping as a JSON object, mode, dry_run) and answers
202 with the job; the job runs after the request commits. `GET /curation/imports/<id>` gives its status,
progress, counts and first messages; `.../report.csv` the per-row report."""
import json
import os

from flask import current_app, request, send_file, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from werkzeug.exceptions import RequestEntityTooLarge

from ..auth.policy import API_TOKEN, can_view_import, policy
from ..curation.importing.jobs import create_job, is_stalled, report_path, start_after_commit
from ..errors import Invalid, NotFound
from ..extensions import db
from ..models import ImportJob, ImportMode
from . import bp
from .access import curator_user

FORM_OVERHEAD = 64 * 1024


def import_job(job):
    """The job as JSON (keys listed in the ImportJob schema of the OpenAPI document)."""
    return {"id": job.id, "kind": job.kind, "mode": job.mode, "dry_run": job.dry_run, "status": job.status,
            "stalled": is_stalled(job), "filename": job.filename, "file_format": job.file_format,
            "encoding": job.encoding, "delimiter": job.delimiter, "headers": list(job.headers),
            "mapping": dict(job.mapping), "ignored_columns": list(job.ignored_columns),
            "total_rows": job.total_rows, "processed_rows": job.processed_rows,
            "counts": {"imported": job.imported_count, "errors": job.error_count, "warnings": job.warning_count,
                       "duplicates": job.duplicate_count},
            "problem": job.problem, "messages": list(job.messages),
            "report_url": url_for("api.curation_import_report", job_id=job.id, _external=True)
            if job.report_name else None,
            "html_url": url_for("importing.job_page", job_id=job.id, _external=True),
            "created_at": job.created_at.isoformat(),
            "finished_at": job.finished_at.isoformat() if job.finished_at else None}


def _flag(name, default):
    raw = request.form.get(name)
    if raw in (None, ""):
        return default
    if raw.lower() not in ("true", "false", "1", "0", "yes", "no"):
        raise Invalid(_("'%(name)s' is true or false.", name=name), name)
    return raw.lower() in ("true", "1", "yes")


def _mapping():
    raw = request.form.get("mapping") or "{}"
    try:
        mapping = json.loads(raw)
    except ValueError:
        mapping = None
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        raise Invalid(_("'mapping' is a JSON object from column names to field names (\"\" ignores a column)."),
                      "mapping")
    return mapping


@bp.post("/curation/imports")
@policy(API_TOKEN)
def curation_import_create():
    """Upload a CSV or XLSX file of one kind of listing; a dry run by default."""
    user = curator_user()
    request.max_content_length = current_app.config["IMPORT_MAX_BYTES"] + FORM_OVERHEAD
    try:
        upload = request.files.get("file")
        form = request.form
    except RequestEntityTooLarge:
        mb = current_app.config["IMPORT_MAX_BYTES"] // (1024 * 1024)
        raise RequestEntityTooLarge(_("The file is larger than %(max)s MB, the most one import takes.", max=mb))
    if upload is None or not upload.filename:
        raise Invalid(_("Send the file as multipart form data in the field 'file'."), "file")
    job = create_job(user, form.get("kind") or "", upload, upload.filename,
                     mode=form.get("mode") or ImportMode.ATOMIC, dry_run=_flag("dry_run", True),
                     overrides=_mapping(), source_name="api", locale=str(get_locale()))
    start_after_commit(job)
    return import_job(job), 202


def _visible_job(job_id):
    user = curator_user()
    job = db.session.get(ImportJob, job_id)
    if not can_view_import(user, job):
        raise NotFound(_("No such import job."))
    return job


@bp.get("/curation/imports/<int:job_id>")
@policy(API_TOKEN)
def curation_import_detail(job_id):
    """Status, progress, counts, the first messages and the report's address."""
    return import_job(_visible_job(job_id))


@bp.get("/curation/imports/<int:job_id>/report.csv")
@policy(API_TOKEN)
def curation_import_report(job_id):
    """The per-row report as CSV (row, result, name, listing, errors, warnings, duplicates)."""
    path = report_path(_visible_job(job_id))
    if path is None or not os.path.exists(path):
        raise NotFound(_("This job has no report (yet)."))
    return send_file(path, mimetype="text/csv; charset=utf-8", as_attachment=True,
                     download_name=f"import-{job_id}-report.csv")
