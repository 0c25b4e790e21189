"""Duplicates for the curators' queue: listings entered twice, as happens when two people register the
same body, so `/curation/duplicates` has work right after `make run`.

Both copies stay verified and public facts only (a real body's name and website); the person is an invented
researcher listed a second time with the title written into the name."""
from sqlalchemy import func, select

from ..auth.policy import SYSTEM
from ..extensions import db
from ..models import Affiliation, Organisation, Person, PersonKind, Status
from ..registry.organisations import create_organisation
from ..registry.people import add_affiliation, create_person
from .spec import lines, org, para

SECOND_ENTRIES = [
    org("company", "ctcp-misa", "CTCP MISA", "MISA Joint Stock Company",
        para("CTCP MISA cung cấp phần mềm kế toán và quản trị cho doanh nghiệp.",
             "Hồ sơ này do một đối tác đăng ký lần thứ hai, với tên viết tắt của loại hình công ty."),
        para("MISA JSC provides accounting and management software for businesses.",
             "This listing was registered a second time by a partner, with the company form abbreviated."),
        website="https://misa.vn", technologies=["cloud-quantum-data"], sectors=["software"]),
    org("university", "truong-dai-hoc-bach-khoa-ha-noi", "Trường Đại học Bách khoa Hà Nội",
        "Hanoi University of Science and Technology (HUST)",
        para("Trường Đại học Bách khoa Hà Nội đào tạo kỹ sư và cử nhân trong các ngành kỹ thuật và công nghệ.",
             "Hồ sơ này được tạo trước khi trường đổi tên thành Đại học Bách khoa Hà Nội."),
        para("Hanoi University of Science and Technology trains engineers and bachelors in engineering and "
             "technology.", "This listing was created before the university took its current name."),
        website="http://www.hust.edu.vn", founded_year=1956, technologies=["semiconductors"],
        research_areas=lines("Vi mạch bán dẫn", "Tự động hóa", "Năng lượng")),
]
RESEARCHER_HOME = "dai-hoc-bach-khoa-ha-noi"


def _second_profile():
    """The first researcher of HUST (by address) entered again, title in the name and a new address."""
    person = db.session.scalar(select(Person).join(Affiliation).join(Organisation)
                               .where(Organisation.slug == RESEARCHER_HOME, Person.kind == PersonKind.RESEARCHER)
                               .order_by(Person.slug).limit(1))
    if person is None:
        return 0
    data = {name: getattr(person, name) for name in ("kind", "honorific", "position", "position_en", "bio",
                                                      "bio_en", "expertise", "publications_count",
                                                      "patents_count")}
    data.update(full_name=f"{person.honorific} {person.full_name}", email=None)
    copy = create_person(SYSTEM, data, status=Status.VERIFIED, is_sample=True)
    copy.confirmed_at = person.confirmed_at
    add_affiliation(SYSTEM, copy, RESEARCHER_HOME, role=person.affiliations[0].role, is_current=True)
    return 1


def load_duplicates_demo():
    """Create the second entries; returns the registry's totals once they are in (the loader's counts)."""
    for spec in SECOND_ENTRIES:
        created = create_organisation(SYSTEM, spec["kind"], spec["data"], status=Status.VERIFIED,
                                      is_sample=spec["is_sample"])
        created.confirmed_at = created.verified_at
    added = _second_profile()
    db.session.flush()
    return {"organisations": db.session.scalar(select(func.count(Organisation.id))),
            "people": db.session.scalar(select(func.count(Person.id))),
            "affiliations": db.session.scalar(select(func.count(Affiliation.id))),
            "duplicate_entries": len(SECOND_ENTRIES) + added}
