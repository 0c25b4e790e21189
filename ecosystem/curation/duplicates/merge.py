"""Merging two listings into one: the curator picks, field by field, which value survives; everything that
referenced the loser moves to the survivor; the loser is deleted and its address redirects. Flushes only."""
from datetime import date, datetime

from flask_babel import gettext as _
from sqlalchemy import and_, delete, exists, select

from ...auth.policy import is_curator
from ...errors import Conflict, Invalid, NotAllowed
from ...extensions import db
from ...models import (
    Affiliation,
    AuditEvent,
    RecordType,
    RevisionAction,
    SlugRedirect,
    utcnow,
)
from ...search.documents import ORGANISATION, PERSON, key_for
from ...text import fold
from ..revisions.capture import record_revision
from ..revisions.fields import difference, snapshot
from .pairs import refresh
from .references import move_polymorphic, move_references
from .reindexing import affiliated_people, keys_showing, queue_reindex

SURVIVOR, LOSER = "survivor", "loser"
# Each choosable field and the columns that go with it (a ward only makes sense with its province).
ORGANISATION_FIELDS = {
    "name": ("name",), "name_en": ("name_en",), "short_name": ("short_name",), "description": ("description",),
    "description_en": ("description_en",), "website": ("website",), "email": ("email",), "phone": ("phone",),
    "address": ("address",), "province": ("province_id", "ward_id"), "zone": ("zone_id",),
    "parent": ("parent_id",), "founded_year": ("founded_year",), "employee_count": ("employee_count",),
    "tax_code": ("tax_code",), "logo": ("logo",), "status": ("status", "status_reason", "verified_at"),
}
PERSON_FIELDS = {
    "full_name": ("full_name",), "honorific": ("honorific",), "kind": ("kind",), "position": ("position",),
    "position_en": ("position_en",), "bio": ("bio",), "bio_en": ("bio_en",), "expertise": ("expertise",),
    "email": ("email", "show_email"), "phone": ("phone", "show_phone"), "website": ("website",),
    "orcid": ("orcid",), "publications_count": ("publications_count",), "patents_count": ("patents_count",),
    "province": ("province_id",), "owner": ("owner_id",), "status": ("status", "status_reason", "verified_at"),
}
FIELDS = {RecordType.ORGANISATION: ORGANISATION_FIELDS, RecordType.PERSON: PERSON_FIELDS}
TABLES = {RecordType.ORGANISATION: "organisations", RecordType.PERSON: "people"}


def clean_choices(record_type, choices):
    """{field: "survivor"|"loser"} for every field (unnamed ones keep the survivor's value)."""
    if choices is None:
        choices = {}
    if not isinstance(choices, dict):
        raise Invalid(_("Send the field choices as an object of field names to \"survivor\" or \"loser\"."),
                      "fields")
    fields = FIELDS[record_type]
    unknown = sorted(str(name) for name in choices if name not in fields)
    if unknown:
        raise Invalid(_("Unknown fields: %(fields)s. Choose from: %(known)s.", fields=", ".join(unknown),
                        known=", ".join(fields)), "fields")
    wrong = sorted(name for name, side in choices.items() if side not in (SURVIVOR, LOSER))
    if wrong:
        raise Invalid(_("Each field takes \"survivor\" or \"loser\"; check: %(fields)s.", fields=", ".join(wrong)),
                      "fields")
    return {name: choices.get(name, SURVIVOR) for name in fields}


def default_choices(record_type, survivor, loser):
    """The loser's value where the survivor has none, the survivor's everywhere else (what the page preselects)."""
    chosen = {}
    for name, columns in FIELDS[record_type].items():
        empty = all(getattr(survivor, c) in (None, "") for c in columns)
        has = any(getattr(loser, c) not in (None, "") for c in columns)
        chosen[name] = LOSER if empty and has else SURVIVOR
    return chosen


