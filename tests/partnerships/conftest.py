"""Fixtures for the partnership tests: a small Hanoi world of the three sides, managers, a curator,
and a factory that goes through the services."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.collaboration.partnerships.services import create_partnership
from ecosystem.extensions import db
from ecosystem.models import Role, Status

API = "/api/v1"


@pytest.fixture(scope="module", autouse=True)
def _close_pooled_connections(_app):
    """Close the pool after each module (psycopg warns about connections left to the garbage collector)."""
    yield
    with _app.app_context():
        db.engine.dispose()


@pytest.fixture
def curator_user(make_user):
    return make_user("curator@example.org", role=Role.CURATOR)


@pytest.fixture
def school_owner(make_user):
    return make_user("school@example.org")


@pytest.fixture
def world(make_org, school_owner, make_user):
    """One organisation of each partner kind (and an incubator, which takes no role), named by role."""
    agency = make_org("agency", "Sở Khoa học và Công nghệ Hà Nội", technologies=["semiconductors"],
                      sectors=["electronics"], province="ha-noi")
    board = make_org("agency", "Ban Quản lý Khu công nghệ cao Hòa Lạc", province="ha-noi")
    zone = make_org("zone", "Khu công nghệ cao Hòa Lạc", province="ha-noi", managed_by=board.slug)
    university = make_org("university", "Đại học Bách khoa Hà Nội", owner=school_owner,
                          technologies=["semiconductors", "ai"], sectors=["electronics"], province="ha-noi",
                          zone=zone.slug)
    investor = make_org("investor", "Quỹ Đầu tư Sông Hồng", owner=make_user("fund@example.org"),
                        technologies=["semiconductors"], sectors=["electronics"], stages=["seed"])
    company = make_org("company", "Công ty Điện tử Thăng Long", technologies=["semiconductors"],
                       sectors=["electronics"], province="ha-noi")
    incubator = make_org("incubator", "Vườn ươm Hòa Lạc")
    return {"agency": agency, "board": board, "zone": zone, "university": university, "investor": investor,
            "company": company, "incubator": incubator}


PARTNERSHIP = {"title": "Trung tâm thiết kế vi mạch Hòa Lạc", "title_en": "Hoa Lac chip design centre",
               "partnership_kind": "rd-centre", "phase": "active",
               "goals": "Đào tạo kỹ sư thiết kế vi mạch và thương mại hóa lõi IP bán dẫn.",
               "funding_vnd": 120_000_000_000, "funding_note": "Ngân sách thành phố và vốn đối ứng",
               "starts_on": "2025-01-15", "ends_on": "2028-12-31", "technologies": ["semiconductors"],
               "sectors": ["electronics"], "tags": ["vi mạch"]}


def partner(org, role, contribution=None):
    return {"organisation": org.slug, "role": role, "contribution": contribution}


@pytest.fixture
def make_partnership(app):
    """make_partnership(partners, actor=SYSTEM, status=None, **fields) -> Partnership, committed."""
    def factory(partners, actor=SYSTEM, status=None, **fields):
        data = {**PARTNERSHIP, **fields}
        created = create_partnership(actor, data, partners, status=status)
        db.session.commit()
        return created
    return factory


@pytest.fixture
def pending_of_school(make_partnership, world, school_owner):
    """A partnership the university's owner started: school and state, no investor; pending."""
    created = make_partnership([partner(world["university"], "school", "Phòng thí nghiệm thiết kế"),
                                partner(world["agency"], "state", "Đặt hàng nhiệm vụ")], actor=school_owner)
    assert created.status == Status.PENDING
    return created
