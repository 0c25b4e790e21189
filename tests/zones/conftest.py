"""Fixtures for the zone tests: a zone with its management board, managers, a curator, investors, and a
factory of projects that goes through the services."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.collaboration.zones.services import create_project
from ecosystem.extensions import db
from ecosystem.models import Lab, Partnership, Role, Status

API = "/api/v1"


@pytest.fixture(scope="module", autouse=True)
def _close_pooled_connections(_app):
    """Close the pool after each module (psycopg warns about connections left to the garbage collector)."""
    yield
    with _app.app_context():
        db.engine.dispose()


@pytest.fixture
def board_user(make_user):
    return make_user("board@example.org")


@pytest.fixture
def curator_user(make_user):
    return make_user("curator@example.org", role=Role.CURATOR)


@pytest.fixture
def board(make_org, board_user):
    return make_org("agency", "Ban Quản lý Khu công nghệ cao Thử nghiệm", owner=board_user)


@pytest.fixture
def zone(make_org, board):
    """A zone managed by `board`, with the board's published figures typed in."""
    return make_org("zone", "Khu công nghệ cao Thử nghiệm", area_ha=1586, registered_capital_bn_vnd=115000,
                    project_count=110, managed_by=board.slug)


@pytest.fixture
def other_zone(make_org):
    return make_org("zone", "Khu công nghiệp Thử nghiệm")


@pytest.fixture
def investor(make_org):
    return make_org("company", "Tập đoàn Công nghiệp Viễn thông Thử nghiệm")


def project_data(zone, **fields):
    data = {"zone": zone.slug, "name": "Trung tâm dữ liệu Hòa Lạc", "name_en": "Hoa Lac data centre",
            "description": "Trung tâm dữ liệu tiêu chuẩn Tier III.", "capital_bn_vnd": 1500, "area_ha": 2.5,
            "licensed_on": "2021-03-15", "licence_number": "1234/GCN-KCNC", "technologies": ["cloud-quantum-data"]}
    data.update(fields)
    return data


@pytest.fixture
def make_project(app):
    """make_project(zone, actor=SYSTEM, status=verified, **fields) -> ZoneProject, committed."""
    def factory(zone, actor=SYSTEM, status=Status.VERIFIED, **fields):
        if "name" in fields:
            fields.setdefault("name_en", None)
        project = create_project(actor, project_data(zone, **fields), status=status)
        db.session.commit()
        return project
    return factory


@pytest.fixture
def place_lab(app):
    """place_lab(host, zone, status) -> a Lab row in the zone (labs are another helper's domain: built directly
    so these tests do not depend on the labs' input rules)."""
    def factory(host, zone, name="Phòng thí nghiệm Vi mạch", status=Status.VERIFIED):
        lab = Lab(slug=name.lower().replace(" ", "-")[:80] + f"-{status}", name=name, organisation=host,
                  zone_id=zone.id, status=status)
        db.session.add(lab)
        db.session.commit()
        return lab
    return factory


@pytest.fixture
def place_partnership(app):
    """place_partnership(zone, status) -> a Partnership row in the zone (built directly, as labs are)."""
    def factory(zone, title="Liên kết đào tạo vi mạch", status=Status.VERIFIED):
        partnership = Partnership(slug=f"partnership-{status}-{len(title)}", title=title, zone_id=zone.id,
                                  status=status)
        db.session.add(partnership)
        db.session.commit()
        return partnership
    return factory
