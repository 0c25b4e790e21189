"""search outbox: listings whose index entry must be refreshed after commit

Revision ID: 5a1c0e7d2b10
Revises: 87d51830ff16
Create Date: 2026-11-23 22:55:00

"""
import sqlalchemy as sa
from alembic import op

revision = "5a1c0e7d2b10"
down_revision = "87d51830ff16"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "search_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_outbox")),
        sqlite_autoincrement=True,
    )


def downgrade():
    op.drop_table("search_outbox")
