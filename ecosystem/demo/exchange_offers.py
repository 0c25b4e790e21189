"""Technology offers of the demo ecosystem (sample data): what Hanoi's institutes, universities, companies
and researchers can license, build or do for others. Technologies and sectors follow each publisher's."""


def offer(publisher, title, title_en, vi, en, techs, sectors, tags, trl, ip, engagement, terms):
    """One offer: `publisher` is ("organisation" | "person", slug); the rest is the service's input."""
    return {"publisher": publisher, "data": {
        "title": title, "title_en": title_en, "summary": vi, "summary_en": en, "technologies": techs,
        "sectors": sectors, "tags": tags, "trl": trl, "ip_status": ip, "engagement": engagement, "terms": terms}}


def by_org(slug):
    return ("organisation", slug)


def by_person(slug):
    return ("person", slug)


OFFERS = [
    offer(by_org("vien-cong-nghe-vi-mach-hoa-lac"), "Lõi vi xử lý RISC-V công suất thấp cho thiết bị IoT",
          "Low-power RISC-V microcontroller core for IoT devices",
          "Lõi vi điều khiển RISC-V 32 bit tiêu thụ dưới 10 µW/MHz, đã chạy thử trên chip 180 nm, kèm bộ công cụ "
          "lập trình và thư viện ngoại vi (UART, SPI, I2C, ADC). Phù hợp cho cảm biến, đồng hồ đo thông minh và "
          "thiết bị nhà thông minh.",
          "A 32-bit RISC-V microcontroller core drawing under 10 µW/MHz, proven on 180 nm test silicon, with a "
          "toolchain and peripheral library (UART, SPI, I2C, ADC). Suited to sensors, smart meters and smart-home "
          "devices.", ["semiconductors"], ["electronics"], ["RISC-V", "Vi điều khiển", "IoT", "Công suất thấp"],
          6, "patent-pending", "licence", "Cấp phép lõi IP theo sản phẩm, hỗ trợ tích hợp 6 tháng."),
    offer(by_org("vien-cong-nghe-vi-mach-hoa-lac"), "Dịch vụ đo kiểm và đánh giá độ tin cậy vi mạch",
          "Chip characterisation and reliability testing service",
          "Phòng đo kiểm của Viện nhận đo đặc tính điện, thử nghiệm độ tin cậy (nhiệt độ, độ ẩm, ESD) và phân "
          "tích lỗi cho vi mạch tương tự và tín hiệu hỗn hợp.",
          "The institute's test laboratory measures electrical characteristics, runs reliability tests "
          "(temperature, humidity, ESD) and failure analysis for analogue and mixed-signal chips.",
          ["semiconductors"], ["electronics"], ["Đo kiểm chip", "Độ tin cậy", "Hòa Lạc"], 9, "know-how", "service",
          "Báo giá theo lô mẫu; thời gian trả kết quả 2–4 tuần."),
    offer(by_org("dai-hoc-bach-khoa-ha-noi"), "Cánh tay robot dẫn hướng bằng thị giác máy cho dây chuyền sản xuất",
          "Vision-guided robot arm for production lines",
          "Hệ thống cánh tay robot 6 bậc tự do với camera 3D, tự nhận dạng và gắp phôi đặt lộn xộn, cấp phôi cho "
          "máy CNC và phân loại sản phẩm. Đã thử nghiệm tại hai nhà máy cơ khí ở Hà Nội.",
          "A six-axis robot arm with a 3D camera that recognises and picks randomly placed parts, loads CNC "
          "machines and sorts products. Piloted in two machining plants in Hanoi.",
          ["robotics", "ai"], ["manufacturing"], ["Robot công nghiệp", "Thị giác máy", "CNC", "Tự động hóa"],
          6, "know-how", "collaboration", "Hợp tác triển khai thí điểm, doanh nghiệp đồng tài trợ."),
    offer(by_org("vien-robot-va-tu-dong-hoa-bac-bo"), "Robot tự hành (AMR) cho kho hàng",
          "Autonomous mobile robots (AMR) for warehouses",
          "Robot tự hành tải trọng 300 kg, định vị bằng LiDAR, tự lập lộ trình và kết nối với phần mềm quản lý "
          "kho (WMS). Giảm 40% quãng đường đi bộ của công nhân kho trong thử nghiệm.",
          "300 kg autonomous mobile robots with LiDAR navigation, route planning and a link to warehouse "
          "management systems (WMS). Cut warehouse staff walking distance by 40% in trials.",
          ["robotics", "ai"], ["logistics", "manufacturing"], ["AMR", "Kho hàng", "LiDAR", "Tự động hóa"],
          7, "patent", "licence", "Cấp phép sản xuất hoặc bán robot kèm dịch vụ tích hợp."),
    offer(by_org("vien-tri-tue-nhan-tao-ung-dung-thang-long"), "Nhận dạng tiếng nói và xử lý ngôn ngữ tiếng Việt",
          "Vietnamese speech recognition and language processing engine",
          "Bộ máy nhận dạng tiếng nói tiếng Việt ba miền (tỷ lệ lỗi từ 6%) và mô hình ngôn ngữ cho tổng đài, "
          "trợ lý ảo và phân tích hội thoại khách hàng. Chạy được trên máy chủ riêng của doanh nghiệp.",
          "A Vietnamese speech recogniser for all three regional accents (6% word error rate) and language models "
          "for call centres, voice assistants and customer conversation analytics. Runs on-premises.",
          ["ai"], ["software", "telecom"], ["Nhận dạng tiếng nói", "Xử lý ngôn ngữ tự nhiên", "Tổng đài", "Trợ lý ảo"],
          8, "know-how", "licence", "Giấy phép theo số kênh đồng thời; tinh chỉnh theo dữ liệu của khách hàng."),
    offer(by_org("vien-an-ninh-mang-va-mat-ma-ung-dung"), "Phát hiện gian lận giao dịch thanh toán theo thời gian thực",
          "Real-time fraud detection for payment transactions",
          "Mô hình học máy chấm điểm rủi ro từng giao dịch thẻ và ví điện tử trong dưới 50 ms, kết hợp luật "
          "nghiệp vụ và phân tích đồ thị quan hệ tài khoản.",
          "Machine-learning models that score the risk of each card and e-wallet transaction in under 50 ms, "
          "combining business rules with account graph analysis.",
          ["cybersecurity", "ai"], ["fintech", "software"], ["Chống gian lận", "Thanh toán số", "Học máy"],
          6, "know-how", "contract-research", "Nghiên cứu theo đặt hàng, chuyển giao mô hình và mã nguồn."),
    offer(by_org("vien-cong-nghe-sinh-hoc-vast"), "Chế phẩm vi sinh cố định đạm cho lúa và rau màu",
          "Nitrogen-fixing microbial biofertiliser for rice and vegetables",
          "Tổ hợp chủng vi khuẩn cố định đạm và phân giải lân, giảm 25–30% phân đạm hóa học mà giữ năng suất; "
          "đã khảo nghiệm tại đồng bằng sông Hồng.",
          "A consortium of nitrogen-fixing and phosphate-solubilising bacteria that cuts chemical nitrogen by "
          "25–30% at equal yield; field-tested in the Red River Delta.",
          ["biotech"], ["agritech", "environment"], ["Phân bón vi sinh", "Nông nghiệp bền vững", "Lúa"],
          7, "patent", "licence", "Chuyển giao quy trình sản xuất và chủng giống, phí bản quyền theo sản lượng."),
    offer(by_org("vien-y-sinh-hoc-phan-tu-ha-noi"), "Bộ kit RT-PCR phát hiện nhanh tác nhân gây bệnh hô hấp",
          "RT-PCR kit for rapid detection of respiratory pathogens",
          "Bộ kit RT-PCR đa mồi phát hiện đồng thời 6 tác nhân gây bệnh hô hấp trong 90 phút, độ nhạy tương đương "
          "sản phẩm nhập khẩu, giá thành thấp hơn 40%.",
          "A multiplex RT-PCR kit detecting six respiratory pathogens in 90 minutes, as sensitive as imported "
          "kits at 40% lower cost.", ["biotech"], ["healthtech", "pharma"], ["Chẩn đoán phân tử", "PCR", "Y sinh"],
          7, "patent-pending", "licence", "Cấp phép độc quyền trong nước cho nhà sản xuất có chứng nhận ISO 13485."),
    offer(by_org("vien-nang-luong-tai-tao-va-luu-tru"), "Hệ thống quản lý pin lưu trữ cho điện mặt trời áp mái",
          "Battery management system for rooftop solar storage",
          "Hệ thống quản lý pin (BMS) và phần mềm điều phối sạc xả cho bộ lưu trữ lithium 10–500 kWh, tối ưu theo "
          "giá điện giờ cao điểm và dự báo bức xạ.",
          "A battery management system (BMS) and charge scheduling software for 10–500 kWh lithium storage, "
          "optimised for peak tariffs and solar forecasts.", ["energy-materials"], ["energy"],
          ["Lưu trữ năng lượng", "Pin lithium", "Điện mặt trời", "BMS"], 6, "know-how", "contract-research",
          "Nghiên cứu theo đặt hàng và thiết kế theo công suất của khách hàng."),
    offer(by_org("vien-khoa-hoc-vat-lieu-vast"), "Lớp phủ nano tự làm sạch cho tấm pin mặt trời",
          "Self-cleaning nano coating for solar panels",
          "Lớp phủ TiO₂–SiO₂ kích thước nano giúp tấm pin tự làm sạch bụi khi có mưa, tăng 5–8% sản lượng điện ở "
          "vùng nhiều bụi.", "A TiO₂–SiO₂ nano coating that lets rain wash dust off panels, raising output by 5–8% "
          "in dusty areas.", ["energy-materials"], ["energy", "electronics"], ["Vật liệu nano", "Điện mặt trời"],
          5, "patent", "licence", "Cấp phép sáng chế; hỗ trợ thử nghiệm tại hiện trường."),
    offer(by_org("vien-cong-nghe-moi-truong-va-kinh-te-tuan-hoan"), "Xử lý nước thải chế biến thực phẩm bằng sinh học",
          "Biological wastewater treatment for food processing plants",
          "Công nghệ xử lý nước thải kỵ khí – hiếu khí kết hợp màng MBR cho nhà máy chế biến thực phẩm, đạt QCVN "
          "cột A, thu hồi khí sinh học dùng cho lò hơi.",
          "Anaerobic–aerobic treatment with MBR membranes for food processing plants, meeting national "
          "discharge standard column A and recovering biogas for boilers.",
          ["biotech", "energy-materials"], ["environment", "manufacturing"], ["Xử lý nước thải", "Khí sinh học",
                                                                             "Kinh tế tuần hoàn"],
          8, "know-how", "service", "Thiết kế, lắp đặt và vận hành thử; bảo hành 24 tháng."),
    offer(by_org("vien-cong-nghe-vu-tru-ung-dung-tan-vien"), "Giám sát cây trồng bằng ảnh vệ tinh",
          "Crop monitoring from satellite imagery",
          "Dịch vụ theo dõi sinh trưởng, ước tính năng suất và cảnh báo sâu bệnh theo từng thửa ruộng từ ảnh vệ "
          "tinh quang học và radar, cập nhật 5 ngày một lần.",
          "Field-by-field monitoring of crop growth, yield estimates and pest alerts from optical and radar "
          "satellite imagery, updated every five days.", ["aerospace", "ai"], ["agritech", "environment"],
          ["Viễn thám", "Ảnh vệ tinh", "Nông nghiệp chính xác"], 7, "know-how", "service",
          "Thuê bao theo diện tích (ha) và mùa vụ."),
    offer(by_org("vien-du-lieu-va-chinh-sach-do-thi"), "Song sinh số giao thông đô thị để dự báo ùn tắc",
          "Urban traffic digital twin for congestion forecasting",
          "Mô hình mô phỏng giao thông kết hợp dữ liệu camera và GPS xe buýt, dự báo ùn tắc 30 phút trước và đánh "
          "giá phương án phân luồng cho các quận nội đô.",
          "A traffic simulation model fed by camera and bus GPS data that forecasts congestion 30 minutes ahead "
          "and tests rerouting plans for inner-city districts.", ["ai", "cloud-quantum-data"],
          ["govtech", "logistics"], ["Giao thông thông minh", "Song sinh số", "Đô thị thông minh"], 6, "know-how",
          "contract-research", "Nghiên cứu theo đặt hàng của cơ quan quản lý đô thị."),
    offer(by_org("hoc-vien-cong-nghe-buu-chinh-vien-thong"), "Thiết kế và thử nghiệm mạng 5G riêng cho khu công nghiệp",
          "Design and testing of private 5G networks for industrial parks",
          "Phòng thí nghiệm 5G của Học viện thiết kế, đo kiểm vùng phủ và thử nghiệm mạng 5G riêng (private 5G) cho "
          "nhà máy, cảng và khu công nghệ cao, kể cả ăng-ten thiết kế riêng.",
          "The academy's 5G laboratory designs, surveys and trials private 5G networks for factories, ports and "
          "high-tech parks, including custom antennas.", ["mobile-networks"], ["telecom", "manufacturing"],
          ["5G", "Mạng riêng", "Ăng-ten", "Nhà máy thông minh"], 6, "know-how", "service",
          "Khảo sát và thiết kế theo hợp đồng dịch vụ kỹ thuật."),
    offer(by_org("truong-dai-hoc-cong-nghe-dhqghn"), "Camera AI biên phát hiện lỗi sản phẩm",
          "Edge-AI camera for visual defect inspection",
          "Mô-đun camera tích hợp bộ xử lý AI chạy mô hình phát hiện lỗi bề mặt (vết xước, sai màu, lỗi dệt) "
          "ngay trên dây chuyền, không cần máy chủ.",
          "A camera module with an on-board AI processor running surface-defect models (scratches, colour "
          "faults, weaving faults) right on the line, without a server.", ["ai", "semiconductors"],
          ["manufacturing", "electronics"], ["Thị giác máy", "Kiểm tra chất lượng", "AI biên"], 5, "know-how",
          "collaboration", "Hợp tác phát triển sản phẩm với doanh nghiệp sản xuất."),
    offer(by_org("truong-dai-hoc-duoc-ha-noi"), "Chuẩn hóa cao chiết dược liệu và bào chế sản phẩm mới",
          "Standardised herbal extracts and new formulations",
          "Quy trình chiết xuất, định lượng hoạt chất đánh dấu và bào chế viên nang, cốm từ dược liệu Việt Nam "
          "đạt tiêu chuẩn GMP.",
          "Processes to extract and assay marker compounds and formulate capsules and granules from Vietnamese "
          "medicinal plants to GMP standards.", ["biotech"], ["pharma", "healthtech"],
          ["Dược liệu", "Bào chế", "GMP"], 6, "know-how", "contract-research",
          "Nghiên cứu theo đặt hàng, chuyển giao hồ sơ kỹ thuật."),
    offer(by_org("hoc-vien-nong-nghiep-viet-nam"), "Giống lúa chịu mặn năng suất cao",
          "High-yield salt-tolerant rice varieties",
          "Hai giống lúa chịu mặn đến 4‰, thời gian sinh trưởng 105–110 ngày, đã được công nhận lưu hành tại "
          "các tỉnh ven biển.", "Two rice varieties tolerating salinity up to 4‰ with a 105–110 day growth "
          "cycle, approved for coastal provinces.", ["biotech"], ["agritech"],
          ["Giống lúa", "Biến đổi khí hậu", "Chịu mặn"], 8, "patent", "licence",
          "Chuyển nhượng quyền sản xuất và kinh doanh giống."),
    offer(by_org("vien-khoa-hoc-du-lieu-tai-chinh"), "Chấm điểm tín dụng bằng dữ liệu thay thế",
          "Credit scoring with alternative data",
          "Mô hình chấm điểm tín dụng cho khách hàng chưa có lịch sử vay, dùng dữ liệu thanh toán hóa đơn, viễn "
          "thông và thương mại điện tử (có sự đồng ý), giải thích được từng quyết định.",
          "Credit scoring for customers without a borrowing history, from bill payment, telecom and e-commerce "
          "data (with consent), with an explanation for each decision.", ["ai", "cloud-quantum-data"],
          ["fintech"], ["Chấm điểm tín dụng", "Tài chính toàn diện", "Học máy giải thích được"], 6, "know-how",
          "licence", "Giấy phép phần mềm theo năm và hiệu chỉnh mô hình theo dữ liệu khách hàng."),
    offer(by_org("truong-dai-hoc-cong-nghiep-ha-noi"), "Phát hiện lỗi vải tự động trên máy dệt",
          "Automatic fabric defect detection on weaving machines",
          "Hệ thống camera quét và thuật toán phát hiện lỗi vải (sợi đứt, lỗ thủng, loang màu) gắn trực tiếp trên "
          "máy dệt và máy kiểm vải, đánh dấu vị trí lỗi cho công nhân.",
          "Cameras and algorithms that detect fabric defects (broken yarns, holes, stains) mounted on looms and "
          "inspection machines, marking each defect for the operator.", ["robotics", "ai"],
          ["textiles", "manufacturing"], ["Dệt may", "Kiểm tra chất lượng", "Thị giác máy"], 6, "know-how",
          "collaboration", "Hợp tác lắp đặt thí điểm, chia sẻ quyền sở hữu cải tiến."),
    offer(by_org("vien-hoa-hoc-vast"), "Bao bì phân hủy sinh học từ phụ phẩm nông nghiệp",
          "Biodegradable packaging from agricultural by-products",
          "Vật liệu bao bì từ bã mía và rơm rạ, chịu nước và dầu, phân hủy trong 90 ngày, thay thế hộp xốp và nhựa "
          "dùng một lần trong đóng gói thực phẩm.",
          "Packaging made from bagasse and rice straw that resists water and oil and degrades in 90 days, "
          "replacing foam boxes and single-use plastics for food.", ["energy-materials", "biotech"],
          ["environment", "manufacturing"], ["Bao bì sinh học", "Nhựa", "Kinh tế tuần hoàn"], 5, "patent", "licence",
          "Cấp phép sáng chế kèm hỗ trợ dây chuyền thử nghiệm."),
    offer(by_org("tong-cong-ty-cong-nghiep-cong-nghe-cao-viettel"), "Thiết kế mạch cao tần và thiết bị vô tuyến 5G",
          "RF circuit and 5G radio equipment design",
          "Dịch vụ thiết kế mạch cao tần, bộ khuếch đại công suất và khối vô tuyến cho trạm gốc 5G và thiết bị "
          "IoT công nghiệp, từ mô phỏng đến đo kiểm mẫu.",
          "Design services for RF circuits, power amplifiers and radio units for 5G base stations and industrial "
          "IoT devices, from simulation to prototype measurement.", ["mobile-networks", "semiconductors"],
          ["telecom", "electronics"], ["5G", "Vô tuyến", "Cao tần"], 9, "know-how", "service",
          "Hợp đồng thiết kế trọn gói hoặc theo giờ kỹ sư."),
    offer(by_org("trung-tam-uom-tao-cong-nghe-sau-hoa-lac"), "Xưởng tạo mẫu nhanh phần cứng cho khởi nghiệp",
          "Hardware rapid-prototyping workshop for startups",
          "Xưởng tạo mẫu với máy hàn dán linh kiện, in 3D, gia công CNC nhỏ và thiết bị đo điện tử, kèm kỹ sư hỗ "
          "trợ từ bản vẽ đến mẫu thử.",
          "A prototyping workshop with pick-and-place, 3D printing, small CNC machining and electronic test "
          "equipment, with engineers from drawing to working prototype.", ["robotics", "semiconductors"],
          ["electronics", "manufacturing"], ["Tạo mẫu nhanh", "Phần cứng", "Hòa Lạc"], 9, "open", "service",
          "Giá ưu đãi cho doanh nghiệp ươm tạo; đặt lịch theo giờ máy."),
    offer(by_person("do-thanh-thu"), "Kiểm chứng thiết kế phần cứng RISC-V",
          "Hardware verification for RISC-V designs",
          "Tư vấn và thực hiện kiểm chứng chức năng (UVM, kiểm chứng hình thức) cho thiết kế vi xử lý RISC-V và "
          "khối IP, giúp nhóm thiết kế giảm lỗi trước khi sản xuất chip.",
          "Consulting and functional verification (UVM, formal methods) for RISC-V processor designs and IP "
          "blocks, so design teams find bugs before tape-out.", ["semiconductors"], ["electronics"],
          ["RISC-V", "Kiểm chứng phần cứng", "UVM"], 6, "know-how", "service",
          "Tư vấn theo giờ hoặc theo gói kiểm chứng."),
    offer(by_person("nguyen-the-dat"), "Bản đồ ruộng đồng bằng thiết bị bay không người lái",
          "Field mapping with unmanned aerial vehicles",
          "Quy trình bay chụp đa phổ bằng UAV, dựng bản đồ chỉ số sinh trưởng và phát hiện vùng sâu bệnh để phun "
          "thuốc đúng chỗ, bổ sung cho ảnh vệ tinh khi trời nhiều mây.",
          "A UAV multispectral flight and mapping workflow producing crop vigour maps and pest hotspots for "
          "targeted spraying, complementing satellite images on cloudy days.", ["aerospace", "ai"],
          ["agritech"], ["UAV", "Nông nghiệp chính xác", "Viễn thám"], 6, "know-how", "collaboration",
          "Hợp tác thử nghiệm với hợp tác xã và doanh nghiệp nông nghiệp."),
    offer(by_person("le-duy-nam"), "Phát hiện xâm nhập cho mạng thiết bị IoT",
          "Intrusion detection for IoT device networks",
          "Phương pháp phát hiện xâm nhập nhẹ chạy trên cổng IoT, nhận biết tấn công botnet và firmware bị chỉnh "
          "sửa; kèm bộ kiểm thử bảo mật firmware.",
          "A lightweight intrusion detection method running on IoT gateways that spots botnet attacks and "
          "tampered firmware, with a firmware security test suite.", ["cybersecurity"], ["software", "telecom"],
          ["Bảo mật IoT", "Phát hiện xâm nhập", "Firmware"], 5, "know-how", "collaboration",
          "Hợp tác nghiên cứu, đồng công bố và chuyển giao mã nguồn."),
    offer(by_person("hoang-huu-hien"), "Đọc hiểu văn bản và hóa đơn tiếng Việt (OCR + NLP)",
          "Vietnamese document and invoice understanding (OCR + NLP)",
          "Mô hình nhận dạng chữ và trích xuất thông tin từ hóa đơn, hợp đồng, giấy tờ tiếng Việt, độ chính xác "
          "trên 97% với hóa đơn điện tử và ảnh chụp.",
          "Models that read and extract fields from Vietnamese invoices, contracts and forms, above 97% accuracy "
          "on e-invoices and photos.", ["ai"], ["software", "fintech"], ["OCR", "Xử lý ngôn ngữ tự nhiên", "Hóa đơn"],
          7, "know-how", "licence", "Cấp phép mô hình hoặc tinh chỉnh theo mẫu giấy tờ của doanh nghiệp."),
    offer(by_person("ly-ba-tam"), "Quy trình tái chế pin lithium-ion đã qua sử dụng",
          "Recycling process for spent lithium-ion batteries",
          "Quy trình thủy luyện thu hồi trên 90% lithium, coban và niken từ pin đã qua sử dụng ở quy mô phòng thí "
          "nghiệm, đang tìm đối tác nâng lên quy mô pilot.",
          "A hydrometallurgical process recovering over 90% of lithium, cobalt and nickel from spent batteries at "
          "laboratory scale, looking for a partner to scale it to pilot.", ["energy-materials"],
          ["energy", "environment"], ["Tái chế pin", "Pin lithium", "Kinh tế tuần hoàn"], 4, "patent-pending",
          "collaboration", "Hợp tác đầu tư dây chuyền pilot, chia sẻ quyền sở hữu trí tuệ."),
]
