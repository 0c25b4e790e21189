"""Shared column helpers for the models."""
from datetime import datetime, timezone


def utcnow():
    """Timezone-aware current time (a callable default, never evaluated at import)."""
    return datetime.now(timezone.utc)


class Status:
    """Lifecycle of a listing: only verified listings are public."""

    DRAFT = "draft"
    PENDING = "pending"
    VERIFIED = "verified"
    REJECTED = "rejected"
    ARCHIVED = "archived"
    ALL = (DRAFT, PENDING, VERIFIED, REJECTED, ARCHIVED)
