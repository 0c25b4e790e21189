"""Words and sentences the benchmark ecosystem is written with.

Real listings share a small core of very frequent Vietnamese syllables ("công", "nghệ", "Hà Nội",
"phát triển", "giải pháp", "doanh nghiệp") and a long tail of rare words: brand names, places,
surnames, product and technical terms, English jargon. Both matter to a search engine (the core
makes posting lists long, the tail makes the vocabulary large), so both are reproduced here.
The sentences of the hand-written demo catalogue (ecosystem.demo) are reused as a corpus; the
lists below add the long tail.
"""
import functools
import importlib
from collections import namedtuple

from ecosystem.search.analysis import has_diacritics
from ecosystem.text import fold

DEMO_MODULES = ("academia", "catalogue_deeptech", "catalogue_digital", "companies", "corporates", "hubs",
                "institutions", "investors", "labs", "people", "people_data", "startups")

ENGLISH_TECH = (
    "AI API IoT SaaS PaaS cloud edge blockchain fintech edtech healthtech agritech proptech insurtech "
    "logistics robotics drone drones lidar radar sensor sensors microcontroller firmware FPGA ASIC chip chips "
    "wafer semiconductor photonics laser battery batteries lithium hydrogen solar inverter microgrid biogas "
    "biochar compost hydroponics aquaponics aquaculture shrimp vaccine vaccines genomics proteomics CRISPR "
    "antibody diagnostics biosensor telemedicine EMR PACS radiology ultrasound wearable wearables ECG "
    "analytics dashboard dashboards chatbot chatbots LLM transformer embeddings vector database lakehouse "
    "warehouse streaming Kafka Kubernetes Docker microservices serverless DevOps MLOps GraphQL REST webhook "
    "OCR eKYC biometric biometrics facial recognition fraud scoring lending payments wallet e-wallet QR POS "
    "ERP CRM HRM LMS CMS e-invoice invoicing payroll recruitment marketplace checkout fulfilment last-mile "
    "cold-chain traceability RFID NFC GPS telematics fleet routing scheduling optimisation simulation "
    "digital-twin AR VR metaverse 3D printing CNC PLC SCADA MES automation cobot cobots AGV AMR gripper "
    "vision inspection metrology calibration thermography spectroscopy nanomaterials graphene coatings "
    "polymer composites recycling upcycling circular carbon emissions ESG MRV satellite CubeSat UAV avionics "
    "antenna 5G 6G LoRa Zigbee mesh router SDN NFV OpenRAN modem baseband encryption cryptography PKI SOC "
    "SIEM pentest malware ransomware phishing zero-trust firewall IAM SSO federated privacy anonymisation "
    "quantum qubit annealing HPC GPU TPU inference training dataset datasets annotation labelling crowdsourcing "
    "subscription freemium B2B B2C B2G SME SMEs startup startups incubator accelerator venture seed angel "
    "mentor mentoring hackathon demo pitch prototype MVP pilot sandbox regtech govtech smart-city open-data "
    "e-government e-learning microlearning gamification tutoring proctoring adaptive curriculum STEM "
    "booking ticketing hospitality homestay tourism travel ride-hailing delivery courier warehouse "
    "inventory procurement sourcing supply-chain manufacturing assembly PCB SMT moulding stamping welding "
    "textile garment footwear dyeing pharma herbal nutraceutical cosmetics probiotics enzyme fermentation "
    "biofertilizer biopesticide seedlings greenhouse irrigation soil weather forecasting flood landslide "
    "water wastewater desalination filtration membrane air-quality noise mapping GIS geospatial cadastral "
    "BIM construction prefab modular rental proptech mortgage insurance insurtech wealth robo-advisor "
    "crowdfunding remittance cross-border stablecoin tokenisation NFT DeFi custody compliance AML KYC "
    "legaltech contract e-signature notarisation HR talent freelancing gig payroll benefits wellness "
    "fitness nutrition elderly caregiving pediatrics dental dermatology ophthalmology oncology cardiology"
).split()

# Heads and tails of the compound brand names Vietnamese firms favour ("Vinasoft", "Hanotech").
BRAND_HEADS = (
    "Vina Viet Ha Hano Thang Long Sao Minh Phu An Tan Dai Hong Kim Ngoc Bach Lac Rong Phuong Hoa Thien Tri Duc "
    "Nam Bac Dong Tay Lam Son Hai Quang Trung Tien Thanh Bao Gia Hung Thinh Phat Loc Tam Nhat Viettel Hanel "
    "Mekong Halong Sapa Tonkin Annam Lotus Bamboo Lacviet Vietsun Sunrise Dragon Phoenix Orchid Jade Pearl "
    "Silk Lantern Harbor River Delta Summit Peak Apex Nova Terra Aqua Sol Luna Astra Orion Vega Atlas Zenith"
).split()
BRAND_TAILS = (
    "tech soft net com data link pro mart tel sys ware lab labs hub works gen logic matic tronic sense vision "
    "cloud byte bit pay fin med care agri farm bio pharma chem mat energy volt solar green eco go way trans "
    "ship log fleet build home land city edu learn mind wise smart ai bot robo nano chip wave signal"
).split()

