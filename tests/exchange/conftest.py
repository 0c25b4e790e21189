"""Fixtures for the exchange tests: publishers, their managers, a curator, and factories that go through the services."""
from datetime import date, timedelta

import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.exchange.services import create_need, create_offer
from ecosystem.extensions import db
from ecosystem.models import Role, Status
from ecosystem.registry.people import create_person

API = "/api/v1"


@pytest.fixture(scope="module", autouse=True)
def _close_pooled_connections(_app):
    """Close the pool after each module (psycopg warns about connections left to the garbage collector)."""
    yield
    with _app.app_context():
        db.engine.dispose()


@pytest.fixture
def owner(make_user):
    return make_user("owner@example.org")


@pytest.fixture
def curator_user(make_user):
    return make_user("curator@example.org", role=Role.CURATOR)


@pytest.fixture
def institute(make_org, owner):
    return make_org("institute", "Viện Công nghệ Vi mạch Thử nghiệm", owner=owner, technologies=["semiconductors"],
                    sectors=["electronics"], province="ha-noi")


@pytest.fixture
def company(make_org, make_user):
    return make_org("company", "Công ty Điện tử Bạch Mai", owner=make_user("company@example.org"),
                    technologies=["semiconductors"], sectors=["electronics"])


@pytest.fixture
def researcher(owner):
    person = create_person(owner, {"full_name": "Nguyễn Thị Thu"}, status=Status.VERIFIED)
    db.session.commit()
    return person


OFFER = {"title": "Lõi vi xử lý RISC-V công suất thấp", "title_en": "Low-power RISC-V core",
         "summary": "Lõi vi điều khiển cho cảm biến IoT, đã chạy thử trên silicon.", "technologies": ["semiconductors"],
         "sectors": ["electronics"], "tags": ["RISC-V", "IoT"], "trl": 6, "ip_status": "patent-pending",
         "engagement": "licence", "terms": "Cấp phép theo sản phẩm."}


def need_data(**fields):
    data = {"title": "Vi điều khiển cho nhà thông minh", "title_en": "Microcontroller for smart homes",
            "problem": "Chúng tôi cần lõi vi điều khiển thiết kế trong nước cho cảm biến chạy pin.",
            "technologies": ["semiconductors"], "sectors": ["electronics"], "budget_min_vnd": 1_000_000_000,
            "budget_max_vnd": 3_000_000_000, "deadline": (date.today() + timedelta(days=60)).isoformat()}
    if "title" in fields:
        fields.setdefault("title_en", None)
    data.update(fields)
    return data


@pytest.fixture
def make_offer(app):
    """make_offer(publisher, actor=SYSTEM, status=verified, **fields) -> Offer, committed."""
    def factory(publisher, actor=SYSTEM, status=Status.VERIFIED, **fields):
        if "title" in fields:
            fields.setdefault("title_en", None)
        offer = create_offer(actor, publisher, {**OFFER, **fields}, status=status)
        db.session.commit()
        return offer
    return factory


@pytest.fixture
def make_need(app):
    """make_need(organisation, actor=SYSTEM, status=verified, **fields) -> Need, committed."""
    def factory(organisation, actor=SYSTEM, status=Status.VERIFIED, **fields):
        need = create_need(actor, organisation, need_data(**fields), status=status)
        db.session.commit()
        return need
    return factory
