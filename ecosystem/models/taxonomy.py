"""Taxonomies curators edit: strategic technologies, sectors, provinces, wards and communes."""
from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db


class TaxonomyTerm:
    """Columns every term has: a stable code, a Vietnamese and an English name, an order."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    name_vi: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    def __repr__(self):
        return f"<{type(self).__name__} {self.code}>"


class StrategicTechnology(TaxonomyTerm, db.Model):
    """A strategic technology group (Decision 1131/QĐ-TTg); the list changes by decision."""

    __tablename__ = "strategic_technologies"


class Sector(TaxonomyTerm, db.Model):
    """A general economic sector (fintech, agriculture, health...)."""

    __tablename__ = "sectors"


class Province(TaxonomyTerm, db.Model):
    """A province or centrally-run city (34 after the 2025 reorganisation)."""

    __tablename__ = "provinces"
    wards = relationship("Ward", back_populates="province", order_by="Ward.sort_order")


class Ward(TaxonomyTerm, db.Model):
    """A ward (phường) or commune (xã) of a province, after the 2025 two-tier reorganisation."""

    __tablename__ = "wards"
    province_id: Mapped[int] = mapped_column(ForeignKey("provinces.id"), nullable=False, index=True)
    ward_type: Mapped[str] = mapped_column(String(16), nullable=False, default="ward")
    province = relationship("Province", back_populates="wards")
