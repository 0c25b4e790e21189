"""The demo exchange: enough verified, bilingual offers and needs, from existing publishers, that answer each other."""
import pytest

from ecosystem.demo import load_demo
from ecosystem.extensions import db
from ecosystem.models import Need, Offer, Status
from ecosystem.registry.seeding import seed_taxonomy
from tests.conftest import empty_tables


@pytest.fixture(scope="module")
def demo(_app):
    """The demo loaded once for this module; the tests read it without the emptying `app` fixture."""
    with _app.app_context():
        empty_tables()
        seed_taxonomy()
        counts = load_demo()
        db.session.commit()
        yield counts
        db.session.rollback()
        db.session.remove()


def test_the_demo_has_verified_bilingual_offers_and_needs(demo):
    offers, needs = db.session.scalars(db.select(Offer)).all(), db.session.scalars(db.select(Need)).all()
    assert demo["offers"] == len(offers) >= 25 and demo["needs"] == len(needs) >= 15
    for listing in offers + needs:
        assert listing.status == Status.VERIFIED and listing.is_sample and listing.title_en and listing.technologies
        assert listing.publisher.status == Status.VERIFIED
    assert any(o.person is not None for o in offers) and sum(not n.is_open for n in needs) == 1
    for offer in offers:  # technologies consistent with the publisher's
        assert {t.code for t in offer.technologies} & {t.code for t in offer.publisher.technologies}


def test_every_open_need_is_answered_by_some_offer(demo):
    offers = db.session.scalars(db.select(Offer)).all()
    for need in db.session.scalars(db.select(Need)):
        techs, sectors = {t.code for t in need.technologies}, {s.code for s in need.sectors}
        assert any(techs & {t.code for t in o.technologies} and sectors & {s.code for s in o.sectors}
                   for o in offers), need.title
