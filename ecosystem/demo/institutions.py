"""Real public bodies of Hanoi's innovation ecosystem: ministries, city agencies, zones, NIC, public funds.

Only well-known public facts are stated; figures we could not confirm are left out.
Records are in dependency order (a parent or manager comes before the bodies that reference it)."""
from .spec import org, para

AGENCIES = [
    org("agency", "bo-khoa-hoc-va-cong-nghe", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology",
        para("**Bộ Khoa học và Công nghệ** là cơ quan của Chính phủ thực hiện chức năng quản lý nhà nước về "
             "khoa học, công nghệ, đổi mới sáng tạo, sở hữu trí tuệ và tiêu chuẩn, đo lường, chất lượng.",
             "Từ năm 2025, sau khi hợp nhất với Bộ Thông tin và Truyền thông, Bộ quản lý thêm các lĩnh vực "
             "bưu chính, viễn thông, công nghiệp công nghệ số và chuyển đổi số quốc gia."),
        para("The **Ministry of Science and Technology (MOST)** is the government body responsible for science, "
             "technology, innovation, intellectual property, and standards, metrology and quality.",
             "Since its merger with the Ministry of Information and Communications in 2025 it also oversees "
             "postal services, telecommunications, the digital technology industry and national digital "
             "transformation."),
        short_name="Bộ KH&CN", website="https://www.most.gov.vn", address="113 Trần Duy Hưng, Hà Nội",
        technologies=["ai", "semiconductors", "mobile-networks", "cybersecurity"],
        sectors=["govtech", "telecom", "software"], tags=["Chính sách", "Đổi mới sáng tạo", "Quản lý nhà nước"]),
    org("agency", "bo-giao-duc-va-dao-tao", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training",
        para("**Bộ Giáo dục và Đào tạo** quản lý nhà nước về giáo dục mầm non, phổ thông, giáo dục đại học và "
             "đào tạo giáo viên.",
             "Bộ là cơ quan chủ quản của nhiều trường đại học công lập lớn tại Hà Nội."),
        para("The **Ministry of Education and Training (MOET)** governs pre-school, general and higher education "
             "and teacher training.", "It is the supervising ministry of many large public universities in Hanoi."),
        short_name="Bộ GD&ĐT", website="https://moet.gov.vn", sectors=["edtech", "govtech"],
        tags=["Giáo dục đại học", "Quản lý nhà nước"]),
    org("agency", "bo-cong-thuong", "Bộ Công Thương", "Ministry of Industry and Trade",
        para("**Bộ Công Thương** quản lý nhà nước về công nghiệp, năng lượng, thương mại trong nước và xuất "
             "nhập khẩu.", "Bộ xây dựng chính sách phát triển công nghiệp hỗ trợ và thương mại điện tử."),
        para("The **Ministry of Industry and Trade (MOIT)** is responsible for industry, energy, domestic trade "
             "and imports and exports.", "It sets policy for supporting industries and e-commerce."),
        short_name="Bộ Công Thương", website="https://moit.gov.vn",
        sectors=["manufacturing", "energy", "ecommerce"], tags=["Công nghiệp hỗ trợ", "Quản lý nhà nước"]),
    org("agency", "cuc-so-huu-tri-tue", "Cục Sở hữu trí tuệ", "Intellectual Property Office of Viet Nam",
        para("**Cục Sở hữu trí tuệ** thuộc Bộ Khoa học và Công nghệ, tiếp nhận và xử lý đơn đăng ký sáng chế, "
             "kiểu dáng công nghiệp, nhãn hiệu và chỉ dẫn địa lý.",
             "Đây là đầu mối các doanh nghiệp khởi nghiệp và viện, trường tìm đến khi bảo hộ kết quả nghiên cứu."),
        para("The **Intellectual Property Office of Viet Nam (IP Viet Nam)**, part of the Ministry of Science and "
             "Technology, examines applications for patents, industrial designs, trademarks and geographical "
             "indications.", "Startups, universities and institutes file with it to protect their research results."),
        short_name="IP Việt Nam", website="https://ipvietnam.gov.vn", parent="bo-khoa-hoc-va-cong-nghe",
        sectors=["legaltech", "govtech"], tags=["Sở hữu trí tuệ", "Sáng chế"]),
    org("agency", "ubnd-thanh-pho-ha-noi", "Ủy ban nhân dân thành phố Hà Nội", "Hanoi People's Committee",
        para("**Ủy ban nhân dân thành phố Hà Nội** là cơ quan hành chính nhà nước của Thủ đô, tổ chức thực hiện "
             "các chính sách phát triển kinh tế - xã hội, khoa học, công nghệ và đổi mới sáng tạo của thành phố.",
             "Từ ngày 1/7/2025, Hà Nội vận hành mô hình chính quyền địa phương hai cấp với 126 phường, xã."),
        para("The **Hanoi People's Committee** is the executive body of the capital and carries out the city's "
             "policies for socio-economic development, science, technology and innovation.",
             "Since 1 July 2025 Hanoi has run a two-tier local government with 126 wards and communes."),
        short_name="UBND TP Hà Nội", website="https://hanoi.gov.vn", address="79 Đinh Tiên Hoàng, Hà Nội",
        ward="Hoàn Kiếm", sectors=["govtech"], tags=["Chính quyền thành phố", "Hà Nội"]),
    org("agency", "so-khoa-hoc-va-cong-nghe-ha-noi", "Sở Khoa học và Công nghệ Hà Nội",
        "Hanoi Department of Science and Technology",
        para("**Sở Khoa học và Công nghệ Hà Nội** là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố, "
             "tham mưu quản lý nhà nước về khoa học, công nghệ và đổi mới sáng tạo trên địa bàn Thủ đô.",
             "Sở quản lý các nhiệm vụ khoa học và công nghệ cấp thành phố và triển khai các chương trình hỗ trợ "
             "hệ sinh thái khởi nghiệp đổi mới sáng tạo của Hà Nội."),
        para("The **Hanoi Department of Science and Technology (Hanoi DOST)** advises the People's Committee on "
             "science, technology and innovation in the capital.",
             "It manages city-level research programmes and runs Hanoi's support schemes for innovative startups."),
        short_name="Sở KH&CN Hà Nội", parent="ubnd-thanh-pho-ha-noi",
        technologies=["ai", "cloud-quantum-data"], sectors=["govtech"],
        tags=["Khởi nghiệp đổi mới sáng tạo", "Nhiệm vụ KH&CN", "Hà Nội"]),
    org("agency", "ban-quan-ly-khu-cnc-hoa-lac", "Ban Quản lý Khu công nghệ cao Hòa Lạc",
        "Hoa Lac Hi-Tech Park Management Board",
        para("**Ban Quản lý Khu công nghệ cao Hòa Lạc** trực tiếp quản lý Khu công nghệ cao Hòa Lạc: quy hoạch, "
             "cấp phép đầu tư, xây dựng và hỗ trợ các nhà đầu tư trong khu.",
             "Theo Nghị quyết 119/NQ-CP năm 2023 của Chính phủ, Ban được chuyển giao nguyên trạng từ Bộ Khoa học "
             "và Công nghệ về Ủy ban nhân dân thành phố Hà Nội."),
        para("The **Hoa Lac Hi-Tech Park Management Board** runs Hoa Lac Hi-Tech Park: planning, investment "
             "licensing, construction and support for investors in the park.",
             "Under Government Resolution 119/NQ-CP of 2023 it was transferred from the Ministry of Science and "
             "Technology to the Hanoi People's Committee."),
        short_name="HHTP", website="https://hhtp.gov.vn", address="Km29 Đại lộ Thăng Long, Hà Nội",
        ward="Hòa Lạc", parent="ubnd-thanh-pho-ha-noi", sectors=["govtech"],
        tags=["Hòa Lạc", "Khu công nghệ cao", "Thu hút đầu tư"]),
    org("agency", "ban-quan-ly-cac-kcn-va-che-xuat-ha-noi", "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
        "Hanoi Export Processing and Industrial Zones Authority",
        para("**Ban Quản lý các khu công nghiệp và chế xuất Hà Nội** là cơ quan trực thuộc Ủy ban nhân dân "
             "thành phố, quản lý nhà nước đối với các khu công nghiệp trên địa bàn Thủ đô.",
             "Ban hướng dẫn thủ tục đầu tư, môi trường, xây dựng và lao động cho doanh nghiệp trong các khu "
             "công nghiệp."),
        para("The **Hanoi Export Processing and Industrial Zones Authority (HEPIZA)** reports to the Hanoi "
             "People's Committee and administers the industrial parks in the capital.",
             "It handles investment, environmental, construction and labour procedures for companies in the parks."),
        short_name="HEPIZA", parent="ubnd-thanh-pho-ha-noi", sectors=["manufacturing", "govtech"],
        tags=["Khu công nghiệp", "Thu hút đầu tư"]),
    org("agency", "so-giao-duc-va-dao-tao-ha-noi", "Sở Giáo dục và Đào tạo Hà Nội",
        "Hanoi Department of Education and Training",
        para("**Sở Giáo dục và Đào tạo Hà Nội** tham mưu cho Ủy ban nhân dân thành phố về giáo dục mầm non, "
             "phổ thông và giáo dục thường xuyên.",
             "Sở là đối tác của nhiều doanh nghiệp edtech khi thử nghiệm học liệu số trong trường học."),
        para("The **Hanoi Department of Education and Training** advises the People's Committee on pre-school, "
             "general and continuing education.", "Edtech companies work with it to pilot digital learning "
             "materials in schools."),
        short_name="Sở GD&ĐT Hà Nội", parent="ubnd-thanh-pho-ha-noi", sectors=["edtech", "govtech"],
        tags=["Giáo dục phổ thông", "Chuyển đổi số giáo dục"]),
    org("agency", "so-cong-thuong-ha-noi", "Sở Công Thương Hà Nội", "Hanoi Department of Industry and Trade",
        para("**Sở Công Thương Hà Nội** tham mưu cho thành phố về công nghiệp, thương mại, năng lượng và "
             "thương mại điện tử.", "Sở triển khai các chương trình khuyến công và phát triển công nghiệp hỗ trợ "
             "của Hà Nội."),
        para("The **Hanoi Department of Industry and Trade** advises the city on industry, trade, energy and "
             "e-commerce.", "It runs Hanoi's industrial promotion and supporting-industry programmes."),
        short_name="Sở Công Thương Hà Nội", parent="ubnd-thanh-pho-ha-noi",
        sectors=["manufacturing", "ecommerce", "energy"], tags=["Khuyến công", "Công nghiệp hỗ trợ"]),
    org("agency", "trung-tam-xuc-tien-dau-tu-ha-noi", "Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch thành phố Hà Nội",
        "Hanoi Investment, Trade and Tourism Promotion Centre",
        para("**Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch thành phố Hà Nội** là đơn vị thuộc Ủy ban nhân "
             "dân thành phố, giới thiệu môi trường đầu tư và sản phẩm của Thủ đô tới nhà đầu tư, đối tác "
             "trong và ngoài nước.",
             "Trung tâm tổ chức hội chợ, hội nghị xúc tiến và hỗ trợ nhà đầu tư tìm hiểu thủ tục tại Hà Nội."),
        para("The **Hanoi Investment, Trade and Tourism Promotion Centre** reports to the People's Committee and "
             "presents the capital's investment climate and products to domestic and foreign investors.",
             "It organises trade fairs and promotion conferences and helps investors with procedures in Hanoi."),
        short_name="HPA", parent="ubnd-thanh-pho-ha-noi", sectors=["tourism", "govtech"],
        tags=["Xúc tiến đầu tư", "Du lịch"]),
]

