"""Lab and equipment services: validation, permissions, slugs, the pending → verified life, visibility."""
import pytest

from ecosystem.auth.policy import SYSTEM, can_manage_lab, can_verify_lab, can_view_lab
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.labs import services
from ecosystem.models import AuditEvent, Equipment, Lab, Status
from ecosystem.registry.members import add_member

from .conftest import LAB, SEM


def test_a_member_creates_a_pending_lab_with_folded_names_and_terms(owner, university, zone):
    lab = services.create_lab(owner, university, {**LAB, "zone": zone.slug, "manager_user_id": owner.id})
    db.session.commit()
    assert lab.status == Status.PENDING and not lab.is_public
    assert lab.slug == "phong-thi-nghiem-vi-mach-ban-dan"
    assert lab.name_folded.startswith("phong thi nghiem vi mach ban dan")
    assert [t.code for t in lab.technologies] == ["semiconductors"] and lab.zone == zone
    assert lab.manager_user_id == owner.id and lab.free_for_startups and lab.capacity_hours_per_week == 20
    assert db.session.scalar(db.select(AuditEvent).filter_by(target_type="lab", action="created")) is not None


def test_slugs_are_unique_and_never_a_page_name(owner, university, make_lab):
    first, second = make_lab(university), make_lab(university)
    assert second.slug == first.slug + "-2"
    assert make_lab(university, name="New", name_en=None).slug == "new-lab"
    assert make_lab(university, name="Report", name_en=None).slug == "report-lab"


@pytest.mark.parametrize("fields, field", [
    ({"name": ""}, "name"), ({"capacity_hours_per_week": 200}, "capacity_hours_per_week"),
    ({"contact_email": "not an email"}, "contact_email"), ({"technologies": ["warp-drive"]}, "technologies"),
    ({"zone": "no-such-zone"}, "zone"), ({"status": "verified"}, "status"),
    ({"manager_person": "nobody"}, "manager_person"),
])
def test_bad_lab_input_is_invalid_and_leaves_nothing_behind(owner, university, fields, field):
    with pytest.raises(Invalid) as caught:
        services.create_lab(owner, university, {**LAB, **fields})
    assert field in caught.value.errors
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(Lab.id))) == 0


def test_the_host_must_be_academic_and_managed_by_the_actor(owner, stranger, make_org, university):
    startup = make_org("startup", "Công ty Khởi nghiệp", owner=owner)
    with pytest.raises(Invalid):
        services.create_lab(owner, startup, LAB)
    with pytest.raises(NotAllowed):
        services.create_lab(stranger, university, LAB)


def test_the_manager_account_must_be_a_member_of_the_host(owner, stranger, university):
    with pytest.raises(Invalid) as caught:
        services.create_lab(owner, university, {**LAB, "manager_user_id": stranger.id})
    assert "manager_user_id" in caught.value.errors


def test_who_manages_views_and_verifies(owner, stranger, curator_user, university, make_lab, make_user):
    lab = make_lab(university, status=Status.PENDING)
    manager = make_user("manager@example.org")
    add_member(SYSTEM, university, manager.email, "editor")
    services.update_lab(SYSTEM, lab, {"manager_user_id": manager.id})
    db.session.commit()
    assert can_manage_lab(owner, lab) and can_manage_lab(manager, lab) and can_manage_lab(curator_user, lab)
    assert not can_manage_lab(stranger, lab) and not can_view_lab(stranger, lab)
    assert can_verify_lab(curator_user, lab) and not can_verify_lab(owner, lab)
    add_member(SYSTEM, university, curator_user.email, "editor")
    db.session.commit()
    assert not can_verify_lab(curator_user, lab)  # a curator never verifies a lab they manage


def test_pending_to_verified_to_rejected_and_back(owner, curator_user, university, make_lab):
    lab = make_lab(university, actor=owner, status=Status.PENDING)
    with pytest.raises(NotAllowed):
        services.verify_lab(owner, lab)
    services.verify_lab(curator_user, lab)
    assert lab.status == Status.VERIFIED and lab.is_public and lab.verified_at is not None
    with pytest.raises(Conflict):
        services.verify_lab(curator_user, lab)
    with pytest.raises(Invalid):
        services.reject_lab(curator_user, lab, "  ")
    services.reject_lab(curator_user, lab, "Thiếu quy định an toàn.")
    assert lab.status == Status.REJECTED
    services.update_lab(owner, lab, {"safety_rules": "Đeo kính bảo hộ."})
    assert lab.status == Status.PENDING and lab.status_reason is None


def test_a_lab_of_a_hidden_host_is_hidden_and_cannot_be_verified(owner, curator_user, make_org, make_lab):
    host = make_org("institute", "Viện Chưa Duyệt", owner=owner, status=Status.PENDING)
    lab = make_lab(host, status=Status.PENDING)
    with pytest.raises(Conflict):
        services.verify_lab(curator_user, lab)
    lab.status = Status.VERIFIED
    assert not lab.is_public


def test_a_stale_version_is_a_conflict(owner, university, make_lab):
    lab = make_lab(university)
    with pytest.raises(Conflict):
        services.update_lab(owner, lab, {"name": "Tên mới"}, expected_version=lab.version - 1)
    services.update_lab(owner, lab, {"name": "Tên mới"}, expected_version=lab.version)
    assert lab.name == "Tên mới" and lab.slug == "phong-thi-nghiem-vi-mach-ban-dan"


def test_archive_hides_the_lab_and_its_equipment(owner, stranger, university, make_lab, make_equipment):
    lab = make_lab(university)
    sem = make_equipment(lab)
    assert sem.is_public
    with pytest.raises(NotAllowed):
        services.archive_lab(stranger, lab)
    services.archive_lab(owner, lab)
    assert not lab.is_public and not sem.is_public
    with pytest.raises(Invalid):
        services.add_equipment(owner, lab, SEM)


def test_equipment_is_added_changed_and_removed_by_managers(owner, stranger, university, make_lab, make_equipment):
    lab = make_lab(university)
    sem = make_equipment(lab, actor=owner, maker="  ZEISS ", model="GeminiSEM 560")
    assert sem.maker == "ZEISS" and sem.maker_folded == "zeiss" and sem.model_folded == "geminisem 560"
    assert sem.slug == "kinh-hien-vi-dien-tu-quet" and sem.bookable
    with pytest.raises(NotAllowed):
        services.update_equipment(stranger, sem, {"fee_per_hour_vnd": 1})
    with pytest.raises(Conflict):
        services.update_equipment(owner, sem, {"fee_per_hour_vnd": 1}, expected_version=sem.version + 1)
    services.update_equipment(owner, sem, {"fee_per_hour_vnd": 900_000, "bookable": False, "category": ""})
    assert sem.fee_per_hour_vnd == 900_000 and not sem.bookable and sem.category == "other"
    with pytest.raises(NotAllowed):
        services.remove_equipment(stranger, sem)
    services.remove_equipment(owner, sem)
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count(Equipment.id))) == 0


@pytest.mark.parametrize("fields, field", [
    ({"category": "time-machine"}, "category"), ({"year": 1700}, "year"), ({"condition": "broken"}, "condition"),
    ({"purchase_value_vnd": -1}, "purchase_value_vnd"), ({"fee_per_hour_vnd": "free"}, "fee_per_hour_vnd"),
    ({"name": None}, "name"),
])
def test_bad_equipment_input_is_invalid(owner, university, make_lab, fields, field):
    lab = make_lab(university)
    with pytest.raises(Invalid) as caught:
        services.add_equipment(owner, lab, {**SEM, **fields})
    assert field in caught.value.errors
