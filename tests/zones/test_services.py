"""Zone projects through the services: figures computed from the data, permissions, phase history."""
from datetime import date, timedelta

import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.collaboration.zones import services
from ecosystem.collaboration.zones.figures import zone_figures
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.models import ProjectStatusChange, Status, ZoneProject

from .conftest import project_data


def test_figures_are_computed_from_public_projects(zone, make_project):
    figures = zone_figures(zone)
    assert (figures.capital_bn_vnd, figures.project_count) == (0, 0)
    assert (figures.published_capital_bn_vnd, figures.published_project_count, figures.area_ha) == (115000, 110, 1586)
    make_project(zone, name="Dự án A", capital_bn_vnd=1000)
    make_project(zone, name="Dự án B", capital_bn_vnd=250.5, phase="operating")
    figures = zone_figures(zone)
    assert figures.capital_bn_vnd == 1250.5 and figures.project_count == 2
    assert figures.projects_by_phase["licensed"] == 1 and figures.projects_by_phase["operating"] == 1


def test_withdrawn_unverified_and_archived_projects_do_not_count(zone, make_project):
    make_project(zone, name="Công khai", capital_bn_vnd=100)
    make_project(zone, name="Chờ duyệt", capital_bn_vnd=1000, status=Status.PENDING)
    make_project(zone, name="Đã rút", capital_bn_vnd=2000, phase="withdrawn")
    archived = make_project(zone, name="Lưu trữ", capital_bn_vnd=4000)
    services.archive_project(SYSTEM, archived)
    db.session.commit()
    figures = zone_figures(zone)
    assert figures.capital_bn_vnd == 100 and figures.project_count == 1
    assert figures.projects_by_phase["withdrawn"] == 1


def test_tenants_labs_and_partnerships_are_counted_when_public(zone, make_org, place_lab, place_partnership):
    host = make_org("university", "Trường Đại học Thử nghiệm", zone=zone.slug)
    make_org("startup", "Khởi nghiệp Chờ duyệt", zone=zone.slug, status=Status.PENDING)
    place_lab(host, zone)
    place_lab(host, zone, name="Phòng chưa duyệt", status=Status.PENDING)
    place_partnership(zone)
    place_partnership(zone, title="Chưa duyệt", status=Status.PENDING)
    figures = zone_figures(zone)
    assert (figures.tenant_count, figures.lab_count, figures.partnership_count) == (1, 1, 1)


def test_zone_managers_add_projects_that_wait_for_a_curator(zone, board_user, curator_user, make_user, other_zone):
    project = services.create_project(board_user, project_data(zone))
    assert project.status == Status.PENDING and project.history[0].phase == "licensed"
    assert project.history[0].changed_on == date(2021, 3, 15)
    with pytest.raises(NotAllowed):
        services.create_project(board_user, project_data(other_zone, name="Không phải khu của tôi"))
    with pytest.raises(NotAllowed):
        services.create_project(make_user("stranger@example.org"), project_data(zone, name="Người lạ"))
    with pytest.raises(NotAllowed):
        services.verify_project(board_user, project)
    services.verify_project(curator_user, project)
    assert project.status == Status.VERIFIED
    by_curator = services.create_project(curator_user, project_data(other_zone, name="Dự án của cán bộ"))
    assert by_curator.status == Status.VERIFIED


def test_bad_input_changes_nothing(zone, board_user):
    for data, field in [(project_data(zone, name=""), "name"), (project_data(zone, capital_bn_vnd="nhiều"),
                         "capital_bn_vnd"), (project_data(zone, phase="dreaming"), "phase"),
                        (project_data(zone, investors=["khong-co"]), "investors"),
                        (project_data(zone, licensed_on=(date.today() + timedelta(days=3)).isoformat()),
                         "licensed_on"), ({**project_data(zone), "zone": "khong-co"}, "zone"),
                        ({**project_data(zone), "status": "verified"}, "status")]:
        with pytest.raises(Invalid) as err:
            services.create_project(board_user, data)
        assert field in err.value.errors, field
        db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(ZoneProject.id))) == 0


def test_update_checks_version_and_permission(zone, make_project, board_user, make_user, investor):
    project = make_project(zone)
    services.update_project(board_user, project, {"investors": [investor.slug], "capital_bn_vnd": 2000},
                            expected_version=project.version)
    db.session.commit()
    assert project.investors == [investor] and project.capital_bn_vnd == 2000
    with pytest.raises(Conflict):
        services.update_project(board_user, project, {"name": "Cũ"}, expected_version=project.version - 1)
    with pytest.raises(NotAllowed):
        services.update_project(make_user("x@example.org"), project, {"name": "Lạ"})
    with pytest.raises(Invalid):  # the phase changes only through a dated phase change
        services.update_project(board_user, project, {"phase": "operating"})


def test_phase_changes_are_appended_dated_and_never_in_the_future(zone, make_project, board_user):
    project = make_project(zone, licensed_on="2020-01-10")
    services.change_phase(board_user, project, {"phase": "building", "changed_on": "2021-06-01", "note": "Khởi công"})
    db.session.commit()
    assert [c.phase for c in project.history] == ["licensed", "building"] and project.phase == "building"
    assert project.history[-1].recorded_by_id == board_user.id and project.history[-1].note == "Khởi công"
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for data, field in [({"phase": "operating", "changed_on": tomorrow}, "changed_on"),
                        ({"phase": "operating", "changed_on": "2021-05-01"}, "changed_on"),
                        ({"phase": "building"}, "phase"), ({"phase": ""}, "phase"),
                        ({"phase": "operating", "changed_on": "hôm qua"}, "changed_on")]:
        with pytest.raises(Invalid) as err:
            services.change_phase(board_user, project, data)
        assert field in err.value.errors, data
    services.change_phase(board_user, project, {"phase": "operating"})
    db.session.commit()
    assert project.history[-1].changed_on == date.today() and len(project.history) == 3


def test_history_cannot_be_rewritten(zone, make_project):
    project = make_project(zone)
    change = db.session.scalar(db.select(ProjectStatusChange).where(ProjectStatusChange.project_id == project.id))
    change.note = "Sửa lại lịch sử"
    with pytest.raises(ValueError):
        db.session.flush()
    db.session.rollback()


def test_reject_then_edit_returns_to_review(zone, make_project, board_user, curator_user):
    project = make_project(zone, actor=board_user, status=Status.PENDING)
    with pytest.raises(Invalid):
        services.reject_project(curator_user, project, "")
    services.reject_project(curator_user, project, "Thiếu số giấy chứng nhận đầu tư.")
    assert project.status == Status.REJECTED
    services.update_project(board_user, project, {"licence_number": "9999/GCN"})
    assert project.status == Status.PENDING and project.status_reason is None