ZONES = [
    org("zone", "khu-cong-nghe-cao-hoa-lac", "Khu công nghệ cao Hòa Lạc", "Hoa Lac Hi-Tech Park",
        para("**Khu công nghệ cao Hòa Lạc** được thành lập năm 1998 trên địa bàn Thạch Thất và Quốc Oai cũ, "
             "quy mô khoảng 1.586 ha, là khu công nghệ cao quốc gia đầu tiên của Việt Nam.",
             "Khu được quy hoạch theo mô hình thành phố khoa học, gồm khu nghiên cứu - phát triển, khu công nghiệp "
             "công nghệ cao, khu giáo dục - đào tạo và khu dịch vụ.",
             "Theo số liệu công bố, khu đã thu hút hơn 110 dự án với tổng vốn đăng ký trên 115.000 tỷ đồng."),
        para("**Hoa Lac Hi-Tech Park**, established in 1998 in the former Thach That and Quoc Oai districts and "
             "covering about 1,586 ha, is Vietnam's first national hi-tech park.",
             "It is planned as a science city with research and development, hi-tech industry, education and "
             "service areas.",
             "According to published figures it hosts more than 110 projects with over 115,000 billion VND of "
             "registered capital."),
        short_name="Hòa Lạc HTP", website="https://hhtp.gov.vn", address="Km29 Đại lộ Thăng Long, Hà Nội",
        ward="Hòa Lạc", founded_year=1998, area_ha=1586, registered_capital_bn_vnd=115000, project_count=110,
        managed_by="ban-quan-ly-khu-cnc-hoa-lac",
        technologies=["ai", "semiconductors", "biotech", "aerospace", "energy-materials", "robotics"],
        sectors=["electronics", "software", "pharma", "manufacturing"],
        tags=["Hòa Lạc", "Khu công nghệ cao", "Thành phố khoa học", "R&D"]),
    org("zone", "khu-cong-nghiep-thang-long", "Khu công nghiệp Thăng Long", "Thang Long Industrial Park",
        para("**Khu công nghiệp Thăng Long** ở phía bắc Hà Nội, gần sân bay Nội Bài, được phát triển với vốn "
             "đầu tư Nhật Bản.",
             "Khu tập trung nhiều nhà máy sản xuất điện tử, linh kiện và cơ khí chính xác của các doanh nghiệp "
             "có vốn đầu tư nước ngoài."),
        para("**Thang Long Industrial Park**, in the north of Hanoi near Noi Bai airport, was developed with "
             "Japanese investment.", "It hosts many electronics, components and precision engineering plants "
             "run by foreign-invested manufacturers."),
        short_name="TLIP", address="Đông Anh, Hà Nội", managed_by="ban-quan-ly-cac-kcn-va-che-xuat-ha-noi",
        sectors=["electronics", "manufacturing"], tags=["Khu công nghiệp", "FDI", "Điện tử"]),
    org("zone", "khu-cong-nghiep-noi-bai", "Khu công nghiệp Nội Bài", "Noi Bai Industrial Park",
        para("**Khu công nghiệp Nội Bài** nằm tại Sóc Sơn, cạnh sân bay quốc tế Nội Bài.",
             "Vị trí gần sân bay thuận lợi cho các doanh nghiệp sản xuất linh kiện và hàng xuất khẩu bằng đường hàng "
             "không."),
        para("**Noi Bai Industrial Park** is in Soc Son, next to Noi Bai International Airport.",
             "Its location suits component makers and exporters that ship by air."),
        address="Sóc Sơn, Hà Nội", managed_by="ban-quan-ly-cac-kcn-va-che-xuat-ha-noi",
        sectors=["manufacturing", "electronics", "logistics"], tags=["Khu công nghiệp", "Nội Bài"]),
    org("zone", "khu-cong-nghiep-quang-minh", "Khu công nghiệp Quang Minh", "Quang Minh Industrial Park",
        para("**Khu công nghiệp Quang Minh** ở Mê Linh, phía tây bắc Hà Nội, gần trục đường đi sân bay Nội Bài.",
             "Khu có nhiều doanh nghiệp cơ khí, điện tử và vật liệu xây dựng."),
        para("**Quang Minh Industrial Park** is in Me Linh, north-west of Hanoi, close to the road to Noi Bai "
             "airport.", "Its tenants include engineering, electronics and building-materials manufacturers."),
        address="Mê Linh, Hà Nội", managed_by="ban-quan-ly-cac-kcn-va-che-xuat-ha-noi",
        sectors=["manufacturing", "electronics"], tags=["Khu công nghiệp", "Cơ khí"]),
    org("zone", "khu-cong-nghiep-phu-nghia", "Khu công nghiệp Phú Nghĩa", "Phu Nghia Industrial Park",
        para("**Khu công nghiệp Phú Nghĩa** nằm ở Chương Mỹ, phía tây nam Hà Nội, dọc quốc lộ 6.",
             "Khu thu hút các doanh nghiệp sản xuất công nghiệp nhẹ, dệt may và chế biến."),
        para("**Phu Nghia Industrial Park** lies in Chuong My, south-west of Hanoi, along National Road 6.",
             "It attracts light industry, textiles and processing companies."),
        address="Chương Mỹ, Hà Nội", managed_by="ban-quan-ly-cac-kcn-va-che-xuat-ha-noi",
        sectors=["manufacturing", "textiles"], tags=["Khu công nghiệp", "Dệt may"]),
    org("zone", "khu-cong-nghiep-thach-that-quoc-oai", "Khu công nghiệp Thạch Thất - Quốc Oai",
        "Thach That - Quoc Oai Industrial Park",
        para("**Khu công nghiệp Thạch Thất - Quốc Oai** nằm gần Đại lộ Thăng Long và Khu công nghệ cao Hòa Lạc.",
             "Khu là nơi đặt nhà máy của nhiều doanh nghiệp cơ khí, điện tử và chế biến thực phẩm."),
        para("**Thach That - Quoc Oai Industrial Park** sits near Thang Long Avenue and Hoa Lac Hi-Tech Park.",
             "Engineering, electronics and food-processing companies run plants there."),
        address="Thạch Thất, Hà Nội", managed_by="ban-quan-ly-cac-kcn-va-che-xuat-ha-noi",
        sectors=["manufacturing", "agritech"], tags=["Khu công nghiệp", "Hòa Lạc"]),
    org("zone", "khu-cong-nghiep-sai-dong-b", "Khu công nghiệp Sài Đồng B", "Sai Dong B Industrial Park",
        para("**Khu công nghiệp Sài Đồng B** nằm ở Long Biên, phía đông sông Hồng.",
             "Khu nằm gần nội đô, nơi đặt nhà máy của một số doanh nghiệp điện tử và thiết bị."),
        para("**Sai Dong B Industrial Park** is in Long Bien, east of the Red River.",
             "Close to the city centre, it hosts plants of electronics and equipment makers."),
        address="Long Biên, Hà Nội", managed_by="ban-quan-ly-cac-kcn-va-che-xuat-ha-noi",
        sectors=["electronics", "manufacturing"], tags=["Khu công nghiệp", "Long Biên"]),
]

