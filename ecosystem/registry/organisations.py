"""Organisation operations: create, update, verify, reject, archive. They flush, never commit."""
import re

from flask_babel import gettext as _

from ..auth.policy import can_edit_organisation, can_verify_organisation, is_curator, membership_of
from ..errors import Conflict, Invalid, NotAllowed
from ..extensions import db
from ..models import (
    AcademicDetails,
    AuditEvent,
    InvestorDetails,
    InvestorType,
    Kind,
    Membership,
    Organisation,
    OrgRole,
    Province,
    Sector,
    Stage,
    StartupDetails,
    Status,
    StrategicTechnology,
    Ward,
    ZoneDetails,
    utcnow,
)
from ..text import fold, slugify
from . import schema as s
from .notifications import notify_owners
from .taxonomy import tags_for, term_by_code, terms_by_codes

COMMON_RULES = {
    "name": s.Line(200, required=True), "name_en": s.Line(200), "short_name": s.Line(40),
    "description": s.Markdown(), "description_en": s.Markdown(), "website": s.Url(), "email": s.Email(),
    "phone": s.Phone(), "address": s.Line(300), "province": s.Line(64), "ward": s.Line(64),
    "zone": s.Line(90), "parent": s.Line(90), "founded_year": s.Year(), "employee_count": s.Number(0, 10 ** 7),
    "tax_code": s.Line(20), "technologies": s.ListOf(64), "sectors": s.ListOf(64), "tags": s.ListOf(60, 20),
    "slug": s.Line(90),
}
KIND_RULES = {
    Kind.STARTUP: {"stage": s.Choice(Stage.ALL), "team_size": s.Number(0, 10 ** 6),
                   "funding_sought_usd": s.Number(0, 10 ** 12), "product": s.Line(300)},
    Kind.INVESTOR: {"investor_type": s.Choice(InvestorType.ALL), "thesis": s.Markdown(5000),
                    "ticket_min_usd": s.Number(0, 10 ** 12), "ticket_max_usd": s.Number(0, 10 ** 12),
                    "stages": s.ListOf(16, 10, Stage.ALL), "regions": s.ListOf(60, 20),
                    "portfolio": s.ListOf(90, 300)},
    Kind.ZONE: {"area_ha": s.Number(0, 10 ** 6, integer=False),
                "registered_capital_bn_vnd": s.Number(0, 10 ** 9, integer=False),
                "project_count": s.Number(0, 10 ** 6), "managed_by": s.Line(90)},
    Kind.UNIVERSITY: {"faculties": s.Markdown(5000), "research_areas": s.Markdown(5000),
                      "researcher_count": s.Number(0, 10 ** 6), "student_count": s.Number(0, 10 ** 7)},
}
KIND_RULES[Kind.INSTITUTE] = KIND_RULES[Kind.UNIVERSITY]
DETAIL_MODELS = {Kind.STARTUP: ("startup", StartupDetails), Kind.INVESTOR: ("investor", InvestorDetails),
                 Kind.ZONE: ("zone_details", ZoneDetails), Kind.UNIVERSITY: ("academic", AcademicDetails),
                 Kind.INSTITUTE: ("academic", AcademicDetails)}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SCALARS = ("name", "name_en", "short_name", "description", "description_en", "website", "email", "phone",
            "address", "founded_year", "employee_count", "tax_code")


def rules_for(kind):
    """Every field an organisation of this kind accepts."""
    return {**COMMON_RULES, **KIND_RULES.get(kind, {})}


def _require_kind(kind):
    if kind not in Kind.ALL:
        raise Invalid(_("Unknown kind of organisation. Choose one of: %(kinds)s.", kinds=", ".join(Kind.ALL)), "kind")


def find_by_slug(slug, field, kind=None):
    org = db.session.scalar(db.select(Organisation).filter_by(slug=slug)) if slug else None
    if slug and (org is None or (kind and org.kind != kind) or org.status != Status.VERIFIED):
        raise Invalid(_("No public listing has the address '%(slug)s'.", slug=slug), field)
    return org


