"""Revisions: capture of every change, the review hold on verified listings, approve and reject, revert
(with the conflict case), superseded proposals and readable diffs. Built through the services."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.curation.revisions.capture import changes_since, pending_fields, pending_revisions, record_revision
from ecosystem.curation.revisions.diffs import field_diff, text_segments
from ecosystem.curation.revisions.review import FieldsConflict, approve_change, reject_change
from ecosystem.curation.revisions.revert import RevertConflict, revert_revision
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.models import Revision, RevisionState, Status
from ecosystem.registry.organisations import create_organisation, update_organisation
from ecosystem.registry.people import create_person, update_person


def revisions_of(org=None, person=None):
    column = Revision.organisation_id if org is not None else Revision.person_id
    record = org if org is not None else person
    return db.session.scalars(db.select(Revision).where(column == record.id).order_by(Revision.id)).all()


@pytest.fixture
def verified(make_org, owner):
    return make_org("startup", "Công ty Alpha", owner=owner, stage="seed", phone="024 3555 0101",
                    technologies=["ai"], website="https://alpha.example.vn")


def test_creation_and_updates_are_captured_field_by_field(app, owner, curator):
    org = create_organisation(owner, "startup", {"name": "Beta AI", "stage": "idea", "technologies": ["ai"]})
    db.session.commit()
    created = revisions_of(org)
    assert [r.action for r in created] == ["created"] and created[0].actor_id == owner.id
    assert created[0].changes["name"] == {"old": None, "new": "Beta AI"}
    assert created[0].changes["technologies"] == {"old": None, "new": ["ai"]}
    assert "description" not in created[0].changes  # only fields with a value

    # A pending listing: the owner's edits apply at once; only changed fields are recorded.
    update_organisation(owner, org, {"name": "Beta AI", "phone": "024 3555 0199", "technologies": ["ai", "biotech"]})
    db.session.commit()
    updated = revisions_of(org)[-1]
    assert (updated.action, updated.state) == ("updated", RevisionState.APPLIED)
    assert updated.changes == {"phone": {"old": None, "new": "024 3555 0199"},
                               "technologies": {"old": ["ai"], "new": ["ai", "biotech"]}}
    assert updated.record_version == org.version

    update_organisation(curator, org, {"phone": "024 3555 0199"})  # no difference, no revision
    assert len(revisions_of(org)) == 2


def test_owner_edit_of_verified_listing_holds_important_fields(app, verified, owner):
    update_organisation(owner, verified, {"name": "Alpha Mới", "stage": "series-a", "phone": "024 3555 0202"},
                        expected_version=verified.version)
    db.session.commit()
    assert verified.name == "Công ty Alpha" and verified.startup.stage == "seed"
    assert verified.phone == "024 3555 0202"  # minor fields publish at once
    applied, pending = revisions_of(verified)[-2:]
    assert applied.changes == {"phone": {"old": "024 3555 0101", "new": "024 3555 0202"}}
    assert pending.state == RevisionState.PENDING and pending.actor_id == owner.id
    assert pending.changes == {"name": {"old": "Công ty Alpha", "new": "Alpha Mới"},
                               "stage": {"old": "seed", "new": "series-a"}}
    assert pending_fields(verified) == ["name", "stage"]


def test_curators_and_unverified_listings_are_not_held(app, verified, owner, curator):
    update_organisation(curator, verified, {"name": "Alpha do curator sửa"})
    assert verified.name == "Alpha do curator sửa" and pending_revisions(verified) == []
    pending = create_organisation(owner, "company", {"name": "Gamma"})
    update_organisation(owner, pending, {"name": "Gamma JSC"})
    assert pending.name == "Gamma JSC" and pending_revisions(pending) == []


def test_a_curator_who_manages_the_listing_is_held_too(app, make_org, curator):
    org = make_org("company", "Của curator", owner=curator)
    update_organisation(curator, org, {"name": "Tên mới"})
    assert org.name == "Của curator" and pending_fields(org) == ["name"]
    with pytest.raises(NotAllowed):
        approve_change(curator, pending_revisions(org)[0])


def test_approve_applies_the_change_and_tells_the_owners(app, verified, owner, curator, outbox):
    update_organisation(owner, verified, {"name": "Alpha Mới", "website": "https://alpha-moi.example.vn"})
    revision = pending_revisions(verified)[0]
    with pytest.raises(NotAllowed):
        approve_change(owner, revision)
    approve_change(curator, revision)
    db.session.commit()
    assert verified.name == "Alpha Mới" and verified.website == "https://alpha-moi.example.vn"
    assert (revision.state, revision.reviewer_id) == (RevisionState.APPLIED, curator.id)
    assert revision.reviewed_at is not None and revision.record_version == verified.version
    assert outbox[-1]["To"] == owner.email and "Alpha Mới" in outbox[-1]["Subject"]
    with pytest.raises(Conflict):
        approve_change(curator, revision)


def test_approve_is_a_conflict_when_the_fields_changed_since(app, verified, owner, curator):
    update_organisation(owner, verified, {"name": "Alpha của chủ"})
    revision = pending_revisions(verified)[0]
    update_organisation(curator, verified, {"name": "Alpha của curator"})
    with pytest.raises(FieldsConflict) as err:
        approve_change(curator, revision)
    assert err.value.fields == ["name"] and "name" in err.value.errors
    assert verified.name == "Alpha của curator" and revision.state == RevisionState.PENDING


def test_reject_needs_a_reason_and_tells_the_owner(app, verified, owner, curator, outbox):
    owner.locale = "en"
    update_organisation(owner, verified, {"tax_code": "0101234567"})
    revision = pending_revisions(verified)[0]
    with pytest.raises(Invalid):
        reject_change(curator, revision, "  ")
    reject_change(curator, revision, "The tax code belongs to another company.")
    db.session.commit()
    assert verified.tax_code is None
    assert (revision.state, revision.review_reason) == (RevisionState.REJECTED,
                                                        "The tax code belongs to another company.")
    message = outbox[-1]
    assert message["To"] == owner.email and "was not approved" in message["Subject"]
    assert "belongs to another company" in message.get_content()


def test_a_newer_proposal_supersedes_the_older_one(app, verified, owner):
    update_organisation(owner, verified, {"name": "Alpha 1", "website": "https://one.example.vn"})
    first = pending_revisions(verified)[0]
    update_organisation(owner, verified, {"name": "Alpha 2"})
    second = pending_revisions(verified)[-1]
    assert first.changes == {"website": {"old": "https://alpha.example.vn", "new": "https://one.example.vn"}}
    update_organisation(owner, verified, {"website": "https://two.example.vn"})
    assert first.state == RevisionState.SUPERSEDED
    assert [r.id for r in pending_revisions(verified)][0] == second.id


def test_revert_restores_the_old_values_through_the_services(app, verified, curator, owner):
    update_organisation(curator, verified, {"name": "Tên sai", "technologies": ["ai", "blockchain"], "stage": "idea"})
    bad = revisions_of(verified)[-1]
    with pytest.raises(NotAllowed):
        revert_revision(owner, bad)
    undo = revert_revision(curator, bad)
    db.session.commit()
    assert verified.name == "Công ty Alpha" and verified.startup.stage == "seed"
    assert [t.code for t in verified.technologies] == ["ai"]
    assert bad.state == RevisionState.REVERTED
    assert (undo.action, undo.reverts_id, undo.actor_id) == ("reverted", bad.id, curator.id)
    assert undo.changes["name"] == {"old": "Tên sai", "new": "Công ty Alpha"}
    with pytest.raises(Conflict):
        revert_revision(curator, bad)  # reverted already
    with pytest.raises(Conflict):
        revert_revision(curator, revisions_of(verified)[0])  # the creation


def test_revert_does_not_silently_overwrite_later_changes(app, verified, curator):
    update_organisation(curator, verified, {"name": "Tên sai", "phone": "024 0000 0000"})
    bad = revisions_of(verified)[-1]
    update_organisation(curator, verified, {"name": "Tên đúng hơn"})
    with pytest.raises(RevertConflict) as err:
        revert_revision(curator, bad)
    assert err.value.fields == ["name"]
    assert verified.name == "Tên đúng hơn" and verified.phone == "024 0000 0000"
    revert_revision(curator, bad, force=True)
    assert verified.name == "Công ty Alpha" and verified.phone == "024 3555 0101"


def test_people_are_held_approved_and_reverted_like_organisations(app, owner, curator):
    person = create_person(owner, {"full_name": "Nguyễn Văn An", "position": "Giảng viên"}, status=Status.VERIFIED)
    update_person(owner, person, {"position": "Trưởng khoa", "expertise": "Robot"})
    assert person.position == "Giảng viên" and person.expertise == "Robot"
    approve_change(curator, pending_revisions(person)[0])
    assert person.position == "Trưởng khoa"
    update_person(curator, person, {"full_name": "Nguyễn Văn Ân"})
    revert_revision(curator, revisions_of(person=person)[-1])
    assert person.full_name == "Nguyễn Văn An"


def test_record_revision_is_the_entry_point_for_other_domains(app, verified, curator):
    assert record_revision(curator, verified, "merged", {}) is None
    merged = record_revision(curator, verified, "merged", {"tags": {"old": None, "new": ["hoa-lac"]}})
    db.session.commit()
    assert (merged.action, merged.state, merged.organisation_id) == ("merged", RevisionState.APPLIED, verified.id)
    assert record_revision(SYSTEM, verified, "imported", {"phone": {"old": None, "new": "1"}}).actor_id is None


def test_changes_since_a_version_lists_what_an_editor_missed(app, verified, curator):
    opened = verified.version
    update_organisation(curator, verified, {"phone": "024 1111 1111"})
    update_organisation(curator, verified, {"name": "Alpha 3"})
    assert [sorted(r.changes) for r in changes_since(verified, opened)] == [["phone"], ["name"]]
    assert changes_since(verified, verified.version) == [] and changes_since(verified, "nonsense") == []


def test_readable_diffs():
    words = text_segments("Một công ty phần mềm ở Hà Nội.", "Một công ty phần cứng ở Hà Nội.")
    assert ("delete", "mềm") in words and ("insert", "cứng") in words
    assert "".join(t for op, t in words if op != "insert") == "Một công ty phần mềm ở Hà Nội."
    lines = text_segments("a\nb\nc\n", "a\nB\nc\n")
    assert lines == [("equal", "a\n"), ("delete", "b\n"), ("insert", "B\n"), ("equal", "c\n")]
    listed = field_diff("technologies", ["ai", "iot"], ["ai", "biotech"])
    assert (listed.kind, listed.added, listed.removed) == ("list", ["biotech"], ["iot"])
    assert field_diff("description", "x" * 100, "y" * 100).kind == "text"
    assert field_diff("name", "A", "B").kind == "value"


def test_deleting_a_listing_deletes_its_history(app, verified):
    org_id = verified.id
    db.session.delete(verified)
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(Revision)
                             .where(Revision.organisation_id == org_id)) == 0
