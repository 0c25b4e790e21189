"""Demo state–school–investor partnerships among the demo organisations (invented, marked as sample data).

Six complete triples and partnerships missing each role (five without the state, one without a school, two
without an investor), in every phase, with funding in VND and outcomes; two are still pending review.
Programmes are linked by title when the programmes demo is loaded. Flushes, never commits."""
from ..auth.policy import SYSTEM
from ..errors import DomainError
from ..extensions import db
from ..models import Programme, Status

DOST = "so-khoa-hoc-va-cong-nghe-ha-noi"
HOA_LAC_BOARD, HOA_LAC = "ban-quan-ly-khu-cnc-hoa-lac", "khu-cong-nghe-cao-hoa-lac"
CHIP_PROGRAMME = "Phát triển nhân lực thiết kế vi mạch bán dẫn tại Hòa Lạc"
TRANSFER_PROGRAMME = "Hỗ trợ chuyển giao công nghệ từ viện, trường sang doanh nghiệp"
BN = 1_000_000_000  # one billion dong


def _p(title, title_en, kind, phase, partners, goals, goals_en, technologies, sectors, *, funding=None, note=None,
       starts=None, ends=None, outcomes=None, zone=None, programme=None, tags=(), status=None):
    data = {"title": title, "title_en": title_en, "partnership_kind": kind, "phase": phase, "goals": goals,
            "goals_en": goals_en, "technologies": list(technologies), "sectors": list(sectors), "tags": list(tags),
            "funding_vnd": funding, "funding_note": note, "starts_on": starts, "ends_on": ends, "outcomes": outcomes,
            "zone": zone}
    return {"data": data, "partners": [{"organisation": slug, "role": role, "contribution": what}
                                       for slug, role, what in partners],
            "programme": programme, "status": status}


