"""programmes: state agencies' support schemes, their calls and applications

Revision ID: e3c2e5f7d903
Revises: e2b1d4e6c802
Create Date: 2026-11-24 04:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = "e3c2e5f7d903"
down_revision = "e2b1d4e6c802"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('programmes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=90), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=True),
    sa.Column('title_folded', sa.String(length=400), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('programme_kind', sa.String(length=24), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('summary_en', sa.Text(), nullable=True),
    sa.Column('eligibility', sa.Text(), nullable=True),
    sa.Column('eligible_kinds', sa.JSON(), nullable=False),
    sa.Column('budget_vnd', sa.BigInteger(), nullable=True),
    sa.Column('max_award_vnd', sa.BigInteger(), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['organisations.id'], name=op.f('fk_programmes_agency_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_programmes_created_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programmes')),
    sa.UniqueConstraint('slug', name=op.f('uq_programmes_slug'))
    )
    with op.batch_alter_table('programmes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programmes_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programmes_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_programmes_programme_kind'), ['programme_kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_programmes_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_programmes_title_folded'), ['title_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_programmes_updated_at'), ['updated_at'], unique=False)

    op.create_table('programme_calls',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('budget_vnd', sa.BigInteger(), nullable=True),
    sa.Column('opens_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closes_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_programme_calls_programme_id_programmes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_calls'))
    )
    with op.batch_alter_table('programme_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_calls_closes_at'), ['closes_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_calls_programme_id'), ['programme_id'], unique=False)

    op.create_table('programme_sectors',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_programme_sectors_programme_id_programmes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sector_id'], ['sectors.id'], name=op.f('fk_programme_sectors_sector_id_sectors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('programme_id', 'sector_id', name=op.f('pk_programme_sectors'))
    )
    with op.batch_alter_table('programme_sectors', schema=None) as batch_op:
        batch_op.create_index('ix_programme_sectors_sector_id', ['sector_id', 'programme_id'], unique=False)

    op.create_table('programme_technologies',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('technology_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_programme_technologies_programme_id_programmes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['technology_id'], ['strategic_technologies.id'], name=op.f('fk_programme_technologies_technology_id_strategic_technologies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('programme_id', 'technology_id', name=op.f('pk_programme_technologies'))
    )
    with op.batch_alter_table('programme_technologies', schema=None) as batch_op:
        batch_op.create_index('ix_programme_technologies_technology_id', ['technology_id', 'programme_id'], unique=False)

    op.create_table('programme_applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('call_id', sa.Integer(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('submitted_by_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('requested_vnd', sa.BigInteger(), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['call_id'], ['programme_calls.id'], name=op.f('fk_programme_applications_call_id_programme_calls'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_programme_applications_decided_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_programme_applications_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_programme_applications_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_programme_applications_programme_id_programmes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['submitted_by_id'], ['users.id'], name=op.f('fk_programme_applications_submitted_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_applications'))
    )
    with op.batch_alter_table('programme_applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_applications_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_applications_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_applications_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_applications_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_applications_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_applications_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_applications_submitted_by_id'), ['submitted_by_id'], unique=False)


def downgrade():
    with op.batch_alter_table('programme_applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_applications_submitted_by_id'))
        batch_op.drop_index(batch_op.f('ix_programme_applications_status'))
        batch_op.drop_index(batch_op.f('ix_programme_applications_programme_id'))
        batch_op.drop_index(batch_op.f('ix_programme_applications_person_id'))
        batch_op.drop_index(batch_op.f('ix_programme_applications_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_programme_applications_created_at'))
        batch_op.drop_index(batch_op.f('ix_programme_applications_call_id'))

    op.drop_table('programme_applications')
    with op.batch_alter_table('programme_technologies', schema=None) as batch_op:
        batch_op.drop_index('ix_programme_technologies_technology_id')

    op.drop_table('programme_technologies')
    with op.batch_alter_table('programme_sectors', schema=None) as batch_op:
        batch_op.drop_index('ix_programme_sectors_sector_id')

    op.drop_table('programme_sectors')
    with op.batch_alter_table('programme_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_calls_programme_id'))
        batch_op.drop_index(batch_op.f('ix_programme_calls_closes_at'))

    op.drop_table('programme_calls')
    with op.batch_alter_table('programmes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programmes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_programmes_title_folded'))
        batch_op.drop_index(batch_op.f('ix_programmes_status'))
        batch_op.drop_index(batch_op.f('ix_programmes_programme_kind'))
        batch_op.drop_index(batch_op.f('ix_programmes_created_at'))
        batch_op.drop_index(batch_op.f('ix_programmes_agency_id'))

    op.drop_table('programmes')
