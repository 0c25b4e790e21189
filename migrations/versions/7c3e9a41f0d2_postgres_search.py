"""postgres search: the PostgreSQL backend's documents, vocabulary and typo variants (PostgreSQL only)

Revision ID: 7c3e9a41f0d2
Revises: 5a1c0e7d2b10
Create Date: 2026-11-23 23:30:00

The statements live in ecosystem/search/postgres/schema.py, which the backend's rebuild uses too.
On SQLite this revision does nothing: the Whoosh backend keeps its index in files.
"""
from alembic import op

from ecosystem.search.postgres.schema import create_statements, drop_statements

revision = "7c3e9a41f0d2"
down_revision = "5a1c0e7d2b10"
branch_labels = None
depends_on = None


def _on_postgresql():
    return op.get_bind().dialect.name == "postgresql"


def upgrade():
    if _on_postgresql():
        for statement in create_statements():
            op.execute(statement)


def downgrade():
    if _on_postgresql():
        for statement in drop_statements():
            op.execute(statement)
