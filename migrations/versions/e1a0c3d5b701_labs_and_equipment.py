"""labs and equipment: labs hosted by universities and institutes, their instruments and photos

Revision ID: e1a0c3d5b701
Revises: d6f8a7b1da09
Create Date: 2026-11-24 04:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = "e1a0c3d5b701"
down_revision = "d6f8a7b1da09"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('labs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=90), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('name_folded', sa.String(length=400), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('zone_id', sa.Integer(), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('description_en', sa.Text(), nullable=True),
    sa.Column('research_areas', sa.Text(), nullable=True),
    sa.Column('accreditation', sa.String(length=200), nullable=True),
    sa.Column('manager_person_id', sa.Integer(), nullable=True),
    sa.Column('manager_user_id', sa.Integer(), nullable=True),
    sa.Column('contact_email', sa.String(length=254), nullable=True),
    sa.Column('capacity_hours_per_week', sa.Integer(), nullable=True),
    sa.Column('free_for_startups', sa.Boolean(), nullable=False),
    sa.Column('training_required', sa.Boolean(), nullable=False),
    sa.Column('fee_schedule', sa.Text(), nullable=True),
    sa.Column('safety_rules', sa.Text(), nullable=True),
    sa.Column('access_terms', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('is_sample', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('verified_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_labs_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['manager_person_id'], ['people.id'], name=op.f('fk_labs_manager_person_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['manager_user_id'], ['users.id'], name=op.f('fk_labs_manager_user_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_labs_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['zone_id'], ['organisations.id'], name=op.f('fk_labs_zone_id_organisations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_labs')),
    sa.UniqueConstraint('slug', name=op.f('uq_labs_slug'))
    )
    with op.batch_alter_table('labs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_labs_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_labs_manager_person_id'), ['manager_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_labs_manager_user_id'), ['manager_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_labs_name_folded'), ['name_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_labs_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_labs_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_labs_updated_at'), ['updated_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_labs_zone_id'), ['zone_id'], unique=False)

    op.create_table('equipment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=90), nullable=False),
    sa.Column('lab_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('name_folded', sa.String(length=400), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('maker', sa.String(length=120), nullable=True),
    sa.Column('model', sa.String(length=120), nullable=True),
    sa.Column('maker_folded', sa.String(length=120), nullable=False),
    sa.Column('model_folded', sa.String(length=120), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('purchase_value_vnd', sa.BigInteger(), nullable=True),
    sa.Column('condition', sa.String(length=20), nullable=True),
    sa.Column('fee_per_hour_vnd', sa.BigInteger(), nullable=True),
    sa.Column('bookable', sa.Boolean(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_equipment_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['lab_id'], ['labs.id'], name=op.f('fk_equipment_lab_id_labs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment')),
    sa.UniqueConstraint('slug', name=op.f('uq_equipment_slug'))
    )
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_equipment_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_lab_id'), ['lab_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_maker_folded'), ['maker_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_model_folded'), ['model_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_name_folded'), ['name_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_equipment_updated_at'), ['updated_at'], unique=False)

    op.create_table('lab_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lab_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=80), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['lab_id'], ['labs.id'], name=op.f('fk_lab_photos_lab_id_labs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lab_photos'))
    )
    with op.batch_alter_table('lab_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lab_photos_lab_id'), ['lab_id'], unique=False)

    op.create_table('lab_sectors',
    sa.Column('lab_id', sa.Integer(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['lab_id'], ['labs.id'], name=op.f('fk_lab_sectors_lab_id_labs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sector_id'], ['sectors.id'], name=op.f('fk_lab_sectors_sector_id_sectors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('lab_id', 'sector_id', name=op.f('pk_lab_sectors'))
    )
    with op.batch_alter_table('lab_sectors', schema=None) as batch_op:
        batch_op.create_index('ix_lab_sectors_sector_id', ['sector_id', 'lab_id'], unique=False)

    op.create_table('lab_technologies',
    sa.Column('lab_id', sa.Integer(), nullable=False),
    sa.Column('technology_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['lab_id'], ['labs.id'], name=op.f('fk_lab_technologies_lab_id_labs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['technology_id'], ['strategic_technologies.id'], name=op.f('fk_lab_technologies_technology_id_strategic_technologies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('lab_id', 'technology_id', name=op.f('pk_lab_technologies'))
    )
    with op.batch_alter_table('lab_technologies', schema=None) as batch_op:
        batch_op.create_index('ix_lab_technologies_technology_id', ['technology_id', 'lab_id'], unique=False)


def downgrade():
    with op.batch_alter_table('lab_technologies', schema=None) as batch_op:
        batch_op.drop_index('ix_lab_technologies_technology_id')

    op.drop_table('lab_technologies')
    with op.batch_alter_table('lab_sectors', schema=None) as batch_op:
        batch_op.drop_index('ix_lab_sectors_sector_id')

    op.drop_table('lab_sectors')
    with op.batch_alter_table('lab_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lab_photos_lab_id'))

    op.drop_table('lab_photos')
    with op.batch_alter_table('equipment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_equipment_updated_at'))
        batch_op.drop_index(batch_op.f('ix_equipment_name_folded'))
        batch_op.drop_index(batch_op.f('ix_equipment_model_folded'))
        batch_op.drop_index(batch_op.f('ix_equipment_maker_folded'))
        batch_op.drop_index(batch_op.f('ix_equipment_lab_id'))
        batch_op.drop_index(batch_op.f('ix_equipment_created_at'))
        batch_op.drop_index(batch_op.f('ix_equipment_category'))

    op.drop_table('equipment')
    with op.batch_alter_table('labs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_labs_zone_id'))
        batch_op.drop_index(batch_op.f('ix_labs_updated_at'))
        batch_op.drop_index(batch_op.f('ix_labs_status'))
        batch_op.drop_index(batch_op.f('ix_labs_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_labs_name_folded'))
        batch_op.drop_index(batch_op.f('ix_labs_manager_user_id'))
        batch_op.drop_index(batch_op.f('ix_labs_manager_person_id'))
        batch_op.drop_index(batch_op.f('ix_labs_created_at'))

    op.drop_table('labs')
