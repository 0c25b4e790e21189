"""zone projects: investment projects in high-tech zones, investors and status history

Revision ID: e5e4a7b9fb05
Revises: e4d3f6a8ea04
Create Date: 2026-11-24 04:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = "e5e4a7b9fb05"
down_revision = "e4d3f6a8ea04"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('zone_projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=90), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('name_folded', sa.String(length=400), nullable=False),
    sa.Column('zone_id', sa.Integer(), nullable=False),
    sa.Column('operator_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('description_en', sa.Text(), nullable=True),
    sa.Column('other_investors', sa.String(length=300), nullable=True),
    sa.Column('capital_bn_vnd', sa.Float(), nullable=True),
    sa.Column('area_ha', sa.Float(), nullable=True),
    sa.Column('phase', sa.String(length=16), nullable=False),
    sa.Column('licensed_on', sa.Date(), nullable=True),
    sa.Column('licence_number', sa.String(length=60), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_zone_projects_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['operator_id'], ['organisations.id'], name=op.f('fk_zone_projects_operator_id_organisations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['zone_id'], ['organisations.id'], name=op.f('fk_zone_projects_zone_id_organisations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zone_projects')),
    sa.UniqueConstraint('slug', name=op.f('uq_zone_projects_slug'))
    )
    with op.batch_alter_table('zone_projects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zone_projects_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_zone_projects_name_folded'), ['name_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_zone_projects_operator_id'), ['operator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_zone_projects_phase'), ['phase'], unique=False)
        batch_op.create_index(batch_op.f('ix_zone_projects_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_zone_projects_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_zone_projects_zone_id'), ['zone_id'], unique=False)

    op.create_table('zone_project_investors',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_zone_project_investors_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['zone_projects.id'], name=op.f('fk_zone_project_investors_project_id_zone_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'organisation_id', name=op.f('pk_zone_project_investors'))
    )
    with op.batch_alter_table('zone_project_investors', schema=None) as batch_op:
        batch_op.create_index('ix_zone_project_investors_organisation_id', ['organisation_id', 'project_id'], unique=False)

    op.create_table('zone_project_status_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('phase', sa.String(length=16), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['zone_projects.id'], name=op.f('fk_zone_project_status_changes_project_id_zone_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_zone_project_status_changes_recorded_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_zone_project_status_changes'))
    )
    with op.batch_alter_table('zone_project_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_zone_project_status_changes_project_id'), ['project_id'], unique=False)

    op.create_table('zone_project_technologies',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('technology_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['zone_projects.id'], name=op.f('fk_zone_project_technologies_project_id_zone_projects'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['technology_id'], ['strategic_technologies.id'], name=op.f('fk_zone_project_technologies_technology_id_strategic_technologies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'technology_id', name=op.f('pk_zone_project_technologies'))
    )
    with op.batch_alter_table('zone_project_technologies', schema=None) as batch_op:
        batch_op.create_index('ix_zone_project_technologies_technology_id', ['technology_id', 'project_id'], unique=False)


def downgrade():
    with op.batch_alter_table('zone_project_technologies', schema=None) as batch_op:
        batch_op.drop_index('ix_zone_project_technologies_technology_id')

    op.drop_table('zone_project_technologies')
    with op.batch_alter_table('zone_project_status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zone_project_status_changes_project_id'))

    op.drop_table('zone_project_status_changes')
    with op.batch_alter_table('zone_project_investors', schema=None) as batch_op:
        batch_op.drop_index('ix_zone_project_investors_organisation_id')

    op.drop_table('zone_project_investors')
    with op.batch_alter_table('zone_projects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_zone_projects_zone_id'))
        batch_op.drop_index(batch_op.f('ix_zone_projects_updated_at'))
        batch_op.drop_index(batch_op.f('ix_zone_projects_status'))
        batch_op.drop_index(batch_op.f('ix_zone_projects_phase'))
        batch_op.drop_index(batch_op.f('ix_zone_projects_operator_id'))
        batch_op.drop_index(batch_op.f('ix_zone_projects_name_folded'))
        batch_op.drop_index(batch_op.f('ix_zone_projects_created_at'))

    op.drop_table('zone_projects')
