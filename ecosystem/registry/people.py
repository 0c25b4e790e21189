"""Operations on people profiles and their affiliations. They flush, never commit."""
from flask_babel import gettext as _

from ..auth.policy import can_edit_person, can_verify_person, is_curator
from ..errors import Conflict, Invalid, NotAllowed, NotFound
from ..extensions import db
from ..models import Affiliation, AuditEvent, Person, PersonKind, Province, Sector, Status, StrategicTechnology, utcnow
from ..text import fold, slugify
from . import schema as s
from .organisations import find_by_slug
from .taxonomy import term_by_code, terms_by_codes

PERSON_RULES = {
    "full_name": s.Line(120, required=True), "kind": s.Choice(PersonKind.ALL), "honorific": s.Line(40),
    "position": s.Line(200), "position_en": s.Line(200), "bio": s.Markdown(10000), "bio_en": s.Markdown(10000),
    "expertise": s.Line(500), "email": s.Email(), "phone": s.Phone(), "website": s.Url(), "orcid": s.Orcid(),
    "show_email": s.Flag(), "show_phone": s.Flag(), "publications_count": s.Number(0, 100000),
    "patents_count": s.Number(0, 10000), "province": s.Line(64), "technologies": s.ListOf(64),
    "sectors": s.ListOf(64),
}
_SCALARS = ("full_name", "honorific", "position", "position_en", "bio", "bio_en", "expertise", "email", "phone",
            "website", "orcid", "show_email", "show_phone", "publications_count", "patents_count")


def unique_person_slug(base, exclude_id=None):
    candidate, n = base, 1
    while True:
        found = db.session.scalar(db.select(Person.id).filter_by(slug=candidate))
        if found is None or found == exclude_id:
            return candidate
        n += 1
        candidate = f"{base[:84]}-{n}"


def _apply(person, data):
    """Set fields from cleaned input; lookups must not flush the half-built row."""
    with db.session.no_autoflush:
        _apply_fields(person, data)


def _apply_fields(person, data):
    for name in _SCALARS:
        if name in data:
            value = data[name]
            setattr(person, name, "" if value is None and name == "bio" else value)
    if data.get("kind"):
        person.kind = data["kind"]
    if "province" in data:
        person.province = term_by_code(Province, data["province"], "province")
    if "technologies" in data:
        person.technologies = terms_by_codes(StrategicTechnology, data["technologies"], "technologies")
    if "sectors" in data:
        person.sectors = terms_by_codes(Sector, data["sectors"], "sectors")
    person.name_folded = fold(person.full_name)[:300]
    if not person.slug:
        person.slug = unique_person_slug(slugify(person.full_name))


def _audit(actor, action, person, flush=True, **details):
    """Add an audit event; `flush=False` (bulk writers) inserts its row directly instead."""
    values = {"actor_id": getattr(actor, "id", None), "action": action, "target_type": "person",
              "target_id": person.id, "details": details}
    if flush:
        db.session.add(AuditEvent(**values))
    else:
        db.session.connection().execute(AuditEvent.__table__.insert(), [{**values, "created_at": utcnow()}])


def create_person(actor, data, status=Status.PENDING, is_sample=False, flush=True):
    """A new profile managed by `actor`, waiting for a curator. `flush=False` (bulk writers): one flush,
    for the id, then the audit event and the creation revision are inserted directly."""
    cleaned = s.clean_input(PERSON_RULES, data)
    person = Person(status=status, is_sample=is_sample, owner_id=getattr(actor, "id", None))
    db.session.add(person)
    _apply(person, cleaned)
    if status == Status.VERIFIED:
        person.verified_at = utcnow()
    db.session.flush()
    _audit(actor, "created", person, flush=flush, status=status)
    if _revisions().record_creation(actor, person, flush=flush) is None and flush:
        db.session.flush()
    return person


def update_person(actor, person, data, expected_version=None):
    if not can_edit_person(actor, person):
        raise NotAllowed(_("You cannot edit this profile."))
    if expected_version is not None and int(expected_version) != person.version:
        raise Conflict(_("Someone else saved this profile after you opened it. Review their changes and try again."))
    cleaned = s.clean_input(PERSON_RULES, data, partial=True)
    revisions = _revisions()
    before = revisions.snapshot(person)
    # Important fields of a verified profile wait for a curator; the rest publish at once.
    held = revisions.held_changes(actor, person, cleaned, before)
    _apply(person, {name: value for name, value in cleaned.items() if name not in held})
    if person.status == Status.REJECTED:
        person.status, person.status_reason = Status.PENDING, None
    person.updated_at = utcnow()
    if person.owner_id is not None and person.owner_id == getattr(actor, "id", None):
        person.confirmed_at = person.updated_at  # the owner's edit confirms the profile is current
    _audit(actor, "updated", person, fields=sorted(cleaned))
    db.session.flush()
    revisions.record_update(actor, person, before, held)
    return person


def apply_person_changes(actor, person, data):
    """Apply reviewed values (a curator's approval or revert) without the review hold; the caller
    records the revision. Curators only."""
    if not is_curator(actor):
        raise NotAllowed(_("Only curators can do this."))
    _apply(person, s.clean_input(PERSON_RULES, data, partial=True))
    person.updated_at = utcnow()
    db.session.flush()
    return person


def _revisions():
    """The revisions package builds on the registry, so it is imported when first used, not at import."""
    from ..curation.revisions import capture
    return capture


def add_affiliation(actor, person, organisation_slug, role=None, is_current=True):
    """Link a person to a public organisation."""
    if not can_edit_person(actor, person):
        raise NotAllowed(_("You cannot edit this profile."))
    org = find_by_slug(organisation_slug, "organisation")
    if org is None:
        raise Invalid(_("Choose an organisation."), "organisation")
    role = s.Line(200).clean(role)
    if any(a.organisation_id == org.id and a.role == role for a in person.affiliations):
        raise Conflict(_("This affiliation is already listed."), "organisation")
    affiliation = Affiliation(person=person, organisation=org, role=role, is_current=bool(is_current))
    db.session.add(affiliation)
    db.session.flush()
    return affiliation


def remove_affiliation(actor, person, affiliation_id):
    if not can_edit_person(actor, person):
        raise NotAllowed(_("You cannot edit this profile."))
    affiliation = db.session.get(Affiliation, affiliation_id)
    if affiliation is None or affiliation.person_id != person.id:
        raise NotFound(_("No such affiliation on this profile."))
    db.session.delete(affiliation)
    db.session.flush()


def verify_person(actor, person):
    if not can_verify_person(actor, person):
        raise NotAllowed(_("You cannot verify this profile (curators only, never their own)."))
    if person.status == Status.VERIFIED:
        raise Conflict(_("This profile is already verified."))
    person.status, person.status_reason, person.verified_at = Status.VERIFIED, None, utcnow()
    _audit(actor, "verified", person)
    db.session.flush()


def reject_person(actor, person, reason):
    if not can_verify_person(actor, person):
        raise NotAllowed(_("You cannot reject this profile (curators only, never their own)."))
    reason = s.rejection_reason(reason)
    person.status, person.status_reason = Status.REJECTED, reason
    _audit(actor, "rejected", person, reason=reason)
    db.session.flush()
