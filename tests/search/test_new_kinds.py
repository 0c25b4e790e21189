"""Labs, equipment, programmes, partnerships and zone projects in search: indexed when created, followed
through edits and through their hosts, agencies, zones, labs and partners, hidden when not public,
removed when deleted; rebuilt and checked by the CLI. Runs on the configured backend (Whoosh on SQLite,
PostgreSQL full text with TEST_DATABASE_URL)."""
from sqlalchemy import select

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.models import Lab, Status, StrategicTechnology
from ecosystem.registry.organisations import update_organisation
from ecosystem.search.backends import get_backend
from ecosystem.search.indexer import pending_count
from ecosystem.search.maintenance import check

from .conftest import run
from .listings import make_equipment, world  # noqa: F401  (the fixture)

STAFF = ("verified", "pending", "rejected", "archived", "draft")


def hits(text="", statuses=("verified",), **filters):
    """(kind, title) of every hit, sorted."""
    result = run(get_backend(), text, statuses=statuses, filters={k: tuple(v) for k, v in filters.items()},
                 per_page=100)
    return sorted((hit.kind, hit.title) for hit in result.hits)


def titles_of(kind, text="", statuses=("verified",)):
    return [title for hit_kind, title in hits(text, statuses) if hit_kind == kind]


def test_every_new_kind_is_indexed_when_created(app, world):
    assert ("lab", "Phòng thí nghiệm Vật liệu Nano") in hits("mang mong")  # research areas and description
    assert hits("kinh hien vi") == [("equipment", "Kính hiển vi điện tử quét"),
                                    ("lab", "Phòng thí nghiệm Vật liệu Nano")]  # a lab is found by its instruments
    programme = ("programme", "Chương trình Phiếu hỗ trợ dùng phòng thí nghiệm")
    assert hits("phieu ho tro") == [("partnership", "Liên minh Thiết kế Vi mạch Hòa Lạc"), programme]  # its programme
    assert programme in hits("lab voucher") and programme in hits("thue thiet bi do dac")
    assert hits("dao tao ky su") == [("partnership", "Liên minh Thiết kế Vi mạch Hòa Lạc")]
    assert hits("dong goi chip") == [("project", "Nhà máy Đóng gói Chip")]
    assert hits("chip packaging") == [("project", "Nhà máy Đóng gói Chip")]  # the English name
    assert pending_count(app) == 0


def test_equipment_is_found_by_maker_and_model_and_labs_by_their_instruments(app, world):
    assert hits("JEOL") == [("equipment", "Kính hiển vi điện tử quét"), ("lab", "Phòng thí nghiệm Vật liệu Nano")]
    assert hits("JSM-7600F")[0] == ("equipment", "Kính hiển vi điện tử quét")
    assert ("equipment", "Kính hiển vi điện tử quét") in hits("electron microscope")  # category
    assert ("lab", "Phòng thí nghiệm Vật liệu Nano") in hits("17025")  # accreditation
    make_equipment(world["lab"], "Máy nhiễu xạ tia X", category="x-ray", maker="Bruker", model="D8 Advance")
    assert hits("bruker") == [("equipment", "Máy nhiễu xạ tia X"), ("lab", "Phòng thí nghiệm Vật liệu Nano")]


def test_listings_carry_the_names_of_the_organisations_they_involve(app, world):
    assert ("lab", "Phòng thí nghiệm Vật liệu Nano") in hits("bach khoa")  # host
    assert ("equipment", "Kính hiển vi điện tử quét") in hits("bach khoa")  # the lab's host
    assert ("programme", "Chương trình Phiếu hỗ trợ dùng phòng thí nghiệm") in hits("so khoa hoc")  # agency
    assert ("partnership", "Liên minh Thiết kế Vi mạch Hòa Lạc") in hits("viettel")  # a partner
    assert ("project", "Nhà máy Đóng gói Chip") in hits("viettel")  # an investor
    assert ("project", "Nhà máy Đóng gói Chip") in hits("hoa lac")  # its zone


def test_edits_are_followed(app, world):
    lab, project = world["lab"], world["project"]
    lab.name = "Phòng thí nghiệm Màng mỏng"
    project.description = "Dây chuyền kiểm thử wafer."
    db.session.commit()
    assert titles_of("lab", "vat lieu nano") == [] and titles_of("lab", "mang mong") == ["Phòng thí nghiệm Màng mỏng"]
    assert titles_of("equipment", "mang mong") == ["Kính hiển vi điện tử quét"]  # carries its lab's new name
    assert titles_of("project", "wafer") == ["Nhà máy Đóng gói Chip"]
    world["microscope"].model = "JSM-IT800"
    db.session.commit()
    assert hits("JSM-IT800") == [("equipment", "Kính hiển vi điện tử quét"), ("lab", "Phòng thí nghiệm Màng mỏng")]


