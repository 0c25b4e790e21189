"""Labs and their equipment: create, update, verify, reject, archive; add, change, remove instruments.

They flush, never commit. A lab is hosted by a university or institute and may sit in a high-tech zone.
The host's members, the lab's manager account and curators manage it (`can_manage_lab`); new labs wait
for a curator, who never verifies a lab they manage."""
from flask_babel import gettext as _

from ..auth.policy import can_create_lab, can_manage_lab, can_verify_lab
from ..errors import Conflict, Invalid, NotAllowed
from ..exchange.services import unique_listing_slug
from ..extensions import db
from ..models import (
    AuditEvent,
    Equipment,
    Kind,
    Lab,
    Membership,
    Person,
    Sector,
    Status,
    StrategicTechnology,
    utcnow,
)
from ..registry import lifecycle
from ..registry import schema as s
from ..registry.organisations import find_by_slug
from ..registry.taxonomy import terms_by_codes
from ..text import fold, slugify
from . import messages
from .rules import EQUIPMENT_DEFAULTS, EQUIPMENT_RULES, EQUIPMENT_SCALARS, LAB_RULES, LAB_SCALARS

CLOSED = (Status.ARCHIVED, Status.REJECTED)
# Paths under /labs/ and /equipment/ that are pages, never a lab's or an instrument's address.
RESERVED_SLUGS = {"new", "report", "similar", "requests", "bookings", "calendar"}


def _unique_slug(model, name):
    base = slugify(name)
    return unique_listing_slug(model, f"{base}-{model.kind}" if base in RESERVED_SLUGS else base)


def _audit(actor, action, record, **details):
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action=action, target_type=record.kind,
                              target_id=record.id, details=details))


def _check_version(record, expected_version):
    if expected_version is not None and int(expected_version) != record.version:
        raise Conflict(_("Someone else saved this listing after you opened it. Review their changes and try again."))


def _check_host(actor, host):
    if host is None:
        raise Invalid(_("Choose the university or institute that hosts the lab."), "host")
    if host.kind not in Kind.ACADEMIC:
        raise Invalid(_("Labs are hosted by a university or a research institute."), "host")
    if host.status in CLOSED:
        raise Invalid(_("The host's own listing is archived or rejected; fix it first."), "host")
    if not can_create_lab(actor, host):
        raise NotAllowed(_("You can add labs only to universities and institutes you manage."))


def _manager_user_id(host, user_id):
    """The account answering access requests must be a member of the host organisation."""
    if user_id is None:
        return None
    member = db.session.scalar(db.select(Membership.user_id).filter_by(organisation_id=host.id, user_id=user_id))
    if member is None:
        raise Invalid(_("The lab's manager must be a member of the host organisation."), "manager_user_id")
    return user_id


def _manager_person(slug):
    if not slug:
        return None
    person = db.session.scalar(db.select(Person).filter_by(slug=slug))
    if person is None or person.status in CLOSED:
        raise Invalid(_("No researcher profile has the address '%(slug)s'.", slug=slug), "manager_person")
    return person


def _apply_lab(lab, host, data):
    """Set a lab's fields from cleaned input; lookups must not flush the half-built row."""
    with db.session.no_autoflush:
        for name in LAB_SCALARS:
            if name in data:
                setattr(lab, name, "" if data[name] is None and name == "description" else data[name])
        if "zone" in data:
            lab.zone = find_by_slug(data["zone"], "zone", kind=Kind.ZONE)
        if "technologies" in data:
            lab.technologies = terms_by_codes(StrategicTechnology, data["technologies"], "technologies")
        if "sectors" in data:
            lab.sectors = terms_by_codes(Sector, data["sectors"], "sectors")
        if "manager_person" in data:
            lab.manager_person = _manager_person(data["manager_person"])
        if "manager_user_id" in data:
            lab.manager_user_id = _manager_user_id(host, data["manager_user_id"])
        lab.name_folded = fold(" ".join(filter(None, [lab.name, lab.name_en])))[:400]
        if not lab.slug:
            lab.slug = _unique_slug(Lab, lab.name)


def create_lab(actor, host, data, status=Status.PENDING, is_sample=False):
    """A new lab of a university or institute the actor manages, waiting for a curator (status pending)."""
    _check_host(actor, host)
    cleaned = s.clean_input(LAB_RULES, data)
    lab = Lab(status=status, is_sample=is_sample, created_by_id=getattr(actor, "id", None))
    _apply_lab(lab, host, cleaned)
    lab.organisation = host  # only now does the lab join the session: bad input leaves nothing behind
    db.session.add(lab)
    if status == Status.VERIFIED:
        lab.verified_at = utcnow()
    db.session.flush()
    _audit(actor, "created", lab, status=status)
    db.session.flush()
    return lab


