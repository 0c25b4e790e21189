"""The technology exchange: offers (what labs, researchers, universities and startups can do) and
needs (the problems businesses and agencies want solved)."""
from datetime import date

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, ForeignKey, Index, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from ..extensions import db
from .base import Status, utcnow


class IpStatus:
    """How an offer's technology is protected."""

    PATENT = "patent"
    PENDING = "patent-pending"
    KNOW_HOW = "know-how"
    OPEN = "open"
    ALL = (PATENT, PENDING, KNOW_HOW, OPEN)


class Engagement:
    """The terms an offer is available on."""

    ALL = ("licence", "collaboration", "contract-research", "service", "sale")


TRL_LEVELS = tuple(range(1, 10))


def _link(name, left, left_table, right, right_table):
    return Table(
        name, db.metadata,
        Column(left, ForeignKey(f"{left_table}.id", ondelete="CASCADE"), primary_key=True),
        Column(right, ForeignKey(f"{right_table}.id", ondelete="CASCADE"), primary_key=True),
        Index(f"ix_{name}_{right}", right, left),  # reverse lookups (matching retrieval): who has this term
    )


offer_technologies = _link("offer_technologies", "offer_id", "offers", "technology_id", "strategic_technologies")
offer_sectors = _link("offer_sectors", "offer_id", "offers", "sector_id", "sectors")
offer_tags = _link("offer_tags", "offer_id", "offers", "tag_id", "tags")
need_technologies = _link("need_technologies", "need_id", "needs", "technology_id", "strategic_technologies")
need_sectors = _link("need_sectors", "need_id", "needs", "sector_id", "sectors")
need_tags = _link("need_tags", "need_id", "needs", "tag_id", "tags")


class _ListingColumns:
    """What offers and needs share with organisations: a slug, a status lifecycle, a version."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(90), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    title_en: Mapped[str | None] = mapped_column(String(200))
    title_folded: Mapped[str] = mapped_column(String(400), nullable=False, default="", index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=Status.PENDING, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    updated_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow, index=True)
    verified_at = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.__table__.c.version}

    @property
    def is_public(self):
        return self.status == Status.VERIFIED


class Offer(_ListingColumns, db.Model):
    """A technology or capability on offer, published by an organisation or by a researcher."""

    __tablename__ = "offers"
    kind = "offer"  # what search results and links call this type of record (not a column)
    # Exactly one publisher: an organisation (lab host, university, institute, startup, company)
    # or a person (a researcher offering their own know-how).
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    summary_en: Mapped[str | None] = mapped_column(Text)
    trl: Mapped[int | None] = mapped_column(Integer, index=True)  # technology readiness level 1-9
    ip_status: Mapped[str | None] = mapped_column(String(16), index=True)
    engagement: Mapped[str | None] = mapped_column(String(20), index=True)
    terms: Mapped[str | None] = mapped_column(Text)  # licensing or collaboration terms, in the owner's words

    organisation = relationship("Organisation", backref=db.backref("offers", cascade="all, delete-orphan",
                                                                   passive_deletes=True))
    person = relationship("Person", backref=db.backref("offers", cascade="all, delete-orphan", passive_deletes=True))
    technologies = relationship("StrategicTechnology", secondary=offer_technologies,
                                order_by="StrategicTechnology.sort_order")
    sectors = relationship("Sector", secondary=offer_sectors, order_by="Sector.sort_order")
    tags = relationship("Tag", secondary=offer_tags, order_by="Tag.name")

    @property
    def publisher(self):
        return self.organisation or self.person


class Need(_ListingColumns, db.Model):
    """A technology need or challenge posted by a business or an agency."""

    __tablename__ = "needs"
    kind = "need"  # what search results and links call this type of record (not a column)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    problem: Mapped[str] = mapped_column(Text, nullable=False, default="")
    problem_en: Mapped[str | None] = mapped_column(Text)
    desired_outcome: Mapped[str | None] = mapped_column(Text)
    budget_min_vnd: Mapped[int | None] = mapped_column(BigInteger)
    budget_max_vnd: Mapped[int | None] = mapped_column(BigInteger)
    deadline = mapped_column(Date, index=True)

    organisation = relationship("Organisation", backref=db.backref("needs", cascade="all, delete-orphan",
                                                                   passive_deletes=True))
    technologies = relationship("StrategicTechnology", secondary=need_technologies,
                                order_by="StrategicTechnology.sort_order")
    sectors = relationship("Sector", secondary=need_sectors, order_by="Sector.sort_order")
    tags = relationship("Tag", secondary=need_tags, order_by="Tag.name")

    @property
    def publisher(self):
        return self.organisation

    @property
    def is_open(self):
        """A need stays open until its deadline has passed (no deadline: open)."""
        return self.deadline is None or self.deadline >= date.today()
