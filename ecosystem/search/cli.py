"""`flask search reindex` and `flask search check [--repair]`."""
import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy.orm import Session

from ..extensions import db
from .maintenance import check, reindex
from .sources import count_records

search_cli = AppGroup("search", help="The search index.")


@search_cli.command("reindex")
def reindex_command():
    """Rebuild the search index from the database, with a progress bar."""
    app = current_app._get_current_object()
    with Session(db.engine) as session:
        total = count_records(session)
    with click.progressbar(length=total, label="Indexing", show_pos=True) as bar:
        done = [0]

        def progress(count):
            bar.update(count - done[0])
            done[0] = count
        count = reindex(app, progress=progress)
    click.echo(f"Indexed {count} listings with the {app.config['SEARCH_BACKEND']} backend.")


@search_cli.command("check")
@click.option("--repair", is_flag=True, help="Index what is missing or stale and remove what is extra.")
def check_command(repair):
    """Compare the index with the database and report (or repair) the differences."""
    drift = check(current_app._get_current_object(), repair=repair)
    click.echo(f"Checked {drift.checked} listings: {len(drift.missing)} missing, {len(drift.stale)} stale, "
               f"{len(drift.extra)} extra in the index.")
    for label, keys in (("missing", drift.missing), ("stale", drift.stale), ("extra", drift.extra)):
        if keys:
            click.echo(f"  {label}: " + ", ".join(keys[:20]) + (" ..." if len(keys) > 20 else ""))
    if drift.clean:
        click.echo("The index matches the database.")
    elif repair:
        click.echo("Repaired.")
    else:
        raise SystemExit(1)
