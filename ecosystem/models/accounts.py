"""Accounts, memberships in organisations, claims and API tokens."""
import secrets

from flask_login import UserMixin
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from .base import utcnow


class Role:
    """Site-wide roles; organisation roles live on Membership."""

    MEMBER = "member"
    CURATOR = "curator"
    ADMIN = "admin"
    ALL = (MEMBER, CURATOR, ADMIN)


def new_session_token():
    """A random token that identifies the current generation of a user's sessions."""
    return secrets.token_urlsafe(24)


class User(UserMixin, db.Model):
    """A person who signs in. Sessions carry `session_token`; rotating it ends them all."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(256), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False, default=Role.MEMBER)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    locale: Mapped[str | None] = mapped_column(String(8))
    session_token: Mapped[str] = mapped_column(String(64), nullable=False, default=new_session_token)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_login_at = mapped_column(DateTime(timezone=True))

    memberships = relationship("Membership", back_populates="user", cascade="all, delete-orphan")

    def get_id(self):
        """Flask-Login identity: id and session generation, so old cookies stop working."""
        return f"{self.id}:{self.session_token}"

    @property
    def is_active(self):
        return self.active

    @property
    def is_curator(self):
        return self.role in (Role.CURATOR, Role.ADMIN)

    @property
    def is_admin(self):
        return self.role == Role.ADMIN


class OrgRole:
    """What a member may do in one organisation."""

    OWNER = "owner"
    EDITOR = "editor"
    ALL = (OWNER, EDITOR)


class Membership(db.Model):
    """A user's role in one organisation (owner manages members, editor edits the profile)."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("user_id", "organisation_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False, default=OrgRole.EDITOR)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    user = relationship("User", back_populates="memberships")
    organisation = relationship("Organisation", back_populates="memberships")


class ClaimStatus:
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class Claim(db.Model):
    """A request by a user to manage an existing listing; a curator decides."""

    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False, index=True)
    message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=ClaimStatus.PENDING, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    decided_at = mapped_column(DateTime(timezone=True))

    user = relationship("User", foreign_keys=[user_id])
    decided_by = relationship("User", foreign_keys=[decided_by_id])
    organisation = relationship("Organisation")


class ApiToken(db.Model):
    """A personal API token; only its SHA-256 digest is stored."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    prefix: Mapped[str] = mapped_column(String(12), nullable=False)
    created_at = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_used_at = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    user = relationship("User")
