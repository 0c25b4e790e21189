"""What the queue and the merge page show: pair rows, the suggested survivor, and the side-by-side values."""
from sqlalchemy import func, select

from ...extensions import db
from ...models import Organisation, Person, Status, User
from ...registry.labels import KIND_LABELS, PERSON_KIND_LABELS, STATUS_LABELS, label
from .detection import MODELS
from .merge import FIELDS, TABLES
from .references import referencing_columns

PREVIEW_LENGTH = 160


def suggested_order(first, second):
    """(survivor, loser): the verified listing survives, else the older one."""
    if (second.status == Status.VERIFIED) and first.status != Status.VERIFIED:
        return second, first
    return first, second


def _name_of(model, record_id):
    if record_id is None:
        return ""
    record = db.session.get(model, record_id)
    return "" if record is None else (getattr(record, "name", None) or record.full_name)


def _display(record, name, columns):
    """A field's value as the curator reads it."""
    if name == "province":
        parts = [record.province.name_vi if record.province else ""]
        if isinstance(record, Organisation) and record.ward is not None:
            parts.append(record.ward.name_vi)
        return ", ".join(p for p in parts if p)
    if name in ("zone", "parent"):
        return _name_of(Organisation, getattr(record, columns[0]))
    if name == "owner":
        user = db.session.get(User, record.owner_id) if record.owner_id else None
        return user.email if user else ""
    if name == "status":
        return str(label(STATUS_LABELS, record.status))
    if name == "kind":
        return str(label(PERSON_KIND_LABELS if isinstance(record, Person) else KIND_LABELS, record.kind))
    value = getattr(record, columns[0])
    if value in (None, ""):
        return ""
    text = str(value)
    return text if len(text) <= PREVIEW_LENGTH else text[:PREVIEW_LENGTH].rstrip() + "…"


def merge_rows(record_type, survivor, loser, chosen):
    """[(field, survivor value, loser value, chosen side)] for the side-by-side page."""
    return [(name, _display(survivor, name, columns), _display(loser, name, columns), chosen[name])
            for name, columns in FIELDS[record_type].items()]


def reference_counts(record_type, record_id):
    """{table: rows} that reference the listing and would move with a merge."""
    counts = {}
    for table, column in referencing_columns(TABLES[record_type]):
        n = db.session.scalar(select(func.count()).select_from(table).where(column == record_id))
        if n:
            counts[table.name] = counts.get(table.name, 0) + n
    return counts


def records_of(pairs):
    """{(record_type, id): record} for every listing in a page of pairs (one query per type)."""
    wanted = {}
    for pair in pairs:
        wanted.setdefault(pair.record_type, set()).update({pair.first.id, pair.second.id})
    records = {}
    for record_type, ids in wanted.items():
        model = MODELS[record_type][0]
        for record in db.session.scalars(select(model).where(model.id.in_(ids))):
            records[(record_type, record.id)] = record
    return records
