"""Detecting likely duplicates: normalisation, each kind of evidence, blocking, dismissals."""
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from ecosystem.auth.policy import SYSTEM
from ecosystem.curation.duplicates import pairs as stored_pairs
from ecosystem.curation.duplicates.detection import dismiss_pair, duplicate_pairs, likely_duplicates
from ecosystem.curation.duplicates.keys import rebuild_keys
from ecosystem.curation.duplicates.normalise import (
    LEGAL_FORMS,
    core_name,
    email_domain,
    person_name,
    similarity,
    tax_code,
    web_host,
)
from ecosystem.errors import Conflict, Invalid, NotAllowed
from ecosystem.extensions import db
from ecosystem.models import DuplicateKey, DuplicatePair, Status
from ecosystem.registry.people import add_affiliation, create_person
from ecosystem.text import fold

VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
words = st.text(alphabet=string.ascii_letters + VIETNAMESE + VIETNAMESE.upper(), min_size=1, max_size=12)
names = st.lists(words, min_size=1, max_size=5).map(" ".join)


def codes(pairs):
    return {(p.first.slug, p.second.slug): sorted(e.code for e in p.evidence) for p in pairs}


# --- normalisation --------------------------------------------------------------------------------------------

@given(names)
@settings(max_examples=200, deadline=None)
def test_core_name_ignores_case_diacritics_punctuation_and_word_order(name):
    assert core_name(name) == core_name(name.upper()) == core_name(fold(name))
    assert core_name(name) == core_name(" , ".join(reversed(name.split())) + ".")
    assert core_name(name) == core_name(name).lower() and core_name(name).isascii()


@given(names, st.sampled_from(["Công ty Cổ phần", "Công ty TNHH", "CTCP", "Công ty TNHH MTV", "Tập đoàn"]),
       st.sampled_from(["JSC", "Co., Ltd", "LLC", "Inc.", "Ltd", "Corporation", ""]))
@settings(max_examples=200, deadline=None)
def test_legal_forms_before_or_after_the_name_are_ignored(name, prefix, suffix):
    bare = core_name(name)
    if bare and not set(bare.split()) & {w for form in LEGAL_FORMS for w in form.split()}:
        assert core_name(f"{prefix} {name} {suffix}") == bare


def test_vietnamese_and_english_forms_of_one_name_agree():
    assert core_name("Công ty Cổ phần MISA") == core_name("MISA JSC") == core_name("CTCP MISA") == "misa"
    assert core_name("Trường Đại học FPT") == core_name("FPT University") == core_name("Đại học FPT")
    # An institution type is kept: the university is not the company of the same brand.
    assert core_name("Trường Đại học FPT") != core_name("Công ty Cổ phần FPT")


def test_domains_tax_codes_and_people_names():
    assert web_host("https://www.MISA.vn/gioi-thieu") == web_host("misa.vn") == "misa.vn"
    assert web_host("https://facebook.com/some-page") is None and web_host("not a url") is None
    assert email_domain("info@misa.com.vn") == "misa.com.vn"
    assert email_domain("someone@gmail.com") is None and email_domain("a@yahoo.com.vn") is None
    assert tax_code("0101-243-150") == tax_code("0101243150") == "0101243150" and tax_code("123") is None
    assert person_name("PGS.TS. Nguyễn Văn An") == person_name("nguyen van an") == "nguyen van an"


def test_fuzzy_names_need_the_distinctive_part_alike():
    assert similarity("Công ty TNHH Robot Hòa Lạc", "Cong ty Robot Hoa Lac") == 1.0
    assert similarity("Viettel Robotics", "Vietel Robotics") >= 0.85
    assert similarity("Công ty TNHH Công nghệ Alpha", "Công ty TNHH Công nghệ Beta") < 0.85
    assert similarity("Công ty Cổ phần Đầu tư Alpha", "Công ty Cổ phần Xây dựng Alpha") < 0.85


# --- evidence -------------------------------------------------------------------------------------------------