def unique_slug(base, exclude_id=None):
    """`base`, or `base-2`, `base-3`... whichever is free."""
    candidate, n = base, 1
    while True:
        found = db.session.scalar(db.select(Organisation.id).filter_by(slug=candidate))
        if found is None or found == exclude_id:
            return candidate
        n += 1
        candidate = f"{base[:84]}-{n}"


def _apply_slug(org, requested, actor):
    if requested is None:
        if not org.slug:
            org.slug = unique_slug(slugify(org.name))
        return
    if requested == org.slug:
        return
    if org.slug and not is_curator(actor):
        raise Invalid(_("Only curators can change the address of a listing."), "slug")
    if not _SLUG.match(requested):
        raise Invalid(_("Use lowercase letters, digits and single hyphens."), "slug")
    if unique_slug(requested, exclude_id=org.id) != requested:
        raise Conflict(_("This address is already taken by another listing."), "slug")
    org.slug = requested


def _apply(org, data, actor):
    """Set fields from cleaned input; lookups must not flush the half-built row."""
    with db.session.no_autoflush:
        _apply_fields(org, data, actor)


def _apply_fields(org, data, actor):
    for name in _SCALARS:
        if name in data:
            setattr(org, name, data[name] if data[name] is not None or name != "description" else "")
    org.name_folded = fold(" ".join(filter(None, [org.name, org.name_en, org.short_name])))[:500]
    if "province" in data:
        org.province = term_by_code(Province, data["province"], "province")
    if "ward" in data:
        org.ward = term_by_code(Ward, data["ward"], "ward")
    if org.ward is not None:
        if org.province is None:
            org.province = org.ward.province
        elif org.ward.province_id != org.province.id:
            raise Invalid(_("This ward or commune is not in the chosen province."), "ward")
    if "zone" in data:
        org.zone = find_by_slug(data["zone"], "zone", Kind.ZONE)
    if "parent" in data:
        parent = find_by_slug(data["parent"], "parent")
        if parent is not None and parent.id == org.id:
            raise Invalid(_("An organisation cannot be its own parent."), "parent")
        org.parent = parent
    if "technologies" in data:
        org.technologies = terms_by_codes(StrategicTechnology, data["technologies"], "technologies")
    if "sectors" in data:
        org.sectors = terms_by_codes(Sector, data["sectors"], "sectors")
    if "tags" in data:
        org.tags = tags_for(data["tags"])
    _apply_details(org, data)
    _apply_slug(org, data.get("slug"), actor)


def _apply_details(org, data):
    attribute, model = DETAIL_MODELS.get(org.kind, (None, None))
    if model is None:
        return
    details = getattr(org, attribute) or model()
    setattr(org, attribute, details)
    for name in KIND_RULES[org.kind]:
        if name not in data:
            continue
        if name == "portfolio":
            org.portfolio = [find_by_slug(slug, "portfolio") for slug in data[name]]
        elif name == "managed_by":
            details.managed_by = find_by_slug(data[name], "managed_by")
        else:
            setattr(details, name, data[name])
    if org.kind == Kind.INVESTOR and details.ticket_min_usd and details.ticket_max_usd \
            and details.ticket_min_usd > details.ticket_max_usd:
        raise Invalid(_("The smallest ticket cannot exceed the largest."), "ticket_min_usd")


def _audit(actor, action, org, flush=True, **details):
    """Add an audit event; `flush=False` (bulk writers) inserts its row directly instead."""
    values = {"actor_id": getattr(actor, "id", None), "action": action, "target_type": "organisation",
              "target_id": org.id, "details": details}
    if flush:
        db.session.add(AuditEvent(**values))
    else:
        db.session.connection().execute(AuditEvent.__table__.insert(), [{**values, "created_at": utcnow()}])


