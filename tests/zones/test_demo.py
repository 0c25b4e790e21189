"""The demo's zone projects: realistic Hoa Lac projects with histories; the zone's figures computed from them."""
import pytest

from ecosystem.collaboration.zones.figures import zone_figures
from ecosystem.demo import load_demo
from ecosystem.extensions import db
from ecosystem.models import Organisation, Status, ZoneProject
from ecosystem.registry.seeding import seed_taxonomy
from tests.conftest import empty_tables

from .conftest import API


@pytest.fixture(scope="module")
def demo(_app):
    """The demo loaded once for this module; the tests read it without the emptying `app` fixture."""
    with _app.app_context():
        empty_tables()
        seed_taxonomy()
        counts = load_demo()
        db.session.commit()
        yield counts
        db.session.rollback()
        db.session.remove()


def test_hoa_lac_has_realistic_projects_with_histories(demo):
    park = db.session.scalar(db.select(Organisation).filter_by(slug="khu-cong-nghe-cao-hoa-lac"))
    projects = db.session.scalars(db.select(ZoneProject)).all()
    assert demo["zone_projects"] == len(projects) and len([p for p in projects if p.zone == park]) >= 25
    assert {p.zone.slug for p in projects} > {"khu-cong-nghe-cao-hoa-lac"}
    for project in projects:
        assert project.status == Status.VERIFIED and project.is_sample and project.name_en and project.technologies
        assert project.investors or project.other_investors, project.name
        assert 1 <= len(project.history) <= 4 and project.history[-1].phase == project.phase
        assert [c.changed_on for c in project.history] == sorted(c.changed_on for c in project.history)
    assert {p.phase for p in projects} == {"licensed", "building", "operating", "suspended", "withdrawn"}


def test_hoa_lac_figures_are_computed_and_the_board_figures_stay_published(demo):
    park = db.session.scalar(db.select(Organisation).filter_by(slug="khu-cong-nghe-cao-hoa-lac"))
    figures = zone_figures(park)
    counted = [p for p in park.zone_projects if p.phase != "withdrawn"]
    assert figures.project_count == len(counted) and figures.capital_bn_vnd == sum(p.capital_bn_vnd for p in counted)
    assert (figures.published_capital_bn_vnd, figures.published_project_count) == (115000, 110)
    assert figures.tenant_count >= 5


def test_demo_zone_page_and_api(demo, _app):
    client = _app.test_client()
    client.set_cookie("lang", "en")
    html = client.get("/o/khu-cong-nghe-cao-hoa-lac").get_data(as_text=True)
    assert "published by the management board" in html and "Vietnam National Space Center" in html
    zones = client.get(f"{API}/zones?per_page=100").json
    assert any(z["slug"] == "khu-cong-nghe-cao-hoa-lac" and z["figures"]["project_count"] >= 20 for z in zones["items"])
    vi = _app.test_client()
    vi.set_cookie("lang", "vi")
    assert vi.get("/projects?zone=khu-cong-nghe-cao-hoa-lac&sort=capital").status_code == 200
