"""Programmes and calls of the demo ecosystem (sample data): support schemes of Hanoi's Department of Science and
Technology, the Hoa Lac Hi-Tech Park board, the Ministry and the two national public funds, with applications
from demo startups, companies, universities, institutes and researchers in every status.

Programmes run by real agencies are invented for the demonstration (is_sample). Call dates count from the day of
loading, so the calls open now stay open, one closes soon, one opens later and some have closed; applications to
closed calls are made "as of" a day when the call was open. Applicants are picked by position in slug order, so
the content is the same on every run. Everything goes through the programme services."""
from datetime import datetime, time, timedelta

from ..auth.policy import SYSTEM
from ..collaboration.programmes import applications, messages, services
from ..collaboration.programmes.rules import HANOI, as_utc
from ..extensions import db
from ..models import Organisation, Person, PersonKind, Status

MILLION = 1_000_000


def call(title, title_en, opens, closes, budget=None):
    """A call open from `opens` to `closes` days from today (negative: in the past); budget in million VND."""
    return {"title": title, "title_en": title_en, "opens": opens, "closes": closes, "budget": budget}


def programme(agency, title, title_en, kind, summary, summary_en, eligibility, eligible, money, techs, sectors,
              calls=(), applied=(), status=Status.VERIFIED):
    """One programme; `money` is (budget, max award) in million VND; `applied` lists (call index or None for
    interest, applicant kind, position among the eligible ones of that kind, final status)."""
    budget, award = money
    return {"agency": agency, "status": status, "calls": calls, "applied": applied, "data": {
        "title": title, "title_en": title_en, "programme_kind": kind, "summary": summary, "summary_en": summary_en,
        "eligibility": eligibility, "eligible_kinds": eligible, "technologies": techs, "sectors": sectors,
        "budget_vnd": budget * MILLION if budget else None, "max_award_vnd": award * MILLION if award else None}}


