"""data quality: when listings were last confirmed, and daily quality snapshots

Revision ID: b4d9e2f61a37
Revises: 7c3e9a41f0d2
Create Date: 2026-11-23 23:30:00

"""
import sqlalchemy as sa
from alembic import op

revision = "b4d9e2f61a37"
down_revision = "7c3e9a41f0d2"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_organisations_confirmed_at"), ["confirmed_at"], unique=False)
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_people_confirmed_at"), ["confirmed_at"], unique=False)
    op.create_table(
        "quality_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("listing_count", sa.Integer(), nullable=False),
        sa.Column("average_score", sa.Float(), nullable=False),
        sa.Column("low_score_count", sa.Integer(), nullable=False),
        sa.Column("stale_count", sa.Integer(), nullable=False),
        sa.Column("archive_count", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_snapshots")),
        sa.UniqueConstraint("day", "kind", name=op.f("uq_quality_snapshots_day")),
    )
    with op.batch_alter_table("quality_snapshots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quality_snapshots_day"), ["day"], unique=False)


def downgrade():
    with op.batch_alter_table("quality_snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quality_snapshots_day"))
    op.drop_table("quality_snapshots")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_confirmed_at"))
        batch_op.drop_column("confirmed_at")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_confirmed_at"))
        batch_op.drop_column("confirmed_at")
