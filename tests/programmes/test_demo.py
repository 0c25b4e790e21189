"""The demo programmes: real agencies, calls open now, closing soon, upcoming and closed, applications in every
status from eligible demo organisations and researchers, one programme waiting for the curators."""
import pytest

from ecosystem.collaboration.programmes.applications import eligibility_problem
from ecosystem.collaboration.programmes.rules import current_time
from ecosystem.collaboration.programmes.states import programme_state
from ecosystem.demo import load_demo
from ecosystem.extensions import db
from ecosystem.models import ApplicationStatus, Programme, ProgrammeApplication, Status
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
        db.engine.dispose()


def test_the_demo_programmes_cover_every_state_and_status(demo):
    programmes = db.session.scalars(db.select(Programme)).all()
    assert demo["programmes"] == len(programmes) >= 6
    now = current_time()
    public = [p for p in programmes if p.status == Status.VERIFIED]
    assert {programme_state(p, now) for p in public} == {"open", "upcoming", "closed", "interest"}
    assert [p.status for p in programmes].count(Status.PENDING) == 1
    for programme in programmes:
        assert programme.is_sample and programme.title_en and programme.summary_en
        assert programme.agency.status == Status.VERIFIED


def test_the_demo_applications_are_eligible_and_in_every_status(demo):
    applications = db.session.scalars(db.select(ProgrammeApplication)).all()
    assert demo["programme_applications"] == len(applications) >= 20
    assert {a.status for a in applications} == set(ApplicationStatus.ALL)
    for application in applications:
        applicant = application.organisation or application.person
        assert eligibility_problem(application.programme, applicant) is None
        if application.call is not None and application.requested_vnd is not None:
            assert application.requested_vnd <= application.programme.max_award_vnd
