"""Rebuild the whole index: fill fresh tables with COPY, index them, then swap them in.

Everything happens in one transaction. Searches keep reading the live tables until the swap at
the very end, which only waits for running searches to finish; a failed rebuild rolls back and
leaves the live index untouched. Building the GIN indexes once over a full table is several times
faster than maintaining them row by row, and COPY is the fastest way rows enter PostgreSQL; worker
processes analyse the documents meanwhile (see analysing).
"""
from collections import Counter

from . import schema, vocabulary
from .analysing import analysed_rows
from .writing import COLUMNS

PROGRESS_EVERY = 1000
_BUILD_DOCUMENTS = schema.build_name(schema.DOCUMENTS)
_BUILD_VOCABULARY = schema.build_name(schema.VOCABULARY)
_BUILD_VARIANTS = schema.build_name(schema.VARIANTS)
_KEY = COLUMNS.index("key")


def rebuild(engine, documents, progress=None):
    """Replace the index with these documents; call progress(n) as they go; return how many were indexed."""
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        _create_build_tables(cursor)
        seen, forms = _copy_documents(cursor, documents, progress)
        _copy_vocabulary(cursor, forms)
        _index_and_swap(cursor)
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        connection.close()
    return seen


def _create_build_tables(cursor):
    cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")  # GIN builds sort their entries in memory
    for table in (_BUILD_DOCUMENTS, _BUILD_VOCABULARY, _BUILD_VARIANTS):
        cursor.execute(f"DROP TABLE IF EXISTS {table}")  # a failed rebuild leaves none; a hand-made one may exist
    for statement in schema.documents_table(_BUILD_DOCUMENTS) + \
            schema.vocabulary_tables(_BUILD_VOCABULARY, _BUILD_VARIANTS):
        cursor.execute(statement)


def _copy_documents(cursor, documents, progress):
    """COPY every document; return (count, Counter of word forms).

    Keys normally come once; a key that comes again replaces its row after the COPY (the last wins)."""
    forms, keys, again = Counter(), set(), {}
    with cursor.copy(f"COPY {_BUILD_DOCUMENTS} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
        for row in analysed_rows(documents):
            key = row[_KEY]
            if key in keys:
                again[key] = row
                continue
            keys.add(key)
            forms.update(row[-1])
            copy.write_row(row)
            if progress is not None and len(keys) % PROGRESS_EVERY == 0:
                progress(len(keys))
    if progress is not None and len(keys) % PROGRESS_EVERY:
        progress(len(keys))
    for row in again.values():
        _replace(cursor, row, forms)
    return len(keys), forms


def _replace(cursor, row, forms):
    cursor.execute(f"SELECT forms FROM {_BUILD_DOCUMENTS} WHERE key = %s", (row[_KEY],))
    forms.subtract(cursor.fetchone()[0])
    forms.update(row[-1])
    cursor.execute(f"DELETE FROM {_BUILD_DOCUMENTS} WHERE key = %s", (row[_KEY],))
    with cursor.copy(f"COPY {_BUILD_DOCUMENTS} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
        copy.write_row(row)


def _copy_vocabulary(cursor, forms):
    rows = vocabulary.vocabulary_rows(+forms)  # unary plus drops the forms a replaced row took away
    with cursor.copy(f"COPY {_BUILD_VOCABULARY} (form, folded, documents) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    with cursor.copy(f"COPY {_BUILD_VARIANTS} (variant, folded) FROM STDIN") as copy:
        for row in vocabulary.variant_rows(sorted({folded for _form, folded, _n in rows})):
            copy.write_row(row)


def _index_and_swap(cursor):
    for _name, statement in schema.documents_indexes(_BUILD_DOCUMENTS) + \
            schema.vocabulary_indexes(_BUILD_VOCABULARY):
        cursor.execute(statement)
    for table in (_BUILD_DOCUMENTS, _BUILD_VOCABULARY, _BUILD_VARIANTS):
        cursor.execute(f"ANALYZE {table}")
    for table in schema.TABLES:
        cursor.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in schema.renames_after_build():
        cursor.execute(statement)
    cursor.execute(f"UPDATE {schema.STATE} SET generation = generation + 1")
