"""Zone projects in the browser: the zone page's panels, the listing and its filters, forms and decisions."""
from datetime import date, timedelta

import pytest

from ecosystem.extensions import db
from ecosystem.models import Status, ZoneProject


def test_zone_page_shows_computed_figures_beside_the_published_ones(client, zone, make_project, make_org, investor,
                                                                     place_lab, place_partnership):
    make_project(zone, name="Trung tâm dữ liệu", capital_bn_vnd=1500, investors=[investor.slug])
    make_project(zone, name="Dự án chờ duyệt", capital_bn_vnd=9000, status=Status.PENDING)
    host = make_org("university", "Trường Đại học Thử nghiệm", zone=zone.slug)
    place_lab(host, zone, name="Phòng thí nghiệm Vi mạch")
    place_partnership(zone, title="Liên kết đào tạo vi mạch")
    html = client.get(f"/o/{zone.slug}").get_data(as_text=True)
    assert "The zone in figures" in html and "1,500 billion VND" in html
    assert "115,000 billion VND published by the management board" in html
    assert "110 published by the management board" in html and "1,586 ha" in html
    assert "Trung tâm dữ liệu" in html and investor.name in html and "Dự án chờ duyệt" not in html
    assert f"/directory/universities?zone={zone.slug}" in html and host.name in html
    assert "Phòng thí nghiệm Vi mạch" in html and "Liên kết đào tạo vi mạch" in html
    assert "Add a project" not in html


def test_other_organisations_get_no_zone_panel(client, investor):
    assert "The zone in figures" not in client.get(f"/o/{investor.slug}").get_data(as_text=True)


def test_zone_without_labs_or_partnerships_hides_those_sections(client, zone):
    html = client.get(f"/o/{zone.slug}").get_data(as_text=True)
    assert "Labs in the zone" not in html and "Partnerships in the zone" not in html


def test_listing_filters_and_sorts(client, zone, other_zone, make_project, investor):
    make_project(zone, name="Nhà máy bán dẫn", capital_bn_vnd=5000, phase="building", technologies=["semiconductors"],
                 investors=[investor.slug], licensed_on="2019-01-01")
    make_project(zone, name="Trung tâm dữ liệu", capital_bn_vnd=1500, licensed_on="2023-01-01")
    make_project(other_zone, name="Nhà máy linh kiện", capital_bn_vnd=800)
    make_project(zone, name="Dự án bí mật", status=Status.PENDING)

    def names(query):
        html = client.get(f"/projects?{query}").get_data(as_text=True)
        found = [n for n in ("Nhà máy bán dẫn", "Trung tâm dữ liệu", "Nhà máy linh kiện", "Dự án bí mật") if n in html]
        return sorted(found, key=html.index)

    assert names("") == ["Nhà máy bán dẫn", "Nhà máy linh kiện", "Trung tâm dữ liệu"]
    assert names(f"zone={zone.slug}&sort=capital") == ["Nhà máy bán dẫn", "Trung tâm dữ liệu"]
    assert names("phase=building") == ["Nhà máy bán dẫn"]
    assert names("tech=semiconductors") == ["Nhà máy bán dẫn"]
    assert names(f"investor={investor.slug}") == ["Nhà máy bán dẫn"]
    assert names("q=vien thong") == ["Nhà máy bán dẫn"]  # the investor's name, without diacritics
    assert names("q=du lieu&sort=licensed") == ["Trung tâm dữ liệu"]
    assert names(f"zone={zone.slug}&sort=licensed") == ["Trung tâm dữ liệu", "Nhà máy bán dẫn"]


@pytest.mark.parametrize("query", ["sort=evil", "phase=dreaming", "tech=warp", "status=pending", "page=0", "page=x"])
def test_bad_filters_are_400_not_500(client, query):
    assert client.get(f"/projects?{query}").status_code == 400


def test_pending_projects_are_hidden_from_the_public(client, auth, zone, make_project, board_user):
    project = make_project(zone, status=Status.PENDING)
    assert client.get(f"/projects/{project.slug}").status_code == 404
    auth.login(board_user.email)
    assert "pending review" in client.get(f"/projects/{project.slug}").get_data(as_text=True)


