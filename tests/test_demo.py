"""The demo ecosystem: volume, kinds, real versus invented records, relations, text quality, CLI."""
import re
import unicodedata

import pytest

from ecosystem.demo import load_demo
from ecosystem.extensions import db
from ecosystem.models import Affiliation, Kind, Organisation, Person, PersonKind, Status
from ecosystem.registry.seeding import seed_taxonomy
from tests.conftest import empty_tables

# Real public bodies the demo must carry, never flagged as sample data.
REAL = [
    "khu-cong-nghe-cao-hoa-lac", "ban-quan-ly-khu-cnc-hoa-lac", "trung-tam-doi-moi-sang-tao-quoc-gia",
    "dai-hoc-quoc-gia-ha-noi", "truong-dai-hoc-cong-nghe-dhqghn", "truong-dai-hoc-khoa-hoc-tu-nhien-dhqghn",
    "dai-hoc-bach-khoa-ha-noi", "hoc-vien-cong-nghe-buu-chinh-vien-thong",
    "vien-han-lam-khoa-hoc-va-cong-nghe-viet-nam",
    "vien-cong-nghe-thong-tin-vast", "so-khoa-hoc-va-cong-nghe-ha-noi", "ubnd-thanh-pho-ha-noi",
    "bo-khoa-hoc-va-cong-nghe", "viettel", "tap-doan-vnpt", "cong-ty-co-phan-fpt", "truong-dai-hoc-fpt",
    "tap-doan-cong-nghe-cmc", "khu-cong-nghiep-thang-long",
]
# Kinds that only hold real public bodies.
REAL_KINDS = (Kind.UNIVERSITY, Kind.AGENCY, Kind.ZONE)
_SENTENCE_END = re.compile(r"[.!?](?:\*\*)?(?=\s|$)")


def _orgs(**filters):
    return db.session.scalars(db.select(Organisation).filter_by(**filters)).all()


def _people(**filters):
    return db.session.scalars(db.select(Person).filter_by(**filters)).all()


def _by_slug(slug):
    return db.session.scalar(db.select(Organisation).filter_by(slug=slug))


def _sentences(text):
    return len(_SENTENCE_END.findall(text.replace("Co., Ltd.", "Co Ltd")))


def _load_into_empty_registry():
    """Empty every table, seed the taxonomies, load and commit the demo (as `demo load` does)."""
    empty_tables()
    seed_taxonomy()
    counts = load_demo()
    db.session.commit()
    return counts


@pytest.fixture(scope="module")
def _loaded(_app):
    """Load the demo once for the read-only tests of this module (loading takes seconds)."""
    with _app.app_context():
        counts = _load_into_empty_registry()
        db.session.remove()
    return counts


@pytest.fixture
def demo(_app, _loaded):
    """The committed demo, reloaded if a test using the `app` fixture emptied the tables meanwhile."""
    with _app.app_context():
        counts = _loaded
        if not db.session.scalar(db.select(db.func.count(Organisation.id))):
            counts = _load_into_empty_registry()
        yield counts
        db.session.rollback()
        db.session.remove()


def test_volume_kinds_and_status(demo):
    orgs, people = _orgs(), _people()
    assert len(orgs) >= 300 and len(people) >= 120
    assert demo["organisations"] == len(orgs) and demo["people"] == len(people)
    assert demo["affiliations"] == db.session.scalar(db.select(db.func.count(Affiliation.id)))
    assert {o.kind for o in orgs} == set(Kind.ALL)
    assert {p.kind for p in people} == set(PersonKind.ALL)
    assert all(o.status == Status.VERIFIED and o.verified_at for o in orgs)
    assert all(p.status == Status.VERIFIED for p in people)
    assert len({o.name for o in orgs}) == len(orgs)
    assert len({p.full_name for p in people}) == len(people)


def test_invented_records_are_samples_and_real_bodies_are_not(demo):
    for slug in REAL:
        org = _by_slug(slug)
        assert org is not None, slug
        assert not org.is_sample, slug
    assert all(o.is_sample for o in _orgs(kind=Kind.STARTUP))
    assert not any(o.is_sample for kind in REAL_KINDS for o in _orgs(kind=kind))
    assert all(p.is_sample for p in _people())
    # Invented people only get invented mail addresses.
    assert all(p.email.endswith(".example.org") for p in _people() if p.email)


def test_hoa_lac_and_its_management_board(demo):
    park, board = _by_slug("khu-cong-nghe-cao-hoa-lac"), _by_slug("ban-quan-ly-khu-cnc-hoa-lac")
    assert park.kind == Kind.ZONE and board.kind == Kind.AGENCY
    assert park.zone_details.managed_by == board
    assert park.zone_details.area_ha == 1586 and park.founded_year == 1998
    assert park.ward.code == "ha-noi-hoa-lac"
    assert board.parent == _by_slug("ubnd-thanh-pho-ha-noi")
    assert _by_slug("trung-tam-doi-moi-sang-tao-quoc-gia").zone == park
    assert _by_slug("truong-dai-hoc-cong-nghe-dhqghn").parent == _by_slug("dai-hoc-quoc-gia-ha-noi")
    assert _by_slug("truong-dai-hoc-fpt").parent == _by_slug("cong-ty-co-phan-fpt")


