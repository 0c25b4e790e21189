"""Merging duplicates: chosen values, every reference moved (generically), redirects, audit, search, rules."""
import pytest
from sqlalchemy import Column, ForeignKey, Integer, String, Table, UniqueConstraint, func, select

from ecosystem.auth.policy import SYSTEM
from ecosystem.curation.duplicates.merge import merge_organisations, merge_people
from ecosystem.curation.duplicates.references import referencing_columns
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.exchange.services import create_need, create_offer
from ecosystem.extensions import db
from ecosystem.models import (
    AuditEvent,
    Membership,
    Organisation,
    OrgRole,
    Person,
    Revision,
    SlugRedirect,
    Status,
)
from ecosystem.registry import members
from ecosystem.registry.people import add_affiliation, create_person
from ecosystem.search.backends import get_backend
from ecosystem.search.indexer import drain_outbox
from ecosystem.search.protocol import SearchRequest
from ecosystem.search.query import parse


@pytest.fixture
def curator(make_user):
    return make_user("curator@example.org", role="curator")


def rows_referencing(table_name, record_id):
    """{"table.column": rows} of every foreign key pointing at the record."""
    found = {}
    for table, column in referencing_columns(table_name):
        n = db.session.scalar(select(func.count()).select_from(table).where(column == record_id))
        if n:
            found[f"{table.name}.{column.name}"] = n
    return found


@pytest.fixture
def probe_table(app):
    """A table added "later", with a foreign key and a unique key: the walk must move it without being told."""
    table = Table("merge_probe", db.metadata, Column("id", Integer, primary_key=True),
                  Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), nullable=False),
                  Column("label", String(20), nullable=False), UniqueConstraint("organisation_id", "label"))
    table.create(db.engine)
    try:
        yield table
    finally:
        db.session.rollback()
        table.drop(db.engine)
        db.metadata.remove(table)


def build_pair(make_org, make_user):
    """A verified survivor and a pending loser with something in every table that references organisations."""
    owner, shared = make_user("owner@example.org"), make_user("shared@example.org")
    zone = make_org("zone", "Khu Công nghệ cao Hòa Lạc")
    survivor = make_org("company", "MISA JSC", owner=owner, website="https://misa.vn", technologies=["ai"],
                        tags=["kế toán"], description="")
    loser = make_org("company", "Công ty Cổ phần MISA", owner=make_user("founder@example.org"),
                     status=Status.PENDING, description="Phần mềm kế toán cho doanh nghiệp.",
                     website="https://www.misa.vn", tax_code="0101243150", province="ha-noi",
                     technologies=["ai", "robotics"], tags=["kế toán", "SaaS"], zone=zone.slug)
    members.add_member(SYSTEM, survivor, shared.email, OrgRole.EDITOR)
    members.add_member(SYSTEM, loser, shared.email, OrgRole.OWNER)  # conflicts: dropped
    db.session.commit()
    loser.status = Status.VERIFIED
    db.session.commit()
    tenant = make_org("startup", "Khởi nghiệp Thuê", zone=zone.slug)
    tenant.zone_id = loser.id  # the loser acts as a zone for this test
    child = make_org("company", "Chi nhánh MISA Đà Nẵng", parent=loser.slug)
    investor = make_org("investor", "Quỹ Sao", portfolio=[loser.slug, survivor.slug])
    person = create_person(SYSTEM, {"full_name": "Nguyễn Thị Hoa"}, status=Status.VERIFIED)
    add_affiliation(SYSTEM, person, loser.slug, role="CTO")
    members.request_claim(make_user("claimant@example.org"), loser, "Tôi làm ở đây.")
    create_offer(SYSTEM, loser, {"title": "Phần mềm kế toán đám mây", "summary": "Kế toán trên mây."})
    create_need(SYSTEM, loser, {"title": "Cần đối tác AI", "problem": "Tự động hoá hoá đơn."})
    db.session.commit()
    return survivor, loser, {"tenant": tenant, "child": child, "investor": investor, "person": person}