PROGRAMMES = [
    programme("so-khoa-hoc-va-cong-nghe-ha-noi", "Phiếu hỗ trợ đổi mới công nghệ cho doanh nghiệp nhỏ và vừa",
              "Innovation vouchers for small and medium-sized enterprises", "funding",
              "Sở Khoa học và Công nghệ Hà Nội cấp phiếu hỗ trợ để doanh nghiệp nhỏ và vừa thuê viện, trường hoặc "
              "chuyên gia giải quyết một bài toán công nghệ cụ thể: cải tiến quy trình, thử nghiệm sản phẩm, "
              "số hóa sản xuất.", "Hanoi's Department of Science and Technology gives vouchers that let small and "
              "medium-sized enterprises hire an institute, university or expert to solve a specific technology "
              "problem: process improvement, product testing, digitalising production.",
              "Doanh nghiệp đăng ký kinh doanh tại Hà Nội, dưới 200 lao động; đối ứng tối thiểu 30% kinh phí.",
              ["company", "startup"], (20_000, 300), ["ai", "robotics"], ["manufacturing", "software"],
              calls=[call("Đợt 1", "Round 1", -150, -60, 8_000), call("Đợt 2", "Round 2", -10, 45, 12_000)],
              applied=[(0, "company", 0, "accepted"), (0, "company", 1, "accepted"), (0, "startup", 0, "rejected"),
                       (0, "company", 2, "withdrawn"), (1, "company", 3, "submitted"), (1, "startup", 1, "submitted"),
                       (1, "company", 4, "under-review"), (None, "startup", 2, "interested")]),
    programme("so-khoa-hoc-va-cong-nghe-ha-noi", "Phiếu sử dụng phòng thí nghiệm cho doanh nghiệp khởi nghiệp",
              "Lab access vouchers for startups", "lab-voucher",
              "Doanh nghiệp khởi nghiệp được hỗ trợ chi phí sử dụng thiết bị, phòng thí nghiệm của các viện, trường "
              "tại Hà Nội để thử nghiệm, đo kiểm và hoàn thiện sản phẩm mẫu.", "Startups get support for the cost "
              "of using equipment and laboratories of Hanoi's institutes and universities to test, measure and "
              "finish their prototypes.", "Doanh nghiệp khởi nghiệp đổi mới sáng tạo thành lập không quá 5 năm.",
              ["startup"], (3_000, 100), ["semiconductors", "biotech", "energy-materials"], ["electronics"],
              calls=[call("Đợt tháng này", "This month's round", -20, 12, 1_500)],
              applied=[(0, "startup", 3, "submitted"), (0, "startup", 4, "submitted"),
                       (0, "startup", 5, "under-review")]),
    programme("so-khoa-hoc-va-cong-nghe-ha-noi", "Hỗ trợ ươm tạo doanh nghiệp khởi nghiệp đổi mới sáng tạo Hà Nội",
              "Hanoi innovative startup incubation support", "incubation",
              "Chương trình hỗ trợ 6 tháng ươm tạo tại các cơ sở ươm tạo của thành phố: không gian làm việc, cố vấn, "
              "kết nối nhà đầu tư và ngày ra mắt (demo day).", "Six months of incubation at the city's incubators: "
              "workspace, mentoring, investor introductions and a demo day.",
              "Nhóm khởi nghiệp hoặc doanh nghiệp khởi nghiệp có sản phẩm mẫu.", ["startup"], (5_000, 150),
              ["ai", "cloud-quantum-data"], ["software", "edtech"],
              calls=[call("Khóa 1", "Cohort 1", -200, -120), call("Khóa 2", "Cohort 2", 20, 75)],
              applied=[(0, "startup", 6, "accepted"), (0, "startup", 7, "rejected"), (0, "startup", 8, "accepted"),
                       (None, "startup", 9, "interested"), (None, "startup", 10, "interested")]),
    programme("ban-quan-ly-khu-cnc-hoa-lac", "Phát triển nhân lực thiết kế vi mạch bán dẫn tại Hòa Lạc",
              "Semiconductor design talent programme at Hoa Lac", "training",
              "Ban Quản lý Khu công nghệ cao Hòa Lạc phối hợp với Trung tâm Đổi mới sáng tạo Quốc gia (NIC) hỗ trợ "
              "các khóa đào tạo thiết kế vi mạch, thực tập tại doanh nghiệp trong khu và học bổng cho nghiên cứu "
              "sinh.", "The Hoa Lac Hi-Tech Park board, with the National Innovation Center (NIC), supports chip "
              "design courses, internships with companies in the park and scholarships for doctoral researchers.",
              "Trường đại học, viện nghiên cứu và doanh nghiệp có chương trình đào tạo thiết kế vi mạch; nhà "
              "nghiên cứu đăng ký học bổng.", ["university", "institute", "company", "researcher"], (15_000, 800),
              ["semiconductors"], ["electronics"], calls=[call("Đợt 1", "Round 1", -30, 90, 6_000)],
              applied=[(0, "university", 0, "submitted"), (0, "institute", 0, "under-review"),
                       (0, "researcher", 0, "submitted"), (0, "university", 1, "withdrawn")]),
    programme("bo-khoa-hoc-va-cong-nghe", "Hỗ trợ chuyển giao công nghệ từ viện, trường sang doanh nghiệp",
              "Technology transfer from institutes and universities to companies", "technology-transfer",
              "Hỗ trợ một phần chi phí định giá, đàm phán và hoàn thiện công nghệ khi viện, trường chuyển giao kết "
              "quả nghiên cứu cho doanh nghiệp.", "Covers part of the cost of valuing, negotiating and finishing a "
              "technology when an institute or university transfers research results to a company.",
              "Hợp đồng chuyển giao giữa một tổ chức khoa học và công nghệ và một doanh nghiệp.",
              ["university", "institute", "company", "startup"], (10_000, 1_000), ["biotech", "energy-materials"],
              ["manufacturing", "pharma"], calls=[call("Đợt 1", "Round 1", -120, -20, 10_000)],
              applied=[(0, "institute", 1, "accepted"), (0, "university", 2, "rejected")]),
    programme("quy-doi-moi-cong-nghe-quoc-gia", "Tài trợ dự án đổi mới công nghệ của doanh nghiệp",
              "Grants for companies' technology innovation projects", "funding",
              "Quỹ Đổi mới công nghệ quốc gia tài trợ một phần kinh phí dự án nghiên cứu, làm chủ và cải tiến công "
              "nghệ của doanh nghiệp Việt Nam.", "The National Technology Innovation Foundation co-funds Vietnamese "
              "companies' projects to research, master and improve technologies.",
              "Doanh nghiệp có phương án đối ứng tối thiểu 50% và sản phẩm có thị trường.", ["company", "startup"],
              (50_000, 5_000), ["robotics", "ai", "energy-materials"], ["manufacturing", "agritech"],
              calls=[call("Đợt xét chọn", "Selection round", -40, 25, 30_000)],
              applied=[(0, "company", 5, "submitted"), (None, "startup", 11, "interested")]),
    programme("quy-phat-trien-khoa-hoc-va-cong-nghe-quoc-gia", "Tài trợ nghiên cứu ứng dụng cho nhà khoa học trẻ",
              "Applied research grants for young scientists", "funding",
              "Quỹ dự kiến mở đợt tài trợ đề tài nghiên cứu ứng dụng do nhà khoa học trẻ chủ trì; nhà khoa học quan "
              "tâm có thể đăng ký để nhận thông báo khi mở đợt.", "The foundation plans a call for applied research "
              "projects led by young scientists; interested scientists can register to hear when it opens.",
              "Nhà khoa học dưới 35 tuổi công tác tại viện, trường.", ["researcher", "university", "institute"],
              (8_000, 600), ["ai", "biotech"], [], applied=[(None, "researcher", 1, "interested"),
                                                            (None, "researcher", 2, "interested")]),
    programme("so-cong-thuong-ha-noi", "Hỗ trợ doanh nghiệp công nghiệp hỗ trợ ứng dụng tự động hóa",
              "Automation support for supporting-industry manufacturers", "funding",
              "Hỗ trợ doanh nghiệp công nghiệp hỗ trợ đầu tư dây chuyền tự động hóa và hệ thống quản lý sản xuất.",
              "Supports supporting-industry manufacturers investing in automated lines and production management "
              "systems.", "Doanh nghiệp công nghiệp hỗ trợ tại Hà Nội.", ["company"], (6_000, 500), ["robotics"],
              ["manufacturing"], status=Status.PENDING),  # waits in the curators' queue
]
MESSAGES = [
    "{name} đề xuất dự án phù hợp mục tiêu của chương trình; đội ngũ đã có sản phẩm mẫu và khách hàng thử nghiệm.",
    "{name} mong được hỗ trợ để hoàn thiện công nghệ và mở rộng sản xuất trong năm tới.",
    "{name} đã hợp tác với một viện nghiên cứu tại Hà Nội và cần kinh phí đo kiểm, thử nghiệm.",
]
DECISION_NOTES = {"accepted": "Hồ sơ đạt yêu cầu; cán bộ phụ trách sẽ liên hệ để ký hợp đồng.",
                  "rejected": "Hồ sơ chưa đáp ứng tiêu chí về đối ứng kinh phí.", "under-review": None}


