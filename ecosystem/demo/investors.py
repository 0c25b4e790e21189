"""Invented investors (sample data): funds, angel networks, accelerators, family offices, a bank unit.

Each one states its thesis (sectors, technologies, stages, ticket range, regions); the loader
picks a portfolio among the demo startups and companies that fit that thesis."""
from .spec import org, para, usd_en, usd_vi

STAGE_VI = {"idea": "ý tưởng", "pre-seed": "tiền hạt giống", "seed": "hạt giống", "series-a": "Series A",
            "series-b": "Series B", "growth": "tăng trưởng"}
STAGE_EN = {"idea": "idea", "pre-seed": "pre-seed", "seed": "seed", "series-a": "Series A",
            "series-b": "Series B", "growth": "growth"}


def investor(slug, name, name_en, kind, stages, sectors, techs, ticket, regions, founded, about_vi, about_en,
             thesis, size, ward=None, zone=None, parent=None, tags=(), short=None):
    short = short or (name_en if len(name_en) <= 40 else None)
    return {"slug": slug, "name": name, "name_en": name_en, "short": short, "investor_type": kind, "stages": stages,
            "sectors": sectors, "technologies": techs, "ticket": ticket, "regions": regions, "founded": founded,
            "about_vi": about_vi, "about_en": about_en, "thesis": thesis, "size": size, "ward": ward, "zone": zone,
            "parent": parent, "tags": list(tags)}


def _join(items, last_vi):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last_vi} " + items[-1]


def investor_spec(inv, portfolio):
    """The service input for an investor, its description mentioning part of its portfolio.

    `portfolio`: list of (slug, short name) of the startups and companies it holds."""
    lo, hi = inv["ticket"]
    stages_vi = _join([STAGE_VI[s] for s in inv["stages"]], "và")
    stages_en = _join([STAGE_EN[s] for s in inv["stages"]], "and")
    names = [n for _, n in portfolio]
    shown = names[:2]
    vi = para(inv["about_vi"], f"Khoản đầu tư điển hình từ {usd_vi(lo)} đến {usd_vi(hi)}, ở giai đoạn {stages_vi}.")
    en = para(inv["about_en"], f"Typical tickets are {usd_en(lo)} to {usd_en(hi)} at {stages_en} stage.")
    if len(names) > 2:
        vi += f"\n\nDanh mục hiện có {len(names)} doanh nghiệp, trong đó có {shown[0]} và {shown[1]}."
        en += f"\n\nThe portfolio has {len(names)} companies, including {shown[0]} and {shown[1]}."
    else:
        vi += f"\n\nDanh mục hiện gồm {_join(names, 'và')}."
        en += f"\n\nThe portfolio currently includes {_join(names, 'and')}."
    fields = {k: inv[k] for k in ("ward", "zone", "parent") if inv[k]}
    return org("investor", inv["slug"], inv["name"], inv["name_en"], vi, en, sample=True, short_name=inv["short"],
               investor_type=inv["investor_type"], thesis=inv["thesis"], ticket_min_usd=lo, ticket_max_usd=hi,
               stages=inv["stages"], regions=inv["regions"], portfolio=[slug for slug, _ in portfolio],
               founded_year=inv["founded"], technologies=inv["technologies"], sectors=inv["sectors"],
               tags=inv["tags"] + ["Đầu tư"], **fields)


VN, SEA, HN = "Việt Nam", "Đông Nam Á", "Hà Nội"

