"""Organisations of every kind, with one-to-one tables for kind-specific details."""
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Status, utcnow


class Kind:
    """Organisation kinds; listing pages group them (universities and institutes share one)."""

    STARTUP = "startup"
    COMPANY = "company"
    UNIVERSITY = "university"
    INSTITUTE = "institute"
    INVESTOR = "investor"
    AGENCY = "agency"
    INCUBATOR = "incubator"
    ZONE = "zone"
    ALL = (STARTUP, COMPANY, UNIVERSITY, INSTITUTE, INVESTOR, AGENCY, INCUBATOR, ZONE)
    ACADEMIC = (UNIVERSITY, INSTITUTE)


class Stage:
    """Startup stages, also used in investor theses."""

    ALL = ("idea", "pre-seed", "seed", "series-a", "series-b", "growth")


class InvestorType:
    ALL = ("vc", "angel", "angel-network", "corporate-vc", "accelerator", "public-fund", "family-office", "bank")


def _link_table(name, left, right, right_table):
    return Table(
        name, db.metadata,
        Column(left, ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
        Column(right, ForeignKey(f"{right_table}.id", ondelete="CASCADE"), primary_key=True),
        Index(f"ix_{name}_{right}", right, left),  # reverse lookups (matching retrieval): who has this term
    )


organisation_technologies = _link_table(
    "organisation_technologies", "organisation_id", "technology_id", "strategic_technologies")
organisation_sectors = _link_table("organisation_sectors", "organisation_id", "sector_id", "sectors")
organisation_tags = _link_table("organisation_tags", "organisation_id", "tag_id", "tags")
investor_portfolio = _link_table("investor_portfolio", "investor_id", "company_id", "organisations")


class Tag(db.Model):
    """A free keyword; `folded` makes "Hòa Lạc" and "hoa lac" the same tag."""

    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    folded: Mapped[str] = mapped_column(String(60), unique=True, nullable=False)


class Organisation(db.Model):
    """Any organisation in the ecosystem. Only `verified` ones are public."""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    slug: Mapped[str] = mapped_column(String(90), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str | None] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(40))
    # Folded names (no diacritics, lowercase) so "hoa lac" filters find "Hòa Lạc".
    name_folded: Mapped[str] = mapped_column(String(500), nullable=False, default="", index=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description_en: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    province_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id"), index=True)
    ward_id: Mapped[int | None] = mapped_column(ForeignKey("wards.id"), index=True)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    founded_year: Mapped[int | None] = mapped_column(Integer)
    employee_count: Mapped[int | None] = mapped_column(Integer)
    tax_code: Mapped[str | None] = mapped_column(String(20))
    logo: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=Status.PENDING, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow, index=True)
    verified_at = mapped_column(DateTime(timezone=True))
    # When an owner last said the data is current (or edited it); freshness alerts count from here.
    confirmed_at = mapped_column(DateTime(timezone=True), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    province = relationship("Province")
    ward = relationship("Ward")
    zone = relationship("Organisation", remote_side=[id], foreign_keys=[zone_id], back_populates="tenants")
    tenants = relationship("Organisation", foreign_keys=[zone_id], back_populates="zone")
    parent = relationship("Organisation", remote_side=[id], foreign_keys=[parent_id], back_populates="children")
    children = relationship("Organisation", foreign_keys=[parent_id], back_populates="parent")
    technologies = relationship("StrategicTechnology", secondary=organisation_technologies,
                                order_by="StrategicTechnology.sort_order")
    sectors = relationship("Sector", secondary=organisation_sectors, order_by="Sector.sort_order")
    tags = relationship("Tag", secondary=organisation_tags, order_by="Tag.name")
    memberships = relationship("Membership", back_populates="organisation", cascade="all, delete-orphan")
    affiliations = relationship("Affiliation", back_populates="organisation", cascade="all, delete-orphan")
    startup = relationship("StartupDetails", uselist=False, back_populates="organisation",
                           cascade="all, delete-orphan")
    investor = relationship("InvestorDetails", uselist=False, back_populates="organisation",
                            cascade="all, delete-orphan")
    zone_details = relationship("ZoneDetails", uselist=False, back_populates="organisation",
                                cascade="all, delete-orphan", foreign_keys="ZoneDetails.organisation_id")
    academic = relationship("AcademicDetails", uselist=False, back_populates="organisation",
                            cascade="all, delete-orphan")
    portfolio = relationship("Organisation", secondary=investor_portfolio,
                             primaryjoin=lambda: Organisation.id == investor_portfolio.c.investor_id,
                             secondaryjoin=lambda: Organisation.id == investor_portfolio.c.company_id,
                             backref="investors", order_by="Organisation.name")

    @property
    def is_public(self):
        return self.status == Status.VERIFIED

    def __repr__(self):
        return f"<Organisation {self.kind} {self.slug}>"


class StartupDetails(db.Model):
    """Fundraising facts of a startup."""

    __tablename__ = "startup_details"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    stage: Mapped[str | None] = mapped_column(String(16), index=True)
    team_size: Mapped[int | None] = mapped_column(Integer)
    funding_sought_usd: Mapped[int | None] = mapped_column(BigInteger)
    product: Mapped[str | None] = mapped_column(String(300))
    organisation = relationship("Organisation", back_populates="startup")


class InvestorDetails(db.Model):
    """An investor's thesis: type, stages, ticket range, regions (sectors are the organisation's)."""

    __tablename__ = "investor_details"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    investor_type: Mapped[str | None] = mapped_column(String(20), index=True)
    thesis: Mapped[str | None] = mapped_column(Text)
    ticket_min_usd: Mapped[int | None] = mapped_column(BigInteger)
    ticket_max_usd: Mapped[int | None] = mapped_column(BigInteger)
    stages = mapped_column(JSON, nullable=False, default=list)
    regions = mapped_column(JSON, nullable=False, default=list)
    organisation = relationship("Organisation", back_populates="investor")


class ZoneDetails(db.Model):
    """A high-tech zone's headline figures as published by its management board."""

    __tablename__ = "zone_details"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    area_ha: Mapped[float | None] = mapped_column(Float)
    registered_capital_bn_vnd: Mapped[float | None] = mapped_column(Float)
    project_count: Mapped[int | None] = mapped_column(Integer)
    managed_by_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    organisation = relationship("Organisation", back_populates="zone_details", foreign_keys=[organisation_id])
    managed_by = relationship("Organisation", foreign_keys=[managed_by_id])


class AcademicDetails(db.Model):
    """A university's or institute's faculties and research areas (one per line)."""

    __tablename__ = "academic_details"
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True)
    faculties: Mapped[str | None] = mapped_column(Text)
    research_areas: Mapped[str | None] = mapped_column(Text)
    researcher_count: Mapped[int | None] = mapped_column(Integer)
    student_count: Mapped[int | None] = mapped_column(Integer)
    organisation = relationship("Organisation", back_populates="academic")
