"""introductions between parties, and in-app notifications

Revision ID: d5e7f6a0c908
Revises: d4b5d3eaa704
Create Date: 2026-11-24 01:50:00

"""
import sqlalchemy as sa
from alembic import op

revision = "d5e7f6a0c908"
down_revision = "d4b5d3eaa704"
branch_labels = None
depends_on = None


def _fk(table, column, referred, ondelete):
    return sa.ForeignKeyConstraint([column], [f"{referred}.id"], name=op.f(f"fk_{table}_{column}_{referred}"),
                                   ondelete=ondelete)


def _create_introductions():
    t = "introductions"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=False),
        sa.Column("source_organisation_id", sa.Integer(), nullable=True),
        sa.Column("source_person_id", sa.Integer(), nullable=True),
        sa.Column("target_organisation_id", sa.Integer(), nullable=True),
        sa.Column("target_person_id", sa.Integer(), nullable=True),
        sa.Column("context_type", sa.String(length=16), nullable=True),
        sa.Column("context_id", sa.Integer(), nullable=True),
        sa.Column("target_record_type", sa.String(length=16), nullable=True),
        sa.Column("target_record_id", sa.Integer(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("decline_reason", sa.Text(), nullable=True),
        sa.Column("responded_by_id", sa.Integer(), nullable=True),
        sa.Column("met_by_id", sa.Integer(), nullable=True),
        sa.Column("agreed_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("declined_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("met_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("agreed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk(t, "requester_id", "users", "CASCADE"),
        _fk(t, "source_organisation_id", "organisations", "CASCADE"),
        _fk(t, "source_person_id", "people", "CASCADE"),
        _fk(t, "target_organisation_id", "organisations", "CASCADE"),
        _fk(t, "target_person_id", "people", "CASCADE"),
        _fk(t, "responded_by_id", "users", "SET NULL"),
        _fk(t, "met_by_id", "users", "SET NULL"),
        _fk(t, "agreed_by_id", "users", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_introductions")),
    )
    with op.batch_alter_table(t, schema=None) as batch_op:
        for column in ("requester_id", "source_organisation_id", "source_person_id", "target_organisation_id",
                       "target_person_id", "status", "created_at"):
            batch_op.create_index(batch_op.f(f"ix_{t}_{column}"), [column], unique=False)


def upgrade():
    _create_introductions()
    op.create_table(
        "introduction_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("introduction_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        _fk("introduction_reasons", "introduction_id", "introductions", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_introduction_reasons")),
    )
    with op.batch_alter_table("introduction_reasons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_introduction_reasons_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_introduction_reasons_introduction_id"), ["introduction_id"],
                              unique=False)
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("link", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        _fk("notifications", "user_id", "users", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notifications_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_notifications_user_id"), ["user_id"], unique=False)
        batch_op.create_index("ix_notifications_user_id_read_at", ["user_id", "read_at"], unique=False)


def downgrade():
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index("ix_notifications_user_id_read_at")
        batch_op.drop_index(batch_op.f("ix_notifications_user_id"))
        batch_op.drop_index(batch_op.f("ix_notifications_created_at"))
    op.drop_table("notifications")
    with op.batch_alter_table("introduction_reasons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_introduction_reasons_introduction_id"))
        batch_op.drop_index(batch_op.f("ix_introduction_reasons_code"))
    op.drop_table("introduction_reasons")
    with op.batch_alter_table("introductions", schema=None) as batch_op:
        for column in ("created_at", "status", "target_person_id", "target_organisation_id", "source_person_id",
                       "source_organisation_id", "requester_id"):
            batch_op.drop_index(batch_op.f(f"ix_introductions_{column}"))
    op.drop_table("introductions")