def update_lab(actor, lab, data, expected_version=None):
    """Change a lab. A stale `expected_version` is a Conflict, never a silent overwrite."""
    if not can_manage_lab(actor, lab):
        raise NotAllowed(_("You cannot edit this lab."))
    _check_version(lab, expected_version)
    cleaned = s.clean_input(LAB_RULES, data, partial=True)
    _apply_lab(lab, lab.organisation, cleaned)
    if lab.status == Status.REJECTED:
        lab.status, lab.status_reason = Status.PENDING, None
    lab.updated_at = utcnow()
    _audit(actor, "updated", lab, fields=sorted(cleaned))
    db.session.flush()
    return lab


def verify_lab(actor, lab):
    """A curator makes a lab public (never one they manage; the host must be public)."""
    return lifecycle.verify_listing(
        actor, lab, can_verify_lab(actor, lab),
        refusal=_("You cannot verify this lab (curators only, never a lab they manage)."),
        already=_("This lab is already verified."),
        blockers=[(lambda: lab.organisation.status != Status.VERIFIED,
                   _("Verify the host organisation first: a lab of an unpublished host cannot be public."))],
        notify=lambda: messages.NOTICES.verified(lab))


def reject_lab(actor, lab, reason):
    """A curator returns a lab to its managers with a reason."""
    return lifecycle.reject_listing(
        actor, lab, reason, can_verify_lab(actor, lab),
        refusal=_("You cannot reject this lab (curators only, never a lab they manage)."),
        notify=lambda cleaned: messages.NOTICES.rejected(lab, cleaned))


def archive_lab(actor, lab):
    """Withdraw a lab: its managers or a curator. It and its equipment leave every public page."""
    return lifecycle.archive_listing(actor, lab, can_manage_lab(actor, lab),
                                     refusal=_("You cannot archive this lab."),
                                     already=_("This lab is already archived."))


def _apply_equipment(equipment, data):
    with db.session.no_autoflush:
        for name in EQUIPMENT_SCALARS:
            if name in data:
                setattr(equipment, name, "" if data[name] is None and name == "description" else data[name])
        if "category" in data:
            equipment.category = data["category"] or EQUIPMENT_DEFAULTS["category"]
        equipment.name_folded = fold(" ".join(filter(None, [equipment.name, equipment.name_en])))[:400]
        equipment.maker_folded = fold(equipment.maker or "").strip()[:120]
        equipment.model_folded = fold(equipment.model or "").strip()[:120]
        if not equipment.slug:
            equipment.slug = _unique_slug(Equipment, equipment.name)


def add_equipment(actor, lab, data):
    """A new instrument in a lab the actor manages; it is public as soon as its lab is."""
    if not can_manage_lab(actor, lab):
        raise NotAllowed(_("You cannot add equipment to this lab."))
    if lab.status == Status.ARCHIVED:
        raise Invalid(_("This lab is archived; equipment cannot be added to it."), "lab")
    cleaned = s.clean_input(EQUIPMENT_RULES, {**EQUIPMENT_DEFAULTS, **data})
    equipment = Equipment(created_by_id=getattr(actor, "id", None))
    _apply_equipment(equipment, cleaned)
    equipment.lab = lab
    db.session.add(equipment)
    db.session.flush()
    _audit(actor, "created", equipment, lab=lab.slug)
    db.session.flush()
    return equipment


def update_equipment(actor, equipment, data, expected_version=None):
    """Change an instrument. A stale `expected_version` is a Conflict."""
    if not can_manage_lab(actor, equipment.lab):
        raise NotAllowed(_("You cannot edit this equipment."))
    _check_version(equipment, expected_version)
    cleaned = s.clean_input(EQUIPMENT_RULES, data, partial=True)
    _apply_equipment(equipment, cleaned)
    equipment.updated_at = utcnow()
    _audit(actor, "updated", equipment, fields=sorted(cleaned))
    db.session.flush()
    return equipment


def remove_equipment(actor, equipment):
    """Delete an instrument from its lab (its bookings go with it)."""
    if not can_manage_lab(actor, equipment.lab):
        raise NotAllowed(_("You cannot remove this equipment."))
    _audit(actor, "deleted", equipment, lab=equipment.lab.slug, name=equipment.name)
    lab = equipment.lab
    lab.equipment.remove(equipment)
    db.session.delete(equipment)
    db.session.flush()
    return lab