def _json_safe(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def _check(actor, record_type, survivor, loser, versions):
    if not is_curator(actor):
        raise NotAllowed(_("Only curators merge listings."))
    if survivor.id == loser.id:
        raise Invalid(_("A listing cannot be merged with itself."), "loser")
    for record, expected in zip((survivor, loser), versions):
        if expected is not None and (isinstance(expected, bool) or str(expected) != str(record.version)):
            raise Conflict(_("One of the listings changed after you opened the merge page. Review it again."))


def _dedupe_affiliations(column, survivor_id):
    """The same person at the same organisation in the same role twice: keep the oldest row."""
    other = Affiliation.__table__.alias("other")
    table = Affiliation.__table__
    same = and_(other.c.person_id == table.c.person_id, other.c.organisation_id == table.c.organisation_id,
                other.c.role.is_not_distinct_from(table.c.role), other.c.id < table.c.id)
    return db.session.execute(delete(table).where(table.c[column] == survivor_id,
                                                  exists(select(other.c.id).where(same)))).rowcount


def _apply_values(record_type, survivor, values):
    for column, value in values.items():
        setattr(survivor, column, value)
    if record_type == RecordType.ORGANISATION:
        for column in ("zone_id", "parent_id"):  # never its own zone or parent
            if getattr(survivor, column) == survivor.id:
                setattr(survivor, column, None)
        survivor.name_folded = fold(" ".join(filter(None, [survivor.name, survivor.name_en,
                                                           survivor.short_name])))[:500]
    else:
        survivor.name_folded = fold(survivor.full_name)[:300]
    survivor.updated_at = utcnow()


def _merge(record_type, actor, survivor, loser, choices, versions):
    _check(actor, record_type, survivor, loser, versions)
    chosen = clean_choices(record_type, choices)
    fields = FIELDS[record_type]
    values = {c: getattr(loser, c) for name, side in chosen.items() if side == LOSER for c in fields[name]}
    gone = {"id": loser.id, "slug": loser.slug, "name": getattr(loser, "name", None) or loser.full_name,
            "values": {c: _json_safe(getattr(loser, c)) for columns in fields.values() for c in columns}}
    before = snapshot(survivor)
    people = affiliated_people(record_type, loser.id)  # their duplicate pairs are judged again below
    showing = keys_showing(record_type, loser.id)  # before the move: afterwards nothing points at the loser
    db.session.flush()
    moved = move_references(TABLES[record_type], loser.id, survivor.id)
    moved.update(move_polymorphic(record_type, loser.id, survivor.id))
    column = "organisation_id" if record_type == RecordType.ORGANISATION else "person_id"
    duplicates = _dedupe_affiliations(column, survivor.id)
    if duplicates:
        moved["affiliations:dropped"] = moved.get("affiliations:dropped", 0) + duplicates
    db.session.expire_all()  # the SQL above changed rows the session may hold
    _apply_values(record_type, survivor, values)
    db.session.delete(loser)
    db.session.add(SlugRedirect(record_type=record_type, old_slug=gone["slug"], **{column: survivor.id}))
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action="merged", target_type=record_type,
                              target_id=survivor.id, details={"loser": gone, "fields": chosen, "moved": moved}))
    db.session.flush()
    refresh(db.session.connection(), RecordType.PERSON, people)
    refresh(db.session.connection(), record_type, {survivor.id})  # even when none of its judged fields changed
    kind = ORGANISATION if record_type == RecordType.ORGANISATION else PERSON
    queue_reindex(showing | {key_for(kind, survivor.id)})
    record_revision(actor, survivor, RevisionAction.MERGED, difference(before, snapshot(survivor)))
    db.session.flush()
    return moved


def merge_organisations(actor, survivor, loser, choices=None, survivor_version=None, loser_version=None):
    """Merge organisation `loser` into `survivor`; returns the moved-row counts. Curators only."""
    return _merge(RecordType.ORGANISATION, actor, survivor, loser, choices, (survivor_version, loser_version))


def merge_people(actor, survivor, loser, choices=None, survivor_version=None, loser_version=None):
    """Merge person `loser` into `survivor`; returns the moved-row counts. Curators only."""
    return _merge(RecordType.PERSON, actor, survivor, loser, choices, (survivor_version, loser_version))
