"""The demo introductions on a small sample ecosystem: every status, managers made for unmanaged
parties with passwords nobody knows, notifications in the app and no mail."""
import pytest
from werkzeug.security import check_password_hash

from ecosystem.auth.policy import SYSTEM
from ecosystem.demo.introductions import EMAIL_DOMAIN, load_introduction_demo
from ecosystem.extensions import db
from ecosystem.models import Introduction, IntroductionStatus, Notification, Status, User
from ecosystem.registry.organisations import create_organisation
from ecosystem.registry.people import create_person
from tests.conftest import PASSWORD


@pytest.fixture
def sample_ecosystem(app):
    def org(kind, name, **data):
        return create_organisation(SYSTEM, kind, {"name": name, **data}, status=Status.VERIFIED, is_sample=True)
    org("investor", "Quỹ Mạo hiểm Demo", investor_type="vc", stages=["seed"], sectors=["logistics"])
    for n in range(6):
        org("startup", f"Khởi nghiệp Demo {n}", stage="seed", sectors=["logistics"], technologies=["robotics"])
    org("company", "Công ty Kho vận Demo", technologies=["robotics"], sectors=["logistics"])
    create_person(SYSTEM, {"full_name": "Lê Văn Nghiên", "kind": "researcher", "technologies": ["robotics"]},
                  status=Status.VERIFIED)
    db.session.commit()


def test_demo_introductions(sample_ecosystem, outbox):
    counts = load_introduction_demo()
    db.session.commit()
    statuses = [i.status for i in db.session.scalars(db.select(Introduction).order_by(Introduction.id))]
    assert counts["introductions"] == len(statuses) == 4  # three startups to the fund, the researcher to the company
    assert statuses == ["agreed", "met", "accepted", "declined"]
    assert outbox == []
    assert db.session.scalar(db.select(db.func.count(Notification.id))) > 0
    managers = db.session.scalars(db.select(User).where(User.email.like(f"%@{EMAIL_DOMAIN}"))).all()
    assert len(managers) == counts["demo_managers"] == 6  # fund, three startups, company, researcher
    assert not any(check_password_hash(u.password_hash, PASSWORD) for u in managers)


def test_every_status_with_enough_pairs(app, sample_ecosystem):
    from ecosystem.demo import introductions as demo
    pairs = demo.startup_investor_pairs()
    assert len(pairs) == 3
    assert set(demo.OUTCOMES) == set(IntroductionStatus.ALL)


def test_cli_sets_a_password_so_a_demo_account_can_sign_in(runner, make_user, auth):
    make_user("demo@demo.example.org")
    result = runner.invoke(args=["users", "set-password", "demo@demo.example.org", "--password", "a new long secret"])
    assert result.exit_code == 0, result.output
    assert auth.login("demo@demo.example.org", "a new long secret").status_code == 302
    assert runner.invoke(args=["users", "set-password", "nobody@example.org", "--password", "x" * 12]).exit_code == 1
    short = runner.invoke(args=["users", "set-password", "demo@demo.example.org", "--password", "short"])
    assert short.exit_code == 1 and "at least" in short.output
