"""likely duplicates, dismissed pairs and redirects of merged listings

Revision ID: d2f3b1c8e402
Revises: d1e6a0b7c201
Create Date: 2026-11-24 01:40:00

"""
import sqlalchemy as sa
from alembic import op

revision = "d2f3b1c8e402"
down_revision = "d1e6a0b7c201"
branch_labels = None
depends_on = None


def _dismissals(name, target):
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("dismissed_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["dismissed_by_id"], ["users.id"], name=op.f(f"fk_{name}_dismissed_by_id_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["first_id"], [f"{target}.id"], name=op.f(f"fk_{name}_first_id_{target}"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["second_id"], [f"{target}.id"], name=op.f(f"fk_{name}_second_id_{target}"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("first_id", "second_id", name=op.f(f"uq_{name}_first_id")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_second_id"), ["second_id"], unique=False)


def upgrade():
    op.create_table(
        "duplicate_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=12), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_keys")),
    )
    with op.batch_alter_table("duplicate_keys", schema=None) as batch_op:
        batch_op.create_index("ix_duplicate_keys_lookup", ["record_type", "key"], unique=False)
        batch_op.create_index("ix_duplicate_keys_record", ["record_type", "record_id"], unique=False)
    op.create_table(
        "duplicate_pairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=12), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("second_id", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("strong", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_pairs")),
        sa.UniqueConstraint("record_type", "first_id", "second_id", name=op.f("uq_duplicate_pairs_record_type")),
    )
    with op.batch_alter_table("duplicate_pairs", schema=None) as batch_op:
        batch_op.create_index("ix_duplicate_pairs_queue", ["record_type", "confidence"], unique=False)
        batch_op.create_index("ix_duplicate_pairs_second", ["record_type", "second_id"], unique=False)
    _dismissals("organisation_dismissals", "organisations")
    _dismissals("person_dismissals", "people")
    op.create_table(
        "slug_redirects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=12), nullable=False),
        sa.Column("old_slug", sa.String(length=90), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name=op.f("fk_slug_redirects_organisation_id_organisations"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_slug_redirects_person_id_people"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slug_redirects")),
        sa.UniqueConstraint("record_type", "old_slug", name=op.f("uq_slug_redirects_record_type")),
    )
    with op.batch_alter_table("slug_redirects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slug_redirects_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_slug_redirects_person_id"), ["person_id"], unique=False)


def downgrade():
    with op.batch_alter_table("slug_redirects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slug_redirects_person_id"))
        batch_op.drop_index(batch_op.f("ix_slug_redirects_organisation_id"))
    op.drop_table("slug_redirects")
    for name in ("person_dismissals", "organisation_dismissals"):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_second_id"))
        op.drop_table(name)
    with op.batch_alter_table("duplicate_pairs", schema=None) as batch_op:
        batch_op.drop_index("ix_duplicate_pairs_second")
        batch_op.drop_index("ix_duplicate_pairs_queue")
    op.drop_table("duplicate_pairs")
    with op.batch_alter_table("duplicate_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_duplicate_keys_record")
        batch_op.drop_index("ix_duplicate_keys_lookup")
    op.drop_table("duplicate_keys")
