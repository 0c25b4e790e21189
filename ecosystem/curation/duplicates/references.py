"""Moving everything that points at one listing to another, for any table, present or future.

The walk reads the foreign keys of `db.metadata`, so a table added later (revisions, offers, matches...)
is moved without this module knowing it exists. Rows that would break a unique or primary key once moved
(the same user a member of both, the same tag on both) are the loser's duplicates and are dropped;
rows that would point at the survivor from two columns (the survivor in its own portfolio, a pair of
the two merged listings) are dropped too, and the survivor never becomes its own parent or zone."""
from sqlalchemy import Index, PrimaryKeyConstraint, UniqueConstraint, and_, delete, exists, select, update

from ...extensions import db


def referencing_columns(table_name, metadata=None):
    """[(table, column)] for every foreign key in the metadata that points at `table_name.id`."""
    metadata = metadata if metadata is not None else db.metadata
    found = []
    for table in metadata.sorted_tables:
        for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
            if fk.column.table.name == table_name and fk.column.name == "id":
                found.append((table, fk.parent))
    return found


def _unique_sets(table, column):
    """The column sets of the unique keys of `table` that include `column`."""
    sets = []
    for constraint in table.constraints:
        if isinstance(constraint, (UniqueConstraint, PrimaryKeyConstraint)) and column.name in constraint.columns:
            sets.append({c.name for c in constraint.columns})
    for index in table.indexes:
        if isinstance(index, Index) and index.unique and column.name in index.columns:
            sets.append({c.name for c in index.columns})
    return sets


def _drop_conflicts(table, column, loser_id, survivor_id):
    """Delete the loser's rows whose unique key the survivor already holds; returns how many."""
    dropped = 0
    for names in _unique_sets(table, column):
        other = table.alias("other")
        same = [other.c[name] == table.c[name] for name in sorted(names - {column.name})]
        clash = exists(select(other.c[column.name]).where(other.c[column.name] == survivor_id, *same))
        dropped += db.session.execute(delete(table).where(table.c[column.name] == loser_id, clash)).rowcount
    return dropped


def _move_column(table, column, target, loser_id, survivor_id):
    """Point `column` of every row at the survivor; returns (moved, dropped)."""
    dropped = 0 if table is target else _drop_conflicts(table, column, loser_id, survivor_id)
    moved = db.session.execute(update(table).where(table.c[column.name] == loser_id)
                               .values({column.name: survivor_id})).rowcount
    if table is target:
        # The survivor was the loser's child or tenant: it must not become its own parent or zone.
        db.session.execute(update(table).where(table.c.id == survivor_id, table.c[column.name] == survivor_id)
                           .values({column.name: None}))
    return moved, dropped


def _optional(column):
    """A reference that may be cleared: nullable, and cleared anyway when its target is deleted."""
    return column.nullable and not column.primary_key and any(
        (fk.ondelete or "").upper() == "SET NULL" for fk in column.foreign_keys)


def _drop_self_pairs(table, columns, survivor_id):
    """Rows now pointing at the survivor from two columns relate it to itself: an optional reference among
    them is cleared (a zone managed by itself), otherwise the row is dropped (the survivor in its own portfolio)."""
    dropped = 0
    for i, first in enumerate(columns):
        for second in columns[i + 1:]:
            both = and_(table.c[first.name] == survivor_id, table.c[second.name] == survivor_id)
            optional = next((c for c in (second, first) if _optional(c)), None)
            if optional is not None:
                db.session.execute(update(table).where(both).values({optional.name: None}))
            else:
                dropped += db.session.execute(delete(table).where(both)).rowcount
    return dropped


def move_references(target_table, loser_id, survivor_id, metadata=None):
    """Move every row referencing `loser_id` in `target_table` to `survivor_id`.

    Returns {"table.column": rows moved, "table:dropped": rows dropped}, only the non-zero counts.
    Runs SQL directly: flush before and expire the session's objects after."""
    target = (metadata if metadata is not None else db.metadata).tables[target_table]
    counts, by_table = {}, {}
    for table, column in referencing_columns(target_table, metadata):
        by_table.setdefault(table, []).append(column)
    for table, columns in by_table.items():
        dropped = 0
        for column in columns:
            moved, lost = _move_column(table, column, target, loser_id, survivor_id)
            dropped += lost
            if moved:
                counts[f"{table.name}.{column.name}"] = moved
        if table is not target and len(columns) > 1:
            dropped += _drop_self_pairs(table, columns, survivor_id)
        if dropped:
            counts[f"{table.name}:dropped"] = dropped
    return counts


def move_polymorphic(record_type, loser_id, survivor_id, metadata=None):
    """Move rows that name a record by (target_type, target_id), like audit events; returns the counts."""
    counts = {}
    for table in (metadata if metadata is not None else db.metadata).sorted_tables:
        if "target_type" in table.c and "target_id" in table.c:
            moved = db.session.execute(update(table).where(table.c.target_type == record_type,
                                                           table.c.target_id == loser_id)
                                       .values(target_id=survivor_id)).rowcount
            if moved:
                counts[f"{table.name}.target_id"] = moved
    return counts
