"""Fixtures of the matching tests: listings built through the registry services."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.models import Status
from ecosystem.registry.organisations import create_organisation
from ecosystem.registry.people import create_person


@pytest.fixture(autouse=True)
def fresh_term_statistics(app):
    """Every test weighs words over its own listings (the cache would outlive the emptied tables)."""
    app.config["MATCHING_TERM_STATS_SECONDS"] = 0
    yield
    app.extensions.pop("matching_term_stats", None)


@pytest.fixture
def org(app):
    """org(kind, name, status=verified, **fields) -> Organisation, committed."""
    def factory(kind, name, status=Status.VERIFIED, actor=SYSTEM, **fields):
        record = create_organisation(actor, kind, {"name": name, **fields}, status=status)
        db.session.commit()
        return record
    return factory


@pytest.fixture
def person(app):
    """person(name, status=verified, **fields) -> Person, committed."""
    def factory(name, status=Status.VERIFIED, actor=SYSTEM, **fields):
        record = create_person(actor, {"full_name": name, **fields}, status=status)
        db.session.commit()
        return record
    return factory


@pytest.fixture
def deal_flow(org):
    """A fintech seed startup, two portfolio companies, a fitting investor and an unrelated one."""
    startup = org("startup", "Công ty Cổ phần Ví Số", stage="seed", funding_sought_usd=500_000,
                  sectors=["fintech"], technologies=["ai"], tags=["thanh toán", "cho vay"], province="ha-noi",
                  description="Nền tảng cho vay ngang hàng và thanh toán số dùng trí tuệ nhân tạo để chấm điểm tín dụng.")
    held = [org("startup", f"Fintech {n}", stage="seed", sectors=["fintech"], tags=["cho vay"],
                description="Cho vay tiêu dùng trực tuyến.") for n in ("Một", "Hai")]
    fitting = org("investor", "Quỹ Sông Hồng", sectors=["fintech", "software"], technologies=["ai"],
                  stages=["seed", "series-a"], ticket_min_usd=200_000, ticket_max_usd=2_000_000,
                  regions=["Hà Nội"], portfolio=[h.slug for h in held],
                  description="Quỹ đầu tư vào fintech, cho vay và thanh toán số ở giai đoạn hạt giống.")
    unrelated = org("investor", "Quỹ Nông Nghiệp Xanh", sectors=["agritech"], technologies=["biotech"],
                    stages=["growth"], ticket_min_usd=5_000_000, ticket_max_usd=20_000_000,
                    description="Đầu tư vào nông nghiệp công nghệ cao và thực phẩm.")
    return {"startup": startup, "held": held, "fitting": fitting, "unrelated": unrelated}


@pytest.fixture
def exchange(org, person):
    """A textile factory's need, a lab's fitting offer, a researcher, a lab, and a startup that fit it."""
    from ecosystem.exchange.services import create_need, create_offer
    factory = org("company", "Công ty Dệt Hà Đông", sectors=["textiles", "manufacturing"], technologies=["ai"],
                  province="ha-noi", description="Nhà máy dệt vải với dây chuyền máy dệt tự động.")
    lab = org("institute", "Viện Thị giác Máy", sectors=["manufacturing"], technologies=["ai", "robotics"],
              province="ha-noi", description="Nghiên cứu thị giác máy tính và phát hiện lỗi sản phẩm.")
    startup = org("startup", "Vải Soi", sectors=["textiles"], technologies=["ai"], province="ha-noi",
                  description="Camera phát hiện lỗi vải trên máy dệt.")
    researcher = person("Nguyễn Văn Thị Giác", technologies=["ai"], sectors=["manufacturing"], province="ha-noi",
                        publications_count=30, patents_count=2, expertise="Thị giác máy tính, phát hiện lỗi vải")
    need = create_need(SYSTEM, factory, {
        "title": "Tự động phát hiện lỗi vải", "technologies": ["ai"], "sectors": ["textiles"], "tags": ["lỗi vải"],
        "problem": "Cần hệ thống camera phát hiện lỗi vải trên máy dệt tốc độ cao."}, status=Status.VERIFIED)
    offer = create_offer(SYSTEM, lab, {
        "title": "Phát hiện lỗi vải bằng thị giác máy", "technologies": ["ai"], "sectors": ["textiles"],
        "tags": ["lỗi vải"], "trl": 6, "summary": "Hệ thống camera và AI phát hiện lỗi vải trên máy dệt."},
        status=Status.VERIFIED)
    db.session.commit()
    return {"factory": factory, "lab": lab, "startup": startup, "researcher": researcher, "need": need,
            "offer": offer}
