"""Flask CLI commands. They call the same services as the views and commit once per unit of work."""
import click
from flask import current_app
from flask.cli import AppGroup

from .extensions import db

users_cli = AppGroup("users", help="Manage accounts.")
taxonomy_cli = AppGroup("taxonomy", help="Manage taxonomies.")
demo_cli = AppGroup("demo", help="The demo ecosystem.")


@users_cli.command("create-admin")
@click.argument("email")
@click.option("--name", default=None, help="Display name for a new account.")
@click.option("--password", default=None, help="Password for a new account (prompted when omitted).")
def create_admin(email, name, password):
    """Create an admin account, or make an existing account admin."""
    from .auth.services import find_user_by_email, make_admin
    from .errors import DomainError

    if find_user_by_email(email) is None and not password:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = make_admin(email, name, password)
    except DomainError as err:
        db.session.rollback()
        raise click.ClickException(err.message)
    db.session.commit()
    click.echo(f"{user.email} is an admin.")


@users_cli.command("set-password")
@click.argument("email")
@click.option("--password", default=None, help="The new password (prompted when omitted).")
def set_user_password(email, password):
    """Set an account's password (e.g. to sign in as a demo account); ends its sessions."""
    from .auth.services import find_user_by_email, set_password
    from .errors import DomainError

    user = find_user_by_email(email)
    if user is None:
        raise click.ClickException(f"No account uses {email}.")
    if not password:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        set_password(user, password)
    except DomainError as err:
        db.session.rollback()
        raise click.ClickException(err.message)
    db.session.commit()
    click.echo(f"The password of {user.email} is set.")


@taxonomy_cli.command("seed")
def seed():
    """Load the official strategic technologies, sectors, provinces and Hanoi's wards."""
    from .registry.seeding import seed_taxonomy

    seed_taxonomy()
    db.session.commit()
    click.echo("Taxonomies are up to date.")


@demo_cli.command("load")
@click.option("--if-empty", is_flag=True, help="Do nothing when the registry already has organisations.")
def load(if_empty):
    """Load the demo ecosystem of Hanoi (taxonomies first)."""
    from .demo import load_demo
    from .models import Organisation
    from .registry.seeding import seed_taxonomy

    seed_taxonomy()
    if if_empty and db.session.scalar(db.select(db.func.count(Organisation.id))):
        db.session.commit()
        click.echo("The registry has data already; the demo was not loaded.")
        return
    counts = load_demo()
    db.session.commit()
    click.echo("Demo loaded: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    current_app.logger.info("demo loaded %s", counts)


def register_commands(app):
    from .curation.cli import curation_cli
    from .curation.duplicates.cli import duplicates_cli
    from .registry.cli import registry_cli
    from .search.cli import search_cli

    for group in (users_cli, taxonomy_cli, demo_cli, search_cli, curation_cli, registry_cli, duplicates_cli):
        app.cli.add_command(group)
