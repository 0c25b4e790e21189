"""The technology exchange of the demo ecosystem (sample data): offers from institutes, universities,
companies and researchers, and needs from companies and agencies that some offers genuinely answer.

Every record goes through the exchange services, verified. Deadlines count from the day of loading,
so the demo's open needs stay open; one need is deliberately closed (its deadline has passed)."""
from datetime import date, timedelta

from ..auth.policy import SYSTEM
from ..errors import DomainError
from ..extensions import db
from ..models import Organisation, Person, Status
from .exchange_offers import OFFERS

MILLION = 1_000_000


def need(org, title, title_en, vi, en, outcome, techs, sectors, tags, budget, days):
    """One need: budget is (min, max) in million VND; `days` from today to the deadline (None: no deadline)."""
    low, high = budget
    return {"organisation": org, "days": days, "data": {
        "title": title, "title_en": title_en, "problem": vi, "problem_en": en, "desired_outcome": outcome,
        "technologies": techs, "sectors": sectors, "tags": tags,
        "budget_min_vnd": low * MILLION if low is not None else None,
        "budget_max_vnd": high * MILLION if high is not None else None}}


NEEDS = [
    need("ha-thanh-garment", "Tự động phát hiện lỗi vải trên dây chuyền dệt", "Automatic fabric defect detection on "
         "the weaving line", "Công nhân kiểm vải bỏ sót khoảng 15% lỗi (sợi đứt, loang màu), gây trả hàng từ khách "
         "xuất khẩu. Chúng tôi cần hệ thống camera phát hiện lỗi ngay trên máy dệt.", "Inspectors miss about 15% "
         "of fabric defects (broken yarns, stains), causing export returns. We need cameras that detect defects "
         "on the looms.", "Phát hiện trên 95% lỗi, lắp được trên 40 máy dệt hiện có.", ["ai", "robotics"],
         ["textiles", "manufacturing"], ["Dệt may", "Kiểm tra chất lượng"], (800, 1500), 120),
    need("van-phuc-logistics", "Robot vận chuyển hàng trong kho", "Mobile robots to move goods in the warehouse",
         "Kho 12.000 m² ở Gia Lâm thiếu nhân công vào mùa cao điểm; xe đẩy hàng thủ công làm chậm khâu lấy hàng.",
         "Our 12,000 m² warehouse in Gia Lam is short-staffed at peak season; manual trolleys slow down picking.",
         "10–20 robot tự hành kết nối với phần mềm quản lý kho hiện có.", ["robotics", "ai"], ["logistics"],
         ["Kho hàng", "AMR"], (3000, 6000), 150),
    need("hoa-khanh-food", "Xử lý nước thải nhà máy chế biến thực phẩm", "Wastewater treatment for our food "
         "processing plant", "Hệ thống xử lý nước thải hiện tại không đạt QCVN cột A khi nhà máy tăng công suất; "
         "chi phí hóa chất cao.", "Our wastewater plant no longer meets the national column A standard since "
         "production grew, and chemical costs are high.", "Đạt QCVN cột A với 600 m³/ngày, giảm chi phí vận hành.",
         ["biotech"], ["environment", "manufacturing"], ["Xử lý nước thải", "Thực phẩm"], (2000, 4500), 90),
    need("duc-minh-food", "Bao bì phân hủy sinh học cho thực phẩm chế biến", "Biodegradable packaging for processed "
         "food", "Khách hàng bán lẻ yêu cầu bỏ hộp xốp và khay nhựa dùng một lần trước năm 2027.", "Retail customers "
         "require us to drop foam boxes and single-use plastic trays before 2027.", "Khay và hộp chịu dầu, giá "
         "không quá 1,3 lần bao bì nhựa hiện tại.", ["energy-materials", "biotech"], ["environment", "manufacturing"],
         ["Bao bì sinh học", "Nhựa"], (500, 1200), 180),
    need("hai-long-solar", "Lưu trữ điện cho hệ thống điện mặt trời áp mái", "Battery storage for rooftop solar",
         "Khách hàng nhà xưởng muốn dùng điện mặt trời vào giờ cao điểm buổi tối; chúng tôi chưa có giải pháp "
         "quản lý pin lưu trữ.", "Factory customers want to use solar power during evening peak hours; we have no "
         "battery management solution.", "Giải pháp BMS và điều phối sạc xả cho hệ 100–500 kWh.",
         ["energy-materials"], ["energy"], ["Lưu trữ năng lượng", "Điện mặt trời"], (1500, 3000), 100),
    need("tap-doan-vnpt", "Trợ lý ảo tiếng Việt cho tổng đài chăm sóc khách hàng", "Vietnamese voice assistant for "
         "the customer care centre", "Tổng đài nhận hàng triệu cuộc gọi mỗi tháng; cần tự động trả lời các yêu cầu "
         "thường gặp bằng giọng nói, hiểu được giọng ba miền.", "Our call centre takes millions of calls a month; "
         "we need voice self-service for common requests that understands all regional accents.",
         "Tự động xử lý 30% cuộc gọi, triển khai trên hạ tầng riêng.", ["ai"], ["telecom", "software"],
         ["Nhận dạng tiếng nói", "Tổng đài"], (5000, 12000), 200),
    need("phu-thuong-payments", "Phát hiện gian lận giao dịch ví điện tử", "Fraud detection for e-wallet "
         "transactions", "Số vụ chiếm đoạt tài khoản ví tăng nhanh; hệ thống luật hiện tại chặn nhầm nhiều giao "
         "dịch hợp lệ.", "Account takeovers are rising fast; our rule engine blocks many legitimate payments.",
         "Chấm điểm rủi ro thời gian thực, giảm 50% chặn nhầm.", ["ai", "cybersecurity"], ["fintech"],
         ["Chống gian lận", "Thanh toán số"], (1000, 2500), 75),
    need("so-khoa-hoc-va-cong-nghe-ha-noi", "Dự báo ùn tắc giao thông nội đô", "Forecasting inner-city traffic "
         "congestion", "Thành phố cần công cụ dự báo ùn tắc và đánh giá phương án phân luồng trước khi thi công "
         "các công trình lớn.", "The city needs a tool to forecast congestion and test rerouting plans before "
         "major construction works.", "Mô hình dự báo cho 4 quận nội đô, đặt hàng theo nhiệm vụ KH&CN cấp thành phố.",
         ["ai", "cloud-quantum-data"], ["govtech", "logistics"], ["Giao thông thông minh", "Đô thị thông minh"],
         (2000, 5000), 160),
    need("anh-sao-smart-devices", "Vi điều khiển công suất thấp cho thiết bị nhà thông minh", "Low-power "
         "microcontroller for smart-home devices", "Chúng tôi phụ thuộc vào vi điều khiển nhập khẩu cho cảm biến "
         "chạy pin; muốn dùng lõi thiết kế trong nước để chủ động nguồn cung.", "We depend on imported "
         "microcontrollers for battery-powered sensors and want a domestically designed core to secure supply.",
         "Lõi vi điều khiển được cấp phép, hỗ trợ tích hợp vào chip của chúng tôi.", ["semiconductors"],
         ["electronics"], ["Vi điều khiển", "IoT"], (1500, 4000), 210),
    need("sao-viet-pharma", "Chuẩn hóa cao chiết dược liệu cho dòng sản phẩm mới", "Standardised herbal extract for a "
         "new product line", "Dòng thực phẩm bảo vệ sức khỏe mới cần cao chiết có hàm lượng hoạt chất ổn định giữa "
         "các lô.", "Our new supplement line needs extracts with a consistent active content from batch to batch.",
         "Quy trình chiết và kiểm nghiệm đạt GMP, chuyển giao cho nhà máy.", ["biotech"], ["pharma"],
         ["Dược liệu", "GMP"], (700, 1500), 130),
    need("thuan-thien-food", "Theo dõi vùng nguyên liệu lúa liên kết", "Monitoring contract rice farms",
         "Chúng tôi liên kết với 3.000 ha ruộng nhưng không biết sớm năng suất và dịch bệnh để lên kế hoạch thu mua.",
         "We contract 3,000 ha of rice fields but learn about yields and disease too late to plan purchasing.",
         "Bản đồ sinh trưởng và cảnh báo sâu bệnh theo thửa, mỗi tuần.", ["aerospace", "ai"], ["agritech"],
         ["Vùng nguyên liệu", "Nông nghiệp chính xác"], (400, 900), 110),
    need("nam-thang-precision", "Robot cấp phôi cho máy CNC", "Robots to load CNC machines", "Ca đêm thiếu thợ đứng "
         "máy; phôi đặt lộn xộn trong thùng nên robot thông thường không gắp được.", "We lack operators on the "
         "night shift, and parts lie jumbled in bins so ordinary robots cannot pick them.", "Robot gắp phôi bằng "
         "thị giác 3D cho 6 máy CNC.", ["robotics", "ai"], ["manufacturing"], ["CNC", "Robot công nghiệp"],
         (1200, 2500), 140),
    need("tien-dat-payments", "Chấm điểm tín dụng cho khách hàng chưa có lịch sử vay", "Credit scoring for customers "
         "without a credit history", "Hơn nửa khách hàng của ví không có lịch sử tín dụng, nên chúng tôi chưa thể "
         "cho vay tiêu dùng nhỏ.", "More than half of our wallet users have no credit history, so we cannot offer "
         "small consumer loans.", "Mô hình chấm điểm giải thích được, phù hợp quy định của Ngân hàng Nhà nước.",
         ["ai", "cloud-quantum-data"], ["fintech"], ["Chấm điểm tín dụng"], (800, 2000), 95),
    need("cong-ty-co-phan-misa", "Trích xuất thông tin từ hóa đơn và chứng từ", "Extracting data from invoices and "
         "vouchers", "Khách hàng kế toán chụp hàng triệu chứng từ giấy mỗi tháng; nhập liệu tay tốn thời gian và "
         "dễ sai.", "Accounting customers photograph millions of paper vouchers a month; manual entry is slow and "
         "error-prone.", "Độ chính xác trên 97% với chứng từ tiếng Việt, chạy trên nền tảng đám mây của chúng tôi.",
         ["ai"], ["software", "fintech"], ["OCR", "Hóa đơn"], (1500, 3500), 170),
    need("ban-quan-ly-khu-cnc-hoa-lac", "Mạng 5G riêng cho khu công nghệ cao", "A private 5G network for the "
         "high-tech park", "Các nhà máy trong khu cần kết nối không dây tin cậy cho robot và cảm biến; cần khảo sát "
         "và thiết kế mạng 5G dùng chung.", "Factories in the park need reliable wireless links for robots and "
         "sensors; we need a survey and design of a shared 5G network.", "Thiết kế và thử nghiệm tại hai nhà máy.",
         ["mobile-networks"], ["telecom", "manufacturing"], ["5G", "Nhà máy thông minh"], (3000, 8000), 240),
    need("tap-doan-cong-nghe-bkav", "Kiểm thử bảo mật firmware thiết bị IoT", "Security testing of IoT device "
         "firmware", "Trước khi ra mắt dòng camera mới, chúng tôi cần đánh giá độc lập khả năng chống tấn công "
         "botnet của firmware.", "Before launching a new camera line we needed an independent assessment of the "
         "firmware's resistance to botnet attacks.", "Báo cáo kiểm thử và khuyến nghị khắc phục.",
         ["cybersecurity"], ["electronics", "software"], ["Bảo mật IoT", "Firmware"], (300, 600), -20),
]