# Vietnamese brand syllables (names, places, nature words) for names like "Mầm Xanh", "Sao Khuê".
VI_BRAND_SYLLABLES = (
    "An Bình Minh Phúc Thịnh Phát Hưng Thành Đạt Tín Nghĩa Trí Tuệ Sao Khuê Mai Lan Cúc Trúc Sen Đào Hồng "
    "Ngọc Kim Bạch Lạc Long Rồng Phượng Hạc Tùng Bách Tre Lúa Mạ Gạo Nếp Phù Sa Sông Núi Biển Đồng Rừng Mây "
    "Gió Nắng Sương Trăng Sao Mai Bình Minh Hoàng Hôn Xanh Vàng Đỏ Tím Trắng Việt Nam Bắc Đông Tây Trung "
    "Thăng Long Hà Thành Kinh Bắc Đông Sơn Văn Lang Âu Lạc Hùng Vương Lạc Hồng Tiên Rồng Hải Đăng Cánh Buồm "
    "Chân Trời Ánh Dương Tâm Đức Nhân Hòa Thuận Lộc Thọ Khang Ninh Yên Vĩnh Phong Quang Huy Tuấn Kiệt Anh"
).split()

LEGAL_FORMS = (
    ("Công ty Cổ phần {b}", "{b} JSC"), ("Công ty Cổ phần Công nghệ {b}", "{b} Technology JSC"),
    ("Công ty TNHH {b}", "{b} Co., Ltd."), ("Công ty TNHH Giải pháp {b}", "{b} Solutions Co., Ltd."),
    ("Công ty TNHH Phần mềm {b}", "{b} Software Co., Ltd."), ("Công ty Cổ phần Đầu tư và Phát triển {b}",
                                                              "{b} Investment and Development JSC"),
    ("Công ty Cổ phần Đổi mới Sáng tạo {b}", "{b} Innovation JSC"),
    ("Công ty TNHH Thương mại và Dịch vụ {b}", "{b} Trading and Services Co., Ltd."),
)

# Frequent Vietnamese phrases of real descriptions; {p} a product, {c} a customer, {w} a ward, {t} a tech word.
VI_TEMPLATES = (
    "Doanh nghiệp tập trung phát triển giải pháp {p} cho {c} tại Hà Nội và các tỉnh lân cận.",
    "Công ty cung cấp giải pháp công nghệ {t} giúp doanh nghiệp vừa và nhỏ chuyển đổi số nhanh hơn.",
    "Trụ sở chính đặt tại {w}, thành phố Hà Nội.",
    "Đội ngũ kỹ sư của công ty có nhiều năm kinh nghiệm phát triển sản phẩm {t} và {p}.",
    "Sản phẩm đã được triển khai cho hơn {n} khách hàng là {c}.",
    "Công ty hợp tác với các trường đại học và viện nghiên cứu để phát triển công nghệ mới.",
    "Mục tiêu của doanh nghiệp là trở thành đơn vị dẫn đầu về {p} tại Việt Nam.",
    "Giải pháp giúp {c} tiết kiệm chi phí, nâng cao năng suất và phát triển bền vững.",
    "Năm {y}, công ty được công nhận là doanh nghiệp khoa học và công nghệ.",
    "Công ty đang mở rộng thị trường sang các nước Đông Nam Á và tìm kiếm đối tác đầu tư.",
    "Hệ thống {t} được xây dựng trên nền tảng điện toán đám mây, bảo đảm an toàn dữ liệu.",
    "Chúng tôi đồng hành cùng doanh nghiệp trong quá trình đổi mới sáng tạo và chuyển đổi số.",
    "Văn phòng nghiên cứu và phát triển đặt tại Khu công nghệ cao Hòa Lạc.",
    "Doanh nghiệp tham gia chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo của thành phố Hà Nội.",
)
EN_TEMPLATES = (
    "The company develops {t} solutions for {c} in Hanoi and across Vietnam.",
    "Its engineering team builds {t} products with partners in Japan, Korea and Singapore.",
    "Headquartered in {w}, Hanoi, the team serves more than {n} customers.",
    "The platform helps small and medium enterprises digitise their operations with {t}.",
    "It works with universities and research institutes on applied research and technology transfer.",
    "In {y} it was certified as a science and technology enterprise.",
    "The company is raising capital to expand into Southeast Asian markets.",
    "Its {t} product runs on the cloud and meets Vietnamese data-protection rules.",
)