def test_relations_are_consistent(demo):
    for zone in _orgs(kind=Kind.ZONE):
        assert zone.zone_details.managed_by.kind == Kind.AGENCY
    for agency in _orgs(kind=Kind.AGENCY):
        assert agency.parent is None or agency.parent.kind == Kind.AGENCY
    assert sum(1 for a in _orgs(kind=Kind.AGENCY) if a.parent) >= 5
    for org in _orgs(kind=Kind.STARTUP):
        assert org.ward is not None and org.province.code == "ha-noi", org.slug
        assert org.startup.stage and org.startup.team_size and org.startup.product
        assert org.technologies and org.sectors
    in_hoa_lac = [o for o in _orgs(kind=Kind.STARTUP) if o.zone]
    assert in_hoa_lac and all(o.ward.code == "ha-noi-hoa-lac" for o in in_hoa_lac)
    hosted = [o for o in _orgs(kind=Kind.INCUBATOR) if o.parent]
    assert hosted and all(o.parent.kind in Kind.ACADEMIC for o in hosted)
    for org in _orgs(kind=Kind.UNIVERSITY) + _orgs(kind=Kind.INSTITUTE):
        assert org.academic.research_areas, org.slug


def test_investor_portfolios_fit_their_thesis(demo):
    invented = [o for o in _orgs(kind=Kind.INVESTOR) if o.is_sample]
    assert len(invented) >= 20
    for investor in invented:
        details = investor.investor
        assert investor.portfolio, investor.slug
        assert details.investor_type and details.stages and details.regions and details.thesis
        assert details.ticket_min_usd <= details.ticket_max_usd
        thesis_sectors = {s.code for s in investor.sectors}
        for held in investor.portfolio:
            assert held.kind in (Kind.STARTUP, Kind.COMPANY), (investor.slug, held.slug)
            assert thesis_sectors & {s.code for s in held.sectors}, (investor.slug, held.slug)
            if held.kind == Kind.STARTUP:
                assert held.startup.stage in details.stages, (investor.slug, held.slug)


def test_affiliations_match_kinds_and_fields(demo):
    for person in _people():
        assert any(a.is_current for a in person.affiliations), person.full_name
    for person in _people(kind=PersonKind.RESEARCHER):
        assert all(a.organisation.kind in Kind.ACADEMIC for a in person.affiliations), person.full_name
        assert person.honorific and person.expertise and person.publications_count is not None
    for person in _people(kind=PersonKind.FOUNDER):
        current = [a.organisation for a in person.affiliations if a.is_current]
        assert [o.kind for o in current] == [Kind.STARTUP], person.full_name
        assert {t.code for t in person.technologies} == {t.code for t in current[0].technologies}
    experts = _people(kind=PersonKind.EXPERT)
    assert {a.organisation.kind for p in experts for a in p.affiliations if a.is_current} >= {
        Kind.INVESTOR, Kind.INCUBATOR, Kind.COMPANY}


def test_text_is_bilingual_nfc_and_reads_like_a_description(demo):
    for org in _orgs():
        texts = [org.name, org.name_en, org.description, org.description_en]
        assert all(texts), org.slug
        assert all(unicodedata.is_normalized("NFC", t) for t in texts), org.slug
        assert org.description != org.description_en
        assert 2 <= _sentences(org.description) <= 5, (org.slug, org.description)
        assert 2 <= _sentences(org.description_en) <= 5, (org.slug, org.description_en)
        assert "lorem" not in org.description.lower() and "sample" not in org.description_en.lower()
    for person in _people():
        texts = [person.full_name, person.position, person.position_en, person.bio, person.bio_en]
        assert all(texts), person.full_name
        assert all(unicodedata.is_normalized("NFC", t) for t in texts), person.full_name
    # Vietnamese text really is Vietnamese: most descriptions carry diacritics.
    marked = [o for o in _orgs() if o.description != unicodedata.normalize("NFD", o.description)]
    assert len(marked) == len(_orgs())


def test_loading_is_deterministic(app):
    def snapshot():
        orgs = [(o.slug, o.name, o.description) for o in db.session.scalars(
            db.select(Organisation).order_by(Organisation.slug))]
        people = [(p.slug, p.bio, p.email) for p in db.session.scalars(db.select(Person).order_by(Person.slug))]
        return orgs, people

    load_demo()
    first = snapshot()
    db.session.rollback()
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 0
    load_demo()
    assert snapshot() == first


def test_cli_loads_once_when_asked_if_empty(app, runner):
    result = runner.invoke(args=["demo", "load", "--if-empty"])
    assert result.exit_code == 0, result.output
    assert "Demo loaded" in result.output
    counts = (db.session.scalar(db.select(db.func.count(Organisation.id))),
              db.session.scalar(db.select(db.func.count(Person.id))),
              db.session.scalar(db.select(db.func.count(Affiliation.id))))
    assert counts[0] >= 300 and counts[1] >= 120
    again = runner.invoke(args=["demo", "load", "--if-empty"])
    assert again.exit_code == 0, again.output
    assert "not loaded" in again.output
    db.session.expire_all()
    assert (db.session.scalar(db.select(db.func.count(Organisation.id))),
            db.session.scalar(db.select(db.func.count(Person.id))),
            db.session.scalar(db.select(db.func.count(Affiliation.id)))) == counts