def test_merge_takes_chosen_values_and_moves_every_reference(make_org, make_user, curator, probe_table):
    survivor, loser, related = build_pair(make_org, make_user)
    db.session.execute(probe_table.insert(), [{"organisation_id": survivor.id, "label": "same"},
                                              {"organisation_id": loser.id, "label": "same"},
                                              {"organisation_id": loser.id, "label": "only-loser"}])
    before = rows_referencing("organisations", loser.id)
    assert {"memberships.organisation_id", "affiliations.organisation_id", "organisations.zone_id",
            "organisations.parent_id", "investor_portfolio.company_id", "organisation_tags.organisation_id",
            "organisation_technologies.organisation_id", "claims.organisation_id", "offers.organisation_id",
            "needs.organisation_id", "merge_probe.organisation_id"} <= set(before)
    survivor_id, loser_id, loser_slug = survivor.id, loser.id, loser.slug

    moved = merge_organisations(curator, survivor, loser, {"description": "loser", "tax_code": "loser",
                                                           "province": "loser", "website": "survivor"},
                                survivor_version=survivor.version, loser_version=loser.version)
    db.session.commit()

    assert rows_referencing("organisations", loser_id) == {}  # every foreign key, including the new table
    assert db.session.get(Organisation, loser_id) is None
    org = db.session.get(Organisation, survivor_id)
    assert org.description == "Phần mềm kế toán cho doanh nghiệp." and org.tax_code == "0101243150"
    assert org.province.code == "ha-noi" and org.website == "https://misa.vn" and org.name == "MISA JSC"
    assert sorted(t.code for t in org.technologies) == ["ai", "robotics"]
    assert sorted(t.name for t in org.tags) == ["SaaS", "kế toán"]
    assert {m.user.email for m in org.memberships} == {"owner@example.org", "shared@example.org",
                                                      "founder@example.org"}
    assert [a.person.full_name for a in org.affiliations] == ["Nguyễn Thị Hoa"]
    assert related["tenant"].zone_id == survivor_id and related["child"].parent_id == survivor_id
    assert [o.slug for o in related["investor"].portfolio] == [org.slug]  # one row, not two
    assert len(org.offers) == 1 and len(org.needs) == 1
    labels = db.session.execute(select(probe_table.c.label).where(probe_table.c.organisation_id == survivor_id))
    assert sorted(labels.scalars()) == ["only-loser", "same"]
    assert moved["merge_probe.organisation_id"] == 1 and moved["merge_probe:dropped"] == 1
    assert moved["memberships:dropped"] == 1 and moved["investor_portfolio:dropped"] == 1

    redirect = db.session.scalar(select(SlugRedirect).filter_by(old_slug=loser_slug))
    assert redirect.organisation_id == survivor_id and redirect.record_type == "organisation"
    event = db.session.scalar(select(AuditEvent).filter_by(action="merged"))
    assert event.target_id == survivor_id and event.actor_id == curator.id
    assert event.details["loser"]["slug"] == loser_slug and event.details["loser"]["name"] == "Công ty Cổ phần MISA"
    assert event.details["fields"]["description"] == "loser" and event.details["moved"]["offers.organisation_id"] == 1
    # The loser's own history (its "created" audit event) now belongs to the survivor.
    assert db.session.scalar(select(func.count(AuditEvent.id)).filter_by(
        target_type="organisation", target_id=loser_id)) == 0
    merged = db.session.scalar(select(Revision).filter_by(organisation_id=survivor_id, action="merged"))
    assert merged is not None and "tax_code" in merged.changes


def test_the_survivor_never_becomes_its_own_parent_or_zone(make_org, make_user, curator):
    parent = make_org("university", "Đại học Mẹ")
    child = make_org("institute", "Viện Con", parent=parent.slug)
    merge_organisations(curator, child, parent, {"name": "loser"})
    db.session.commit()
    assert child.parent_id is None and child.name == "Đại học Mẹ"


