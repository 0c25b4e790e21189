"""Labs that universities and institutes open to outside users, and the equipment in them."""
from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import Status, utcnow


class EquipmentCategory:
    """Kinds of instruments, coarse enough to find duplicates across the city."""

    ALL = (
        "electron-microscope", "optical-microscope", "mass-spectrometer", "chromatograph", "spectrometer",
        "x-ray", "nmr", "sequencer", "pcr", "bioreactor", "cleanroom", "lithography", "deposition",
        "semiconductor-test", "3d-printer", "cnc", "robotics", "hpc", "gpu-cluster", "network-testbed",
        "rf-test", "materials-test", "thermal-analysis", "environmental-chamber", "other",
    )


class Condition:
    ALL = ("new", "good", "fair", "needs-repair", "out-of-service")


def _link(name, right, right_table):
    return Table(
        name, db.metadata,
        Column("lab_id", ForeignKey("labs.id", ondelete="CASCADE"), primary_key=True),
        Column(right, ForeignKey(f"{right_table}.id", ondelete="CASCADE"), primary_key=True),
        Index(f"ix_{name}_{right}", right, "lab_id"),
    )


lab_technologies = _link("lab_technologies", "technology_id", "strategic_technologies")
lab_sectors = _link("lab_sectors", "sector_id", "sectors")


class Lab(db.Model):
    """A laboratory hosted by a university or institute; only verified labs of public hosts are public."""

    __tablename__ = "labs"
    kind = "lab"  # what search results and links call this type of record (not a column)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(90), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str | None] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True)  # the host
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description_en: Mapped[str | None] = mapped_column(Text)
    research_areas: Mapped[str | None] = mapped_column(Text)  # one per line
    accreditation: Mapped[str | None] = mapped_column(String(200))  # e.g. "ISO/IEC 17025 (VILAS 123)"
    # The researcher shown as the lab's manager, and the account that answers access requests.
    manager_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    manager_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    contact_email: Mapped[str | None] = mapped_column(String(254))
    capacity_hours_per_week: Mapped[int | None] = mapped_column(Integer)  # hours open to outside users
    free_for_startups: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    training_required: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    fee_schedule: Mapped[str | None] = mapped_column(Text)
    safety_rules: Mapped[str | None] = mapped_column(Text)
    access_terms: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=Status.PENDING, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow, index=True)
    verified_at = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    organisation = relationship("Organisation", foreign_keys=[organisation_id],
                                backref=db.backref("labs", cascade="all, delete-orphan", passive_deletes=True,
                                                   order_by="Lab.name"))
    zone = relationship("Organisation", foreign_keys=[zone_id])
    manager_person = relationship("Person")
    manager_user = relationship("User", foreign_keys=[manager_user_id])
    technologies = relationship("StrategicTechnology", secondary=lab_technologies,
                                order_by="StrategicTechnology.sort_order")
    sectors = relationship("Sector", secondary=lab_sectors, order_by="Sector.sort_order")
    equipment = relationship("Equipment", back_populates="lab", cascade="all, delete-orphan",
                             passive_deletes=True, order_by="Equipment.name")
    photos = relationship("LabPhoto", back_populates="lab", cascade="all, delete-orphan", passive_deletes=True,
                          order_by="LabPhoto.sort_order")

    @property
    def is_public(self):
        return self.status == Status.VERIFIED and self.organisation is not None and self.organisation.is_public

    def __repr__(self):
        return f"<Lab {self.slug}>"


class Equipment(db.Model):
    """An instrument in a lab. It is public when its lab is."""

    __tablename__ = "equipment"
    kind = "equipment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(90), unique=True, nullable=False)
    lab_id: Mapped[int] = mapped_column(ForeignKey("labs.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str | None] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)
    category: Mapped[str] = mapped_column(String(40), nullable=False, default="other", index=True)
    maker: Mapped[str | None] = mapped_column(String(120))
    model: Mapped[str | None] = mapped_column(String(120))
    # Folded maker and model ("ZEISS", "Zeiss " -> "zeiss") so similar instruments are found across labs.
    maker_folded: Mapped[str] = mapped_column(String(120), nullable=False, default="", index=True)
    model_folded: Mapped[str] = mapped_column(String(120), nullable=False, default="", index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    purchase_value_vnd: Mapped[int | None] = mapped_column(BigInteger)
    condition: Mapped[str | None] = mapped_column(String(20))
    fee_per_hour_vnd: Mapped[int | None] = mapped_column(BigInteger)
    bookable: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)  # by outside users
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}

    lab = relationship("Lab", back_populates="equipment")

    @property
    def is_public(self):
        return self.lab is not None and self.lab.is_public

    def __repr__(self):
        return f"<Equipment {self.slug}>"


class LabPhoto(db.Model):
    """A photo of a lab, stored under instance/ like logos."""

    __tablename__ = "lab_photos"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lab_id: Mapped[int] = mapped_column(ForeignKey("labs.id", ondelete="CASCADE"), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(80), nullable=False)
    caption: Mapped[str | None] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    lab = relationship("Lab", back_populates="photos")
