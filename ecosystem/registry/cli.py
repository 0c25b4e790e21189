"""`flask registry import FILE.csv --kind startup|investor`: load an existing database of startups or investors
for matching (issue 4), through the same import engine as `flask curation import`.

Columns (lists separated by |):
  startups:  name, description, sectors, tags, stage, city, province, country, founded_year, funding_sought_usd
  investors: name, description, investor_type, sectors, stages, regions, ticket_min_usd, ticket_max_usd, portfolio
Unknown sectors become tags; `city` and `country` go into the address when the city is no province;
`portfolio` names or slugs existing public listings (unknown ones are reported as warnings)."""
import click
from flask.cli import AppGroup

from ..curation.importing.console import run_from_console
from ..models import ImportMode, Kind

registry_cli = AppGroup("registry", help="The registry: bulk data for matching.")


@registry_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, readable=True))
@click.option("--kind", required=True, type=click.Choice((Kind.STARTUP, Kind.INVESTOR)),
              help="startup or investor.")
@click.option("--map", "maps", multiple=True, metavar="COLUMN=FIELD", help="Map a column to a field; repeatable.")
@click.option("--dry-run", is_flag=True, help="Check every row and report; change nothing.")
@click.option("--mode", type=click.Choice(ImportMode.ALL), default=ImportMode.ATOMIC, show_default=True,
              help="atomic: any bad row and nothing is imported; per-row: import the good rows, report the bad.")
@click.option("--lang", type=click.Choice(("en", "vi")), default="en", show_default=True,
              help="Language of the messages and the report.")
def import_file(path, kind, maps, dry_run, mode, lang):
    """Import startups or investors from a CSV (or XLSX) file; the rows become verified listings."""
    run_from_console(path, kind, maps, dry_run=dry_run, mode=mode, lang=lang)
