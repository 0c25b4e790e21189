"""A zone's headline figures, computed from the registry's rows rather than typed in.

Only the zone's physical area is a typed figure (ZoneDetails.area_ha). The management board's own
published capital and project count (ZoneDetails.registered_capital_bn_vnd, project_count) are kept
beside the computed ones, labelled as published, so curators see where the registry is incomplete.

- registered capital: sum of the capital of the zone's verified projects that are not withdrawn;
- projects: verified projects that are not withdrawn, and the verified ones by phase;
- tenants: public organisations located in the zone;
- labs: public labs in the zone (verified, with a public host);
- partnerships: verified partnerships in the zone.
Every figure is computed for many zones at once with one grouped query each (the API lists all zones)."""
from dataclasses import dataclass, field

from ...extensions import db
from ...models import Lab, Organisation, Partnership, ProjectPhase, Status, ZoneProject


@dataclass
class ZoneFigures:
    """The figures of one zone; `published_*` are the management board's own, typed by hand."""

    area_ha: float | None = None
    capital_bn_vnd: float = 0.0
    project_count: int = 0
    projects_by_phase: dict = field(default_factory=lambda: {phase: 0 for phase in ProjectPhase.ALL})
    tenant_count: int = 0
    lab_count: int = 0
    partnership_count: int = 0
    published_capital_bn_vnd: float | None = None
    published_project_count: int | None = None

    def as_dict(self):
        """The figures as JSON-ready values (the API's `figures` object)."""
        return {"area_ha": self.area_ha, "capital_bn_vnd": round(self.capital_bn_vnd, 3),
                "project_count": self.project_count, "projects_by_phase": dict(self.projects_by_phase),
                "tenant_count": self.tenant_count, "lab_count": self.lab_count,
                "partnership_count": self.partnership_count,
                "published": {"capital_bn_vnd": self.published_capital_bn_vnd,
                              "project_count": self.published_project_count}}


def _grouped_counts(column, zone_ids, *conditions):
    rows = db.session.execute(db.select(column, db.func.count()).where(column.in_(zone_ids), *conditions)
                              .group_by(column)).all()
    return dict(rows)


def _project_rows(zone_ids):
    """(zone_id, phase, count, capital) of the verified projects of these zones."""
    return db.session.execute(
        db.select(ZoneProject.zone_id, ZoneProject.phase, db.func.count(),
                  db.func.coalesce(db.func.sum(ZoneProject.capital_bn_vnd), 0.0))
        .where(ZoneProject.zone_id.in_(zone_ids), ZoneProject.status == Status.VERIFIED)
        .group_by(ZoneProject.zone_id, ZoneProject.phase)).all()


def figures_for_zones(zones):
    """{zone id: ZoneFigures} for a list of zone organisations."""
    zone_ids = [zone.id for zone in zones]
    if not zone_ids:
        return {}
    figures = {}
    for zone in zones:
        details = zone.zone_details
        figures[zone.id] = ZoneFigures(
            area_ha=details.area_ha if details else None,
            published_capital_bn_vnd=details.registered_capital_bn_vnd if details else None,
            published_project_count=details.project_count if details else None)
    for zone_id, phase, count, capital in _project_rows(zone_ids):
        item = figures[zone_id]
        item.projects_by_phase[phase] = count
        if phase != "withdrawn":
            item.project_count += count
            item.capital_bn_vnd += float(capital or 0)
    public_host = Lab.organisation.has(Organisation.status == Status.VERIFIED)
    counts = {
        "tenant_count": _grouped_counts(Organisation.zone_id, zone_ids, Organisation.status == Status.VERIFIED),
        "lab_count": _grouped_counts(Lab.zone_id, zone_ids, Lab.status == Status.VERIFIED, public_host),
        "partnership_count": _grouped_counts(Partnership.zone_id, zone_ids, Partnership.status == Status.VERIFIED),
    }
    for name, by_zone in counts.items():
        for zone_id, count in by_zone.items():
            setattr(figures[zone_id], name, count)
    return figures


def zone_figures(zone):
    """The headline figures of one zone."""
    return figures_for_zones([zone])[zone.id]
