"""People (researchers, experts, founders) and their affiliations to organisations."""
from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Status, utcnow

person_technologies = Table(
    "person_technologies", db.metadata,
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("technology_id", ForeignKey("strategic_technologies.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_person_technologies_technology_id", "technology_id", "person_id"),  # reverse lookups (matching)
)
person_sectors = Table(
    "person_sectors", db.metadata,
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("sector_id", ForeignKey("sectors.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_person_sectors_sector_id", "sector_id", "person_id"),  # reverse lookups (matching retrieval)
)


class PersonKind:
    RESEARCHER = "researcher"
    EXPERT = "expert"
    FOUNDER = "founder"
    ALL = (RESEARCHER, EXPERT, FOUNDER)


class Person(db.Model):
    """A researcher, expert or founder. Email and phone are shown only when the person allows it."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(90), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False, default=PersonKind.RESEARCHER, index=True)
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    honorific: Mapped[str | None] = mapped_column(String(40))
    name_folded: Mapped[str] = mapped_column(String(300), nullable=False, default="", index=True)
    position: Mapped[str | None] = mapped_column(String(200))
    position_en: Mapped[str | None] = mapped_column(String(200))
    bio: Mapped[str] = mapped_column(Text, nullable=False, default="")
    bio_en: Mapped[str | None] = mapped_column(Text)
    expertise: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(300))
    orcid: Mapped[str | None] = mapped_column(String(19))
    show_email: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    show_phone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    publications_count: Mapped[int | None] = mapped_column(Integer)
    patents_count: Mapped[int | None] = mapped_column(Integer)
    province_id: Mapped[int | None] = mapped_column(ForeignKey("provinces.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=Status.PENDING, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow, index=True)
    verified_at = mapped_column(DateTime(timezone=True))
    # When the owner last said the profile is current (or edited it); freshness alerts count from here.
    confirmed_at = mapped_column(DateTime(timezone=True), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    province = relationship("Province")
    owner = relationship("User")
    technologies = relationship("StrategicTechnology", secondary=person_technologies,
                                order_by="StrategicTechnology.sort_order")
    sectors = relationship("Sector", secondary=person_sectors, order_by="Sector.sort_order")
    affiliations = relationship("Affiliation", back_populates="person", cascade="all, delete-orphan",
                                order_by="Affiliation.is_current.desc()")

    @property
    def is_public(self):
        return self.status == Status.VERIFIED

    @property
    def display_name(self):
        return f"{self.honorific} {self.full_name}" if self.honorific else self.full_name


class Affiliation(db.Model):
    """A person's role at an organisation (current or past)."""

    __tablename__ = "affiliations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), nullable=False, index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True)
    role: Mapped[str | None] = mapped_column(String(200))
    is_current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    person = relationship("Person", back_populates="affiliations")
    organisation = relationship("Organisation", back_populates="affiliations")
