"""revisions of listings and the review queue for changes to verified listings

Revision ID: d1e6a0b7c201
Revises: b4d9e2f61a37
Create Date: 2026-11-24 01:40:00

"""
import sqlalchemy as sa
from alembic import op

revision = "d1e6a0b7c201"
down_revision = "b4d9e2f61a37"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("record_version", sa.Integer(), nullable=True),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("reverts_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("(organisation_id IS NULL) <> (person_id IS NULL)",
                           name=op.f("ck_revisions_one_listing")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name=op.f("fk_revisions_organisation_id_organisations"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_revisions_person_id_people"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name=op.f("fk_revisions_actor_id_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["reviewer_id"], ["users.id"], name=op.f("fk_revisions_reviewer_id_users"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["reverts_id"], ["revisions.id"], name=op.f("fk_revisions_reverts_id_revisions"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
    )
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_revisions_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_revisions_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_revisions_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_revisions_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_revisions_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_revisions_state"), ["state"], unique=False)


def downgrade():
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revisions_state"))
        batch_op.drop_index(batch_op.f("ix_revisions_action"))
        batch_op.drop_index(batch_op.f("ix_revisions_created_at"))
        batch_op.drop_index(batch_op.f("ix_revisions_actor_id"))
        batch_op.drop_index(batch_op.f("ix_revisions_person_id"))
        batch_op.drop_index(batch_op.f("ix_revisions_organisation_id"))
    op.drop_table("revisions")
