"""The zone sections of a zone's organisation page and the curators' queue section of projects."""
from flask import current_app
from sqlalchemy.orm import selectinload

from ...auth.policy import can_manage_zone_projects
from ...extensions import db
from ...models import Kind, Lab, Organisation, Partnership, Status
from ...registry.listings import LISTING_OF_KIND
from .figures import zone_figures
from .listings import pending_projects, projects_of_zone


def _endpoint(name):
    """The endpoint if another part of the app registered it (labs and partnerships are optional here)."""
    return name if name in current_app.view_functions else None


def _tenants_by_listing(zone):
    """{registry listing name: [public tenants]}: each group links to its listing page filtered by the zone."""
    groups = {}
    for tenant in sorted(zone.tenants, key=lambda o: o.name_folded):
        if tenant.status == Status.VERIFIED:
            groups.setdefault(LISTING_OF_KIND.get(tenant.kind, "companies"), []).append(tenant)
    return groups


def _public_labs(zone):
    return db.session.scalars(db.select(Lab).where(Lab.zone_id == zone.id, Lab.status == Status.VERIFIED,
                                                   Lab.organisation.has(Organisation.status == Status.VERIFIED))
                              .options(selectinload(Lab.organisation)).order_by(Lab.name_folded)).all()


def _public_partnerships(zone):
    return db.session.scalars(db.select(Partnership).where(Partnership.zone_id == zone.id,
                                                           Partnership.status == Status.VERIFIED)
                              .order_by(Partnership.title_folded)).all()


def zone_panel(user, org):
    """Headline figures, projects, tenants, labs and partnerships of a zone; nothing for other kinds."""
    if org.kind != Kind.ZONE:
        return None
    return {"zone": org, "figures": zone_figures(org), "projects": projects_of_zone(user, org),
            "can_add": can_manage_zone_projects(user, org), "tenants": _tenants_by_listing(org),
            "labs": _public_labs(org), "partnerships": _public_partnerships(org),
            "lab_endpoint": _endpoint("labs.lab_detail"),
            "partnership_endpoint": _endpoint("partnerships.partnership_detail")}


def curation_section(user):
    """The curators' queue section: projects waiting for review, oldest first."""
    return {"pending": pending_projects(50)}