# After the zones: NIC sits in Hoa Lac Hi-Tech Park.
INNOVATION_CENTRES = [
    org("incubator", "trung-tam-doi-moi-sang-tao-quoc-gia", "Trung tâm Đổi mới sáng tạo Quốc gia",
        "National Innovation Center",
        para("**Trung tâm Đổi mới sáng tạo Quốc gia (NIC)** được Thủ tướng Chính phủ quyết định thành lập năm 2019 "
             "để hỗ trợ và phát triển hệ sinh thái khởi nghiệp, đổi mới sáng tạo của Việt Nam.",
             "Cơ sở của NIC tại Khu công nghệ cao Hòa Lạc khánh thành tháng 10/2023, gồm không gian làm việc, "
             "nghiên cứu - phát triển và trung tâm hội nghị.",
             "NIC kết nối các tập đoàn công nghệ, viện, trường, quỹ đầu tư và doanh nghiệp khởi nghiệp trong các "
             "lĩnh vực như bán dẫn, trí tuệ nhân tạo và chuyển đổi số."),
        para("The **National Innovation Center (NIC)** was established by decision of the Prime Minister in 2019 "
             "to support and develop Vietnam's startup and innovation ecosystem.",
             "Its Hoa Lac Hi-Tech Park campus opened in October 2023 with workspaces, research and development "
             "space and a conference centre.",
             "NIC connects technology groups, universities, institutes, investors and startups in fields such as "
             "semiconductors, artificial intelligence and digital transformation."),
        short_name="NIC", website="https://nic.gov.vn", ward="Hòa Lạc", zone="khu-cong-nghe-cao-hoa-lac",
        founded_year=2019, technologies=["semiconductors", "ai", "cloud-quantum-data"],
        sectors=["software", "electronics", "manufacturing"],
        tags=["Đổi mới sáng tạo", "Hòa Lạc", "Bán dẫn", "Khởi nghiệp"]),
]

