"""State–school–investor partnerships: a project, joint lab, incubator, spin-off or R&D centre and the
organisations in it, each with a role."""
from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Status, utcnow


class PartnershipKind:
    ALL = ("project", "joint-lab", "incubator", "spin-off", "rd-centre")


class PartnershipPhase:
    ALL = ("planned", "active", "completed", "suspended")


class PartnerRole:
    """The three sides of the model: the state sets policy, the school researches, the investor commercialises."""

    STATE = "state"  # agency, programme owner, zone
    SCHOOL = "school"  # university, institute, lab host
    INVESTOR = "investor"  # investor or business
    ALL = (STATE, SCHOOL, INVESTOR)


def _link(name, right, right_table):
    return Table(
        name, db.metadata,
        Column("partnership_id", ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True),
        Column(right, ForeignKey(f"{right_table}.id", ondelete="CASCADE"), primary_key=True),
        Index(f"ix_{name}_{right}", right, "partnership_id"),
    )


partnership_technologies = _link("partnership_technologies", "technology_id", "strategic_technologies")
partnership_sectors = _link("partnership_sectors", "sector_id", "sectors")
partnership_tags = _link("partnership_tags", "tag_id", "tags")


class Partnership(db.Model):
    __tablename__ = "partnerships"
    kind = "partnership"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(90), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(200))
    title_folded: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)
    partnership_kind: Mapped[str] = mapped_column(String(16), nullable=False, default="project", index=True)
    phase: Mapped[str] = mapped_column(String(16), nullable=False, default="planned", index=True)
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    goals_en: Mapped[str | None] = mapped_column(Text)
    outcomes: Mapped[str | None] = mapped_column(Text)
    funding_vnd: Mapped[int | None] = mapped_column(BigInteger)
    funding_note: Mapped[str | None] = mapped_column(String(300))
    starts_on = mapped_column(Date)
    ends_on = mapped_column(Date)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=Status.PENDING, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow, index=True)
    verified_at = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    zone = relationship("Organisation", foreign_keys=[zone_id])
    programme = relationship("Programme")
    partners = relationship("PartnershipPartner", back_populates="partnership", cascade="all, delete-orphan",
                            passive_deletes=True, order_by="PartnershipPartner.id")
    technologies = relationship("StrategicTechnology", secondary=partnership_technologies,
                                order_by="StrategicTechnology.sort_order")
    sectors = relationship("Sector", secondary=partnership_sectors, order_by="Sector.sort_order")
    tags = relationship("Tag", secondary=partnership_tags, order_by="Tag.name")

    @property
    def is_public(self):
        return self.status == Status.VERIFIED

    @property
    def roles(self):
        """The roles that at least one partner fills."""
        return {partner.role for partner in self.partners}

    @property
    def missing_roles(self):
        """The roles nobody fills yet, in the order state, school, investor."""
        return tuple(role for role in PartnerRole.ALL if role not in self.roles)


class PartnershipPartner(db.Model):
    __tablename__ = "partnership_partners"
    __table_args__ = (UniqueConstraint("partnership_id", "organisation_id", "role",
                                       name="uq_partnership_partners_partnership_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), nullable=False, index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    contribution: Mapped[str | None] = mapped_column(String(300))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    partnership = relationship("Partnership", back_populates="partners")
    organisation = relationship("Organisation", backref=db.backref("partnership_roles", cascade="all, delete-orphan",
                                                                   passive_deletes=True))