def _hanoi_day(now, days, hour):
    """`days` from today at `hour` o'clock Hanoi time: agencies announce round hours, not the loading minute."""
    day = as_utc(now).astimezone(HANOI).date() + timedelta(days=days)
    return datetime.combine(day, time(hour), tzinfo=HANOI)


def _candidates(kind):
    """Verified applicants of one kind (an organisation kind or "researcher"), in slug order."""
    if kind == "researcher":
        return db.session.scalars(db.select(Person).where(Person.kind == PersonKind.RESEARCHER,
                                                          Person.status == Status.VERIFIED).order_by(Person.slug)).all()
    return db.session.scalars(db.select(Organisation).where(Organisation.kind == kind,
                                                            Organisation.status == Status.VERIFIED)
                              .order_by(Organisation.slug)).all()


def _apply(record, entry, calls, now, number):
    call_index, kind, position, final = entry
    pool = _candidates(kind)
    applicant = pool[position % len(pool)]
    the_call = calls[call_index] if call_index is not None else None
    moment = now
    if the_call is not None and as_utc(the_call.closes_at) <= now:  # applied while the call was open
        moment = as_utc(the_call.opens_at) + timedelta(days=3)
    name = applicant.name if isinstance(applicant, Organisation) else applicant.display_name
    award = record.max_award_vnd or 0
    data = {"message": MESSAGES[number % len(MESSAGES)].format(name=name),
            "requested_vnd": (award * (6 + number % 4) // 10) if the_call is not None and award else None}
    application = applications.apply(SYSTEM, record, applicant, the_call, data, now=moment)
    application.created_at = moment
    if final == "withdrawn":
        applications.withdraw(SYSTEM, application)
    elif final in ("under-review", "accepted", "rejected"):
        if final != "under-review":
            applications.review(SYSTEM, application, "under-review")
        applications.review(SYSTEM, application, final, DECISION_NOTES[final])
    return application


def load_programmes(now):
    """Create the demo programmes, their calls and applications; returns counts. Flushes, never commits."""
    count = 0
    with messages.in_app_only():
        for spec in PROGRAMMES:
            agency = db.session.scalar(db.select(Organisation).filter_by(slug=spec["agency"]))
            record = services.create_programme(SYSTEM, agency, spec["data"], status=spec["status"], is_sample=True)
            calls = [services.add_call(SYSTEM, record, {
                "title": c["title"], "title_en": c["title_en"], "opens_at": _hanoi_day(now, c["opens"], 8),
                "closes_at": _hanoi_day(now, c["closes"], 17),
                "budget_vnd": c["budget"] * MILLION if c["budget"] else None}) for c in spec["calls"]]
            for entry in spec["applied"]:
                _apply(record, entry, calls, now, count)
                count += 1
    return {"programmes": len(PROGRAMMES), "programme_applications": count}
