"""Reading thousands of rows by id: one bound parameter per id list, in chunks, with Core statements."""
import json

from sqlalchemy import Integer, any_, bindparam, func, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY

from ..extensions import db

CHUNK = 20000


def chunks(ids):
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def in_ids(column, ids):
    """`column IN ids` as ONE bound parameter (a PostgreSQL array, a SQLite JSON list): a thousand ids
    cost neither a thousand placeholders to render nor a new cached statement per list length."""
    ids = [int(i) for i in ids]
    if db.session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, ids, type_=ARRAY(Integer)))
    listed = select(literal_column("value")).select_from(func.json_each(bindparam(None, json.dumps(ids))))
    return column.in_(listed.scalar_subquery())


def rows(statement_for, ids):
    """Rows of `statement_for(chunk)` for every chunk of ids."""
    connection = db.session.connection()  # Core statements: no ORM result processing
    for chunk in chunks(ids):
        yield from connection.execute(statement_for(chunk)).all()
