"""Invented incubators and innovation spaces (sample data), most hosted by real universities or institutes.

`place` says which startups they attract ("city", "hoa-lac", "agri"); `focus` lists sector codes."""
from .spec import org, para


def hub(slug, name, name_en, vi, en, place, focus, **fields):
    spec = org("incubator", slug, name, name_en, vi, en, sample=True, sectors=focus, **fields)
    spec["place"] = place
    return spec


INCUBATORS = [
    hub("vuon-uom-khoi-nghiep-xuan-thuy", "Vườn ươm Khởi nghiệp Công nghệ Xuân Thủy",
        "Xuan Thuy Tech Startup Incubator",
        para("**Vườn ươm Khởi nghiệp Công nghệ Xuân Thủy** hỗ trợ sinh viên và giảng viên Trường Đại học Công nghệ "
             "thương mại hóa kết quả nghiên cứu.",
             "Chương trình ươm tạo kéo dài sáu tháng, gồm cố vấn kỹ thuật, phòng lab điện tử dùng chung và buổi "
             "gặp gỡ nhà đầu tư thiên thần mỗi quý."),
        para("**Xuan Thuy Tech Startup Incubator** helps students and staff of the University of Engineering and "
             "Technology turn research into products.", "Its six-month programme offers technical mentors, a "
             "shared electronics lab and a quarterly meeting with angel investors."),
        "city", ["software", "electronics"], short_name="XT Incubator",
        parent="truong-dai-hoc-cong-nghe-dhqghn", ward="Cầu Giấy",
        founded_year=2016, technologies=["ai", "semiconductors"], tags=["Ươm tạo", "Spin-off đại học", "Cầu Giấy"]),
    hub("trung-tam-uom-tao-dai-co-viet", "Trung tâm Ươm tạo Công nghệ Đại Cồ Việt",
        "Dai Co Viet Technology Incubation Centre",
        para("**Trung tâm Ươm tạo Công nghệ Đại Cồ Việt** đồng hành với các nhóm kỹ sư trẻ của Đại học Bách khoa Hà "
             "Nội "
             "trong lĩnh vực cơ khí, tự động hóa, điện tử và năng lượng.",
             "Các nhóm được dùng xưởng tạo mẫu nhanh, được hỗ trợ đăng ký sáng chế và kết nối với doanh nghiệp sản "
             "xuất."),
        para("**Dai Co Viet Technology Incubation Centre** supports young engineering teams from Hanoi University of "
             "Science and Technology in mechanical engineering, automation, electronics and energy.",
             "Teams use a rapid-prototyping workshop, get help filing patents and meet manufacturers."),
        "city", ["manufacturing", "electronics", "energy"], short_name="ĐCV Incubator",
        parent="dai-hoc-bach-khoa-ha-noi", ward="Bạch Mai",
        founded_year=2014, technologies=["robotics", "semiconductors", "energy-materials"],
        tags=["Ươm tạo", "Tạo mẫu nhanh", "Sáng chế"]),
    hub("khong-gian-doi-moi-nghia-do", "Không gian Đổi mới Sáng tạo Nghĩa Đô", "Nghia Do Innovation Space",
        para("**Không gian Đổi mới Sáng tạo Nghĩa Đô** kết nối nhà nghiên cứu của Viện Công nghệ thông tin với các "
             "nhóm khởi nghiệp phần mềm và trí tuệ nhân tạo.",
             "Không gian cung cấp chỗ làm việc, tài nguyên tính toán GPU dùng chung và các buổi chia sẻ chuyên môn "
             "hằng tuần."),
        para("**Nghia Do Innovation Space** connects researchers of the Institute of Information Technology with "
             "software and AI startup teams.", "It offers desks, shared GPU computing and weekly technical talks."),
        "city", ["software", "fintech", "govtech"], short_name="Nghĩa Đô Hub",
        parent="vien-cong-nghe-thong-tin-vast", ward="Nghĩa Đô",
        founded_year=2019, technologies=["ai", "cybersecurity"], tags=["Không gian làm việc chung", "GPU", "AI"]),
    hub("vuon-uom-nong-nghiep-gia-lam", "Vườn ươm Doanh nghiệp Nông nghiệp Công nghệ cao Gia Lâm",
        "Gia Lam Agri-Tech Business Incubator",
        para("**Vườn ươm Doanh nghiệp Nông nghiệp Công nghệ cao Gia Lâm** đặt cạnh khu thí nghiệm đồng ruộng của Học "
             "viện Nông nghiệp Việt Nam.",
             "Các dự án được thử nghiệm trên ruộng, chuồng trại mẫu và nhận tư vấn từ giảng viên về giống, dinh dưỡng "
             "cây trồng và thú y."),
        para("**Gia Lam Agri-Tech Business Incubator** sits next to the field research station of the Vietnam "
             "National University of Agriculture.", "Projects are trialled on demonstration fields and barns and "
             "advised by lecturers in plant breeding, crop nutrition and veterinary science."),
        "agri", ["agritech", "environment"], short_name="Gia Lâm AgriHub",
        parent="hoc-vien-nong-nghiep-viet-nam", ward="Gia Lâm",
        founded_year=2017, technologies=["biotech", "ai"], tags=["Nông nghiệp công nghệ cao", "Thử nghiệm đồng ruộng"]),
    hub("trung-tam-khoi-nghiep-giai-phong", "Trung tâm Khởi nghiệp Kinh tế số Giải Phóng",
        "Giai Phong Digital Economy Startup Centre",
        para("**Trung tâm Khởi nghiệp Kinh tế số Giải Phóng** hỗ trợ sinh viên và cựu sinh viên Đại học Kinh tế Quốc "
             "dân "
             "xây dựng mô hình kinh doanh trong tài chính, thương mại điện tử và nhân sự.",
             "Trung tâm tổ chức cuộc thi ý tưởng hằng năm và chương trình cố vấn cùng doanh nhân."),
        para("**Giai Phong Digital Economy Startup Centre** helps students and alumni of National Economics "
             "University build businesses in finance, e-commerce and HR.",
             "It runs a yearly ideas competition and a mentoring programme with entrepreneurs."),
        "city", ["fintech", "ecommerce", "hrtech"], short_name="Giải Phóng Startup",
        parent="dai-hoc-kinh-te-quoc-dan", ward="Bạch Mai",
        founded_year=2018, technologies=["cloud-quantum-data"], tags=["Kinh tế số", "Cuộc thi khởi nghiệp"]),
    hub("trung-tam-uom-tao-cong-nghe-sau-hoa-lac", "Trung tâm Ươm tạo Công nghệ sâu Hòa Lạc", "Hoa Lac Deep Tech Hub",
        para("**Trung tâm Ươm tạo Công nghệ sâu Hòa Lạc** dành cho các dự án bán dẫn, robot và công nghệ vũ trụ cần "
             "phòng thí nghiệm và thời gian phát triển dài.",
             "Doanh nghiệp được thuê phòng sạch mini, thiết bị đo kiểm và hưởng ưu đãi của Khu công nghệ cao Hòa Lạc."),
        para("**Hoa Lac Deep Tech Hub** hosts semiconductor, robotics and space projects that need laboratories and "
             "long development cycles.", "Companies rent a small clean room and test equipment and benefit from "
             "Hoa Lac Hi-Tech Park incentives."),
        "hoa-lac", ["electronics", "manufacturing", "telecom"], short_name="HL DeepTech",
        ward="Hòa Lạc", zone="khu-cong-nghe-cao-hoa-lac",
        founded_year=2020, technologies=["semiconductors", "robotics", "aerospace"],
        tags=["Công nghệ sâu", "Hòa Lạc", "Phòng sạch"]),
    hub("vuon-uom-y-sinh-ton-that-tung", "Vườn ươm Y sinh Tôn Thất Tùng", "Ton That Tung Biomedical Incubator",
        para("**Vườn ươm Y sinh Tôn Thất Tùng** hỗ trợ bác sĩ, dược sĩ và kỹ sư phát triển thiết bị y tế, phần mềm "
             "y tế và sinh phẩm chẩn đoán.",
             "Các nhóm được tư vấn thiết kế thử nghiệm lâm sàng và thủ tục cấp phép lưu hành."),
        para("**Ton That Tung Biomedical Incubator** helps doctors, pharmacists and engineers develop medical "
             "devices, health software and diagnostics.", "Teams get advice on clinical study design and "
             "market authorisation."),
        "city", ["healthtech", "pharma"], short_name="TTT BioHub",
        parent="truong-dai-hoc-y-ha-noi", ward="Kim Liên", founded_year=2019,
        technologies=["biotech", "ai"], tags=["Y sinh", "Thiết bị y tế"]),
    hub("khong-gian-sang-tao-ho-tay", "Không gian Sáng tạo Hồ Tây", "West Lake Creative Space",
        para("**Không gian Sáng tạo Hồ Tây** là không gian làm việc chung và cộng đồng cho các nhà sáng lập trong "
             "lĩnh vực nội dung số, du lịch và thương mại.",
             "Mỗi tháng không gian tổ chức buổi gọi vốn thử và giao lưu giữa nhà sáng lập, nhà thiết kế và lập trình "
             "viên."),
        para("**West Lake Creative Space** is a coworking space and community for founders in digital content, "
             "tourism and commerce.", "Every month it hosts a pitch practice night that brings founders, designers "
             "and developers together."),
        "city", ["media", "tourism", "ecommerce"], short_name="West Lake Space", ward="Tây Hồ", founded_year=2017,
        tags=["Không gian làm việc chung", "Cộng đồng sáng tạo"]),
    hub("trung-tam-uom-tao-vat-lieu-nang-luong-hoa-lac", "Trung tâm Ươm tạo Vật liệu và Năng lượng Hòa Lạc",
        "Hoa Lac Materials and Energy Incubator",
        para("**Trung tâm Ươm tạo Vật liệu và Năng lượng Hòa Lạc** được hình thành từ hợp tác với Viện Khoa học vật "
             "liệu, hỗ trợ các dự án pin, vật liệu nano và công nghệ môi trường.",
             "Doanh nghiệp dùng chung thiết bị phân tích vật liệu và xưởng thử nghiệm quy mô pilot."),
        para("**Hoa Lac Materials and Energy Incubator** grew out of a partnership with the Institute of Materials "
             "Science and supports battery, nanomaterial and environmental technology projects.",
             "Companies share materials-analysis equipment and a pilot-scale workshop."),
        "hoa-lac", ["energy", "environment", "manufacturing"], short_name="HL MatEnergy",
        parent="vien-khoa-hoc-vat-lieu-vast", ward="Hòa Lạc",
        zone="khu-cong-nghe-cao-hoa-lac", founded_year=2021, technologies=["energy-materials"],
        tags=["Vật liệu", "Pin", "Hòa Lạc"]),
    hub("to-hop-khoi-nghiep-long-bien", "Tổ hợp Khởi nghiệp Long Biên", "Long Bien Startup Factory",
        para("**Tổ hợp Khởi nghiệp Long Biên** là không gian dành cho các doanh nghiệp logistics và sản xuất nhỏ ở "
             "phía đông sông Hồng.",
             "Tổ hợp có kho thử nghiệm, xưởng lắp ráp và chương trình kết nối với các nhà máy trong khu công nghiệp."),
        para("**Long Bien Startup Factory** is a space for logistics and small manufacturing startups east of the "
             "Red River.", "It has a test warehouse, an assembly workshop and a programme linking startups with "
             "plants in the industrial parks."),
        "city", ["logistics", "manufacturing", "ecommerce"], short_name="LB Startup Factory",
        ward="Long Biên", founded_year=2020,
        technologies=["robotics"], tags=["Logistics", "Sản xuất"]),
    hub("phong-lab-doi-moi-my-dinh", "Phòng Lab Đổi mới Mỹ Đình", "My Dinh Innovation Lab",
        para("**Phòng Lab Đổi mới Mỹ Đình** ươm tạo các sản phẩm phần mềm cho doanh nghiệp: nhân sự, pháp lý, bất "
             "động sản và dịch vụ công.",
             "Chương trình tập trung vào tìm khách hàng doanh nghiệp đầu tiên và xây dựng quy trình bán hàng."),
        para("**My Dinh Innovation Lab** incubates business software for HR, legal, real estate and public "
             "services.", "Its programme focuses on winning the first enterprise customers and building a sales "
             "process."),
        "city", ["hrtech", "legaltech", "proptech", "govtech"], short_name="Mỹ Đình Lab",
        ward="Từ Liêm", founded_year=2021,
        technologies=["ai", "cloud-quantum-data"], tags=["B2B", "SaaS"]),
    hub("vuon-uom-cong-nghe-ha-dong", "Vườn ươm Công nghệ Hà Đông", "Ha Dong Technology Incubator",
        para("**Vườn ươm Công nghệ Hà Đông** đặt tại cơ sở đào tạo của Học viện Công nghệ Bưu chính Viễn thông, ươm "
             "tạo các dự án viễn thông, IoT và an toàn thông tin.",
             "Các nhóm được thử nghiệm trên mạng thử nghiệm của phòng lab và được giảng viên hướng dẫn."),
        para("**Ha Dong Technology Incubator**, on a campus of the Posts and Telecommunications Institute of "
             "Technology, incubates telecom, IoT and information security projects.",
             "Teams test on the lab's network testbed with guidance from lecturers."),
        "city", ["telecom", "software"], short_name="Hà Đông Tech",
        parent="hoc-vien-cong-nghe-buu-chinh-vien-thong", ward="Hà Đông",
        founded_year=2018, technologies=["mobile-networks", "cybersecurity"], tags=["Viễn thông", "IoT"]),
    hub("chuong-trinh-uom-tao-xanh-tay-son", "Chương trình Ươm tạo Khởi nghiệp Xanh Tây Sơn",
        "Tay Son Green Startup Programme",
        para("**Chương trình Ươm tạo Khởi nghiệp Xanh Tây Sơn** hỗ trợ các giải pháp về nước, môi trường và thích "
             "ứng biến đổi khí hậu, với sự đồng hành của giảng viên Trường Đại học Thủy lợi.",
             "Mỗi năm chương trình chọn khoảng mười dự án và hỗ trợ thử nghiệm tại hiện trường."),
        para("**Tay Son Green Startup Programme** supports water, environment and climate-adaptation solutions, "
             "with lecturers of Thuyloi University as mentors.",
             "Each year it selects about ten projects and supports field trials."),
        "city", ["environment", "agritech", "energy"], short_name="Tây Sơn Green",
        parent="truong-dai-hoc-thuy-loi", ward="Đống Đa",
        founded_year=2022, tags=["Khởi nghiệp xanh", "Biến đổi khí hậu"]),
    hub("trung-tam-uom-tao-cong-nghiep-cau-dien", "Trung tâm Ươm tạo Công nghiệp Cầu Diễn",
        "Cau Dien Industrial Incubator",
        para("**Trung tâm Ươm tạo Công nghiệp Cầu Diễn** giúp các nhóm kỹ thuật của Trường Đại học Công nghiệp Hà Nội "
             "phát triển sản phẩm cơ khí, tự động hóa và dệt may.",
             "Trung tâm có xưởng gia công CNC và phòng thử nghiệm vải."),
        para("**Cau Dien Industrial Incubator** helps engineering teams from Hanoi University of Industry develop "
             "mechanical, automation and textile products.", "It has a CNC workshop and a fabric testing room."),
        "city", ["manufacturing", "textiles"], short_name="Cầu Diễn Incubator",
        parent="truong-dai-hoc-cong-nghiep-ha-noi", ward="Phú Diễn",
        founded_year=2019, technologies=["robotics"], tags=["Cơ khí", "Dệt may"]),
    hub("vuon-uom-cong-nghe-sinh-hoc-hoa-lac", "Vườn ươm Công nghệ Sinh học Hòa Lạc", "Hoa Lac Biotech Incubator",
        para("**Vườn ươm Công nghệ Sinh học Hòa Lạc** do các nhà khoa học của Viện Công nghệ sinh học cố vấn, ươm tạo "
             "dự án dược liệu, sinh phẩm và công nghệ sinh học nông nghiệp.",
             "Doanh nghiệp được thuê phòng thí nghiệm đạt chuẩn an toàn sinh học cấp II."),
        para("**Hoa Lac Biotech Incubator**, advised by scientists of the Institute of Biotechnology, incubates "
             "medicinal-plant, diagnostics and agricultural biotechnology projects.",
             "Companies rent biosafety level 2 laboratories."),
        "hoa-lac", ["pharma", "healthtech", "agritech"], short_name="HL BioIncubator",
        parent="vien-cong-nghe-sinh-hoc-vast", ward="Hòa Lạc",
        zone="khu-cong-nghe-cao-hoa-lac", founded_year=2021, technologies=["biotech"],
        tags=["Công nghệ sinh học", "Hòa Lạc"]),
]
