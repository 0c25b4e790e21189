"""Likely duplicates: the curators' queue (stored pairs, see pairs.py), dismissals, and the check of a
listing that is not saved yet.

Only listings that share a blocking key are ever compared, and keys shared by more than BLOCK_LIMIT
listings are ignored (a value that common, like a big university's email domain, says nothing about
duplication), so the work grows with the number of real candidates, not with the square of the registry."""
import math
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import and_, exists, func, or_, select

from ...auth.policy import can_view_organisation, is_curator
from ...errors import Conflict, Invalid, NotAllowed, NotFound
from ...extensions import db
from ...models import (
    AuditEvent,
    DuplicateKey,
    DuplicatePair,
    Organisation,
    OrganisationDismissal,
    Person,
    PersonDismissal,
    Province,
    RecordType,
    Status,
)
from ...pagination import Page
from .evidence import OrganisationProfile, confidence, organisation_evidence
from .keys import organisation_keys, organisation_profiles, person_profiles
from .pairs import BLOCK_LIMIT, evidence_of

WARN_CONFIDENCE = 0.5  # the create form warns from here (a shared email domain alone does not)
CHECK_LIMIT = 10
MODELS = {RecordType.ORGANISATION: (Organisation, OrganisationDismissal, organisation_profiles),
          RecordType.PERSON: (Person, PersonDismissal, person_profiles)}


@dataclass
class LikelyPair:
    """Two listings that look like one, why, and how sure we are."""

    record_type: str
    first: object
    second: object
    evidence: list
    confidence: float

    @property
    def strong(self):
        return any(item.strong for item in self.evidence)


def require_record_type(value):
    if value not in RecordType.ALL:
        raise Invalid(_("Kind must be one of: %(values)s.", values=", ".join(RecordType.ALL)), "kind")
    return value


def _queue(record_type):
    """The stored pairs of this type that no curator dismissed, most likely first."""
    dismissal = MODELS[record_type][1]
    pair = DuplicatePair
    dismissed = exists(select(dismissal.id).where(or_(
        and_(dismissal.first_id == pair.first_id, dismissal.second_id == pair.second_id),
        and_(dismissal.first_id == pair.second_id, dismissal.second_id == pair.first_id))))
    return select(pair).where(pair.record_type == record_type, ~dismissed)


def _likely(record_type, rows):
    """LikelyPair objects for stored rows, with the listings' profiles loaded in one go."""
    load = MODELS[record_type][2]
    profiles = load(db.session.connection(), {i for row in rows for i in (row.first_id, row.second_id)})
    return [LikelyPair(record_type, profiles[row.first_id], profiles[row.second_id], evidence_of(row),
                       row.confidence)
            for row in rows if row.first_id in profiles and row.second_id in profiles]


def duplicate_pairs(record_type):
    """Every likely duplicate pair of this record type, most likely first."""
    statement = _queue(record_type).order_by(DuplicatePair.confidence.desc(), DuplicatePair.first_id,
                                             DuplicatePair.second_id)
    return _likely(record_type, db.session.scalars(statement).all())


def duplicate_page(record_type, page, per_page):
    """One page of the queue; a page past the end is NotFound."""
    total = pair_count(record_type)
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise NotFound(_("There is no page %(page)s; the last page is %(pages)s.", page=page, pages=pages))
    statement = (_queue(record_type).order_by(DuplicatePair.confidence.desc(), DuplicatePair.first_id,
                                              DuplicatePair.second_id)
                 .limit(per_page).offset((page - 1) * per_page))
    items = _likely(record_type, db.session.scalars(statement).all())
    return Page(items=items, total=total, page=page, per_page=per_page)


def pair_count(record_type=None):
    """How many pairs wait in the queue: for one record type, or {type: count} for all."""
    if record_type is None:
        return {t: pair_count(t) for t in RecordType.ALL}
    return db.session.scalar(select(func.count()).select_from(_queue(record_type).subquery()))


def find_listing(record_type, slug, field):
    """The organisation or person with this slug (curators see every status)."""
    model = MODELS[require_record_type(record_type)][0]
    record = db.session.scalar(select(model).filter_by(slug=slug)) if isinstance(slug, str) and slug else None
    if record is None:
        raise Invalid(_("No listing has the address '%(slug)s'.", slug=slug if isinstance(slug, str) else ""), field)
    return record


def dismiss_pair(actor, record_type, first, second):
    """Record that two listings are not duplicates, so the pair is never proposed again. Flushes."""
    if not is_curator(actor):
        raise NotAllowed(_("Only curators decide about duplicates."))
    model = MODELS[require_record_type(record_type)][1]
    if first.id == second.id:
        raise Invalid(_("Choose two different listings."), "second")
    low, high = sorted((first.id, second.id))
    existing = db.session.scalar(select(model).where(or_(and_(model.first_id == low, model.second_id == high),
                                                         and_(model.first_id == high, model.second_id == low))))
    if existing is not None:
        raise Conflict(_("These two listings are already marked as different."))
    dismissal = model(first_id=low, second_id=high, dismissed_by_id=getattr(actor, "id", None))
    db.session.add(dismissal)
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action="duplicate-dismissed",
                              target_type=record_type, target_id=low,
                              details={"other_id": high, "slugs": sorted((first.slug, second.slug))}))
    db.session.flush()
    return dismissal


def draft_profile(data):
    """The profile of an organisation not saved yet, from cleaned service input (province is a code)."""
    province_id = None
    if data.get("province"):
        province_id = db.session.scalar(select(Province.id).filter_by(code=data["province"]))
    return OrganisationProfile(name=data.get("name") or "", name_en=data.get("name_en"), website=data.get("website"),
                               email=data.get("email"), tax_code=data.get("tax_code"), province_id=province_id)


def likely_duplicates(user, data, strong_only=False):
    """Existing organisations the listing described by `data` may duplicate, visible to `user`, best first.

    `strong_only` keeps the pairs with strong evidence (same tax code, name or website)."""
    profile = draft_profile(data)
    keys = organisation_keys(profile)
    if not keys:
        return []
    ids = set(db.session.scalars(
        select(DuplicateKey.record_id).distinct()
        .where(DuplicateKey.record_type == RecordType.ORGANISATION, DuplicateKey.key.in_(sorted(keys)))
        .limit(BLOCK_LIMIT * 4)))
    profiles = organisation_profiles(db.session.connection(), ids)
    found = []
    for other in profiles.values():
        evidence = organisation_evidence(profile, other)
        pair = LikelyPair(RecordType.ORGANISATION, profile, other, evidence, confidence(evidence))
        if evidence and other.status != Status.ARCHIVED and (pair.strong if strong_only else
                                                             pair.confidence >= WARN_CONFIDENCE):
            found.append(pair)
    found.sort(key=lambda pair: (-pair.confidence, pair.second.id))
    visible = []
    for pair in found:
        org = db.session.get(Organisation, pair.second.id)
        if can_view_organisation(user, org):
            visible.append(pair)
        if len(visible) == CHECK_LIMIT:
            break
    return visible