def test_each_kind_of_organisation_evidence(make_org):
    misa = make_org("company", "Công ty Cổ phần MISA", website="https://www.misa.vn", tax_code="0101243150",
                    email="info@misa.vn", province="ha-noi")
    dup = make_org("company", "MISA JSC", website="https://misa.vn/lien-he", status=Status.PENDING)
    taxed = make_org("company", "Phần mềm Kế toán Việt", tax_code="0101-243-150")
    mailed = make_org("company", "Một Tên Khác Hẳn", email="sales@misa.vn")
    fuzzy_a = make_org("startup", "Công ty TNHH Robot Hòa Lạc", province="ha-noi")
    fuzzy_b = make_org("startup", "Robot Hoà Lạc JSC", province="ha-noi")
    fuzzy_c = make_org("startup", "Robot Hòa Lạcc", province="bac-ninh")
    found = codes(duplicate_pairs("organisation"))
    assert found[(misa.slug, dup.slug)] == ["name", "website"]
    assert found[(misa.slug, taxed.slug)] == ["tax_code"]
    assert found[(misa.slug, mailed.slug)] == ["email_domain"]
    assert found[(fuzzy_a.slug, fuzzy_b.slug)] == ["name"]
    assert (fuzzy_a.slug, fuzzy_c.slug) not in found  # a similar name elsewhere is no evidence
    pair = next(p for p in duplicate_pairs("organisation") if p.second.slug == taxed.slug)
    assert pair.confidence == 0.95 and pair.strong


def test_fuzzy_name_in_the_same_province(make_org):
    first = make_org("startup", "Viettel Robotics", province="ha-noi")
    second = make_org("startup", "Vietel Robotics", province="ha-noi")
    make_org("startup", "Vietel Robotics", province="bac-ninh", slug="elsewhere")
    found = codes(duplicate_pairs("organisation"))
    assert found[(first.slug, second.slug)] == ["similar_name"]
    assert not any("elsewhere" in pair and "similar_name" in c for pair, c in found.items()
                   if first.slug in pair)


def test_companies_sharing_common_words_are_not_pairs(make_org):
    for n, name in enumerate(("Công ty TNHH Công nghệ Alpha", "Công ty TNHH Công nghệ Beta",
                              "Công ty Cổ phần Đầu tư Alpha", "Công ty Cổ phần Xây dựng Alpha",
                              "Giải pháp Phần mềm Sao Mai", "Giải pháp Phần mềm Sao Khuê")):
        make_org("company", name, province="ha-noi", email=f"contact@company{n}.vn")
    make_org("company", "Công ty Cổ phần FPT", website="https://fpt.com")
    make_org("university", "Trường Đại học FPT", website="https://daihoc.fpt.edu.vn")
    make_org("company", "Gmail Users One", email="one@gmail.com")
    make_org("company", "Gmail Users Two", email="two@gmail.com")
    assert duplicate_pairs("organisation") == []


def test_parent_and_child_sharing_a_domain_are_not_pairs(make_org):
    parent = make_org("university", "Đại học Bách khoa Hà Nội", website="https://hust.edu.vn",
                      email="contact@hust.edu.vn")
    make_org("institute", "Viện Công nghệ Thông tin và Truyền thông", parent=parent.slug,
             website="https://hust.edu.vn", email="soict@hust.edu.vn")
    assert duplicate_pairs("organisation") == []


def test_people_need_one_orcid_or_email_or_one_name_at_one_organisation(make_org):
    org = make_org("university", "Đại học Quốc gia Hà Nội")
    other = make_org("university", "Đại học Thủy lợi")
    a = create_person(SYSTEM, {"full_name": "Nguyễn Văn An"}, status=Status.VERIFIED)
    b = create_person(SYSTEM, {"full_name": "PGS.TS. Nguyễn Văn An"}, status=Status.PENDING)
    c = create_person(SYSTEM, {"full_name": "Nguyễn Văn An"}, status=Status.VERIFIED)  # same name elsewhere
    d = create_person(SYSTEM, {"full_name": "Trần Thị Bình", "orcid": "0000-0002-1825-0097"})
    e = create_person(SYSTEM, {"full_name": "Binh Tran", "orcid": "0000-0002-1825-0097", "email": "binh@example.org"})
    f = create_person(SYSTEM, {"full_name": "Lê Minh", "email": "minh@vnu.edu.vn"})
    g = create_person(SYSTEM, {"full_name": "Le Van Minh", "email": "Minh@VNU.edu.vn"})
    for person, place in ((a, org), (b, org), (c, other)):
        add_affiliation(SYSTEM, person, place.slug)
    db.session.commit()
    found = codes(duplicate_pairs("person"))
    assert found == {(a.slug, b.slug): ["name_affiliation"], (d.slug, e.slug): ["orcid"],
                     (f.slug, g.slug): ["email"]}


# --- blocking and dismissals ------------------------------------------------------------------------------

