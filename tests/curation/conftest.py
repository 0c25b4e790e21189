"""Fixtures for the data-quality tests: API tokens, a curator, listings of a given age and completeness."""
from datetime import timedelta, timezone

import pytest

from ecosystem.extensions import db
from ecosystem.models import Role, utcnow

LONG_TEXT = ("Một mô tả đủ dài để người đọc hiểu tổ chức làm gì, cho ai và ở đâu. " * 4).strip()
COMPLETE_STARTUP = {
    "description": LONG_TEXT, "technologies": ["ai"], "stage": "seed", "ward": "ha-noi-cau-giay",
    "team_size": 12, "funding_sought_usd": 500000, "founded_year": 2021, "website": "https://alpha.example.vn",
    "email": "hello@alpha.example.vn", "phone": "+84 24 3555 0101",
}


@pytest.fixture(scope="module", autouse=True)
def _close_pooled_connections(_app):
    """psycopg warns about connections left to the garbage collector, and warnings are errors."""
    yield
    with _app.app_context():
        db.engine.dispose()


@pytest.fixture
def curator(make_user):
    return make_user("curator@example.org", role=Role.CURATOR)


@pytest.fixture
def owner(make_user):
    return make_user("owner@example.org")


def age(listing, days):
    """Pretend the listing was last confirmed `days` ago (committed)."""
    listing.confirmed_at = utcnow() - timedelta(days=days, hours=1)
    db.session.commit()
    return listing


def aware(value):
    """A timestamp as UTC-aware (SQLite hands back naive UTC ones)."""
    return value if value is None or value.tzinfo else value.replace(tzinfo=timezone.utc)