def test_merge_refuses_itself_stale_versions_and_non_curators(make_org, make_user, curator):
    first, second = make_org("company", "Alpha JSC"), make_org("company", "Công ty Cổ phần Alpha")
    with pytest.raises(Invalid):
        merge_organisations(curator, first, first)
    with pytest.raises(Conflict):
        merge_organisations(curator, first, second, survivor_version=first.version - 1)
    with pytest.raises(Invalid):
        merge_organisations(curator, first, second, {"status_reason": "loser"})
    with pytest.raises(Invalid):
        merge_organisations(curator, first, second, {"name": "both"})
    with pytest.raises(NotAllowed):
        merge_organisations(make_user(), first, second)
    db.session.rollback()
    assert db.session.scalar(select(func.count(Organisation.id))) == 2


def test_merging_people_moves_affiliations_and_redirects(make_org, make_user, curator):
    org = make_org("university", "Đại học Quốc gia Hà Nội")
    lab = make_org("institute", "Viện Vật lý")
    kept = create_person(SYSTEM, {"full_name": "Nguyễn Văn An", "email": "an@vnu.edu.vn"}, status=Status.VERIFIED)
    gone = create_person(SYSTEM, {"full_name": "PGS.TS. Nguyễn Văn An", "orcid": "0000-0002-1825-0097",
                                  "email": "an@vnu.edu.vn"})
    add_affiliation(SYSTEM, kept, org.slug, role="Giảng viên")
    add_affiliation(SYSTEM, gone, org.slug, role="Giảng viên")
    add_affiliation(SYSTEM, gone, lab.slug, role="Cộng tác viên")
    db.session.commit()
    gone_id, gone_slug = gone.id, gone.slug
    merge_people(curator, kept, gone, {"orcid": "loser"})
    db.session.commit()
    assert db.session.get(Person, gone_id) is None and kept.orcid == "0000-0002-1825-0097"
    assert sorted((a.organisation.name, a.role) for a in kept.affiliations) == [
        ("Viện Vật lý", "Cộng tác viên"), ("Đại học Quốc gia Hà Nội", "Giảng viên")]
    assert rows_referencing("people", gone_id) == {}
    assert db.session.scalar(select(SlugRedirect.person_id).filter_by(old_slug=gone_slug)) == kept.id


def test_the_loser_leaves_the_search_index(app, make_org, curator):
    survivor = make_org("company", "MISA JSC")
    loser = make_org("company", "Công ty Cổ phần MISA Phần mềm Kế toán")
    drain_outbox(app, blocking=True)
    backend = get_backend(app)

    def found():
        return {hit.slug for hit in backend.search(SearchRequest(query=parse("misa"))).hits}

    assert found() == {survivor.slug, loser.slug}
    merge_organisations(curator, survivor, loser, {"name": "loser"})
    db.session.commit()
    drain_outbox(app, blocking=True)
    assert found() == {survivor.slug}


def test_membership_of_the_survivor_is_kept_when_both_have_one(make_org, make_user, curator):
    owner = make_user("owner@example.org")
    first = make_org("company", "Alpha JSC", owner=owner)
    second = make_org("company", "Công ty Cổ phần Alpha", owner=owner)
    merge_organisations(curator, first, second)
    db.session.commit()
    assert db.session.scalar(select(func.count(Membership.id)).filter_by(user_id=owner.id)) == 1


def test_cli_lists_rebuilds_and_merges(runner, make_org):
    kept, gone = make_org("company", "MISA JSC"), make_org("company", "Công ty Cổ phần MISA")
    kept_slug, gone_slug = kept.slug, gone.slug
    assert "1 likely duplicate pairs" in runner.invoke(args=["duplicates", "rebuild"]).output
    listed = runner.invoke(args=["duplicates", "list"]).output
    assert f"{kept_slug}  {gone_slug}  name=misa" in listed and "1 pairs in the queue." in listed
    result = runner.invoke(args=["duplicates", "merge", "organisation", kept_slug, gone_slug, "--take", "name"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert db.session.scalar(select(Organisation.name).filter_by(slug=kept_slug)) == "Công ty Cổ phần MISA"
    again = runner.invoke(args=["duplicates", "merge", "organisation", kept_slug, gone_slug])
    assert again.exit_code != 0 and gone_slug in again.output
