"""Fixtures: a founder who manages a startup, an investor who manages a fund, a curator, and a helper
that asks for an introduction through the service (as the views do)."""
import pytest

from ecosystem.extensions import db
from ecosystem.introductions import services
from ecosystem.models import Role


@pytest.fixture(scope="module", autouse=True)
def _close_pooled_connections(_app):
    """psycopg warns about connections left to the garbage collector, and warnings are errors."""
    yield
    with _app.app_context():
        db.engine.dispose()


@pytest.fixture(autouse=True)
def english(app):
    """Service-level messages in English (outside a request the site's default, Vietnamese, applies)."""
    from flask_babel import force_locale
    with force_locale("en"):
        yield


@pytest.fixture
def curator(make_user):
    return make_user("curator@hanoi.gov.vn", role=Role.CURATOR)


@pytest.fixture
def founder(make_user):
    return make_user("lan@robot.vn", name="Nguyễn Thị Lan")


@pytest.fixture
def investor_user(make_user):
    return make_user("minh@fund.vn", name="Trần Văn Minh")


@pytest.fixture
def startup(make_org, founder):
    return make_org("startup", "Công ty Robot Hòa Lạc", owner=founder, stage="seed", funding_sought_usd=500000,
                    technologies=["robotics", "ai"], sectors=["manufacturing"], province="ha-noi",
                    email="hello@robot.vn", phone="+84 24 3555 0101",
                    description="Robot tự hành cho kho vận và nông nghiệp.")


@pytest.fixture
def fund(make_org, investor_user):
    return make_org("investor", "Quỹ Đầu tư Sông Hồng", owner=investor_user, name_en="Red River Fund",
                    investor_type="vc", stages=["seed", "series-a"], ticket_min_usd=100000, ticket_max_usd=1000000,
                    technologies=["robotics"], sectors=["manufacturing"], regions=["Hà Nội"],
                    email="deals@fund.vn", phone="+84 24 3999 0202",
                    thesis="Đầu tư vào robot và tự động hóa.")


@pytest.fixture
def ask(app):
    """ask(user, target, source=None, message=...) -> Introduction, committed."""
    def factory(user, target, source=None, message="Chúng tôi muốn gặp để trao đổi về vòng gọi vốn hạt giống."):
        ref = lambda record: None if record is None else f"{type(record).__name__.lower()}:{record.slug}"  # noqa: E731
        introduction = services.request_introduction(user, ref(source), ref(target), message)
        db.session.commit()
        return introduction
    return factory
