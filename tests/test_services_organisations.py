"""Organisation services: validation, slugs, tags, ownership, status changes."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.models import Membership, OrgRole, Role, Status
from ecosystem.registry import organisations as orgs


def test_create_normalises_text_and_builds_slug(app, make_user):
    owner = make_user()
    nfd_name = "Công ty Hòa Lạc".encode().decode()
    import unicodedata
    org = orgs.create_organisation(owner, "startup", {"name": unicodedata.normalize("NFD", nfd_name) + "  AI",
                                                      "tags": ["Hòa Lạc", "hoa lạc"], "stage": "seed"})
    db.session.commit()
    assert org.name == unicodedata.normalize("NFC", "Công ty Hòa Lạc AI")
    assert org.slug == "cong-ty-hoa-lac-ai"
    assert org.status == Status.PENDING
    assert [t.name for t in org.tags] == ["Hòa Lạc"]
    assert db.session.scalar(db.select(Membership).filter_by(user_id=owner.id)).role == OrgRole.OWNER


def test_same_name_gets_a_free_slug(app, make_org):
    first = make_org(name="Viện Công nghệ")
    second = make_org(name="Viện Công nghệ")
    assert (first.slug, second.slug) == ("vien-cong-nghe", "vien-cong-nghe-2")


def test_requested_duplicate_slug_is_a_conflict(app, make_org, make_user):
    make_org(name="Alpha", slug="alpha")
    with pytest.raises(Conflict):
        orgs.create_organisation(make_user(), "startup", {"name": "Beta", "slug": "alpha"})


@pytest.mark.parametrize("data, field", [
    ({"name": ""}, "name"),
    ({"name": "x" * 201}, "name"),
    ({"name": "A", "website": "javascript:alert(1)"}, "website"),
    ({"name": "A", "founded_year": "1066"}, "founded_year"),
    ({"name": "A", "stage": "unicorn"}, "stage"),
    ({"name": "A", "technologies": ["warp-drive"]}, "technologies"),
    ({"name": "A", "ward": "ha-noi-hoa-lac", "province": "da-nang"}, "ward"),
    ({"name": "A", "status": "verified"}, "status"),
])
def test_bad_input_is_invalid_and_changes_nothing(app, make_user, data, field):
    user = make_user()
    with pytest.raises(Invalid) as err:
        orgs.create_organisation(user, "startup", data)
    assert field in err.value.errors
    db.session.rollback()
    from ecosystem.models import Organisation
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 0


def test_ticket_range_must_be_ordered(app, make_user):
    with pytest.raises(Invalid) as err:
        orgs.create_organisation(make_user(), "investor", {"name": "Quỹ X", "ticket_min_usd": 5, "ticket_max_usd": 1})
    assert "ticket_min_usd" in err.value.errors


def test_stale_version_is_a_conflict(app, make_user):
    owner = make_user()
    org = orgs.create_organisation(owner, "company", {"name": "Công ty A"})
    db.session.commit()
    orgs.update_organisation(owner, org, {"phone": "024 3869 2222"}, expected_version=org.version)
    db.session.commit()
    with pytest.raises(Conflict):
        orgs.update_organisation(owner, org, {"phone": "0912 345 678"}, expected_version=1)


def test_only_members_and_curators_edit(app, make_user, make_org):
    org = make_org(owner=make_user("owner@example.org"))
    stranger = make_user("stranger@example.org")
    with pytest.raises(NotAllowed):
        orgs.update_organisation(stranger, org, {"name": "Hijacked"})
    curator = make_user("curator@example.org", role=Role.CURATOR)
    orgs.update_organisation(curator, org, {"name": "Renamed by curator"})
    assert org.name == "Renamed by curator"


def test_curator_cannot_verify_own_listing(app, make_user):
    curator = make_user("curator@example.org", role=Role.CURATOR)
    org = orgs.create_organisation(curator, "startup", {"name": "Curator's startup"})
    with pytest.raises(NotAllowed):
        orgs.verify_organisation(curator, org)


def test_verify_and_reject_notify_owners(app, make_user, outbox):
    owner = make_user("owner@example.org")
    curator = make_user("curator@example.org", role=Role.CURATOR)
    org = orgs.create_organisation(owner, "startup", {"name": "Mới"})
    with pytest.raises(Invalid):
        orgs.reject_organisation(curator, org, "  ")
    orgs.reject_organisation(curator, org, "Add a description")
    assert org.status == Status.REJECTED
    orgs.update_organisation(owner, org, {"description": "Now described"})
    assert org.status == Status.PENDING
    orgs.verify_organisation(curator, org)
    assert org.status == Status.VERIFIED and org.verified_at is not None
    assert SYSTEM.role == Role.ADMIN
