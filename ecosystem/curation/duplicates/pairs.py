"""The stored queue: likely duplicate pairs with their evidence, kept current as listings change.

When a flush changes listings, their keys are recomputed, then their pairs: every listing sharing one of
their keys (in blocks of at most BLOCK_LIMIT listings) is judged against them, and the pairs with enough
evidence are stored. The queue is then one indexed query, however large the registry."""
from itertools import combinations, groupby

from sqlalchemy import delete, func, or_, select

from ...models import DuplicateKey, DuplicatePair, RecordType, Status
from .evidence import Evidence, confidence, organisation_evidence, person_evidence
from .keys import organisation_profiles, person_profiles, refresh_keys

BLOCK_LIMIT = 30        # a key shared by more listings than this (a big university's domain) is no evidence
FUZZY_BLOCK_LIMIT = 12  # name-prefix blocks ("f:" keys) are noisier: fewer listings per block
MIN_CONFIDENCE = 0.4    # pairs at least this likely are stored
_CHUNK = 500
JUDGES = {RecordType.ORGANISATION: (organisation_profiles, organisation_evidence),
          RecordType.PERSON: (person_profiles, person_evidence)}


def _limit(key):
    return FUZZY_BLOCK_LIMIT if key.startswith("f:") else BLOCK_LIMIT


def _chunks(values):
    values = sorted(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _blocks(connection, record_type, keys):
    """{key: [record ids]} for these keys, without the blocks too large to mean anything.

    Block sizes are counted first in the database, so a key shared by thousands of listings (a common
    name prefix in a big province) costs an index count, not thousands of rows read on every refresh."""
    table = DuplicateKey.__table__
    blocks = {}
    for chunk in _chunks(keys):
        sizes = connection.execute(select(table.c.key, func.count()).where(
            table.c.record_type == record_type, table.c.key.in_(chunk)).group_by(table.c.key))
        small = sorted(key for key, size in sizes if 1 < size <= _limit(key))
        if not small:
            continue
        rows = connection.execute(select(table.c.key, table.c.record_id)
                                  .where(table.c.record_type == record_type, table.c.key.in_(small))
                                  .order_by(table.c.key))
        for key, group in groupby(rows, key=lambda row: row[0]):
            blocks.setdefault(key, set()).update(row[1] for row in group)
    return {key: sorted(ids) for key, ids in blocks.items() if 1 < len(ids) <= _limit(key)}


def _judged_rows(connection, record_type, pairs):
    """Rows for `duplicate_pairs` from (low id, high id) candidates that have enough evidence."""
    load, judge = JUDGES[record_type]
    profiles = load(connection, {i for pair in pairs for i in pair})
    rows = []
    for low, high in sorted(pairs):
        first, second = profiles.get(low), profiles.get(high)
        if first is None or second is None or Status.ARCHIVED in (first.status, second.status):
            continue
        evidence = judge(first, second)
        score = confidence(evidence)
        if evidence and score >= MIN_CONFIDENCE:
            rows.append({"record_type": record_type, "first_id": low, "second_id": high, "confidence": score,
                         "strong": any(item.strong for item in evidence),
                         "evidence": [vars(item) for item in evidence]})
    return rows


def _insert(connection, rows):
    for start in range(0, len(rows), 1000):
        connection.execute(DuplicatePair.__table__.insert(), rows[start:start + 1000])


def refresh_pairs(connection, record_type, ids):
    """Recompute the stored pairs of these listings (a listing that is gone loses its pairs)."""
    table, keys_table = DuplicatePair.__table__, DuplicateKey.__table__
    ids = set(ids)
    for chunk in _chunks(ids):
        connection.execute(delete(table).where(table.c.record_type == record_type,
                                               or_(table.c.first_id.in_(chunk), table.c.second_id.in_(chunk))))
    keys = set()
    for chunk in _chunks(ids):
        keys.update(connection.execute(select(keys_table.c.key).where(
            keys_table.c.record_type == record_type, keys_table.c.record_id.in_(chunk))).scalars())
    pairs = set()
    for members in _blocks(connection, record_type, keys).values():
        pairs.update((a, b) for a, b in combinations(members, 2) if a in ids or b in ids)
    _insert(connection, _judged_rows(connection, record_type, pairs))


def refresh(connection, record_type, ids):
    """Keys, then pairs, of these listings."""
    if ids:
        refresh_keys(connection, record_type, ids)
        refresh_pairs(connection, record_type, ids)


def rebuild_pairs(connection, record_type):
    """Recompute every pair of one record type from the keys in one pass; returns how many were stored."""
    table = DuplicateKey.__table__
    connection.execute(delete(DuplicatePair.__table__).where(DuplicatePair.__table__.c.record_type == record_type))
    rows = connection.execute(select(table.c.key, table.c.record_id).where(table.c.record_type == record_type)
                              .order_by(table.c.key))
    pairs = set()
    for key, group in groupby(rows, key=lambda row: row[0]):
        members = sorted({row[1] for row in group})
        if 1 < len(members) <= _limit(key):
            pairs.update(combinations(members, 2))
    judged = _judged_rows(connection, record_type, pairs)
    _insert(connection, judged)
    return len(judged)


def evidence_of(row):
    """The Evidence objects of a stored pair."""
    return [Evidence(**item) for item in row.evidence or []]
