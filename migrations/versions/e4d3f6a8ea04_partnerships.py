"""partnerships: state-school-investor partnerships and their partners' roles

Revision ID: e4d3f6a8ea04
Revises: e3c2e5f7d903
Create Date: 2026-11-24 04:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = "e4d3f6a8ea04"
down_revision = "e3c2e5f7d903"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('partnerships',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=90), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=True),
    sa.Column('title_folded', sa.String(length=400), nullable=False),
    sa.Column('partnership_kind', sa.String(length=16), nullable=False),
    sa.Column('phase', sa.String(length=16), nullable=False),
    sa.Column('goals', sa.Text(), nullable=False),
    sa.Column('goals_en', sa.Text(), nullable=True),
    sa.Column('outcomes', sa.Text(), nullable=True),
    sa.Column('funding_vnd', sa.BigInteger(), nullable=True),
    sa.Column('funding_note', sa.String(length=300), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('zone_id', sa.Integer(), nullable=True),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_partnerships_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_partnerships_programme_id_programmes'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['zone_id'], ['organisations.id'], name=op.f('fk_partnerships_zone_id_organisations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partnerships')),
    sa.UniqueConstraint('slug', name=op.f('uq_partnerships_slug'))
    )
    with op.batch_alter_table('partnerships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnerships_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_partnership_kind'), ['partnership_kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_phase'), ['phase'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_title_folded'), ['title_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnerships_zone_id'), ['zone_id'], unique=False)

    op.create_table('partnership_partners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partnership_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('contribution', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_partnership_partners_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_partnership_partners_partnership_id_partnerships'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partnership_partners')),
    sa.UniqueConstraint('partnership_id', 'organisation_id', 'role', name='uq_partnership_partners_partnership_id')
    )
    with op.batch_alter_table('partnership_partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partnership_partners_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_partners_partnership_id'), ['partnership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partnership_partners_role'), ['role'], unique=False)

    op.create_table('partnership_sectors',
    sa.Column('partnership_id', sa.Integer(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_partnership_sectors_partnership_id_partnerships'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sector_id'], ['sectors.id'], name=op.f('fk_partnership_sectors_sector_id_sectors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('partnership_id', 'sector_id', name=op.f('pk_partnership_sectors'))
    )
    with op.batch_alter_table('partnership_sectors', schema=None) as batch_op:
        batch_op.create_index('ix_partnership_sectors_sector_id', ['sector_id', 'partnership_id'], unique=False)

    op.create_table('partnership_technologies',
    sa.Column('partnership_id', sa.Integer(), nullable=False),
    sa.Column('technology_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_partnership_technologies_partnership_id_partnerships'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['technology_id'], ['strategic_technologies.id'], name=op.f('fk_partnership_technologies_technology_id_strategic_technologies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('partnership_id', 'technology_id', name=op.f('pk_partnership_technologies'))
    )
    with op.batch_alter_table('partnership_technologies', schema=None) as batch_op:
        batch_op.create_index('ix_partnership_technologies_technology_id', ['technology_id', 'partnership_id'], unique=False)

    op.create_table('partnership_tags',
    sa.Column('partnership_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_partnership_tags_partnership_id_partnerships'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_partnership_tags_tag_id_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('partnership_id', 'tag_id', name=op.f('pk_partnership_tags'))
    )
    with op.batch_alter_table('partnership_tags', schema=None) as batch_op:
        batch_op.create_index('ix_partnership_tags_tag_id', ['tag_id', 'partnership_id'], unique=False)


def downgrade():
    with op.batch_alter_table('partnership_tags', schema=None) as batch_op:
        batch_op.drop_index('ix_partnership_tags_tag_id')

    op.drop_table('partnership_tags')
    with op.batch_alter_table('partnership_technologies', schema=None) as batch_op:
        batch_op.drop_index('ix_partnership_technologies_technology_id')

    op.drop_table('partnership_technologies')
    with op.batch_alter_table('partnership_sectors', schema=None) as batch_op:
        batch_op.drop_index('ix_partnership_sectors_sector_id')

    op.drop_table('partnership_sectors')
    with op.batch_alter_table('partnership_partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnership_partners_role'))
        batch_op.drop_index(batch_op.f('ix_partnership_partners_partnership_id'))
        batch_op.drop_index(batch_op.f('ix_partnership_partners_organisation_id'))

    op.drop_table('partnership_partners')
    with op.batch_alter_table('partnerships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partnerships_zone_id'))
        batch_op.drop_index(batch_op.f('ix_partnerships_updated_at'))
        batch_op.drop_index(batch_op.f('ix_partnerships_title_folded'))
        batch_op.drop_index(batch_op.f('ix_partnerships_status'))
        batch_op.drop_index(batch_op.f('ix_partnerships_programme_id'))
        batch_op.drop_index(batch_op.f('ix_partnerships_phase'))
        batch_op.drop_index(batch_op.f('ix_partnerships_partnership_kind'))
        batch_op.drop_index(batch_op.f('ix_partnerships_created_at'))

    op.drop_table('partnerships')
