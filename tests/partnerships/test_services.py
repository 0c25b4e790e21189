"""Partnership services: role and kind rules, who may create and edit, versions, decisions."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.collaboration.partnerships import services
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.models import AuditEvent, Partnership, Status

from .conftest import PARTNERSHIP, partner


def test_curator_creates_a_verified_partnership_with_roles(world, make_partnership):
    created = make_partnership([partner(world["agency"], "state"), partner(world["university"], "school"),
                                partner(world["investor"], "investor", "Vốn mồi 20 tỷ")])
    assert created.status == Status.VERIFIED and created.verified_at is not None
    assert created.slug == "trung-tam-thiet-ke-vi-mach-hoa-lac"
    assert created.missing_roles == () and services.is_complete(created)
    assert [p.contribution for p in created.partners if p.role == "investor"] == ["Vốn mồi 20 tỷ"]
    assert created.funding_vnd == 120_000_000_000 and created.starts_on.isoformat() == "2025-01-15"
    assert [t.name for t in created.tags] == ["vi mạch"]
    assert db.session.scalar(db.select(AuditEvent).filter_by(target_type="partnership", action="created"))


def test_member_must_include_an_organisation_they_manage(world, school_owner, make_partnership):
    with pytest.raises(NotAllowed):
        services.create_partnership(school_owner, PARTNERSHIP, [partner(world["company"], "investor")])
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(Partnership.id))) == 0
    created = make_partnership([partner(world["university"], "school")], actor=school_owner)
    assert created.status == Status.PENDING and created.missing_roles == ("state", "investor")
    with pytest.raises(NotAllowed):  # a member cannot publish at once
        services.create_partnership(school_owner, dict(PARTNERSHIP, title="Khác"),
                                    [partner(world["university"], "school")], status=Status.VERIFIED)


@pytest.mark.parametrize("org_key, role", [("company", "state"), ("university", "investor"), ("agency", "school"),
                                           ("incubator", "state"), ("investor", "school"), ("zone", "investor")])
def test_role_must_fit_the_kind(world, org_key, role):
    with pytest.raises(Invalid) as err:
        services.create_partnership(SYSTEM, PARTNERSHIP, [partner(world[org_key], role)])
    assert "role" in err.value.errors


@pytest.mark.parametrize("org_key, role", [("agency", "state"), ("zone", "state"), ("university", "school"),
                                           ("investor", "investor"), ("company", "investor")])
def test_fitting_roles_are_accepted(world, org_key, role, make_partnership):
    assert make_partnership([partner(world[org_key], role)]).partners[0].role == role


def test_bad_input_changes_nothing(world):
    cases = [dict(PARTNERSHIP, title=""), dict(PARTNERSHIP, phase="dreaming"), dict(PARTNERSHIP, funding_vnd=-5),
             dict(PARTNERSHIP, starts_on="2026-05-01", ends_on="2026-01-01"), dict(PARTNERSHIP, zone="nowhere"),
             dict(PARTNERSHIP, technologies=["warp-drive"]), dict(PARTNERSHIP, status="verified"),
             dict(PARTNERSHIP, starts_on="15/01/2025")]
    for data in cases:
        with pytest.raises(Invalid):
            services.create_partnership(SYSTEM, data, [partner(world["agency"], "state")])
        db.session.rollback()
    with pytest.raises(Invalid):  # a pending organisation is not a partner
        services.create_partnership(SYSTEM, PARTNERSHIP, [{"organisation": "no-such-org", "role": "state"}])
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(Partnership.id))) == 0


def test_partners_added_and_removed_with_their_rules(world, pending_of_school, school_owner):
    created = pending_of_school
    services.add_partner(school_owner, created, partner(world["company"], "investor", "Đặt hàng chip"))
    db.session.commit()
    assert created.missing_roles == ()
    with pytest.raises(Conflict):
        services.add_partner(school_owner, created, partner(world["company"], "investor"))
    with pytest.raises(Invalid):
        services.add_partner(school_owner, created, partner(world["incubator"], "investor"))
    school = next(p for p in created.partners if p.role == "school")
    with pytest.raises(Conflict):  # the last partner this member manages
        services.remove_partner(school_owner, created, school)
    company = next(p for p in created.partners if p.role == "investor")
    services.remove_partner(school_owner, created, company)
    db.session.commit()
    assert created.missing_roles == ("investor",)


def test_only_editors_change_a_partnership_and_versions_guard(world, pending_of_school, make_user, curator_user):
    stranger = make_user("stranger@example.org")
    with pytest.raises(NotAllowed):
        services.update_partnership(stranger, pending_of_school, {"phase": "completed"})
    with pytest.raises(NotAllowed):
        services.add_partner(stranger, pending_of_school, partner(world["company"], "investor"))
    version = pending_of_school.version
    services.update_partnership(curator_user, pending_of_school, {"phase": "completed"}, expected_version=version)
    db.session.commit()
    with pytest.raises(Conflict):
        services.update_partnership(curator_user, pending_of_school, {"phase": "active"}, expected_version=version)
    assert pending_of_school.phase == "completed"


def test_verification_is_for_curators_who_manage_no_partner(world, pending_of_school, school_owner, curator_user):
    with pytest.raises(NotAllowed):
        services.verify_partnership(school_owner, pending_of_school)
    with pytest.raises(Invalid):
        services.reject_partnership(curator_user, pending_of_school, "")
    services.reject_partnership(curator_user, pending_of_school, "Thiếu kết quả đầu ra.")
    assert pending_of_school.status == Status.REJECTED
    services.update_partnership(school_owner, pending_of_school, {"outcomes": "12 kỹ sư đã được đào tạo."})
    assert pending_of_school.status == Status.PENDING  # an edit sends it back for review
    services.verify_partnership(curator_user, pending_of_school)
    with pytest.raises(Conflict):
        services.verify_partnership(curator_user, pending_of_school)
    services.archive_partnership(school_owner, pending_of_school)
    assert pending_of_school.status == Status.ARCHIVED