PUBLIC_FUNDS = [
    org("investor", "quy-doi-moi-cong-nghe-quoc-gia", "Quỹ Đổi mới công nghệ quốc gia",
        "National Technology Innovation Foundation",
        para("**Quỹ Đổi mới công nghệ quốc gia (NATIF)** thuộc Bộ Khoa học và Công nghệ, tài trợ, cho vay ưu đãi "
             "và hỗ trợ doanh nghiệp thực hiện các dự án đổi mới, chuyển giao và hoàn thiện công nghệ.",
             "Đối tượng hỗ trợ gồm doanh nghiệp nhỏ và vừa và doanh nghiệp khởi nghiệp đổi mới sáng tạo."),
        para("The **National Technology Innovation Foundation (NATIF)**, under the Ministry of Science and "
             "Technology, gives grants, preferential loans and support to companies carrying out technology "
             "innovation, transfer and upgrading projects.",
             "It supports small and medium-sized enterprises and innovative startups."),
        short_name="NATIF", parent="bo-khoa-hoc-va-cong-nghe", investor_type="public-fund",
        thesis="Hỗ trợ doanh nghiệp Việt Nam đổi mới và làm chủ công nghệ thông qua tài trợ và cho vay ưu đãi.",
        regions=["Việt Nam"], technologies=["ai", "robotics", "biotech", "energy-materials"],
        sectors=["manufacturing", "agritech", "electronics"], tags=["Quỹ công", "Đổi mới công nghệ"]),
    org("investor", "quy-phat-trien-khoa-hoc-va-cong-nghe-quoc-gia", "Quỹ Phát triển khoa học và công nghệ Quốc gia",
        "National Foundation for Science and Technology Development",
        para("**Quỹ Phát triển khoa học và công nghệ Quốc gia (NAFOSTED)** thuộc Bộ Khoa học và Công nghệ, tài trợ "
             "các đề tài nghiên cứu cơ bản và ứng dụng theo cơ chế cạnh tranh, bình duyệt độc lập.",
             "Quỹ là nguồn kinh phí quan trọng của các nhóm nghiên cứu tại viện, trường ở Hà Nội."),
        para("The **National Foundation for Science and Technology Development (NAFOSTED)**, under the Ministry of "
             "Science and Technology, funds basic and applied research projects through competitive, "
             "peer-reviewed calls.", "It is a key source of funding for research groups in Hanoi's universities "
             "and institutes."),
        short_name="NAFOSTED", website="https://nafosted.gov.vn", parent="bo-khoa-hoc-va-cong-nghe",
        investor_type="public-fund",
        thesis="Tài trợ nghiên cứu khoa học cơ bản và ứng dụng có chất lượng, công bố quốc tế.",
        regions=["Việt Nam"], technologies=["ai", "biotech", "energy-materials", "cloud-quantum-data"],
        tags=["Quỹ công", "Tài trợ nghiên cứu"]),
]