INVESTORS = [
    investor("quy-dau-tu-mao-hiem-song-hong", "Quỹ Đầu tư Mạo hiểm Sông Hồng", "Song Hong Ventures", "vc",
             ["seed", "series-a"], ["software", "fintech", "ecommerce"], ["ai", "cloud-quantum-data"],
             (200_000, 2_000_000), [HN, VN], 2015,
             "**Quỹ Đầu tư Mạo hiểm Sông Hồng** do các cựu kỹ sư phần mềm và chuyên gia tài chính ở Hà Nội thành lập, "
             "tập trung vào phần mềm doanh nghiệp và fintech.",
             "**Song Hong Ventures** was founded by former software engineers and finance professionals in Hanoi "
             "and focuses on business software and fintech.",
             "Chúng tôi tìm các đội ngũ kỹ thuật mạnh xây dựng phần mềm B2B cho doanh nghiệp Việt Nam, có khả năng "
             "mở rộng ra Đông Nam Á.\n\n- Doanh thu định kỳ, khách hàng đã trả phí\n- Đội sáng lập có người làm "
             "kỹ thuật toàn thời gian", 8, ward="Cầu Giấy", tags=["Quỹ đầu tư mạo hiểm", "B2B"]),
    investor("quy-tang-truong-thang-long", "Quỹ Tăng trưởng Thăng Long", "Thang Long Growth Partners", "vc",
             ["series-a", "series-b", "growth"], ["software", "logistics", "manufacturing", "ecommerce"],
             ["ai", "robotics"], (2_000_000, 15_000_000), [VN, SEA], 2012,
             "**Quỹ Tăng trưởng Thăng Long** đầu tư vào các doanh nghiệp công nghệ đã có doanh thu ổn định, cần vốn "
             "để mở rộng sản xuất, mạng lưới và thị trường.",
             "**Thang Long Growth Partners** backs technology companies with steady revenue that need capital to "
             "expand capacity, networks and markets.",
             "Đầu tư vòng Series A trở lên vào doanh nghiệp công nghệ phục vụ sản xuất, chuỗi cung ứng và thương mại; "
             "ưu tiên doanh nghiệp có lãi gộp tốt và đội ngũ quản trị chuyên nghiệp.", 7, ward="Hoàn Kiếm",
             tags=["Quỹ tăng trưởng"]),
    investor("quy-cong-nghe-sau-hoa-lac", "Quỹ Công nghệ sâu Hòa Lạc", "Hoa Lac Deep Tech Partners", "vc",
             ["pre-seed", "seed", "series-a"], ["electronics", "manufacturing", "telecom"],
             ["semiconductors", "robotics", "aerospace", "mobile-networks"], (150_000, 3_000_000), [HN, VN], 2020,
             "**Quỹ Công nghệ sâu Hòa Lạc** đầu tư vào các dự án bán dẫn, robot, viễn thông và công nghệ vũ trụ xuất "
             "phát từ viện, trường.",
             "**Hoa Lac Deep Tech Partners** invests in semiconductor, robotics, telecom and space projects that "
             "come out of universities and institutes.",
             "Chúng tôi chấp nhận chu kỳ phát triển dài và đồng hành cùng nhà sáng lập là nhà khoa học: từ bằng "
             "sáng chế, sản phẩm mẫu đến khách hàng công nghiệp đầu tiên.", 8, ward="Hòa Lạc",
             zone="khu-cong-nghe-cao-hoa-lac", tags=["Công nghệ sâu", "Hòa Lạc"]),
    investor("mang-luoi-thien-than-ho-tay", "Mạng lưới Nhà đầu tư Thiên thần Hồ Tây", "West Lake Angel Network",
             "angel-network", ["idea", "pre-seed", "seed"], ["edtech", "healthtech", "ecommerce", "tourism", "media"],
             ["ai"], (10_000, 150_000), [HN], 2017,
             "**Mạng lưới Nhà đầu tư Thiên thần Hồ Tây** gồm khoảng năm mươi doanh nhân và chuyên gia, gặp nhau mỗi "
             "tháng để nghe các nhóm khởi nghiệp gọi vốn.",
             "**West Lake Angel Network** brings together about fifty entrepreneurs and professionals who meet "
             "monthly to hear startup pitches.",
             "Các thành viên cùng đầu tư vào đội ngũ sáng lập tận tâm ở giai đoạn sớm, trong các lĩnh vực tiêu dùng, "
             "giáo dục và sức khỏe.", 9, ward="Tây Hồ", tags=["Nhà đầu tư thiên thần"]),
    investor("mang-luoi-thien-than-ky-su-ha-noi", "Mạng lưới Thiên thần Kỹ sư Hà Nội", "Hanoi Engineers Angel Network",
             "angel-network", ["pre-seed", "seed"], ["manufacturing", "electronics", "energy", "environment"],
             ["robotics", "energy-materials"], (20_000, 250_000), [HN, VN], 2019,
             "**Mạng lưới Thiên thần Kỹ sư Hà Nội** là cộng đồng kỹ sư, chủ doanh nghiệp sản xuất đầu tư và cố vấn cho "
             "các dự án phần cứng và công nghiệp.",
             "**Hanoi Engineers Angel Network** is a community of engineers and factory owners who invest in and "
             "mentor hardware and industrial projects.",
             "Đầu tư vào sản phẩm phần cứng có khách hàng công nghiệp rõ ràng; thành viên hỗ trợ tìm nhà cung cấp, "
             "sản xuất thử và tiêu chuẩn chất lượng.", 8, ward="Hai Bà Trưng",
             tags=["Nhà đầu tư thiên thần", "Phần cứng"]),
    investor("quy-dau-tu-nong-nghiep-dong-bang", "Quỹ Đầu tư Nông nghiệp Đồng Bằng", "Delta Agri Ventures", "vc",
             ["seed", "series-a"], ["agritech", "environment"], ["biotech", "ai", "blockchain"],
             (100_000, 1_500_000), [VN, SEA], 2018,
             "**Quỹ Đầu tư Nông nghiệp Đồng Bằng** đầu tư vào công nghệ giúp nông dân và hợp tác xã tăng năng suất, "
             "giảm chi phí và bán được giá tốt hơn.",
             "**Delta Agri Ventures** invests in technology that helps farmers and cooperatives raise yields, cut "
             "costs and sell at better prices.",
             "Ưu tiên các giải pháp đã thử nghiệm trên đồng ruộng, có mô hình kinh doanh bền vững và tác động rõ ràng "
             "tới thu nhập của nông dân.", 8, ward="Gia Lâm", tags=["Nông nghiệp", "Tác động xã hội"]),
    investor("quy-dau-tu-y-te-kim-lien", "Quỹ Đầu tư Y tế Kim Liên", "Kim Lien Health Ventures", "vc",
             ["seed", "series-a"], ["healthtech", "pharma"], ["biotech", "ai"], (200_000, 2_500_000), [VN], 2019,
             "**Quỹ Đầu tư Y tế Kim Liên** do các bác sĩ và nhà quản lý bệnh viện đồng sáng lập, đầu tư vào y tế số, "
             "thiết bị y tế và sinh phẩm.",
             "**Kim Lien Health Ventures**, co-founded by doctors and hospital managers, invests in digital health, "
             "medical devices and diagnostics.",
             "Chúng tôi tìm giải pháp có bằng chứng lâm sàng, lộ trình cấp phép rõ ràng và mô hình chi trả khả thi "
             "trong hệ thống y tế Việt Nam.", 7, ward="Kim Liên", tags=["Y tế"]),
    investor("quy-tac-dong-tre-xanh", "Quỹ Tác động Tre Xanh", "Green Bamboo Impact Fund", "vc",
             ["seed", "series-a"], ["environment", "energy", "agritech"], ["energy-materials", "biotech"],
             (250_000, 3_000_000), [VN, SEA], 2021,
             "**Quỹ Tác động Tre Xanh** đầu tư vào doanh nghiệp giảm phát thải, xử lý ô nhiễm và thúc đẩy kinh tế "
             "tuần hoàn.",
             "**Green Bamboo Impact Fund** invests in companies that cut emissions, clean up pollution and advance "
             "the circular economy.",
             "Mỗi khoản đầu tư đi kèm chỉ số tác động môi trường đo lường được, được báo cáo hằng năm cho nhà đầu tư "
             "góp vốn.", 8, ward="Tây Hồ", tags=["Đầu tư tác động", "Khí hậu"]),
    investor("chuong-trinh-tang-toc-be-phong", "Chương trình Tăng tốc Khởi nghiệp Bệ Phóng",
             "Be Phong Launchpad Accelerator",
             "accelerator", ["idea", "pre-seed"], ["software", "edtech", "ecommerce", "hrtech"], ["ai"],
             (20_000, 50_000), [HN, VN], 2016,
             "**Chương trình Tăng tốc Khởi nghiệp Bệ Phóng** tổ chức hai khóa tăng tốc mỗi năm, mỗi khóa mười hai tuần "
             "cho khoảng mười nhóm.",
             "**Be Phong Launchpad Accelerator** runs two twelve-week cohorts a year of about ten teams each.",
             "Đầu tư đổi lấy cổ phần nhỏ, kèm cố vấn hằng tuần và ngày ra mắt nhà đầu tư cuối khóa.", 10,
             ward="Cầu Giấy", tags=["Tăng tốc khởi nghiệp"]),
    investor("chuong-trinh-tang-toc-pho-co", "Chương trình Tăng tốc Phố Cổ", "Old Quarter Accelerator", "accelerator",
             ["pre-seed", "seed"], ["tourism", "media", "ecommerce"], [], (25_000, 100_000), [HN], 2019,
             "**Chương trình Tăng tốc Phố Cổ** hỗ trợ các doanh nghiệp du lịch, nội dung số và thương mại phát triển "
             "sản phẩm gắn với văn hóa Hà Nội.",
             "**Old Quarter Accelerator** supports tourism, digital content and commerce startups building products "
             "rooted in Hanoi's culture.",
             "Ưu tiên sản phẩm khai thác di sản, làng nghề và ẩm thực một cách bền vững.", 6, ward="Hoàn Kiếm",
             tags=["Tăng tốc khởi nghiệp", "Công nghiệp văn hóa"]),
    investor("van-phong-gia-dinh-minh-phuc", "Văn phòng Gia đình Minh Phúc", "Minh Phuc Family Office", "family-office",
             ["series-a", "series-b", "growth"], ["proptech", "healthtech", "manufacturing", "energy"], [],
             (1_000_000, 10_000_000), [VN], 2014,
             "**Văn phòng Gia đình Minh Phúc** quản lý tài sản của một gia đình doanh nhân trong ngành xây dựng, đầu "
             "tư dài hạn vào doanh nghiệp công nghệ đã trưởng thành.",
             "**Minh Phuc Family Office** manages the wealth of a family of construction entrepreneurs and makes "
             "long-term investments in mature technology companies.",
             "Nắm giữ dài hạn, không áp lực thoái vốn; ưu tiên lĩnh vực gần với kinh nghiệm của gia đình.", 5,
             ward="Ba Đình", tags=["Văn phòng gia đình"]),
    investor("van-phong-gia-dinh-hong-nhat", "Văn phòng Gia đình Hồng Nhật", "Hong Nhat Family Office", "family-office",
             ["seed", "series-a"], ["agritech", "ecommerce", "edtech"], [], (300_000, 2_000_000), [HN, VN], 2018,
             "**Văn phòng Gia đình Hồng Nhật** đầu tư vào doanh nghiệp tiêu dùng, nông nghiệp và giáo dục do thế hệ "
             "nhà sáng lập trẻ điều hành.",
             "**Hong Nhat Family Office** invests in consumer, agriculture and education businesses run by young "
             "founders.", "Đồng hành lâu dài, hỗ trợ kết nối kênh phân phối của gia đình.", 5, ward="Tây Hồ",
             tags=["Văn phòng gia đình"]),
    investor("ngan-hang-ho-guom-khoi-dau-tu-doi-moi", "Khối Đầu tư Đổi mới sáng tạo, Ngân hàng TMCP Hồ Gươm",
             "Ho Guom Commercial Bank, Innovation Investment Unit", "bank", ["series-a", "series-b"],
             ["fintech", "ecommerce", "logistics"], ["blockchain", "cybersecurity"], (2_000_000, 10_000_000), [VN],
             2020,
             "**Khối Đầu tư Đổi mới sáng tạo của Ngân hàng TMCP Hồ Gươm** đầu tư chiến lược vào doanh nghiệp fintech "
             "và "
             "nền tảng thương mại có thể hợp tác với ngân hàng.",
             "The **Innovation Investment Unit of Ho Guom Commercial Bank** makes strategic investments in fintech and "
             "commerce platforms that can partner with the bank.",
             "Đầu tư đi kèm hợp tác kinh doanh: tích hợp sản phẩm vào kênh ngân hàng số và tiếp cận tập khách hàng "
             "doanh nghiệp.", 5, ward="Hoàn Kiếm", tags=["Ngân hàng", "Đầu tư chiến lược"],
             short="Hồ Gươm Bank Innovation"),
    investor("quy-uom-mam-khoi-nghiep-ha-thanh", "Quỹ Ươm mầm Khởi nghiệp Hà Thành", "Ha Thanh Startup Seed Fund",
             "public-fund", ["idea", "pre-seed", "seed"], ["govtech", "edtech", "agritech", "software"], ["ai"],
             (10_000, 100_000), [HN], 2020,
             "**Quỹ Ươm mầm Khởi nghiệp Hà Thành** hỗ trợ vốn đối ứng cho các dự án khởi nghiệp đổi mới sáng tạo giải "
             "quyết bài toán của Thủ đô.",
             "**Ha Thanh Startup Seed Fund** provides matching funds to innovative startups that solve problems of "
             "the capital.", "Ưu tiên dự án phục vụ dịch vụ công, giáo dục và nông nghiệp ven đô, có đối tác thử "
             "nghiệm là cơ quan, đơn vị trên địa bàn.", 10, ward="Hoàn Kiếm", tags=["Vốn đối ứng"]),
    investor("quy-dau-tu-doi-moi-sao-bac", "Quỹ Đầu tư Đổi mới Sao Bắc", "Sao Bac Innovation Fund", "corporate-vc",
             ["seed", "series-a"], ["govtech", "software", "healthtech"], ["ai", "cloud-quantum-data", "cybersecurity"],
             (300_000, 3_000_000), [VN], 2021,
             "**Quỹ Đầu tư Đổi mới Sao Bắc** là quỹ đầu tư doanh nghiệp của Công ty Cổ phần Tích hợp Hệ thống Sao Bắc.",
             "**Sao Bac Innovation Fund** is the corporate venture arm of Sao Bac Systems Integration JSC.",
             "Đầu tư vào sản phẩm có thể tích hợp vào các dự án chuyển đổi số của công ty mẹ cho cơ quan nhà nước và "
             "bệnh viện.", 6, ward="Cầu Giấy", parent="sao-bac-integrator", tags=["Quỹ đầu tư doanh nghiệp"]),
    investor("quy-dau-tu-cong-nghiep-tan-phat", "Quỹ Đầu tư Công nghiệp Tân Phát", "Tan Phat Ventures", "corporate-vc",
             ["pre-seed", "seed", "series-a"], ["manufacturing", "electronics"], ["robotics", "ai"],
             (100_000, 1_500_000), [VN], 2022,
             "**Quỹ Đầu tư Công nghiệp Tân Phát** thuộc Công ty Cổ phần Cơ khí Chính xác Tân Phát, đầu tư vào tự động "
             "hóa và nhà máy thông minh.",
             "**Tan Phat Ventures**, owned by Tan Phat Precision Engineering JSC, invests in automation and smart "
             "factories.", "Danh mục được thử nghiệm ngay tại nhà máy của công ty mẹ trước khi bán ra thị trường.",
             6, parent="tan-phat-precision", tags=["Quỹ đầu tư doanh nghiệp", "Công nghiệp 4.0"]),
    investor("quy-dau-tu-khoa-hoc-su-song-gia-bao", "Quỹ Đầu tư Khoa học Sự sống Gia Bảo",
             "Gia Bao Life Science Ventures",
             "corporate-vc", ["seed", "series-a"], ["pharma", "healthtech"], ["biotech"], (200_000, 2_000_000), [VN],
             2021,
             "**Quỹ Đầu tư Khoa học Sự sống Gia Bảo** là quỹ của Công ty Cổ phần Dược phẩm Gia Bảo, đầu tư vào sinh "
             "phẩm, dược liệu và chẩn đoán.",
             "**Gia Bao Life Science Ventures** is the fund of Gia Bao Pharmaceutical JSC and invests in biologics, "
             "medicinal plants and diagnostics.", "Công ty mẹ hỗ trợ sản xuất thử, đăng ký lưu hành và phân phối.", 5,
             parent="gia-bao-pharma", tags=["Quỹ đầu tư doanh nghiệp", "Khoa học sự sống"]),
    investor("quy-phan-cung-hong-quang", "Quỹ Phần cứng Hồng Quang", "Hong Quang Hardware Fund", "corporate-vc",
             ["pre-seed", "seed"], ["electronics"], ["semiconductors", "aerospace"], (100_000, 1_000_000), [VN], 2022,
             "**Quỹ Phần cứng Hồng Quang** thuộc Công ty TNHH Điện tử Hồng Quang, đầu tư vào các nhóm thiết kế chip "
             "và thiết bị điện tử.",
             "**Hong Quang Hardware Fund**, owned by Hong Quang Electronics Co., Ltd., invests in chip and electronic "
             "device design teams.", "Nhóm được đầu tư dùng dây chuyền SMT của công ty mẹ để sản xuất loạt nhỏ.", 5,
             parent="hong-quang-ems", tags=["Quỹ đầu tư doanh nghiệp", "Phần cứng"]),
    investor("lotus-gate-capital", "Quỹ Đầu tư Cổng Sen", "Lotus Gate Capital", "vc", ["series-a", "series-b"],
             ["fintech", "logistics", "ecommerce", "healthtech"], ["ai", "cloud-quantum-data"],
             (3_000_000, 20_000_000), [SEA, VN], 2013,
             "**Lotus Gate Capital** là quỹ đầu tư khu vực có văn phòng tại Hà Nội, đầu tư vào doanh nghiệp công nghệ "
             "tăng trưởng nhanh ở Đông Nam Á.",
             "**Lotus Gate Capital** is a regional fund with a Hanoi office that backs fast-growing technology "
             "companies in Southeast Asia.", "Dẫn dắt vòng Series A và B, tham gia hội đồng quản trị và hỗ trợ mở "
             "rộng ra các nước trong khu vực.", 6, ward="Hoàn Kiếm", tags=["Quỹ khu vực"]),
    investor("quy-dau-tu-ban-dan-viet", "Quỹ Đầu tư Bán dẫn Việt", "Viet Semiconductor Fund", "vc",
             ["seed", "series-a", "series-b"], ["electronics"], ["semiconductors"], (500_000, 5_000_000), [VN], 2023,
             "**Quỹ Đầu tư Bán dẫn Việt** chuyên đầu tư vào chuỗi giá trị bán dẫn: thiết kế chip, kiểm thử, đóng gói "
             "và đào tạo nhân lực.",
             "**Viet Semiconductor Fund** specialises in the semiconductor value chain: chip design, testing, "
             "packaging and workforce training.", "Ưu tiên đội ngũ có kinh nghiệm ở các công ty thiết kế chip quốc tế "
             "và sản phẩm có khách hàng đặt trước.", 5, ward="Hòa Lạc", zone="khu-cong-nghe-cao-hoa-lac",
             tags=["Bán dẫn", "Hòa Lạc"]),
    investor("quy-dau-tu-giao-duc-chu-vang", "Quỹ Đầu tư Giáo dục Chữ Vàng", "Golden Letter Education Fund", "vc",
             ["pre-seed", "seed", "series-a"], ["edtech", "hrtech"], ["ai"], (100_000, 1_500_000), [VN], 2019,
             "**Quỹ Đầu tư Giáo dục Chữ Vàng** đầu tư vào công nghệ giáo dục và phát triển kỹ năng nghề nghiệp.",
             "**Golden Letter Education Fund** invests in education technology and workforce skills.",
             "Chúng tôi đo hiệu quả bằng kết quả học tập thực của người học, không chỉ số lượt tải ứng dụng.", 6,
             ward="Đống Đa", tags=["Giáo dục"]),
    investor("quy-an-ninh-so-thanh-dong", "Quỹ Đầu tư An ninh số Thành Đồng", "Thanh Dong Cyber Capital", "vc",
             ["seed", "series-a"], ["software", "fintech", "telecom"], ["cybersecurity"], (300_000, 2_500_000), [VN],
             2020,
             "**Quỹ Đầu tư An ninh số Thành Đồng** tập trung vào an ninh mạng, bảo vệ dữ liệu và định danh số.",
             "**Thanh Dong Cyber Capital** focuses on cybersecurity, data protection and digital identity.",
             "Đầu tư vào sản phẩm bảo mật do người Việt làm chủ công nghệ, đáp ứng yêu cầu an toàn thông tin theo cấp "
             "độ.", 5, ward="Nghĩa Đô", tags=["An ninh mạng"]),
    investor("mang-luoi-thien-than-nhip-cau", "Mạng lưới Nhà đầu tư Thiên thần Nhịp Cầu", "Nhip Cau Diaspora Angels",
             "angel-network", ["pre-seed", "seed"], ["software", "healthtech", "fintech", "edtech"], ["ai"],
             (25_000, 200_000), [VN, SEA], 2020,
             "**Mạng lưới Nhà đầu tư Thiên thần Nhịp Cầu** kết nối người Việt ở Hoa Kỳ, châu Âu và Nhật Bản với các "
             "nhà sáng lập trong nước.",
             "**Nhip Cau Diaspora Angels** connects overseas Vietnamese in the United States, Europe and Japan with "
             "founders at home.", "Thành viên hỗ trợ kết nối khách hàng, chuyên gia và nhà đầu tư quốc tế.", 8,
             ward="Ba Đình", tags=["Nhà đầu tư thiên thần", "Kiều bào"]),
    investor("chuong-trinh-tang-toc-agrilaunch-ha-noi", "Chương trình Tăng tốc Nông nghiệp AgriLaunch Hà Nội",
             "AgriLaunch Hanoi Accelerator", "accelerator", ["idea", "pre-seed", "seed"], ["agritech", "environment"],
             ["biotech", "ai"], (20_000, 80_000), [HN, "Đồng bằng sông Hồng"], 2021,
             "**AgriLaunch Hà Nội** là chương trình tăng tốc cho khởi nghiệp nông nghiệp, kết nối với hợp tác xã ở "
             "ngoại thành để thử nghiệm sản phẩm.",
             "**AgriLaunch Hanoi** is an accelerator for agricultural startups that connects them with cooperatives "
             "on the outskirts of Hanoi for field trials.", "Mỗi khóa kéo dài bốn tháng, gắn với một mùa vụ.", 6,
             ward="Gia Lâm", tags=["Tăng tốc khởi nghiệp", "Nông nghiệp"]),
    investor("chuong-trinh-tang-toc-chuoi-cung-ung-noi-bai", "Chương trình Tăng tốc Chuỗi cung ứng Nội Bài",
             "Noi Bai Supply Chain Accelerator", "accelerator", ["pre-seed", "seed"],
             ["logistics", "ecommerce", "manufacturing"], ["robotics", "ai"], (30_000, 120_000), [HN, VN], 2022,
             "**Chương trình Tăng tốc Chuỗi cung ứng Nội Bài** giúp các khởi nghiệp logistics thử nghiệm giải pháp tại "
             "kho bãi và nhà máy quanh sân bay Nội Bài.",
             "**Noi Bai Supply Chain Accelerator** lets logistics startups trial their solutions in warehouses and "
             "plants around Noi Bai airport.", "Ưu tiên giải pháp giảm chi phí vận chuyển và tồn kho.", 5,
             ward="Nội Bài", tags=["Tăng tốc khởi nghiệp", "Logistics"]),
    investor("quy-thien-than-hat-giong", "Quỹ Thiên thần Hạt Giống", "Hat Giong Angel Fund", "angel",
             ["idea", "pre-seed"], ["software", "edtech", "healthtech", "agritech"], ["ai"], (10_000, 50_000), [HN],
             2022,
             "**Quỹ Thiên thần Hạt Giống** là quỹ nhỏ do một nhóm nhà đầu tư thiên thần góp vốn, rót những khoản đầu "
             "tiên cho nhóm sáng lập mới.",
             "**Hat Giong Angel Fund** is a small pool of angel investors that writes first cheques to new founding "
             "teams.", "Quyết định nhanh trong hai tuần, ưu tiên nhà sáng lập lần đầu.", 6, ward="Thanh Xuân",
             tags=["Nhà đầu tư thiên thần"]),
    investor("quy-tang-truong-sao-kim", "Quỹ Tăng trưởng Sao Kim", "Sao Kim Growth Fund", "vc", ["series-b", "growth"],
             ["software", "fintech", "healthtech", "logistics", "energy"], ["ai", "cloud-quantum-data"],
             (10_000_000, 40_000_000), [VN, SEA], 2011,
             "**Quỹ Tăng trưởng Sao Kim** đầu tư vào doanh nghiệp công nghệ dẫn đầu thị trường, chuẩn bị niêm yết hoặc "
             "mở rộng quốc tế.",
             "**Sao Kim Growth Fund** invests in market-leading technology companies preparing to list or expand "
             "abroad.", "Tập trung vào quản trị doanh nghiệp, kiểm toán và chuẩn bị niêm yết.", 6, ward="Hoàn Kiếm",
             tags=["Quỹ tăng trưởng"]),
    investor("quy-chuyen-dich-nang-luong-song-tich", "Quỹ Chuyển dịch Năng lượng Sông Tích",
             "Song Tich Energy Transition Fund", "vc", ["seed", "series-a", "series-b"], ["energy", "environment"],
             ["energy-materials"], (500_000, 6_000_000), [VN, SEA], 2022,
             "**Quỹ Chuyển dịch Năng lượng Sông Tích** đầu tư vào năng lượng tái tạo, lưu trữ năng lượng và giao thông "
             "điện.",
             "**Song Tich Energy Transition Fund** invests in renewable energy, energy storage and electric mobility.",
             "Ưu tiên công nghệ giúp doanh nghiệp sản xuất giảm phát thải và đáp ứng yêu cầu của khách hàng quốc tế.",
             6,
             ward="Long Biên", tags=["Năng lượng", "Khí hậu"]),
]