PARTNERSHIPS = [
    _p("Trung tâm Thiết kế Vi mạch Hòa Lạc", "Hoa Lac Chip Design Centre", "rd-centre", "active",
       [(HOA_LAC_BOARD, "state", "Mặt bằng và ưu đãi trong Khu CNC Hòa Lạc"),
        ("dai-hoc-bach-khoa-ha-noi", "school", "Giảng viên và chương trình đào tạo kỹ sư vi mạch"),
        ("vien-cong-nghe-vi-mach-hoa-lac", "school", "Phòng thiết kế và công cụ EDA"),
        ("tong-cong-ty-cong-nghiep-cong-nghe-cao-viettel", "investor", "Đặt hàng thiết kế chip viễn thông")],
       "Đào tạo 500 kỹ sư thiết kế vi mạch mỗi năm và thương mại hóa lõi IP bán dẫn cho thiết bị viễn thông.",
       "Train 500 chip design engineers a year and commercialise semiconductor IP cores for telecom equipment.",
       ["semiconductors"], ["electronics", "telecom"], funding=320 * BN,
       note="Ngân sách thành phố 40%, vốn đối ứng doanh nghiệp 60%", starts="2024-09-01", ends="2029-08-31",
       outcomes="Khóa đầu tiên 120 kỹ sư tốt nghiệp; 3 lõi IP đã tape-out thử nghiệm.", zone=HOA_LAC,
       programme=CHIP_PROGRAMME, tags=("vi mạch", "EDA")),
    _p("Phòng thí nghiệm chung Trí tuệ nhân tạo cho đô thị thông minh", "Joint AI Lab for Smart Cities", "joint-lab",
       "active",
       [(DOST, "state", "Đặt hàng bài toán giao thông và dữ liệu đô thị"),
        ("truong-dai-hoc-cong-nghe-dhqghn", "school", "Nhóm nghiên cứu thị giác máy tính"),
        ("cong-ty-co-phan-fpt", "investor", "Hạ tầng điện toán và đội kỹ sư triển khai")],
       "Xây dựng mô hình AI nhận dạng phương tiện và dự báo ùn tắc cho Hà Nội, công bố bộ dữ liệu mở.",
       "Build AI models that recognise vehicles and forecast congestion in Hanoi, and publish an open data set.",
       ["ai", "cloud-quantum-data"], ["govtech", "logistics"], funding=45 * BN, note="Nhiệm vụ KH&CN cấp thành phố",
       starts="2025-03-01", ends="2027-12-31", outcomes="Thí điểm tại 40 nút giao; bộ dữ liệu 2 triệu ảnh gán nhãn.",
       tags=("đô thị thông minh", "giao thông")),
    _p("Vườn ươm công nghệ sâu Hòa Lạc", "Hoa Lac Deep Tech Incubator", "incubator", "active",
       [(HOA_LAC, "state", "Không gian ươm tạo trong khu"),
        ("vien-han-lam-khoa-hoc-va-cong-nghe-viet-nam", "school", "Chuyên gia và kết quả nghiên cứu của các viện"),
        ("quy-cong-nghe-sau-hoa-lac", "investor", "Vốn mồi cho doanh nghiệp ươm tạo")],
       "Ươm tạo 30 doanh nghiệp công nghệ sâu từ kết quả nghiên cứu của các viện trong 3 năm.",
       "Incubate 30 deep-tech companies from institute research results within 3 years.",
       ["energy-materials", "biotech", "semiconductors"], ["manufacturing"], funding=60 * BN,
       starts="2025-01-15", ends="2027-12-31", outcomes="11 doanh nghiệp đã vào vườn ươm, 4 gọi vốn hạt giống.",
       zone=HOA_LAC, tags=("công nghệ sâu",)),
    _p("Dự án vệ tinh quan sát Trái đất cỡ nhỏ", "Small Earth-observation Satellite Project", "project", "completed",
       [("trung-tam-vu-tru-viet-nam", "school", "Thiết kế và tích hợp vệ tinh"),
        (HOA_LAC, "state", "Phòng sạch và trạm mặt đất tại Hòa Lạc")],
       "Thiết kế, chế tạo và vận hành vệ tinh quan sát Trái đất cỡ nhỏ phục vụ theo dõi thiên tai.",
       "Design, build and operate a small Earth-observation satellite for disaster monitoring.",
       ["aerospace"], ["environment"], funding=180 * BN, note="Ngân sách nhà nước; chưa có doanh nghiệp khai thác",
       starts="2019-01-01", ends="2024-12-31",
       outcomes="Vệ tinh hoạt động trên quỹ đạo; dữ liệu ảnh cấp cho 5 tỉnh theo dõi lũ.", zone=HOA_LAC),
    _p("Chuyển giao công nghệ vật liệu pin lưu trữ", "Battery Storage Materials Transfer", "project", "active",
       [("vien-khoa-hoc-vat-lieu-vast", "school", "Công nghệ vật liệu điện cực"),
        ("vien-nang-luong-tai-tao-va-luu-tru", "school", "Thử nghiệm hệ thống lưu trữ"),
        ("quy-chuyen-dich-nang-luong-song-tich", "investor", "Vốn đầu tư dây chuyền thí điểm"),
        ("bo-khoa-hoc-va-cong-nghe", "state", "Hỗ trợ chuyển giao công nghệ")],
       "Đưa vật liệu điện cực pin lithium sắt phosphat từ phòng thí nghiệm ra dây chuyền thí điểm 5 MWh/năm.",
       "Take lithium iron phosphate electrode materials from the lab to a 5 MWh/year pilot line.",
       ["energy-materials"], ["energy", "manufacturing"], funding=85 * BN, starts="2025-06-01", ends="2028-05-31",
       programme=TRANSFER_PROGRAMME, tags=("pin", "lưu trữ năng lượng")),
    _p("Trung tâm An ninh mạng ứng dụng Hà Nội", "Hanoi Applied Cybersecurity Centre", "rd-centre", "planned",
       [(DOST, "state", "Đặt hàng đánh giá an ninh hệ thống chính quyền số"),
        ("vien-an-ninh-mang-va-mat-ma-ung-dung", "school", "Nghiên cứu mật mã ứng dụng"),
        ("cong-ty-an-ninh-mang-viettel", "investor", "Trung tâm giám sát và chuyên gia"),
        ("quy-an-ninh-so-thanh-dong", "investor", "Đầu tư vào sản phẩm thương mại hóa")],
       "Kiểm thử an ninh các hệ thống chính quyền số của thành phố và đào tạo 200 chuyên gia mỗi năm.",
       "Security-test the city's digital government systems and train 200 specialists a year.",
       ["cybersecurity"], ["govtech", "software"], funding=70 * BN, starts="2026-07-01", ends="2030-06-30"),
    _p("Phòng thí nghiệm chung Robot công nghiệp", "Joint Industrial Robotics Lab", "joint-lab", "active",
       [("dai-hoc-bach-khoa-ha-noi", "school", "Phòng thí nghiệm điều khiển và cơ điện tử"),
        ("vien-robot-va-tu-dong-hoa-bac-bo", "school", "Nguyên mẫu cánh tay robot"),
        ("quy-phan-cung-hong-quang", "investor", "Vốn cho sản xuất loạt nhỏ")],
       "Phát triển cánh tay robot hàn và gắp hàng giá thấp cho doanh nghiệp sản xuất vừa và nhỏ.",
       "Develop low-cost welding and pick-and-place robot arms for small and medium manufacturers.",
       ["robotics", "ai"], ["manufacturing"], funding=28 * BN, starts="2025-02-01", ends="2027-01-31",
       outcomes="2 mẫu robot thử nghiệm tại 3 nhà máy ở Khu công nghiệp Thăng Long.", tags=("tự động hóa",)),
    _p("Spin-off chẩn đoán hình ảnh y tế bằng AI", "AI Medical Imaging Spin-off", "spin-off", "active",
       [("truong-dai-hoc-y-ha-noi", "school", "Dữ liệu ảnh đã ẩn danh và bác sĩ gán nhãn"),
        ("vien-tri-tue-nhan-tao-ung-dung-thang-long", "school", "Mô hình học sâu"),
        ("quy-dau-tu-y-te-kim-lien", "investor", "Vốn hạt giống 15 tỷ đồng")],
       "Thành lập doanh nghiệp spin-off đưa phần mềm đọc phim X-quang phổi bằng AI vào bệnh viện tuyến huyện.",
       "Found a spin-off that brings AI chest X-ray reading to district hospitals.",
       ["ai"], ["healthtech"], funding=15 * BN, note="Vốn hạt giống từ quỹ", starts="2025-10-01",
       outcomes="Phần mềm đạt độ nhạy 92% trên bộ kiểm thử 10.000 phim.", tags=("chẩn đoán hình ảnh",)),
    _p("Chương trình giống lúa chịu mặn", "Salt-tolerant Rice Programme", "project", "completed",
       [("hoc-vien-nong-nghiep-viet-nam", "school", "Lai tạo và khảo nghiệm giống"),
        ("vien-cong-nghe-sinh-hoc-vast", "school", "Chỉ thị phân tử"),
        ("quy-dau-tu-nong-nghiep-dong-bang", "investor", "Vốn nhân giống thương mại")],
       "Chọn tạo hai giống lúa chịu mặn bằng chỉ thị phân tử và nhân giống thương mại.",
       "Breed two salt-tolerant rice varieties with molecular markers and multiply them commercially.",
       ["biotech"], ["agritech"], funding=22 * BN, starts="2020-03-01", ends="2024-12-31",
       outcomes="Hai giống được công nhận lưu hành; gieo trồng trên 12.000 ha.", tags=("giống lúa",)),
    _p("Mạng 5G riêng cho nhà máy thông minh", "Private 5G for Smart Factories", "project", "suspended",
       [("hoc-vien-cong-nghe-buu-chinh-vien-thong", "school", "Thiết kế mạng lõi"),
        ("tap-doan-vnpt", "investor", "Hạ tầng và tần số thử nghiệm"),
        ("khu-cong-nghiep-thang-long", "state", "Nhà máy thí điểm trong khu")],
       "Thử nghiệm mạng 5G riêng điều khiển robot và camera chất lượng trong ba nhà máy.",
       "Trial a private 5G network controlling robots and quality cameras in three factories.",
       ["mobile-networks"], ["telecom", "manufacturing"], funding=35 * BN, starts="2024-04-01",
       outcomes="Tạm dừng chờ cấp phép tần số thử nghiệm giai đoạn 2.", zone="khu-cong-nghiep-thang-long"),
    _p("Học viện kỹ sư phần mềm FPT – Hòa Lạc", "FPT–Hoa Lac Software Engineering Academy", "project", "active",
       [("truong-dai-hoc-fpt", "school", "Chương trình đào tạo và giảng viên"),
        ("cong-ty-tnhh-phan-mem-fpt", "investor", "Dự án thực tập và tuyển dụng")],
       "Đào tạo kỹ sư phần mềm theo dự án thực tế của doanh nghiệp, cam kết tuyển dụng sau tốt nghiệp.",
       "Train software engineers on real company projects, with a hiring commitment after graduation.",
       ["ai", "cloud-quantum-data"], ["software", "edtech"], funding=50 * BN, starts="2023-09-01",
       outcomes="1.800 sinh viên tham gia dự án thực tế; 85% được tuyển dụng.", zone=HOA_LAC),
    _p("Quỹ chuyển giao công nghệ Đại học Quốc gia", "VNU Technology Transfer Fund", "project", "planned",
       [("dai-hoc-quoc-gia-ha-noi", "school", "Danh mục sáng chế và nhóm nghiên cứu"),
        ("quy-doi-moi-cong-nghe-quoc-gia", "investor", "Đồng tài trợ dự án chuyển giao")],
       "Chọn 20 sáng chế của Đại học Quốc gia Hà Nội để cấp phép cho doanh nghiệp trong 2 năm.",
       "Pick 20 patents of Vietnam National University, Hanoi and license them to companies within 2 years.",
       ["ai", "biotech", "energy-materials"], ["software", "pharma"], funding=40 * BN, starts="2026-09-01",
       status=Status.PENDING),
    _p("Phòng thí nghiệm kiểm định chip Hòa Lạc", "Hoa Lac Chip Testing Lab", "joint-lab", "planned",
       [(HOA_LAC_BOARD, "state", "Giao đất và hạ tầng kỹ thuật"),
        ("quy-dau-tu-ban-dan-viet", "investor", "Vốn thiết bị đo kiểm")],
       "Xây dựng phòng đo kiểm và đóng gói chip phục vụ các doanh nghiệp thiết kế trong nước.",
       "Build a chip testing and packaging lab for domestic design companies.",
       ["semiconductors"], ["electronics"], funding=150 * BN, starts="2026-12-01", zone=HOA_LAC),
    _p("Nền tảng dữ liệu mở Hà Nội", "Hanoi Open Data Platform", "project", "planned",
       [("ubnd-thanh-pho-ha-noi", "state", "Dữ liệu của các sở, ngành"),
        ("vien-cong-nghe-thong-tin-vast", "school", "Kiến trúc dữ liệu và chuẩn metadata")],
       "Công bố 300 bộ dữ liệu mở của thành phố theo chuẩn quốc tế cho doanh nghiệp và nhà nghiên cứu.",
       "Publish 300 open city data sets to international standards for companies and researchers.",
       ["cloud-quantum-data"], ["govtech"], funding=12 * BN, starts="2026-03-01", status=Status.PENDING),
]


def _programme_slug(title):
    """The slug of the demo programme with this title, when the programmes demo is loaded."""
    if not title:
        return None
    return db.session.scalar(db.select(Programme.slug).where(Programme.title == title,
                                                              Programme.status == Status.VERIFIED))


def load_partnerships():
    """Create the demo partnerships; returns their count. Flushes, never commits."""
    from ..collaboration.partnerships.services import create_partnership

    for spec in PARTNERSHIPS:
        data = dict(spec["data"], programme=_programme_slug(spec["programme"]))
        try:
            create_partnership(SYSTEM, data, spec["partners"], status=spec["status"], is_sample=True)
        except DomainError as err:
            detail = getattr(err, "errors", None) or err.message
            raise RuntimeError(f"partnership {data['title']!r}: {detail}") from err
    db.session.flush()
    return {"partnerships": len(PARTNERSHIPS)}