def _publisher(kind, slug):
    model = Organisation if kind == "organisation" else Person
    found = db.session.scalar(db.select(model).filter_by(slug=slug))
    if found is None:
        raise DomainError(f"no demo {kind} {slug!r}")
    return found


def load_exchange(today=None):
    """Create the demo offers and needs, verified; returns their counts. Flushes, never commits."""
    from ..exchange.services import create_need, create_offer

    today = today or date.today()
    for spec in OFFERS:
        try:
            create_offer(SYSTEM, _publisher(*spec["publisher"]), spec["data"], status=Status.VERIFIED,
                         is_sample=True)
        except DomainError as err:
            raise RuntimeError(f"offer {spec['data']['title']!r}: {getattr(err, 'errors', None) or err.message}")
    for spec in NEEDS:
        days = spec["days"]
        data = dict(spec["data"], deadline=today + timedelta(days=max(days, 1)) if days is not None else None)
        try:
            created = create_need(SYSTEM, _publisher("organisation", spec["organisation"]), data,
                                  status=Status.VERIFIED, is_sample=True)
        except DomainError as err:
            raise RuntimeError(f"need {spec['data']['title']!r}: {getattr(err, 'errors', None) or err.message}")
        if days is not None and days < 0:  # a past call: the service refuses past deadlines, history has them
            created.deadline = today + timedelta(days=days)
    db.session.flush()
    return {"offers": len(OFFERS), "needs": len(NEEDS)}
