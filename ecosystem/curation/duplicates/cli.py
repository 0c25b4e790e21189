"""`flask duplicates ...`: rebuild the blocking keys and stored pairs, list the queue, merge two listings."""
import click
from flask.cli import AppGroup

from ...extensions import db

duplicates_cli = AppGroup("duplicates", help="Likely duplicate listings and merging them.")


@duplicates_cli.command("rebuild")
@click.option("--if-missing", is_flag=True,
              help="Only when listings exist but no key does (the first start after upgrading); `make run` uses it.")
def rebuild(if_missing):
    """Recompute every blocking key and likely pair (after an upgrade, or after bulk SQL inserts)."""
    from ...models import DuplicateKey, Organisation
    from .keys import rebuild_keys

    if if_missing and (db.session.scalar(db.select(DuplicateKey.id).limit(1)) is not None
                       or db.session.scalar(db.select(Organisation.id).limit(1)) is None):
        click.echo("Duplicate keys are in place.")
        return
    keys, pairs = rebuild_keys(db.session)
    db.session.commit()
    click.echo(f"{keys} keys, {pairs} likely duplicate pairs.")


@duplicates_cli.command("list")
@click.option("--kind", type=click.Choice(["organisation", "person"]), default="organisation")
@click.option("--limit", type=click.IntRange(1, 1000), default=20)
def list_pairs(kind, limit):
    """Print the most likely pairs with their evidence."""
    from .detection import duplicate_page

    page = duplicate_page(kind, 1, limit)
    for pair in page.items:
        evidence = ", ".join(f"{item.code}={item.value}" for item in pair.evidence)
        click.echo(f"{pair.confidence:.2f}  {pair.first.slug}  {pair.second.slug}  {evidence}")
    click.echo(f"{page.total} pairs in the queue.")


@duplicates_cli.command("merge")
@click.argument("kind", type=click.Choice(["organisation", "person"]))
@click.argument("survivor")
@click.argument("loser")
@click.option("--take", multiple=True, metavar="FIELD", help="A field whose value comes from LOSER (repeatable).")
def merge(kind, survivor, loser, take):
    """Merge LOSER into SURVIVOR as the system curator; LOSER's address then redirects."""
    from ...auth.policy import SYSTEM
    from ...errors import DomainError
    from .detection import find_listing
    from .merge import merge_organisations, merge_people

    try:
        kept, gone = find_listing(kind, survivor, "survivor"), find_listing(kind, loser, "loser")
        merger = merge_organisations if kind == "organisation" else merge_people
        moved = merger(SYSTEM, kept, gone, {name: "loser" for name in take})
    except DomainError as err:
        db.session.rollback()
        raise click.ClickException(err.message)
    db.session.commit()
    click.echo(f"Merged {loser} into {survivor}: " + ", ".join(f"{k} {v}" for k, v in sorted(moved.items())))