VI_PRODUCTS = (
    "quản lý kho", "thanh toán không tiền mặt", "hóa đơn điện tử", "chấm công", "quản lý bán hàng", "giao hàng nhanh",
    "truy xuất nguồn gốc nông sản", "khám bệnh từ xa", "học trực tuyến", "tuyển dụng", "bảo hiểm số",
    "cho vay tiêu dùng",
    "nhận diện khuôn mặt", "xử lý ngôn ngữ tự nhiên tiếng Việt", "robot công nghiệp", "máy bay không người lái",
    "cảm biến môi trường", "quan trắc chất lượng không khí", "xử lý nước thải", "năng lượng mặt trời áp mái",
    "pin lưu trữ", "vật liệu xây dựng xanh", "phân bón vi sinh", "thức ăn chăn nuôi", "nuôi trồng thủy sản",
    "dược liệu", "thiết bị y tế", "chẩn đoán hình ảnh", "xét nghiệm sinh học phân tử", "chip vi điều khiển",
    "thiết kế vi mạch", "mạng riêng 5G", "an ninh mạng", "chữ ký số", "định danh điện tử", "bản đồ số",
    "đô thị thông minh", "giao thông thông minh", "bãi đỗ xe thông minh", "nhà thông minh", "du lịch thông minh",
    "đặt phòng khách sạn", "thương mại điện tử xuyên biên giới", "quản trị nhân sự", "kế toán đám mây",
    "phân tích dữ liệu lớn", "trợ lý ảo", "tổng đài tự động", "in 3D", "gia công cơ khí chính xác",
    "tự động hóa nhà máy", "bảo trì dự đoán", "vệ tinh quan sát Trái Đất", "nông nghiệp công nghệ cao",
    "tưới tiêu thông minh", "nhà kính", "kinh tế tuần hoàn", "tái chế nhựa", "thời trang bền vững", "dạy tiếng Anh",
)
VI_CUSTOMERS = (
    "doanh nghiệp vừa và nhỏ", "hộ kinh doanh", "bệnh viện", "phòng khám", "trường học", "hợp tác xã nông nghiệp",
    "nhà máy sản xuất", "ngân hàng thương mại", "cơ quan nhà nước", "chuỗi bán lẻ", "khách sạn", "nhà hàng",
    "trang trại", "doanh nghiệp logistics", "công ty xây dựng", "ủy ban nhân dân phường", "sinh viên", "người cao tuổi",
)

TAG_WORDS = (
    "Ươm tạo", "Spin-off đại học", "Chuyển đổi số", "Đổi mới sáng tạo", "Khởi nghiệp", "Công nghệ cao", "Xuất khẩu",
    "Doanh nghiệp KH&CN", "Nông nghiệp sạch", "Năng lượng tái tạo", "Kinh tế xanh", "Y tế số", "Giáo dục số",
    "Thành phố thông minh", "Hòa Lạc", "Cầu Giấy", "Hà Nội", "Nghiên cứu ứng dụng", "Chuyển giao công nghệ",
    "Sở hữu trí tuệ", "Bằng sáng chế", "Mã nguồn mở", "Dữ liệu mở", "Quỹ đầu tư", "Nhà đầu tư thiên thần",
)


Corpus = namedtuple("Corpus", "vi_sentences en_sentences vi_phrases en_phrases")


@functools.cache
def demo_corpus():
    """Sentences (six words or more, ending with a full stop) and phrases (product lines, customers,
    research areas: three words or more) of the demo catalogue, Vietnamese and English apart."""
    strings = set()
    for name in DEMO_MODULES:
        module = importlib.import_module("ecosystem.demo." + name)
        for attribute in dir(module):
            if attribute.isupper():
                _collect(getattr(module, attribute), strings)
    usable = sorted(s for s in strings if "{" not in s and "*" not in s and "\n" not in s)
    sentences = [s for s in usable if len(s.split()) >= 6 and s.endswith(".")]
    phrases = [s for s in usable if 3 <= len(s.split()) <= 14 and not s.endswith(".") and s[0].islower()]
    vietnamese = has_diacritics
    return Corpus(tuple(s for s in sentences if vietnamese(s)), tuple(s for s in sentences if not vietnamese(s)),
                  tuple(s for s in phrases if vietnamese(s)), tuple(s for s in phrases if not vietnamese(s)))


def _collect(value, found):
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, found)
    elif isinstance(value, list | tuple | set):
        for item in value:
            _collect(item, found)


def brand_pools():
    """(compound brand words, Vietnamese two-syllable brands), deterministic order."""
    compounds = [head + tail for head in BRAND_HEADS for tail in BRAND_TAILS]
    syllables = list(dict.fromkeys(VI_BRAND_SYLLABLES))
    vietnamese = [f"{a} {b}" for a in syllables for b in syllables if a != b]
    return compounds, vietnamese


def tag_pool():
    """Free tags: curated Vietnamese tags plus English technical words, each once by folded form."""
    tags = {}
    for word in list(TAG_WORDS) + [w for w in ENGLISH_TECH if len(w) > 2]:
        tags.setdefault(fold(word), word)
    return list(tags.values())
