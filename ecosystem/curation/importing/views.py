"""The curators' import pages: upload, map the columns, follow the dry run or import, read the report.

Thin: the work is in jobs.py and engine.py. The upload view is exempt from the global CSRF check only
because that check would read the body under the site-wide size limit before the view can raise it
for imports; the upload form checks its own CSRF token."""
import os

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, send_file, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge

from ...auth.policy import CURATOR, can_view_import, policy
from ...errors import DomainError
from ...extensions import csrf, db
from ...models import ImportJob, ImportStatus
from ..forms import ActionForm
from . import bp
from .fields import auto_mapping, fields_for
from .forms import MappingForm, UploadForm
from .jobs import create_job, import_after_dry_run, is_stalled, queue_job, report_path, start_after_commit, upload_path
from .readers import open_table

RECENT_JOBS = 20
SAMPLE_ROWS = 3
# Room for the form fields and multipart boundaries around the file itself.
FORM_OVERHEAD = 64 * 1024


def _job(job_id):
    job = db.session.get(ImportJob, job_id)
    if not can_view_import(current_user, job):
        abort(404)
    return job


def too_large():
    mb = current_app.config["IMPORT_MAX_BYTES"] // (1024 * 1024)
    abort(413, description=_("The file is larger than %(max)s MB, the most one import takes. Split it into smaller "
                             "files and import them one by one.", max=mb))


@bp.route("/", methods=["GET", "POST"])
@policy(CURATOR)
@csrf.exempt
def upload():
    """Choose what the file holds and upload it; the next step maps its columns."""
    request.max_content_length = current_app.config["IMPORT_MAX_BYTES"] + FORM_OVERHEAD
    try:
        form = UploadForm()
        submitted = form.validate_on_submit()
    except RequestEntityTooLarge:
        too_large()
    status = 200
    if submitted:
        upload_file = form.file.data
        try:
            job = create_job(current_user, form.kind.data, upload_file, upload_file.filename, queued=False,
                             locale=str(get_locale()))
            return redirect(url_for("importing.mapping", job_id=job.id))
        except DomainError as err:
            db.session.rollback()
            flash(err.message, "danger")
            status = 400
    elif request.method == "POST":
        status = 400
    jobs = db.session.scalars(db.select(ImportJob).order_by(ImportJob.id.desc()).limit(RECENT_JOBS)).all()
    return render_template("curation/import_upload.html", form=form, jobs=jobs), status


def _samples(job):
    """The first rows' values per column, to help the mapping (empty if the file cannot be read now)."""
    try:
        table = open_table(upload_path(job), job.filename)
    except (DomainError, OSError, TypeError):
        return [[] for _header in job.headers]
    columns = [[] for _header in table.headers]
    for count, (_number, cells) in enumerate(table.rows()):
        if count >= SAMPLE_ROWS:
            break
        for index, cell in enumerate(cells):
            if cell:
                columns[index].append(cell[:60])
    return columns


@bp.route("/<int:job_id>/mapping", methods=["GET", "POST"])
@policy(CURATOR)
def mapping(job_id):
    """One select per column (pre-filled by name and alias), the mode, then a dry run or the import."""
    job = _job(job_id)
    if job.status != ImportStatus.UPLOADED:
        return redirect(url_for("importing.job_page", job_id=job.id))
    form, status = MappingForm(), 200
    chosen = auto_mapping(job.kind, job.headers)
    if form.validate_on_submit():
        chosen = [request.form.get(f"column-{index}", "") for index in range(len(job.headers))]
        overrides = dict(zip(job.headers, chosen))
        try:
            queue_job(job, overrides, form.mode.data, dry_run=request.form.get("action") != "import")
            start_after_commit(job)
            return redirect(url_for("importing.job_page", job_id=job.id))
        except DomainError as err:
            db.session.rollback()
            job = _job(job_id)
            flash(err.message, "danger")
            status = 400
    elif request.method == "POST":
        status = 400
    columns = list(zip(range(len(job.headers)), job.headers, chosen, _samples(job)))
    return render_template("curation/import_mapping.html", job=job, form=form, columns=columns,
                           fields=fields_for(job.kind)), status


@bp.route("/<int:job_id>")
@policy(CURATOR)
def job_page(job_id):
    """Progress while the job runs (polled by import.js), then its counts, messages and report."""
    job = _job(job_id)
    can_import_now = job.dry_run and job.status == ImportStatus.DONE and job.stored_name is not None
    follow_up = db.session.scalar(db.select(ImportJob.id).filter_by(checked_by_id=job.id))
    return render_template("curation/import_job.html", job=job, stalled=is_stalled(job), form=ActionForm(),
                           can_import_now=can_import_now, follow_up=follow_up)


@bp.route("/<int:job_id>/progress.json")
@policy(CURATOR)
def progress(job_id):
    """How far the job is, for the progress bar."""
    job = _job(job_id)
    total = job.total_rows or 0
    return jsonify(status=job.status, processed=job.processed_rows, total=total, finished=job.is_finished,
                   stalled=is_stalled(job), percent=int(100 * job.processed_rows / total) if total else 0)


@bp.route("/<int:job_id>/report.csv")
@policy(CURATOR)
def report(job_id):
    """The per-row report as CSV."""
    path = report_path(_job(job_id))
    if path is None or not os.path.exists(path):
        abort(404)
    return send_file(path, mimetype="text/csv; charset=utf-8", as_attachment=True,
                     download_name=f"import-{job_id}-report.csv")


@bp.route("/<int:job_id>/import", methods=["POST"])
@policy(CURATOR)
def run_import(job_id):
    """Import the file a finished dry run checked."""
    job = _job(job_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        new_job = import_after_dry_run(current_user, job)
    except DomainError as err:
        db.session.rollback()
        flash(err.message, "danger")
        return redirect(url_for("importing.job_page", job_id=job_id)), 303
    start_after_commit(new_job)
    return redirect(url_for("importing.job_page", job_id=new_job.id))
