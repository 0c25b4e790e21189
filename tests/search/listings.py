"""Labs, equipment, programmes, partnerships and zone projects for the search tests.

Their own services are written elsewhere; these factories build the records with the models, as those
services will, so the search tests exercise the index hooks and not another domain's rules."""
import pytest
from sqlalchemy import select

from ecosystem.extensions import db
from ecosystem.models import (
    Equipment,
    Lab,
    PartnerRole,
    Partnership,
    PartnershipPartner,
    Programme,
    Sector,
    Status,
    StrategicTechnology,
    ZoneProject,
)
from ecosystem.text import fold, slugify


def terms(model, codes):
    return list(db.session.scalars(select(model).where(model.code.in_(codes)))) if codes else []


def _commit(record):
    db.session.add(record)
    db.session.commit()
    return record


def make_lab(host, name, status=Status.VERIFIED, technologies=(), sectors=(), **fields):
    return _commit(Lab(slug=slugify(name), name=name, name_folded=fold(name), organisation=host, status=status,
                       technologies=terms(StrategicTechnology, technologies), sectors=terms(Sector, sectors),
                       **fields))


def make_equipment(lab, name, **fields):
    return _commit(Equipment(slug=slugify(name), name=name, name_folded=fold(name), lab=lab,
                             maker_folded=fold(fields.get("maker") or ""),
                             model_folded=fold(fields.get("model") or ""), **fields))


def make_programme(agency, title, status=Status.VERIFIED, technologies=(), sectors=(), **fields):
    return _commit(Programme(slug=slugify(title), title=title, title_folded=fold(title), agency=agency,
                             status=status, technologies=terms(StrategicTechnology, technologies),
                             sectors=terms(Sector, sectors), **fields))


def make_partnership(title, partners, status=Status.VERIFIED, technologies=(), **fields):
    """`partners`: (organisation, role) pairs."""
    partnership = Partnership(slug=slugify(title), title=title, title_folded=fold(title), status=status,
                              technologies=terms(StrategicTechnology, technologies), **fields)
    partnership.partners = [PartnershipPartner(organisation=org, role=role) for org, role in partners]
    return _commit(partnership)


def make_project(zone, name, status=Status.VERIFIED, technologies=(), investors=(), **fields):
    return _commit(ZoneProject(slug=slugify(name), name=name, name_folded=fold(name), zone=zone, status=status,
                               technologies=terms(StrategicTechnology, technologies), investors=list(investors),
                               **fields))


@pytest.fixture
def world(make_org):
    """A zone with a university (hosting a lab with an electron microscope), an agency running a programme,
    a company investing in a zone project, and a state–school–investor partnership."""
    zone = make_org("zone", "Khu Công nghệ cao Hòa Lạc", province="ha-noi")
    university = make_org("university", "Trường Đại học Bách khoa Hà Nội", name_en="Hanoi University of Science "
                          "and Technology", province="ha-noi", zone=zone.slug)
    agency = make_org("agency", "Sở Khoa học và Công nghệ Hà Nội", province="ha-noi")
    company = make_org("company", "Công ty Cổ phần Viettel Bán dẫn", province="ha-noi")
    lab = make_lab(university, "Phòng thí nghiệm Vật liệu Nano", name_en="Nanomaterials Laboratory", zone=zone,
                   technologies=["semiconductors"], sectors=["electronics"], description="Chế tạo và phân tích "
                   "**màng mỏng** bán dẫn.", research_areas="Màng mỏng\nCảm biến khí", accreditation="ISO/IEC 17025")
    microscope = make_equipment(lab, "Kính hiển vi điện tử quét", name_en="Scanning electron microscope",
                                category="electron-microscope", maker="JEOL", model="JSM-7600F",
                                description="Độ phân giải 1 nm.")
    programme = make_programme(agency, "Chương trình Phiếu hỗ trợ dùng phòng thí nghiệm", programme_kind="lab-voucher",
                               title_en="Lab voucher programme", summary="Hỗ trợ startup thuê thiết bị đo đạc.",
                               technologies=["semiconductors"], sectors=["electronics"])
    partnership = make_partnership("Liên minh Thiết kế Vi mạch Hòa Lạc", [(agency, PartnerRole.STATE),
                                                                          (university, PartnerRole.SCHOOL),
                                                                          (company, PartnerRole.INVESTOR)],
                                   partnership_kind="joint-lab", goals="Đào tạo 500 kỹ sư thiết kế chip.",
                                   zone=zone, programme=programme, technologies=["semiconductors"])
    project = make_project(zone, "Nhà máy Đóng gói Chip", name_en="Chip packaging plant", investors=[company],
                           technologies=["semiconductors"], description="Dây chuyền đóng gói và kiểm thử chip.",
                           phase="building")
    return dict(zone=zone, university=university, agency=agency, company=company, lab=lab, microscope=microscope,
                programme=programme, partnership=partnership, project=project)
