"""lab bookings: weekly open hours, exceptions, access requests and half-hour booking units

Revision ID: e2b1d4e6c802
Revises: e1a0c3d5b701
Create Date: 2026-11-24 04:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = "e2b1d4e6c802"
down_revision = "e1a0c3d5b701"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('access_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lab_id', sa.Integer(), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=True),
    sa.Column('requester_user_id', sa.Integer(), nullable=True),
    sa.Column('requester_organisation_id', sa.Integer(), nullable=True),
    sa.Column('requester_person_id', sa.Integer(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('proposed_starts_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('proposed_ends_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fee_vnd', sa.BigInteger(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_access_requests_decided_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_access_requests_equipment_id_equipment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lab_id'], ['labs.id'], name=op.f('fk_access_requests_lab_id_labs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requester_organisation_id'], ['organisations.id'], name=op.f('fk_access_requests_requester_organisation_id_organisations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['requester_person_id'], ['people.id'], name=op.f('fk_access_requests_requester_person_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['requester_user_id'], ['users.id'], name=op.f('fk_access_requests_requester_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_requests'))
    )
    with op.batch_alter_table('access_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_requests_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_requests_equipment_id'), ['equipment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_requests_lab_id'), ['lab_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_requests_requester_organisation_id'), ['requester_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_requests_requester_user_id'), ['requester_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_requests_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_requests_status'), ['status'], unique=False)

    op.create_table('lab_slot_exceptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lab_id', sa.Integer(), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=True),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_lab_slot_exceptions_equipment_id_equipment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lab_id'], ['labs.id'], name=op.f('fk_lab_slot_exceptions_lab_id_labs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lab_slot_exceptions'))
    )
    with op.batch_alter_table('lab_slot_exceptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lab_slot_exceptions_equipment_id'), ['equipment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lab_slot_exceptions_lab_id'), ['lab_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lab_slot_exceptions_on_date'), ['on_date'], unique=False)

    op.create_table('lab_slots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lab_id', sa.Integer(), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=True),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_lab_slots_equipment_id_equipment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lab_id'], ['labs.id'], name=op.f('fk_lab_slots_lab_id_labs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lab_slots'))
    )
    with op.batch_alter_table('lab_slots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lab_slots_equipment_id'), ['equipment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lab_slots_lab_id'), ['lab_id'], unique=False)

    op.create_table('booking_units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('lab_id', sa.Integer(), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=True),
    sa.Column('resource', sa.String(length=24), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_booking_units_equipment_id_equipment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lab_id'], ['labs.id'], name=op.f('fk_booking_units_lab_id_labs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['access_requests.id'], name=op.f('fk_booking_units_request_id_access_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking_units')),
    sa.UniqueConstraint('resource', 'starts_at', name='uq_booking_units_resource_starts_at')
    )
    with op.batch_alter_table('booking_units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_units_equipment_id'), ['equipment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_units_lab_id'), ['lab_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_units_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_units_starts_at'), ['starts_at'], unique=False)



def downgrade():
    with op.batch_alter_table('booking_units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_units_starts_at'))
        batch_op.drop_index(batch_op.f('ix_booking_units_request_id'))
        batch_op.drop_index(batch_op.f('ix_booking_units_lab_id'))
        batch_op.drop_index(batch_op.f('ix_booking_units_equipment_id'))

    op.drop_table('booking_units')
    with op.batch_alter_table('lab_slots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lab_slots_lab_id'))
        batch_op.drop_index(batch_op.f('ix_lab_slots_equipment_id'))

    op.drop_table('lab_slots')
    with op.batch_alter_table('lab_slot_exceptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lab_slot_exceptions_on_date'))
        batch_op.drop_index(batch_op.f('ix_lab_slot_exceptions_lab_id'))
        batch_op.drop_index(batch_op.f('ix_lab_slot_exceptions_equipment_id'))

    op.drop_table('lab_slot_exceptions')
    with op.batch_alter_table('access_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_requests_status'))
        batch_op.drop_index(batch_op.f('ix_access_requests_starts_at'))
        batch_op.drop_index(batch_op.f('ix_access_requests_requester_user_id'))
        batch_op.drop_index(batch_op.f('ix_access_requests_requester_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_access_requests_lab_id'))
        batch_op.drop_index(batch_op.f('ix_access_requests_equipment_id'))
        batch_op.drop_index(batch_op.f('ix_access_requests_created_at'))

    op.drop_table('access_requests')
