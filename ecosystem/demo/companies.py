"""Invented established companies (sample data): archetypes × brand names × locations.

Three companies per archetype; the first one of some archetypes is an "anchor" with a fixed name
because an invented corporate venture fund belongs to it (see investors.py)."""
from ..text import slugify
from .institutions import ZONES
from .spec import ascii_text, org, para, place_label

ZONE_NAMES = {z["data"]["slug"]: (z["data"]["name"], z["data"]["name_en"]) for z in ZONES}
HOA_LAC = "khu-cong-nghe-cao-hoa-lac"

BRANDS = [
    "Tản Viên", "Bạch Đằng", "Hồng Lĩnh", "Kim Mã", "Nhật Tân", "Lam Sơn", "Trường Thịnh", "An Phát", "Minh Khang",
    "Phúc Thành", "Đức Minh", "Thiên An", "Hải Long", "Việt Hưng", "Nam Thăng", "Hà Thành", "Lạc Long", "Sao Bắc",
    "Ngọc Khánh", "Thanh Long", "Bắc Hà", "Ánh Sao", "Tín Phát", "Tiến Đạt", "Hồng Quang", "Gia Bảo", "Thành Nam",
    "Tân Phát", "Sao Việt", "Minh Tiến", "Trúc Lâm", "Hưng Long", "Đông Đô", "Thái Sơn", "Vĩnh An",
    "Phú Gia", "Kim Ngân", "Thuận Thiên", "Minh Trí", "Bảo Châu", "Hoàng Long", "Nam Việt", "Đại Phong", "An Khánh",
    "Tường Vy", "Yên Phú", "Kỳ Lân", "Hòa Khánh", "Ngọc Lâm", "Vạn Phúc", "Bình An", "Phú Thượng",
]

# Fixed names for the companies that own a corporate venture fund.
ANCHORS = {"integrator": "Sao Bắc", "precision": "Tân Phát", "pharma": "Gia Bảo", "ems": "Hồng Quang"}


def archetype(key, name_vi, name_en, what_vi, what_en, details, sectors, techs, places, employees, founded, tags):
    return {"key": key, "name_vi": name_vi, "name_en": name_en, "what_vi": what_vi, "what_en": what_en,
            "details": details, "sectors": sectors, "technologies": techs, "places": places,
            "employees": employees, "founded": founded, "tags": tags}


