"""Partnerships: create, update, add and remove partners, verify, reject, archive. They flush, never commit.

Curators start partnerships among any public organisations (verified at once unless they manage a partner);
a member of a verified organisation starts one that includes that organisation, and it waits for a curator.
The managers of any verified partner edit the partnership and its partners."""
from flask_babel import gettext as _

from ...auth.policy import (
    can_create_partnership,
    can_edit_partnership,
    can_verify_partnership,
    is_curator,
    membership_of,
)
from ...errors import Conflict, Invalid, NotAllowed
from ...exchange.services import unique_listing_slug
from ...extensions import db
from ...models import (
    AuditEvent,
    Kind,
    Organisation,
    Partnership,
    PartnershipPartner,
    Programme,
    Sector,
    Status,
    StrategicTechnology,
    utcnow,
)
from ...registry import lifecycle
from ...registry import schema as s
from ...registry.labels import KIND_LABELS, label
from ...registry.taxonomy import tags_for, terms_by_codes
from ...text import fold, slugify
from . import messages
from .labels import ROLE_LABELS
from .rules import PARTNER_RULES, PARTNERSHIP_RULES, PARTNERSHIP_SCALARS, ROLE_KINDS


def is_complete(partnership):
    """True when the state, the school and the investor are all present."""
    return not partnership.missing_roles


def role_fits(organisation, role):
    """True when an organisation of this kind can take this role (see ROLE_KINDS)."""
    return organisation.kind in ROLE_KINDS.get(role, ())


def _public_organisation(slug, field="organisation", kinds=None):
    org = db.session.scalar(db.select(Organisation).filter_by(slug=slug)) if slug else None
    if org is None or org.status != Status.VERIFIED or (kinds and org.kind not in kinds):
        raise Invalid(_("No public organisation of a fitting kind has the address '%(slug)s'.", slug=slug), field)
    return org


def _partner(data):
    """(organisation, role, contribution) from cleaned partner input; the role must fit the organisation's kind."""
    cleaned = s.clean_input(PARTNER_RULES, data)
    role = cleaned["role"]
    if role is None:
        raise Invalid(_("Choose the partner's role: state, school or investor."), "role")
    org = _public_organisation(cleaned["organisation"])
    if not role_fits(org, role):
        raise Invalid(_("%(name)s (%(kind)s) cannot take the role '%(role)s'. State: agencies and zones; school: "
                        "universities and institutes; investor: investors, companies and startups.", name=org.name,
                        kind=label(KIND_LABELS, org.kind), role=label(ROLE_LABELS, role)), "role")
    return org, role, cleaned.get("contribution")


def _check_dates(partnership, cleaned):
    starts = cleaned.get("starts_on", partnership.starts_on)
    ends = cleaned.get("ends_on", partnership.ends_on)
    if starts and ends and ends < starts:
        raise Invalid(_("The end date cannot be before the start date."), "ends_on")


def _apply(partnership, cleaned):
    """Set fields from cleaned input; lookups must not flush the half-built row."""
    _check_dates(partnership, cleaned)
    with db.session.no_autoflush:
        for name in PARTNERSHIP_SCALARS:
            if name in cleaned:
                value = cleaned[name]
                if value is None and name in ("goals", "partnership_kind", "phase"):
                    value = {"goals": "", "partnership_kind": "project", "phase": "planned"}[name]
                setattr(partnership, name, value)
        if "zone" in cleaned:
            partnership.zone = _public_organisation(cleaned["zone"], "zone", (Kind.ZONE,)) if cleaned["zone"] else None
        if "programme" in cleaned:
            partnership.programme = _programme(cleaned["programme"])
        if "technologies" in cleaned:
            partnership.technologies = terms_by_codes(StrategicTechnology, cleaned["technologies"], "technologies")
        if "sectors" in cleaned:
            partnership.sectors = terms_by_codes(Sector, cleaned["sectors"], "sectors")
        if "tags" in cleaned:
            partnership.tags = tags_for(cleaned["tags"])
        partnership.title_folded = fold(" ".join(filter(None, [partnership.title, partnership.title_en])))[:400]
        if not partnership.slug:
            partnership.slug = unique_listing_slug(Partnership, slugify(partnership.title))


def _programme(slug):
    if not slug:
        return None
    programme = db.session.scalar(db.select(Programme).filter_by(slug=slug))
    if programme is None or programme.status != Status.VERIFIED:
        raise Invalid(_("No public programme has the address '%(slug)s'.", slug=slug), "programme")
    return programme


def _audit(actor, action, partnership, **details):
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action=action, target_type="partnership",
                              target_id=partnership.id, details=details))


def _initial_partners(actor, partners):
    """The partners a new partnership starts with; a member must include an organisation they manage."""
    resolved, seen = [], set()
    for data in partners:
        org, role, contribution = _partner(data)
        if (org.id, role) in seen:
            raise Invalid(_("%(name)s is listed twice in the same role.", name=org.name), "partners")
        seen.add((org.id, role))
        resolved.append((org, role, contribution))
    if not is_curator(actor) and not any(membership_of(actor, org) for org, _role, _c in resolved):
        raise NotAllowed(_("Add an organisation you manage as one of the partners."))
    return resolved


