"""Projects in high-tech zones (licensed investment projects), their investors and status history.
A zone's headline figures are computed from these rows, not typed in."""
from sqlalchemy import Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy import event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Status, utcnow


class ProjectPhase:
    ALL = ("licensed", "building", "operating", "suspended", "withdrawn")


project_investors = Table(
    "zone_project_investors", db.metadata,
    Column("project_id", ForeignKey("zone_projects.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_zone_project_investors_organisation_id", "organisation_id", "project_id"),
)
project_technologies = Table(
    "zone_project_technologies", db.metadata,
    Column("project_id", ForeignKey("zone_projects.id", ondelete="CASCADE"), primary_key=True),
    Column("technology_id", ForeignKey("strategic_technologies.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_zone_project_technologies_technology_id", "technology_id", "project_id"),
)


class ZoneProject(db.Model):
    __tablename__ = "zone_projects"
    kind = "project"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(90), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str | None] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False,
                                         index=True)
    # The organisation running the project once built (often also its investor), when it is in the registry.
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description_en: Mapped[str | None] = mapped_column(Text)
    # Investors named in the licence that are not (yet) organisations in the registry, e.g. foreign groups.
    other_investors: Mapped[str | None] = mapped_column(String(300))
    capital_bn_vnd: Mapped[float | None] = mapped_column(Float)  # registered investment capital
    area_ha: Mapped[float | None] = mapped_column(Float)
    phase: Mapped[str] = mapped_column(String(16), nullable=False, default="licensed", index=True)
    licensed_on = mapped_column(Date)
    licence_number: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=Status.PENDING, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow, index=True)
    verified_at = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    zone = relationship("Organisation", foreign_keys=[zone_id],
                        backref=db.backref("zone_projects", cascade="all, delete-orphan", passive_deletes=True,
                                           order_by="ZoneProject.name"))
    operator = relationship("Organisation", foreign_keys=[operator_id])
    investors = relationship("Organisation", secondary=project_investors, order_by="Organisation.name")
    technologies = relationship("StrategicTechnology", secondary=project_technologies,
                                order_by="StrategicTechnology.sort_order")
    history = relationship("ProjectStatusChange", back_populates="project", cascade="all, delete-orphan",
                           passive_deletes=True, order_by="(ProjectStatusChange.changed_on, ProjectStatusChange.id)")

    @property
    def is_public(self):
        return self.status == Status.VERIFIED and self.zone is not None and self.zone.is_public


class ProjectStatusChange(db.Model):
    """One step in a project's life (licensed, building, operating...), dated, with who recorded it."""

    __tablename__ = "zone_project_status_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("zone_projects.id", ondelete="CASCADE"), nullable=False, index=True)
    phase: Mapped[str] = mapped_column(String(16), nullable=False)
    changed_on = mapped_column(Date, nullable=False)
    note: Mapped[str | None] = mapped_column(String(300))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    project = relationship("ZoneProject", back_populates="history")
    recorded_by = relationship("User")


@event.listens_for(ProjectStatusChange, "before_update")
def _history_is_append_only(_mapper, _connection, change):
    """A recorded phase change is never rewritten: record a new one instead."""
    raise ValueError(f"zone project status change {change.id} is append-only")