ARCHETYPES = [
    archetype("outsourcing", "Công ty Cổ phần Phần mềm {b}", "{b} Software JSC",
              "cung cấp dịch vụ phát triển và bảo trì phần mềm cho khách hàng tại {x}",
              "develops and maintains software for clients in {x}",
              [("Nhật Bản", "Japan", "Đội ngũ kỹ sư mạnh về ứng dụng web, di động và chuyển đổi lên đám mây.",
                "Its engineers specialise in web and mobile applications and cloud migration."),
               ("châu Âu", "Europe", "Công ty có trung tâm phát triển phần mềm nhúng cho ô tô.",
                "It runs a development centre for automotive embedded software."),
               ("Hàn Quốc", "Korea", "Công ty mạnh về kiểm thử phần mềm và tự động hóa kiểm thử.",
                "It is strong in software testing and test automation.")],
              ["software"], ["cloud-quantum-data", "ai"], ["Cầu Giấy", "Nghĩa Đô", "Yên Hòa", (HOA_LAC, "Hòa Lạc")],
              (120, 900), (2004, 2016), ["Xuất khẩu phần mềm", "Outsourcing"]),
    archetype("ems", "Công ty TNHH Điện tử {b}", "{b} Electronics Co., Ltd.",
              "lắp ráp bảng mạch điện tử (SMT) và thành phẩm cho {x}",
              "assembles printed circuit boards (SMT) and finished products for {x}",
              [("các hãng thiết bị gia dụng", "home-appliance brands", "Dây chuyền SMT được kết nối hệ thống MES để "
                "truy xuất từng bảng mạch.", "Its SMT lines feed an MES that traces every board."),
               ("các nhà sản xuất thiết bị viễn thông", "telecom equipment makers", "Công ty đang nội địa hóa một số "
                "linh kiện cơ khí và vỏ nhựa.", "It is localising several mechanical parts and plastic housings."),
               ("khách hàng xuất khẩu sang Nhật Bản", "export customers in Japan", "Nhà máy đạt các chứng nhận ISO "
                "9001 và ISO 14001.", "The plant holds ISO 9001 and ISO 14001 certification.")],
              ["electronics", "manufacturing"], ["semiconductors", "robotics"],
              [("khu-cong-nghiep-thang-long", None), ("khu-cong-nghiep-quang-minh", None),
               ("khu-cong-nghiep-noi-bai", None), ("khu-cong-nghiep-sai-dong-b", None)],
              (250, 2400), (2005, 2017), ["Điện tử", "SMT", "Công nghiệp hỗ trợ"]),
    archetype("precision", "Công ty Cổ phần Cơ khí Chính xác {b}", "{b} Precision Engineering JSC",
              "gia công chi tiết cơ khí chính xác và khuôn mẫu cho {x}",
              "machines precision parts and moulds for {x}",
              [("ngành ô tô, xe máy", "the automotive and motorcycle industry", "Xưởng có các trung tâm gia công CNC "
                "năm trục và phòng đo kiểm 3D.",
                "The shop has five-axis CNC machining centres and a 3D metrology room."),
               ("các nhà máy điện tử", "electronics plants", "Công ty đang đầu tư robot cấp phôi tự động.",
                "It is investing in automatic part-loading robots."),
               ("ngành thiết bị y tế", "medical-device makers", "Công ty là nhà cung cấp cấp hai cho nhiều tập đoàn "
                "Nhật Bản.", "It is a tier-two supplier to several Japanese groups.")],
              ["manufacturing"], ["robotics"],
              [("khu-cong-nghiep-phu-nghia", None), ("khu-cong-nghiep-thach-that-quoc-oai", None),
               ("khu-cong-nghiep-quang-minh", None)],
              (80, 600), (2002, 2015), ["Cơ khí chính xác", "CNC", "Công nghiệp hỗ trợ"]),
    archetype("smart-devices", "Công ty Cổ phần Thiết bị Thông minh {b}", "{b} Smart Devices JSC",
              "thiết kế và sản xuất {x}", "designs and makes {x}",
              [("thiết bị IoT cho nhà thông minh", "IoT devices for smart homes", "Toàn bộ phần cứng, firmware và "
                "ứng dụng được phát triển trong nước.", "Hardware, firmware and apps are all developed in-house."),
               ("camera an ninh có AI", "AI security cameras", "Thiết bị xử lý hình ảnh ngay tại biên, không cần "
                "gửi video lên đám mây.", "Devices process video at the edge without sending it to the cloud."),
               ("đồng hồ đo điện nước thông minh", "smart utility meters", "Sản phẩm dùng kết nối NB-IoT của các "
                "nhà mạng trong nước.", "Products use NB-IoT connectivity from Vietnamese operators.")],
              ["electronics", "software"], ["ai", "semiconductors", "mobile-networks"], [(HOA_LAC, "Hòa Lạc")],
              (60, 450), (2010, 2019), ["IoT", "Thiết kế phần cứng", "Make in Vietnam"]),
    archetype("pharma", "Công ty Cổ phần Dược phẩm {b}", "{b} Pharmaceutical JSC",
              "sản xuất {x} tại nhà máy đạt chuẩn GMP", "manufactures {x} in a GMP-certified plant",
              [("thuốc generic và thuốc từ dược liệu", "generic and herbal medicines", "Công ty có phòng nghiên cứu "
                "bào chế và hợp tác với các viện để phát triển sản phẩm mới.",
                "It has a formulation lab and develops new products with research institutes."),
               ("vắc xin và sinh phẩm thú y", "veterinary vaccines and biologics", "Các sản phẩm được phân phối qua "
                "mạng lưới đại lý tại các tỉnh phía Bắc.",
                "Products are sold through dealers across northern provinces."),
               ("thực phẩm bảo vệ sức khỏe từ dược liệu", "herbal health supplements", "Vùng trồng dược liệu của "
                "công ty đạt chuẩn GACP.", "Its medicinal-plant farms follow GACP standards.")],
              ["pharma", "healthtech"], ["biotech"],
              [(HOA_LAC, "Hòa Lạc"), ("khu-cong-nghiep-thach-that-quoc-oai", None)],
              (150, 900), (2003, 2016), ["Dược phẩm", "GMP"]),
    archetype("food", "Công ty Cổ phần Thực phẩm {b}", "{b} Foods JSC",
              "chế biến {x} từ nông sản vùng đồng bằng sông Hồng", "processes {x} from Red River Delta produce",
              [("rau củ cấp đông và sấy", "frozen and dried vegetables", "Công ty liên kết với các hợp tác xã theo "
                "hợp đồng bao tiêu.", "It buys from cooperatives under offtake contracts."),
               ("gạo đặc sản đóng gói", "packaged speciality rice", "Sản phẩm được truy xuất nguồn gốc đến từng cánh "
                "đồng.", "Products are traceable to individual fields."),
               ("thực phẩm chế biến sẵn", "ready meals", "Nhà máy đạt chứng nhận HACCP và xuất khẩu sang Nhật Bản.",
                "The plant is HACCP-certified and exports to Japan.")],
              ["agritech", "manufacturing"], ["biotech"],
              [("khu-cong-nghiep-thach-that-quoc-oai", None), "Gia Lâm", ("khu-cong-nghiep-phu-nghia", None)],
              (100, 700), (2006, 2018), ["Chế biến nông sản", "Thực phẩm"]),
    archetype("integrator", "Công ty Cổ phần Tích hợp Hệ thống {b}", "{b} Systems Integration JSC",
              "tư vấn, tích hợp hệ thống và chuyển đổi số cho {x}",
              "provides consulting, systems integration and digital transformation for {x}",
              [("các cơ quan nhà nước và chính quyền địa phương", "public agencies and local governments",
                "Công ty triển khai các hệ thống một cửa điện tử và kho dữ liệu dùng chung.",
                "It deploys one-stop e-service systems and shared data warehouses."),
               ("bệnh viện và cơ sở y tế", "hospitals and health facilities", "Công ty phát triển phần mềm quản lý "
                "bệnh viện và hệ thống lưu trữ ảnh y tế.",
                "It builds hospital information systems and medical image archives."),
               ("ngân hàng và doanh nghiệp lớn", "banks and large companies", "Công ty là đối tác của nhiều hãng hạ "
                "tầng và bảo mật quốc tế.",
                "It partners with major international infrastructure and security vendors.")],
              ["software", "govtech"], ["cloud-quantum-data", "cybersecurity", "ai"],
              ["Cầu Giấy", "Đống Đa", "Ba Đình"],
              (150, 1200), (2000, 2012), ["Chuyển đổi số", "Tích hợp hệ thống"]),
    archetype("solar", "Công ty Cổ phần Năng lượng {b}", "{b} Energy JSC",
              "thiết kế, lắp đặt và vận hành {x}", "designs, installs and operates {x}",
              [("hệ thống điện mặt trời mái nhà cho nhà máy", "rooftop solar systems for factories",
                "Công ty cung cấp hợp đồng mua bán điện dài hạn cho khách hàng không muốn đầu tư ban đầu.",
                "It offers long-term power purchase agreements to clients who prefer not to invest upfront."),
               ("hệ thống lưu trữ năng lượng bằng pin", "battery energy storage systems", "Các hệ thống được giám "
                "sát từ xa qua trung tâm điều hành của công ty.",
                "Systems are monitored from the company's control centre."),
               ("trạm sạc xe điện", "electric-vehicle charging stations", "Công ty vận hành mạng lưới trạm sạc tại "
                "các tòa nhà văn phòng.", "It runs a charging network in office buildings.")],
              ["energy"], ["energy-materials"], ["Long Biên", "Hoàng Mai", "Hà Đông"],
              (40, 300), (2012, 2019), ["Năng lượng sạch", "Điện mặt trời"]),
    archetype("environment", "Công ty TNHH Kỹ thuật Môi trường {b}", "{b} Environmental Engineering Co., Ltd.",
              "thiết kế và vận hành {x}", "designs and operates {x}",
              [("trạm xử lý nước thải công nghiệp", "industrial wastewater treatment plants", "Công ty có phòng thí "
                "nghiệm phân tích môi trường được công nhận.",
                "It runs an accredited environmental testing laboratory."),
               ("hệ thống quan trắc môi trường tự động", "automatic environmental monitoring systems", "Dữ liệu quan "
                "trắc được truyền trực tiếp về cơ quan quản lý.", "Monitoring data goes straight to regulators."),
               ("dây chuyền tái chế nhựa", "plastic recycling lines", "Công ty hợp tác với các khu công nghiệp về "
                "thu gom phế liệu.", "It collects scrap with industrial parks.")],
              ["environment"], ["biotech", "ai"], ["Thanh Xuân", "Hoàng Mai", "Long Biên"],
              (30, 250), (2008, 2018), ["Môi trường", "Xử lý nước thải"]),
    archetype("garment", "Công ty Cổ phần May {b}", "{b} Garment JSC",
              "sản xuất {x} cho các thương hiệu quốc tế", "makes {x} for international brands",
              [("trang phục thể thao", "sportswear", "Nhà máy số hóa dây chuyền bằng phần mềm theo dõi năng suất "
                "từng công đoạn.", "The plant tracks output at every step with production software."),
               ("áo khoác và đồ bảo hộ", "outerwear and protective clothing", "Công ty đã lắp điện mặt trời mái nhà "
                "và kiểm kê phát thải theo yêu cầu của khách hàng.",
                "It has installed rooftop solar and reports emissions as buyers require."),
               ("đồng phục và hàng dệt kỹ thuật", "uniforms and technical textiles", "Công ty hợp tác với viện nghiên "
                "cứu để thử nghiệm vải kháng khuẩn.", "It tests antibacterial fabrics with a research institute.")],
              ["textiles", "manufacturing"], ["robotics"], [("khu-cong-nghiep-phu-nghia", None)],
              (400, 2500), (2001, 2014), ["Dệt may", "Xuất khẩu"]),
    archetype("games", "Công ty Cổ phần Giải trí Số {b}", "{b} Digital Entertainment JSC",
              "phát triển {x} cho thị trường trong nước và quốc tế",
              "develops {x} for domestic and international markets",
              [("trò chơi di động", "mobile games", "Studio tự phát triển công cụ phân tích hành vi người chơi.",
                "The studio builds its own player analytics tools."),
               ("nội dung hoạt hình và hiệu ứng hình ảnh", "animation and visual effects", "Công ty nhận gia công "
                "dựng hình 3D cho các studio nước ngoài.", "It produces 3D assets for foreign studios."),
               ("trò chơi giáo dục", "educational games", "Nhiều trò chơi khai thác đề tài lịch sử, văn hóa Việt Nam.",
                "Many games draw on Vietnamese history and culture.")],
              ["media", "software"], ["ai"], ["Tây Hồ", "Đống Đa", "Cầu Giấy"],
              (30, 260), (2011, 2019), ["Trò chơi", "Nội dung số"]),
    archetype("logistics", "Công ty Cổ phần Logistics {b}", "{b} Logistics JSC",
              "cung cấp {x}", "provides {x}",
              [("dịch vụ kho bãi và vận tải hàng không", "warehousing and air-freight services", "Kho của công ty "
                "nằm gần sân bay Nội Bài.", "Its warehouse is close to Noi Bai airport."),
               ("dịch vụ giao hàng cho thương mại điện tử", "e-commerce delivery services", "Hệ thống quản lý vận "
                "tải được phát triển nội bộ.", "Its transport management system is built in-house."),
               ("chuỗi cung ứng lạnh cho thực phẩm", "cold-chain logistics for food", "Đội xe lạnh được giám sát nhiệt "
                "độ theo thời gian thực.", "Its refrigerated fleet is temperature-monitored in real time.")],
              ["logistics", "ecommerce"], ["ai", "cloud-quantum-data"],
              [("khu-cong-nghiep-noi-bai", None), "Long Biên", "Gia Lâm"],
              (120, 1500), (2007, 2017), ["Logistics", "Kho vận"]),
    archetype("payments", "Công ty Cổ phần Thanh toán Số {b}", "{b} Digital Payments JSC",
              "cung cấp {x}", "provides {x}",
              [("cổng thanh toán trực tuyến cho doanh nghiệp", "online payment gateways for merchants",
                "Hệ thống đạt chuẩn bảo mật PCI DSS.", "The system is PCI DSS compliant."),
               ("giải pháp thu hộ và chi hộ", "collection and disbursement services", "Khách hàng gồm các công ty "
                "điện nước, bảo hiểm và tài chính tiêu dùng.",
                "Clients include utilities, insurers and consumer lenders."),
               ("giải pháp thanh toán bằng mã QR cho cửa hàng", "QR payment solutions for shops", "Sản phẩm kết nối "
                "với hệ thống chuyển mạch của các ngân hàng.", "It connects to the banks' switching networks.")],
              ["fintech"], ["cybersecurity", "cloud-quantum-data"], ["Hoàn Kiếm", "Ba Đình", "Cầu Giấy"],
              (60, 500), (2008, 2018), ["Thanh toán", "Fintech"]),
    archetype("education", "Công ty Cổ phần Giáo dục {b}", "{b} Education JSC",
              "xuất bản {x}", "publishes {x}",
              [("học liệu số cho trường phổ thông", "digital learning materials for schools", "Học liệu bám sát "
                "chương trình giáo dục phổ thông mới.", "Materials follow the new national curriculum."),
               ("sách và khóa học tiếng Anh trực tuyến", "English books and online courses", "Công ty có hệ thống "
                "trung tâm đối tác tại nhiều tỉnh.", "It works with partner centres in many provinces."),
               ("giáo trình STEM", "STEM curricula", "Công ty tập huấn giáo viên về phương pháp dạy học tích hợp.",
                "It trains teachers in integrated teaching methods.")],
              ["edtech"], ["ai"], ["Đống Đa", "Cầu Giấy", "Thanh Xuân"],
              (40, 350), (2005, 2017), ["Giáo dục", "Học liệu số"]),
    archetype("chip-test", "Công ty TNHH Kiểm thử Bán dẫn {b}", "{b} Semiconductor Test Co., Ltd.",
              "cung cấp {x}", "provides {x}",
              [("dịch vụ kiểm thử và đánh giá độ tin cậy vi mạch", "chip testing and reliability services",
                "Phòng thí nghiệm có thiết bị kiểm thử tự động và buồng thử nhiệt.",
                "Its lab has automatic test equipment and thermal chambers."),
               ("dịch vụ đóng gói vi mạch quy mô nhỏ", "small-volume chip packaging", "Công ty phục vụ các nhóm thiết "
                "kế chip cần chế tạo mẫu nhanh.", "It serves chip design teams that need fast prototypes."),
               ("dịch vụ phân tích lỗi vi mạch", "chip failure analysis", "Đội ngũ kỹ sư được đào tạo tại Nhật Bản và "
                "Hàn Quốc.", "Its engineers trained in Japan and Korea.")],
              ["electronics"], ["semiconductors"], [(HOA_LAC, "Hòa Lạc")],
              (30, 220), (2015, 2021), ["Bán dẫn", "Kiểm thử"]),
    archetype("materials", "Công ty Cổ phần Vật liệu Xanh {b}", "{b} Green Materials JSC",
              "sản xuất {x}", "manufactures {x}",
              [("gạch không nung từ tro xỉ nhiệt điện", "unfired bricks from power-plant ash", "Sản phẩm giúp giảm "
                "khai thác đất sét và tái sử dụng chất thải công nghiệp.",
                "Its products reduce clay mining and reuse industrial waste."),
               ("tấm cách nhiệt cho công trình xanh", "insulation panels for green buildings", "Công ty hợp tác với "
                "trường đại học để thử nghiệm vật liệu mới.", "It tests new materials with a university."),
               ("bê tông nhẹ và vật liệu hoàn thiện", "lightweight concrete and finishing materials", "Nhà máy sử dụng "
                "dây chuyền tự động hóa cao.", "The plant uses highly automated lines.")],
              ["proptech", "environment"], ["energy-materials"], [("khu-cong-nghiep-quang-minh", None),
                                                                 ("khu-cong-nghiep-phu-nghia", None)],
              (50, 400), (2009, 2019), ["Vật liệu xây dựng", "Công trình xanh"]),
]


