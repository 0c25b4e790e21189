"""Fixtures for the programmes tests: an agency with its manager, applicants, a curator, a frozen clock, and
factories that go through the services."""
from datetime import datetime, timedelta, timezone

import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.collaboration.programmes import rules
from ecosystem.collaboration.programmes.services import add_call, create_programme
from ecosystem.extensions import db
from ecosystem.models import Role, Status
from ecosystem.registry.people import create_person

API = "/api/v1"
NOW = datetime(2026, 6, 1, 3, 0, tzinfo=timezone.utc)  # 10:00 in Hanoi


@pytest.fixture(scope="module", autouse=True)
def _close_pooled_connections(_app):
    """Close the pool after each module (psycopg warns about connections left to the garbage collector)."""
    yield
    with _app.app_context():
        db.engine.dispose()


@pytest.fixture
def clock(monkeypatch):
    """The services' and pages' "now", frozen at NOW; `clock.move(days=...)` moves it."""
    class Clock:
        now = NOW

        def move(self, **delta):
            self.now = self.now + timedelta(**delta)

    frozen = Clock()
    monkeypatch.setattr(rules, "current_time", lambda: frozen.now)
    return frozen


@pytest.fixture
def agency_manager(make_user):
    return make_user("agency@example.org")


@pytest.fixture
def agency(make_org, agency_manager):
    return make_org("agency", "Sở Khoa học và Công nghệ Thử nghiệm", owner=agency_manager)


@pytest.fixture
def founder(make_user):
    return make_user("founder@example.org")


@pytest.fixture
def startup(make_org, founder):
    return make_org("startup", "Công ty Khởi nghiệp Sông Hồng", owner=founder, stage="seed",
                    technologies=["semiconductors"])


@pytest.fixture
def university(make_org, make_user):
    return make_org("university", "Trường Đại học Thử nghiệm", owner=make_user("rector@example.org"))


@pytest.fixture
def researcher(founder):
    person = create_person(founder, {"full_name": "Lê Văn Nghiên"}, status=Status.VERIFIED)
    db.session.commit()
    return person


@pytest.fixture
def curator(make_user):
    return make_user("curator@example.org", role=Role.CURATOR)


PROGRAMME = {"title": "Phiếu hỗ trợ đổi mới công nghệ", "title_en": "Innovation voucher",
             "programme_kind": "funding", "summary": "Hỗ trợ doanh nghiệp nhỏ đổi mới công nghệ.",
             "eligibility": "Doanh nghiệp đăng ký tại Hà Nội.", "eligible_kinds": ["startup", "company"],
             "budget_vnd": 10_000_000_000, "max_award_vnd": 500_000_000, "technologies": ["semiconductors"]}


@pytest.fixture
def make_programme(app):
    """make_programme(agency, actor=SYSTEM, calls=[(opens, closes)], **fields) -> Programme, committed."""
    def factory(agency, actor=SYSTEM, calls=(), **fields):
        if "title" in fields:
            fields.setdefault("title_en", None)
        programme = create_programme(actor, agency, {**PROGRAMME, **fields})
        for number, (opens, closes) in enumerate(calls, start=1):
            add_call(actor, programme, {"title": f"Đợt {number}", "opens_at": opens, "closes_at": closes})
        db.session.commit()
        return programme
    return factory


def around(now, opened_days_ago, closes_in_days):
    """(opens, closes) relative to `now`."""
    return now - timedelta(days=opened_days_ago), now + timedelta(days=closes_in_days)
