"""The import as a command-line run, shared by `flask curation import` and `flask registry import`:
a progress bar while rows are processed, then the counts, the first messages and the report's path."""
import os

import click
from flask_babel import force_locale
from flask_babel import gettext as _

from ...errors import DomainError
from ...extensions import db
from ...models import ImportStatus
from .jobs import create_job, report_path, run_job

SHOWN_MESSAGES = 20


def parse_maps(pairs):
    """["Tên doanh nghiệp=name", "Ghi chú="] -> {"Tên doanh nghiệp": "name", "Ghi chú": ""}."""
    overrides = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r}: write COLUMN=FIELD (or COLUMN= to ignore the column)",
                                     param_hint="--map")
        header, field = pair.rsplit("=", 1)
        overrides[header.strip()] = field.strip()
    return overrides


class _Progress:
    """A click progress bar opened when the row count is known."""

    def __init__(self):
        self.bar = None

    def start(self, job):
        click.echo(_("%(rows)s rows to process.", rows=job.total_rows))
        self.bar = click.progressbar(length=job.total_rows, label=_("Rows"), show_pos=True, show_percent=True)
        self.bar.__enter__()

    def update(self, processed):
        if self.bar is not None:
            self.bar.update(processed - self.bar.pos)

    def close(self):
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def run_from_console(path, kind, maps=(), dry_run=False, mode="atomic", lang="en"):
    """Import (or check) the file at `path`; print what happened; a failed import exits with status 1."""
    with force_locale(lang):
        try:
            job = create_job(None, kind, path, os.path.basename(path), mode=mode, dry_run=dry_run,
                             overrides=parse_maps(maps), source_name="cli", locale=lang)
        except DomainError as err:
            db.session.rollback()
            raise click.ClickException(err.message)
        db.session.commit()
        if job.ignored_columns:
            click.echo(_("Ignored columns: %(columns)s.", columns=", ".join(job.ignored_columns)))
        progress = _Progress()
        try:
            job = run_job(job.id, on_progress=progress.update, on_start=progress.start)
        finally:
            progress.close()
        _summary(job)
        if job.status == ImportStatus.FAILED:
            raise SystemExit(1)


def _summary(job):
    for message in job.messages[:SHOWN_MESSAGES]:
        field = f"{message['field']}: " if message["field"] else ""
        click.echo(f"  {_('row')} {message['row']} [{message['level']}] {field}{message['message']}")
    if len(job.messages) > SHOWN_MESSAGES or job.error_count + job.warning_count > len(job.messages):
        click.echo("  " + _("… more in the report."))
    click.echo(_("%(processed)s rows: %(ok)s good, %(errors)s with errors, %(warnings)s warnings, "
                 "%(duplicates)s likely duplicates.", processed=job.processed_rows, ok=job.imported_count,
                 errors=job.error_count, warnings=job.warning_count, duplicates=job.duplicate_count))
    if job.problem:
        click.echo(job.problem, err=True)
    elif job.dry_run:
        click.echo(_("Dry run: nothing was changed. %(count)s rows would be imported.", count=job.imported_count))
    else:
        click.echo(_("%(count)s listings imported (verified).", count=job.imported_count))
    if job.report_name:
        click.echo(_("Report: %(path)s", path=report_path(job)))