def test_unverified_or_archived_listings_are_for_curators_only(app, world):
    for key in ("lab", "programme", "partnership", "project"):
        world[key].status = Status.ARCHIVED if key == "partnership" else Status.PENDING
    db.session.commit()
    public = {kind for kind, _title in hits("")}
    assert public.isdisjoint({"lab", "equipment", "programme", "partnership", "project"})
    staff = {kind for kind, _title in hits("", STAFF)}
    assert {"lab", "equipment", "programme", "partnership", "project"} <= staff
    assert hits("", ("pending",), kind=["equipment"]) == [("equipment", "Kính hiển vi điện tử quét")]
    world["lab"].status = Status.VERIFIED
    db.session.commit()
    assert titles_of("equipment", "jeol") == ["Kính hiển vi điện tử quét"]


def test_a_listing_whose_host_agency_or_zone_is_not_public_is_hidden(app, world):
    university, agency, zone = world["university"], world["agency"], world["zone"]
    for org in (university, agency, zone):
        org.status = Status.PENDING
    db.session.commit()
    kinds = {kind for kind, _title in hits("")}
    assert kinds.isdisjoint({"lab", "equipment", "programme", "project"})
    assert "partnership" in kinds  # a partnership is public when it is verified itself
    university.status = Status.VERIFIED
    db.session.commit()
    assert titles_of("equipment", "jeol") == ["Kính hiển vi điện tử quét"]
    assert titles_of("project", "chip") == []


def test_renaming_a_host_partner_programme_or_term_reindexes_its_dependants(app, world):
    update_organisation(SYSTEM, world["university"], {"name": "Đại học Bách khoa Hà Nội Mới"})
    db.session.commit()
    assert {("lab", "Phòng thí nghiệm Vật liệu Nano"), ("equipment", "Kính hiển vi điện tử quét"),
            ("partnership", "Liên minh Thiết kế Vi mạch Hòa Lạc")} <= set(hits("bach khoa moi"))
    update_organisation(SYSTEM, world["company"], {"name": "Tổng Công ty Vi mạch Sao Mai"})
    db.session.commit()
    assert {kind for kind, _title in hits("sao mai")} >= {"partnership", "project"}
    world["programme"].title = "Chương trình Voucher Thiết bị"
    db.session.commit()
    assert ("partnership", "Liên minh Thiết kế Vi mạch Hòa Lạc") in hits("voucher thiet bi")
    term = db.session.scalar(select(StrategicTechnology).filter_by(code="semiconductors"))
    term.name_en = "Microchips and wafers"
    db.session.commit()
    assert {kind for kind, _title in hits("wafers")} >= {"lab", "programme", "partnership", "project"}


def test_deleting_a_lab_removes_it_and_its_equipment(app, world):
    db.session.delete(db.session.get(Lab, world["lab"].id))
    db.session.commit()
    assert hits("jeol", STAFF) == [] and hits("vat lieu nano", STAFF) == []
    assert check(app).clean


def test_facets_and_filters_cover_the_new_kinds(app, world):
    result = run(get_backend(), "", facets=("kind", "technology", "zone", "province"),
                 filters={"technology": ("semiconductors",)}, per_page=50)
    kinds = dict(result.facets["kind"])
    assert {kinds[k] for k in ("lab", "equipment", "programme", "partnership", "project")} == {1}
    assert dict(result.facets["zone"])["khu-cong-nghe-cao-hoa-lac"] >= 4  # lab, equipment, partnership, project
    assert dict(result.facets["province"])["ha-noi"] >= 5
    assert hits("", kind=["project"], zone=["khu-cong-nghe-cao-hoa-lac"]) == [("project", "Nhà máy Đóng gói Chip")]
    assert hits("", kind=["equipment"], technology=["semiconductors"]) == [("equipment", "Kính hiển vi điện tử quét")]


def test_reindex_and_check_cover_the_new_kinds(app, world, runner):
    get_backend().clear()
    result = runner.invoke(args=["search", "check"])
    assert result.exit_code == 1 and "9 missing" in result.output  # 4 organisations and 5 listings
    result = runner.invoke(args=["search", "reindex"])
    assert result.exit_code == 0 and "Indexed 9 listings" in result.output
    assert hits("JEOL") == [("equipment", "Kính hiển vi điện tử quét"), ("lab", "Phòng thí nghiệm Vật liệu Nano")]
    assert runner.invoke(args=["search", "check"]).exit_code == 0
