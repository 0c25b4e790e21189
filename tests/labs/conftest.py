"""Fixtures for the lab tests: a university host with its owner, a zone, a curator, and factories through the services."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.labs.services import add_equipment, create_lab
from ecosystem.models import Role, Status

API = "/api/v1"

LAB = {"name": "Phòng thí nghiệm Vi mạch Bán dẫn", "name_en": "Semiconductor Microchip Lab",
       "description": "Thiết kế và đo kiểm vi mạch cho doanh nghiệp khởi nghiệp.",
       "research_areas": "Thiết kế vi mạch\nĐo kiểm", "technologies": ["semiconductors"], "sectors": ["electronics"],
       "accreditation": "ISO/IEC 17025 (VILAS 999)", "capacity_hours_per_week": 20, "free_for_startups": True,
       "training_required": True, "fee_schedule": "Miễn phí cho startup.", "safety_rules": "Mặc áo phòng sạch.",
       "access_terms": "Đặt lịch trước một tuần."}
SEM = {"name": "Kính hiển vi điện tử quét", "name_en": "Scanning electron microscope", "category": "electron-microscope",
       "maker": "JEOL", "model": "JSM-IT800", "year": 2021, "purchase_value_vnd": 12_000_000_000,
       "condition": "good", "fee_per_hour_vnd": 1_500_000, "bookable": True, "description": "Độ phân giải 0,7 nm."}


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
def stranger(make_user):
    return make_user("stranger@example.org")


@pytest.fixture
def university(make_org, owner):
    return make_org("university", "Trường Đại học Công nghệ Thử nghiệm", owner=owner, province="ha-noi")


@pytest.fixture
def zone(make_org):
    return make_org("zone", "Khu Công nghệ cao Hòa Lạc Thử nghiệm")


@pytest.fixture
def make_lab(app):
    """make_lab(host, actor=SYSTEM, status=verified, **fields) -> Lab, committed."""
    def factory(host, actor=SYSTEM, status=Status.VERIFIED, **fields):
        lab = create_lab(actor, host, {**LAB, **fields}, status=status)
        db.session.commit()
        return lab
    return factory


@pytest.fixture
def make_equipment(app):
    """make_equipment(lab, actor=SYSTEM, **fields) -> Equipment, committed."""
    def factory(lab, actor=SYSTEM, **fields):
        equipment = add_equipment(actor, lab, {**SEM, **fields})
        db.session.commit()
        return equipment
    return factory
