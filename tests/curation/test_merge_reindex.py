"""A merge keeps the search index true for everything that moved: labs and their instruments, offers,
programmes, partnerships and zone projects of the loser show the survivor afterwards (its name, its
zone's slug, its visibility), nothing shows the loser any more, and the consistency check finds no
drift. Runs on the configured backend (Whoosh on SQLite, PostgreSQL full text with TEST_DATABASE_URL);
tests commit, and the test configuration applies the search outbox at each commit (SEARCH_SYNC)."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.curation.duplicates.merge import merge_organisations, merge_people
from ecosystem.exchange.services import create_offer
from ecosystem.extensions import db
from ecosystem.models import Organisation, PartnerRole, Person, Status
from ecosystem.registry.people import create_person
from ecosystem.search.backends import get_backend
from ecosystem.search.indexer import pending_count
from ecosystem.search.maintenance import check
from ecosystem.search.protocol import SearchRequest
from ecosystem.search.query import parse
from tests.search.listings import make_equipment, make_lab, make_partnership, make_programme, make_project

STAFF = ("verified", "pending", "rejected", "archived", "draft")
PUBLIC = ("verified",)
MOVED_KINDS = {"lab", "equipment", "offer", "programme", "partnership", "project"}


def hits(text="", statuses=STAFF, **filters):
    """{(kind, slug)} of every document found."""
    request = SearchRequest(query=parse(text), statuses=statuses, per_page=200,
                            filters={facet: (value,) for facet, value in filters.items()})
    return {(hit.kind, hit.slug) for hit in get_backend().search(request).hits}


def kinds(found):
    return {kind for kind, _slug in found}


def assert_index_matches_database(app):
    assert pending_count(app) == 0
    drift = check(app)
    assert drift.checked > 0
    assert (drift.missing, drift.stale, drift.extra) == ([], [], [])


@pytest.fixture
def universities(make_org):
    """A verified university and a pending duplicate of it that hosts a lab (with an instrument), publishes an
    offer, runs a programme, is a partner and operates and invests in a zone project."""
    zone = make_org("zone", "Khu Công nghệ cao Hòa Lạc", province="ha-noi")
    survivor = make_org("university", "Trường Đại học Bách khoa Hà Nội", province="ha-noi")
    loser = make_org("university", "Trường Đại học Tạ Quang Bửu", status=Status.PENDING, province="da-nang")
    company = make_org("company", "Công ty Cổ phần Viettel Bán dẫn")
    lab = make_lab(loser, "Phòng thí nghiệm Vật liệu Nano", description="Chế tạo màng mỏng bán dẫn.")
    make_equipment(lab, "Kính hiển vi điện tử quét", category="electron-microscope", maker="JEOL",
                   model="JSM-7600F")
    create_offer(SYSTEM, loser, {"title": "Công nghệ phủ màng mỏng", "summary": "Phủ màng mỏng cho cảm biến."},
                 status=Status.VERIFIED)
    make_programme(loser, "Chương trình Học bổng Kỹ sư Vi mạch", summary="Học bổng cho sinh viên vi mạch.")
    make_partnership("Liên minh Thiết kế Vi mạch", [(loser, PartnerRole.SCHOOL), (company, PartnerRole.INVESTOR)],
                     goals="Đào tạo kỹ sư thiết kế chip.")
    make_project(zone, "Nhà máy Đóng gói Chip", operator=loser, investors=[loser, company],
                 description="Dây chuyền đóng gói chip.")
    db.session.commit()
    return survivor, loser


def merge_through_service(curator, survivor, loser, **_unused):
    merge_organisations(curator, survivor, loser)
    db.session.commit()


def merge_through_page(curator, survivor, loser, client, auth):
    """The curator's merge page, every field kept from the survivor."""
    auth.login("curator@example.org")
    response = client.post(f"/curation/merge/organisation/{survivor.slug}/{loser.slug}",
                           data={"survivor_version": survivor.version, "loser_version": loser.version})
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.expire_all()