def company_slug(archetype_key, brand):
    return slugify(f"{ascii_text(brand)} {archetype_key}")


def build_companies(rng):
    """Three invented companies per archetype, with locations, sizes and descriptions."""
    brands = [b for b in BRANDS if b not in ANCHORS.values()]
    rng.shuffle(brands)
    specs = []
    for arch in ARCHETYPES:
        for i, (x_vi, x_en, detail_vi, detail_en) in enumerate(arch["details"]):
            brand = ANCHORS[arch["key"]] if i == 0 and arch["key"] in ANCHORS else brands.pop()
            place = rng.choice(arch["places"])
            fields = {}
            if isinstance(place, tuple):
                zone, ward = place
                fields["zone"] = zone
                if ward:
                    fields["ward"] = ward
                where_vi, where_en = ZONE_NAMES[zone]
                loc_vi, loc_en = f"Cơ sở sản xuất và văn phòng đặt tại {where_vi}.", f"It is based in {where_en}."
            else:
                fields["ward"] = place
                label_vi, label_en = place_label(place)
                loc_vi, loc_en = f"Trụ sở công ty ở {label_vi}, Hà Nội.", f"Its head office is in {label_en}, Hanoi."
            employees = rng.randrange(*arch["employees"]) // 10 * 10
            founded = rng.randint(*arch["founded"])
            name = arch["name_vi"].format(b=brand)
            name_en = arch["name_en"].format(b=ascii_text(brand))
            vi = para(f"**{name}** {arch['what_vi'].format(x=x_vi)}.", detail_vi,
                      f"Thành lập năm {founded}, công ty hiện có khoảng {employees} nhân sự.", loc_vi)
            en = para(f"**{name_en}** {arch['what_en'].format(x=x_en)}.", detail_en,
                      f"Founded in {founded}, it employs about {employees} people.", loc_en)
            spec = org("company", company_slug(arch["key"], brand), name, name_en, vi, en, sample=True,
                       short_name=brand, founded_year=founded, employee_count=employees,
                       technologies=arch["technologies"], sectors=arch["sectors"], tags=arch["tags"], **fields)
            spec["archetype"] = arch["key"]
            specs.append(spec)
    return specs