def test_a_zone_manager_adds_a_project_from_the_form(client, auth, zone, board_user, investor):
    auth.login(board_user.email)
    form = client.get(f"/projects/new?zone={zone.slug}").get_data(as_text=True)
    assert f'selected value="{zone.slug}"' in form
    response = client.post("/projects/new", data={
        "zone": zone.slug, "name": "Nhà máy vi mạch Hòa Lạc", "phase": "licensed", "operator": "",
        "investors": [investor.slug], "capital_bn_vnd": "1200.5", "licensed_on": "2024-05-02"})
    assert response.status_code == 302
    project = db.session.scalar(db.select(ZoneProject))
    assert project.status == Status.PENDING and project.capital_bn_vnd == 1200.5 and project.investors == [investor]
    assert "waits for review" in client.get(response.location).get_data(as_text=True)


def test_bad_form_input_changes_nothing(client, auth, zone, board_user):
    auth.login(board_user.email)
    for data in ({"zone": zone.slug, "name": "", "phase": "licensed", "operator": ""},
                 {"zone": zone.slug, "name": "Dự án", "phase": "licensed", "operator": "", "capital_bn_vnd": "-5"},
                 {"zone": zone.slug, "name": "Dự án", "phase": "licensed", "operator": "",
                  "licensed_on": (date.today() + timedelta(days=9)).isoformat()}):
        assert client.post("/projects/new", data=data).status_code == 400
    assert db.session.scalar(db.select(db.func.count(ZoneProject.id))) == 0


def test_strangers_cannot_add_edit_or_change_phases(client, auth, make_user, zone, make_project):
    project = make_project(zone)
    auth.login(make_user("stranger@example.org").email)
    assert client.get("/projects/new").status_code == 403
    assert client.get(f"/projects/{project.slug}/edit").status_code == 403
    response = client.post(f"/projects/{project.slug}/phase", data={"phase": "operating"})
    assert response.status_code == 303
    db.session.expire_all()
    assert project.phase == "licensed" and len(project.history) == 1


def test_phase_change_from_the_detail_page(client, auth, zone, make_project, board_user):
    project = make_project(zone, licensed_on="2020-02-02")
    auth.login(board_user.email)
    future = (date.today() + timedelta(days=2)).isoformat()
    response = client.post(f"/projects/{project.slug}/phase", data={"phase": "building", "changed_on": future})
    assert response.status_code == 303
    response = client.post(f"/projects/{project.slug}/phase", data={"phase": "building", "changed_on": "2022-04-01",
                                                                    "note": "Khởi công nhà xưởng"})
    assert response.status_code == 302
    html = client.get(f"/projects/{project.slug}").get_data(as_text=True)
    assert "2022-04-01" in html and "Khởi công nhà xưởng" in html and "Under construction" in html


def test_edit_keeps_zone_and_phase_and_checks_the_version(client, auth, zone, make_project, board_user):
    project = make_project(zone)
    auth.login(board_user.email)
    assert 'name="phase"' not in client.get(f"/projects/{project.slug}/edit").get_data(as_text=True)
    base = {"name": "Tên mới", "operator": "", "version": project.version}
    assert client.post(f"/projects/{project.slug}/edit", data=base).status_code == 302
    assert client.post(f"/projects/{project.slug}/edit", data=base).status_code == 409
    db.session.expire_all()
    assert project.name == "Tên mới"


def test_curators_verify_and_reject_from_the_detail_page(client, auth, zone, make_project, board_user, curator_user):
    project = make_project(zone, actor=board_user, status=Status.PENDING)
    auth.login(curator_user.email)
    queue = client.get("/curation/").get_data(as_text=True)
    assert "Zone projects waiting for review" in queue and f"/projects/{project.slug}" in queue
    client.post(f"/projects/{project.slug}/decide", data={"action": "reject", "reason": ""})
    db.session.expire_all()
    assert project.status == Status.PENDING
    client.post(f"/projects/{project.slug}/decide", data={"action": "verify"})
    db.session.expire_all()
    assert project.status == Status.VERIFIED


def test_zones_listing_links_to_the_projects(client, zone):
    assert 'href="/projects"' in client.get("/directory/zones").get_data(as_text=True)


def test_my_page_lists_the_projects_of_managed_zones(client, auth, zone, other_zone, make_project, board_user):
    make_project(zone, name="Dự án của khu tôi", status=Status.PENDING)
    make_project(other_zone, name="Dự án khu khác")
    auth.login(board_user.email)
    html = client.get("/my").get_data(as_text=True)
    assert "Projects in the zones you manage" in html and "Dự án của khu tôi" in html and "Dự án khu khác" not in html