@pytest.mark.parametrize("merge", [merge_through_service, merge_through_page], ids=["service", "page"])
def test_listings_of_a_merged_university_show_the_survivor(app, client, auth, curator, universities, merge):
    survivor, loser = universities
    survivor_id, survivor_slug, loser_id, loser_slug = survivor.id, survivor.slug, loser.id, loser.slug
    assert kinds(hits("ta quang buu")) == MOVED_KINDS | {"university"}
    assert kinds(hits("ta quang buu", PUBLIC)) == {"partnership", "project"}  # the loser is pending
    assert not kinds(hits("bach khoa")) & MOVED_KINDS

    merge(curator, survivor, loser, client=client, auth=auth)

    assert db.session.get(Organisation, loser_id) is None
    assert hits("ta quang buu") == set()  # no document carries the loser's name any more
    assert kinds(hits("bach khoa", PUBLIC)) == MOVED_KINDS | {"university"}  # public, as the survivor is
    assert ("university", survivor_slug) in hits("bach khoa", PUBLIC)
    assert all(slug != loser_slug for _kind, slug in hits())
    assert db.session.get(Organisation, survivor_id).name == "Trường Đại học Bách khoa Hà Nội"
    assert_index_matches_database(app)


@pytest.fixture
def zones(make_org):
    """Two records of one high-tech zone; the duplicate has tenants (a university with a lab, a startup with an
    offer), a lab of its own, a project and a partnership."""
    survivor = make_org("zone", "Khu Công nghệ cao Hòa Lạc", province="ha-noi")
    loser = make_org("zone", "Khu CNC Láng Thạch Thất", province="ha-noi")
    tenant = make_org("university", "Trường Đại học FPT", zone=loser.slug)
    startup = make_org("startup", "Công ty Khởi nghiệp Sao Mai", zone=loser.slug)
    outsider = make_org("institute", "Viện Vật lý", province="ha-noi")
    make_equipment(make_lab(tenant, "Phòng thí nghiệm Trí tuệ Nhân tạo"), "Máy chủ GPU", maker="NVIDIA",
                   model="DGX A100")  # no zone of its own: its host's
    make_lab(outsider, "Phòng thí nghiệm Quang học", zone=loser)
    create_offer(SYSTEM, startup, {"title": "Nền tảng nhận dạng giọng nói", "summary": "Giọng nói tiếng Việt."},
                 status=Status.VERIFIED)
    make_project(loser, "Trung tâm Dữ liệu Hòa Lạc", description="Trung tâm dữ liệu xanh.")
    make_partnership("Liên minh Dữ liệu Lớn", [(outsider, PartnerRole.SCHOOL)], zone=loser)
    db.session.commit()
    return survivor, loser


def test_listings_in_a_merged_zone_move_to_the_survivors_zone_facet(app, curator, zones):
    survivor, loser = zones
    survivor_slug, loser_slug = survivor.slug, loser.slug
    in_loser = kinds(hits(zone=loser_slug))
    assert in_loser == {"zone", "university", "startup", "lab", "equipment", "offer", "project", "partnership"}

    merge_through_service(curator, survivor, loser)

    assert hits(zone=loser_slug) == set()  # no document points at the loser's slug any more
    assert kinds(hits(zone=survivor_slug)) == in_loser
    assert hits("lang thach that") == set()
    assert_index_matches_database(app)


def test_offers_of_a_merged_researcher_show_the_survivor(app, curator):
    kept = create_person(SYSTEM, {"full_name": "Nguyễn Văn An"}, status=Status.VERIFIED)
    gone = create_person(SYSTEM, {"full_name": "Trần Quốc Bình"}, status=Status.PENDING)
    create_offer(SYSTEM, gone, {"title": "Tư vấn thiết kế anten", "summary": "Anten cho thiết bị IoT."},
                 status=Status.VERIFIED)
    db.session.commit()
    kept_id, gone_id = kept.id, gone.id
    assert hits("anten", PUBLIC) == set()  # its publisher is pending

    merge_people(curator, kept, gone)
    db.session.commit()

    assert db.session.get(Person, gone_id) is None and db.session.get(Person, kept_id) is not None
    assert kinds(hits("anten", PUBLIC)) == {"offer"}
    assert kinds(hits("nguyen van an anten")) == {"offer"}
    assert hits("tran quoc binh") == set()
    assert_index_matches_database(app)
