"""matching: reverse indexes on the link tables (who has this technology, sector, tag; who holds this company)

Revision ID: d6f8a7b1da09
Revises: d5e7f6a0c908
Create Date: 2026-11-24 01:50:00

Candidate retrieval looks link rows up by term id; the primary keys start with the owner id.
"""
from alembic import op

revision = "d6f8a7b1da09"
down_revision = "d5e7f6a0c908"
branch_labels = None
depends_on = None

# (link table, term column, owner column)
REVERSE = (
    ("organisation_technologies", "technology_id", "organisation_id"),
    ("organisation_sectors", "sector_id", "organisation_id"),
    ("organisation_tags", "tag_id", "organisation_id"),
    ("investor_portfolio", "company_id", "investor_id"),
    ("person_technologies", "technology_id", "person_id"),
    ("person_sectors", "sector_id", "person_id"),
    ("offer_technologies", "technology_id", "offer_id"),
    ("offer_sectors", "sector_id", "offer_id"),
    ("offer_tags", "tag_id", "offer_id"),
    ("need_technologies", "technology_id", "need_id"),
    ("need_sectors", "sector_id", "need_id"),
    ("need_tags", "tag_id", "need_id"),
)


def upgrade():
    for table, term, owner in REVERSE:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_{term}"), [term, owner], unique=False)


def downgrade():
    for table, term, _owner in reversed(REVERSE):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{term}"))