def create_partnership(actor, data, partners=(), status=None, is_sample=False):
    """A new partnership with its first partners ([{"organisation": slug, "role", "contribution"}]).

    `status` None: verified at once when the actor may verify it (a curator managing no partner), else pending."""
    if not can_create_partnership(actor):
        raise NotAllowed(_("Sign in to start a partnership."))
    partnership = Partnership(is_sample=is_sample, created_by_id=getattr(actor, "id", None))
    cleaned = s.clean_input(PARTNERSHIP_RULES, data)
    resolved = _initial_partners(actor, partners)
    _apply(partnership, cleaned)
    with db.session.no_autoflush:  # the partners join the session with the partnership, not before
        for org, role, contribution in resolved:
            partnership.partners.append(PartnershipPartner(organisation=org, role=role, contribution=contribution))
        may_verify = can_verify_partnership(actor, partnership)
    if status == Status.VERIFIED and not may_verify:
        raise NotAllowed(_("Only a curator who manages none of the partners can publish a partnership at once."))
    partnership.status = status or (Status.VERIFIED if may_verify else Status.PENDING)
    if partnership.status == Status.VERIFIED:
        partnership.verified_at = utcnow()
    db.session.add(partnership)
    db.session.flush()
    _audit(actor, "created", partnership, status=partnership.status)
    db.session.flush()
    return partnership


def _check_editor(actor, partnership, expected_version=None):
    if not can_edit_partnership(actor, partnership):
        raise NotAllowed(_("You cannot change this partnership."))
    if expected_version is not None and int(expected_version) != partnership.version:
        raise Conflict(_("Someone else saved this partnership after you opened it. Review their changes and "
                         "try again."))


def update_partnership(actor, partnership, data, expected_version=None):
    """Change a partnership. A stale `expected_version` is a Conflict, never a silent overwrite."""
    _check_editor(actor, partnership, expected_version)
    cleaned = s.clean_input(PARTNERSHIP_RULES, data, partial=True)
    _apply(partnership, cleaned)
    if partnership.status == Status.REJECTED:
        partnership.status, partnership.status_reason = Status.PENDING, None
    partnership.updated_at = utcnow()
    _audit(actor, "updated", partnership, fields=sorted(cleaned))
    db.session.flush()
    return partnership


def add_partner(actor, partnership, data):
    """Add an organisation in a role that fits its kind; the same organisation twice in one role is a Conflict."""
    _check_editor(actor, partnership)
    org, role, contribution = _partner(data)
    if any(p.organisation_id == org.id and p.role == role for p in partnership.partners):
        raise Conflict(_("%(name)s is already a partner in this role.", name=org.name))
    partner = PartnershipPartner(organisation=org, role=role, contribution=contribution)
    partnership.partners.append(partner)
    db.session.flush()
    _audit(actor, "partner-added", partnership, organisation=org.slug, role=role)
    db.session.flush()
    return partner


def remove_partner(actor, partnership, partner):
    """Remove one partner. Members cannot remove the last partner they manage: they would lose the partnership."""
    _check_editor(actor, partnership)
    if partner.partnership_id != partnership.id:
        raise Invalid(_("This partnership has no such partner."), "partner")
    if not is_curator(actor):
        others = [p for p in partnership.partners if p is not partner]
        if not any(p.organisation.status == Status.VERIFIED and membership_of(actor, p.organisation) for p in others):
            raise Conflict(_("This is the last partner you manage: removing it would take the partnership out of "
                             "your hands. Ask a curator."))
    details = {"organisation": partner.organisation.slug, "role": partner.role}
    partnership.partners.remove(partner)
    db.session.flush()
    _audit(actor, "partner-removed", partnership, **details)
    db.session.flush()


def verify_partnership(actor, partnership):
    """A curator makes a partnership public (never one in which they manage a partner)."""
    return lifecycle.verify_listing(
        actor, partnership, can_verify_partnership(actor, partnership),
        refusal=_("You cannot verify this partnership (curators only, never their own)."),
        already=_("This partnership is already verified."),
        blockers=[(lambda: not partnership.partners,
                   _("Add at least one partner before publishing the partnership."))],
        notify=lambda: messages.NOTICES.verified(partnership))


def reject_partnership(actor, partnership, reason):
    """A curator returns a partnership to its partners' managers with a reason."""
    return lifecycle.reject_listing(
        actor, partnership, reason, can_verify_partnership(actor, partnership),
        refusal=_("You cannot reject this partnership (curators only, never their own)."),
        notify=lambda cleaned: messages.NOTICES.rejected(partnership, cleaned))


def archive_partnership(actor, partnership):
    """Withdraw a partnership: the partners' managers or a curator; it leaves every public page."""
    return lifecycle.archive_listing(actor, partnership, can_edit_partnership(actor, partnership),
                                     refusal=_("You cannot change this partnership."),
                                     already=_("This partnership is already archived."))

