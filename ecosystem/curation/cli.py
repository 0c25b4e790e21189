"""`flask curation weekly-report [--send] [--csv FILE]`: the freshness alert list, reminders and the
day's quality snapshot, for cron. One commit for the snapshot; mail leaves only after it.
`flask curation open-data [--date YYYY-MM-DD]`: the day's open-data package, for cron (daily).
`flask curation import FILE --kind KIND [--map A=B]... [--dry-run] [--mode atomic|per-row]`: bulk import."""
import click
from flask.cli import AppGroup

from ..extensions import db
from ..models import ImportMode, utcnow
from .importing.console import run_from_console
from .importing.fields import KINDS
from .open_data import build_package, package_root
from .quality.alerts import alert_list, alert_rows, send_reminders, write_alert_csv
from .quality.report import record_snapshot

curation_cli = AppGroup("curation", help="Curation: data quality, freshness and open data.")


def _line(row):
    flag = "  SUGGEST ARCHIVING" if row["suggest_archiving"] == "yes" else ""
    owners = row["owners"] or "no owner to mail"
    return (f"{row['days']:>5} days  {row['kind']:<10}  {row['slug']}  {row['name']}  "
            f"(last confirmed {row['last_confirmed']}; {owners}){flag}")


@curation_cli.command("weekly-report")
@click.option("--send", is_flag=True, help="Mail each owner a 'please confirm your data' message, in their language.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, writable=True),
              help="Also write the alert list to this CSV file (UTF-8).")
def weekly_report(send, csv_path):
    """Print the listings not confirmed recently and record today's quality snapshot."""
    now = utcnow()
    alerts = alert_list(now)
    rows = list(alert_rows(alerts))
    for row in rows:
        click.echo(_line(row))
    archive = sum(1 for row in rows if row["suggest_archiving"] == "yes")
    click.echo(f"{len(rows)} listings to confirm, {archive} of them silent long enough to archive.")
    if csv_path:
        with open(csv_path, "w", encoding="utf-8-sig", newline="") as stream:
            write_alert_csv(alerts, stream)
        click.echo(f"Alert list written to {csv_path}.")
    snapshot = record_snapshot(now)
    db.session.commit()
    click.echo(f"Quality snapshot recorded for {now.date().isoformat()} ({len(snapshot)} kinds).")
    if send:
        click.echo(f"Reminders mailed to {send_reminders(alerts)} owners.")


@curation_cli.command("open-data")
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Date of the package (YYYY-MM-DD); today by default. A package of that date is replaced.")
def open_data(day):
    """Build the open-data package of the public registry (CSV, JSON, descriptor, zip); keeps the newest ones."""
    descriptor = build_package(day.date() if day else None)
    for item in descriptor["resources"]:
        click.echo(f"{item['path']:<20} {item['rows']:>7} rows  {item['bytes']:>10} bytes  {item['hash']}")
    click.echo(f"Open-data package {descriptor['version']} written to {package_root()}/{descriptor['version']}.")


@curation_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, readable=True))
@click.option("--kind", required=True, type=click.Choice(KINDS), help="What the file holds.")
@click.option("--map", "maps", multiple=True, metavar="COLUMN=FIELD",
              help='Map a column to a field ("Tên doanh nghiệp=name"); "COLUMN=" ignores it. Repeatable.')
@click.option("--dry-run", is_flag=True, help="Check every row and report; change nothing.")
@click.option("--mode", type=click.Choice(ImportMode.ALL), default=ImportMode.ATOMIC, show_default=True,
              help="atomic: any bad row and nothing is imported; per-row: import the good rows, report the bad.")
@click.option("--lang", type=click.Choice(("en", "vi")), default="en", show_default=True,
              help="Language of the messages and the report.")
def import_file(path, kind, maps, dry_run, mode, lang):
    """Import listings of one kind from a CSV or XLSX file (created verified), with a per-row report."""
    run_from_console(path, kind, maps, dry_run=dry_run, mode=mode, lang=lang)