def test_keys_follow_changes_and_deletions(make_org):
    org = make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn")
    keys = set(db.session.scalars(db.select(DuplicateKey.key).filter_by(record_id=org.id)))
    assert {"n:misa", "w:misa.vn"} <= keys
    org.website = "https://misa.com.vn"
    db.session.commit()
    keys = set(db.session.scalars(db.select(DuplicateKey.key).filter_by(record_id=org.id)))
    assert "w:misa.com.vn" in keys and "w:misa.vn" not in keys
    twin = make_org("company", "MISA JSC")
    assert len(duplicate_pairs("organisation")) == 1
    db.session.delete(org)
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count(DuplicateKey.id)).filter_by(record_id=org.id)) == 0
    assert duplicate_pairs("organisation") == [] and twin.id


def test_rebuild_recomputes_every_key(make_org):
    make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn")
    make_org("company", "MISA JSC")
    db.session.execute(db.delete(DuplicateKey))
    db.session.execute(db.delete(DuplicatePair))
    assert duplicate_pairs("organisation") == []
    keys, pairs = rebuild_keys(db.session)
    assert keys >= 3 and pairs == 1
    assert len(duplicate_pairs("organisation")) == 1


def test_a_value_shared_by_many_listings_is_not_evidence(make_org, monkeypatch):
    monkeypatch.setattr(stored_pairs, "BLOCK_LIMIT", 3)
    for n in range(4):
        make_org("company", f"Công ty số {n} thành viên", email=f"office{n}@shared-host.vn")
    # Found as the value spread: the three first listings were paired, the fourth was not.
    assert len(duplicate_pairs("organisation")) == 3
    rebuild_keys(db.session)  # a rebuild judges from scratch: the value is too common now
    assert duplicate_pairs("organisation") == []


def test_dismissed_pairs_are_never_shown_again(make_org, make_user):
    curator = make_user("curator@example.org", role="curator")
    first = make_org("company", "Công ty Cổ phần MISA")
    second = make_org("company", "MISA JSC")
    assert len(duplicate_pairs("organisation")) == 1
    dismiss_pair(curator, "organisation", second, first)
    db.session.commit()
    assert duplicate_pairs("organisation") == []
    try:
        dismiss_pair(curator, "organisation", first, second)
    except Conflict:
        pass
    else:
        raise AssertionError("dismissing twice must be a conflict")
    for bad, error in (((first, first), Invalid),):
        try:
            dismiss_pair(curator, "organisation", *bad)
        except error:
            continue
        raise AssertionError("dismissing a listing against itself must be refused")
    member = make_user("member@example.org")
    try:
        dismiss_pair(member, "organisation", first, second)
    except NotAllowed:
        pass
    else:
        raise AssertionError("members cannot dismiss")


def test_likely_duplicates_of_a_new_listing_respect_visibility(make_org, make_user):
    make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn")
    make_org("company", "Công ty Cổ phần Sao Mai", tax_code="0100000001", status=Status.PENDING)
    member = make_user()
    strong = likely_duplicates(member, {"name": "MISA JSC"}, strong_only=True)
    assert [p.second.name for p in strong] == ["Công ty Cổ phần MISA"]
    assert likely_duplicates(member, {"name": "Khác", "tax_code": "0100000001"}) == []  # pending: not shown
    curator = make_user("curator@example.org", role="curator")
    assert len(likely_duplicates(curator, {"name": "Khác", "tax_code": "0100000001"})) == 1
    assert likely_duplicates(member, {"name": "", "website": None}) == []


def test_rebuild_if_missing_fills_keys_only_for_a_database_without_them(make_org, runner):
    """`make run` calls it on every start: an upgraded database gets its keys once, later starts do nothing."""
    first = make_org("company", "Công ty Cổ phần Phần mềm Ánh Dương", website="https://anhduong.vn")
    make_org("company", "Anh Duong Software JSC", website="https://www.anhduong.vn")
    db.session.execute(db.delete(DuplicateKey))
    db.session.execute(db.delete(DuplicatePair))
    db.session.commit()
    result = runner.invoke(args=["duplicates", "rebuild", "--if-missing"])
    assert result.exit_code == 0 and "likely duplicate pairs" in result.output
    assert db.session.scalar(db.select(db.func.count(DuplicateKey.id))) > 0
    assert db.session.scalar(db.select(db.func.count(DuplicatePair.id))) == 1
    db.session.execute(db.delete(DuplicateKey).where(DuplicateKey.record_id == first.id))
    db.session.commit()
    again = runner.invoke(args=["duplicates", "rebuild", "--if-missing"])
    assert again.exit_code == 0 and "in place" in again.output
    assert db.session.scalar(db.select(db.func.count(DuplicateKey.id)).where(DuplicateKey.record_id == first.id)) == 0