def create_organisation(actor, kind, data, status=Status.PENDING, is_sample=False, flush=True):
    """A new listing owned by `actor`, waiting for a curator (status pending).

    `flush=False` is for bulk writers (the importer): one flush, for the new row's id, after which the
    audit event and the creation revision are inserted directly; the owner's membership (an actor with an
    id) is left for the caller's next flush. The checks and the rows written are the same."""
    _require_kind(kind)
    cleaned = s.clean_input(rules_for(kind), data)
    org = Organisation(kind=kind, status=status, is_sample=is_sample, created_by_id=getattr(actor, "id", None))
    db.session.add(org)
    _apply(org, cleaned, actor)
    if status == Status.VERIFIED:
        org.verified_at = utcnow()
    db.session.flush()
    if getattr(actor, "id", None) is not None:
        db.session.add(Membership(user_id=actor.id, organisation_id=org.id, role=OrgRole.OWNER))
    _audit(actor, "created", org, flush=flush, status=status)
    if _revisions().record_creation(actor, org, flush=flush) is None and flush:
        db.session.flush()  # no revision (nothing to record) flushed the audit event: do it here
    return org


def update_organisation(actor, org, data, expected_version=None):
    """Change a listing. A stale `expected_version` is a Conflict, never a silent overwrite."""
    if not can_edit_organisation(actor, org):
        raise NotAllowed(_("You cannot edit this listing."))
    if expected_version is not None and int(expected_version) != org.version:
        raise Conflict(_("Someone else saved this listing after you opened it. Review their changes and try again."))
    cleaned = s.clean_input(rules_for(org.kind), data, partial=True)
    revisions = _revisions()
    before = revisions.snapshot(org)
    # Important fields of a verified listing wait for a curator; the rest publish at once.
    held = revisions.held_changes(actor, org, cleaned, before)
    _apply(org, {name: value for name, value in cleaned.items() if name not in held}, actor)
    if org.status == Status.REJECTED:
        org.status, org.status_reason = Status.PENDING, None
    org.updated_at = utcnow()
    if membership_of(actor, org) is not None:  # an owner's edit confirms the data is current
        org.confirmed_at = org.updated_at
    _audit(actor, "updated", org, fields=sorted(cleaned))
    db.session.flush()
    revisions.record_update(actor, org, before, held)
    return org


def apply_organisation_changes(actor, org, data):
    """Apply reviewed values (a curator's approval or revert) without the review hold; the caller
    records the revision. Curators only."""
    if not is_curator(actor):
        raise NotAllowed(_("Only curators can do this."))
    cleaned = s.clean_input(rules_for(org.kind), data, partial=True)
    _apply(org, cleaned, actor)
    org.updated_at = utcnow()
    db.session.flush()
    return org


def _revisions():
    """The revisions package builds on the registry, so it is imported when first used, not at import."""
    from ..curation.revisions import capture
    return capture


def verify_organisation(actor, org):
    if not can_verify_organisation(actor, org):
        raise NotAllowed(_("You cannot verify this listing (curators only, never their own)."))
    if org.status == Status.VERIFIED:
        raise Conflict(_("This listing is already verified."))
    org.status, org.status_reason, org.verified_at = Status.VERIFIED, None, utcnow()
    _audit(actor, "verified", org)
    db.session.flush()
    notify_owners(org, "verified")
    return org


def reject_organisation(actor, org, reason):
    if not can_verify_organisation(actor, org):
        raise NotAllowed(_("You cannot reject this listing (curators only, never their own)."))
    reason = s.rejection_reason(reason)
    org.status, org.status_reason = Status.REJECTED, reason
    _audit(actor, "rejected", org, reason=reason)
    db.session.flush()
    notify_owners(org, "rejected", reason)
    return org


def archive_organisation(actor, org):
    if not is_curator(actor):
        raise NotAllowed(_("Only curators archive listings."))
    org.status = Status.ARCHIVED
    _audit(actor, "archived", org)
    db.session.flush()
    return org
