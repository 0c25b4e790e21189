"""Invented research institutes (sample data) that complete the real academic landscape."""
from .spec import lines, org, para


def lab(slug, name, name_en, vi, en, departments, areas, researchers, founded, techs, sectors, tags, **fields):
    return org("institute", slug, name, name_en, vi, en, sample=True, faculties=lines(*departments),
               research_areas=lines(*areas), researcher_count=researchers, founded_year=founded,
               technologies=techs, sectors=sectors, tags=tags, **fields)


INSTITUTES = [
    lab("vien-tri-tue-nhan-tao-ung-dung-thang-long", "Viện Nghiên cứu Trí tuệ nhân tạo Ứng dụng Thăng Long",
        "Thang Long Institute for Applied Artificial Intelligence",
        para("**Viện Nghiên cứu Trí tuệ nhân tạo Ứng dụng Thăng Long** là viện nghiên cứu ngoài công lập, phát triển "
             "mô hình ngôn ngữ, thị giác máy tính và học máy cho doanh nghiệp Việt Nam.",
             "Viện công bố mã nguồn mở một số bộ dữ liệu tiếng Việt và nhận đặt hàng nghiên cứu từ ngân hàng, bệnh "
             "viện."),
        para("The **Thang Long Institute for Applied Artificial Intelligence** is a non-public institute building "
             "language, vision and machine-learning models for Vietnamese companies.",
             "It releases open Vietnamese datasets and takes commissioned research from banks and hospitals."),
        ["Phòng Xử lý ngôn ngữ tự nhiên", "Phòng Thị giác máy tính", "Phòng Học máy tin cậy"],
        ["Mô hình ngôn ngữ lớn tiếng Việt", "Thị giác máy tính", "Học máy có thể giải thích"], 48, 2018,
        ["ai", "cloud-quantum-data"], ["software", "healthtech", "fintech"], ["AI", "Dữ liệu mở"], short_name="TLAI",
        ward="Yên Hòa"),
    lab("vien-cong-nghe-vi-mach-hoa-lac", "Viện Công nghệ Vi mạch Hòa Lạc", "Hoa Lac Institute of Microelectronics",
        para("**Viện Công nghệ Vi mạch Hòa Lạc** nghiên cứu thiết kế vi mạch tương tự, tín hiệu hỗn hợp và kiến trúc "
             "RISC-V.",
             "Viện vận hành phòng đo kiểm chip và đào tạo kỹ sư thiết kế vi mạch cùng các trường đại học."),
        para("The **Hoa Lac Institute of Microelectronics** researches analogue and mixed-signal chip design and "
             "RISC-V architectures.", "It runs a chip test laboratory and trains IC designers with universities."),
        ["Phòng Thiết kế tương tự và tín hiệu hỗn hợp", "Phòng Kiến trúc vi xử lý", "Phòng Đo kiểm vi mạch"],
        ["Thiết kế vi mạch tương tự", "Kiến trúc RISC-V", "Kiểm thử và đóng gói chip"], 36, 2021,
        ["semiconductors"], ["electronics"], ["Bán dẫn", "RISC-V", "Hòa Lạc"], short_name="HLIM", ward="Hòa Lạc",
        zone="khu-cong-nghe-cao-hoa-lac"),
    lab("vien-robot-va-tu-dong-hoa-bac-bo", "Viện Nghiên cứu Robot và Tự động hóa Bắc Bộ",
        "Northern Institute for Robotics and Automation",
        para("**Viện Nghiên cứu Robot và Tự động hóa Bắc Bộ** phát triển robot công nghiệp, robot tự hành và hệ thống "
             "điều khiển cho nhà máy.",
             "Viện chuyển giao nhiều dây chuyền tự động cho doanh nghiệp cơ khí và điện tử."),
        para("The **Northern Institute for Robotics and Automation** develops industrial robots, mobile robots and "
             "control systems for factories.", "It has transferred automated lines to engineering and electronics "
             "firms."),
        ["Phòng Robot công nghiệp", "Phòng Robot tự hành", "Phòng Điều khiển và cơ điện tử"],
        ["Robot cộng tác", "Điều hướng robot tự hành", "Điều khiển thông minh"], 42, 2012,
        ["robotics", "ai"], ["manufacturing", "logistics"], ["Robot", "Tự động hóa"], short_name="NIRA",
        ward="Hà Đông"),
    lab("vien-cong-nghe-sinh-hoc-nong-nghiep-song-hong", "Viện Công nghệ Sinh học Nông nghiệp Sông Hồng",
        "Red River Institute of Agricultural Biotechnology",
        para("**Viện Công nghệ Sinh học Nông nghiệp Sông Hồng** nghiên cứu giống cây trồng chống chịu, chế phẩm vi "
             "sinh và công nghệ sau thu hoạch cho vùng đồng bằng sông Hồng.",
             "Viện có khu thí nghiệm đồng ruộng và nhà lưới ở ngoại thành Hà Nội."),
        para("The **Red River Institute of Agricultural Biotechnology** researches resilient crop varieties, "
             "microbial products and post-harvest technology for the Red River Delta.",
             "It has trial fields and net houses on the outskirts of Hanoi."),
        ["Phòng Chọn tạo giống", "Phòng Vi sinh vật nông nghiệp", "Phòng Công nghệ sau thu hoạch"],
        ["Chọn tạo giống chống chịu mặn, hạn", "Chế phẩm vi sinh", "Bảo quản sau thu hoạch"], 55, 2009,
        ["biotech"], ["agritech", "environment"], ["Nông nghiệp", "Giống cây trồng"], short_name="RRIAB",
        ward="Gia Lâm"),
    lab("vien-nang-luong-tai-tao-va-luu-tru", "Viện Năng lượng Tái tạo và Lưu trữ",
        "Institute for Renewable Energy and Storage",
        para("**Viện Năng lượng Tái tạo và Lưu trữ** nghiên cứu pin lithium-ion, pin natri-ion, hệ thống lưu trữ và "
             "tích hợp năng lượng tái tạo vào lưới điện.",
             "Viện có dây chuyền chế tạo pin quy mô phòng thí nghiệm tại Hòa Lạc."),
        para("The **Institute for Renewable Energy and Storage** researches lithium-ion and sodium-ion batteries, "
             "storage systems and grid integration of renewables.",
             "It runs a laboratory-scale battery line in Hoa Lac."),
        ["Phòng Vật liệu điện cực", "Phòng Hệ thống lưu trữ", "Phòng Lưới điện thông minh"],
        ["Vật liệu pin thế hệ mới", "Hệ thống lưu trữ năng lượng", "Tích hợp năng lượng tái tạo"], 31, 2019,
        ["energy-materials"], ["energy", "environment"], ["Pin", "Năng lượng tái tạo", "Hòa Lạc"], short_name="IRES",
        ward="Hòa Lạc",
        zone="khu-cong-nghe-cao-hoa-lac"),
    lab("vien-an-ninh-mang-va-mat-ma-ung-dung", "Viện Nghiên cứu An ninh mạng và Mật mã Ứng dụng",
        "Institute for Cybersecurity and Applied Cryptography",
        para("**Viện Nghiên cứu An ninh mạng và Mật mã Ứng dụng** nghiên cứu phát hiện xâm nhập, phân tích mã độc và "
             "mật mã hậu lượng tử.", "Viện tổ chức các cuộc thi an toàn thông tin cho sinh viên."),
        para("The **Institute for Cybersecurity and Applied Cryptography** researches intrusion detection, malware "
             "analysis and post-quantum cryptography.", "It organises information security contests for students."),
        ["Phòng Phân tích mã độc", "Phòng Mật mã", "Phòng An ninh hệ thống"],
        ["Phát hiện xâm nhập bằng học máy", "Phân tích mã độc", "Mật mã hậu lượng tử"], 27, 2016,
        ["cybersecurity", "cloud-quantum-data"], ["software", "fintech"], ["An ninh mạng", "Mật mã"],
        short_name="ICAC", ward="Nghĩa Đô"),
    lab("vien-du-lieu-va-chinh-sach-do-thi", "Viện Nghiên cứu Dữ liệu và Chính sách Đô thị",
        "Institute for Urban Data and Policy",
        para("**Viện Nghiên cứu Dữ liệu và Chính sách Đô thị** phân tích dữ liệu giao thông, môi trường và dân cư để "
             "hỗ trợ quy hoạch đô thị thông minh.",
             "Viện hợp tác với chính quyền các phường, xã trong các dự án thí điểm."),
        para("The **Institute for Urban Data and Policy** analyses transport, environmental and population data to "
             "support smart-city planning.", "It works with ward and commune authorities on pilot projects."),
        ["Phòng Dữ liệu đô thị", "Phòng Giao thông", "Phòng Chính sách công"],
        ["Mô hình hóa giao thông", "Dữ liệu mở và chính phủ số", "Chất lượng không khí đô thị"], 22, 2017,
        ["cloud-quantum-data", "ai"], ["govtech", "logistics", "environment"], ["Đô thị thông minh", "Dữ liệu"],
        short_name="IUDP", ward="Ba Đình"),
    lab("vien-y-sinh-hoc-phan-tu-ha-noi", "Viện Y sinh học Phân tử Hà Nội", "Hanoi Institute of Molecular Biomedicine",
        para("**Viện Y sinh học Phân tử Hà Nội** nghiên cứu chẩn đoán phân tử, di truyền y học và sinh phẩm.",
             "Viện hợp tác với các bệnh viện trong nghiên cứu ung thư và bệnh di truyền ở người Việt."),
        para("The **Hanoi Institute of Molecular Biomedicine** researches molecular diagnostics, medical genetics "
             "and biologics.", "It collaborates with hospitals on cancer and inherited-disease research in "
             "Vietnamese patients."),
        ["Phòng Chẩn đoán phân tử", "Phòng Di truyền y học", "Phòng Tin sinh học"],
        ["Chẩn đoán phân tử", "Di truyền ung thư", "Tin sinh học"], 39, 2014,
        ["biotech", "ai"], ["healthtech", "pharma"], ["Y sinh", "Gen"], short_name="HIMB", ward="Kim Liên"),
    lab("vien-cong-nghe-moi-truong-va-kinh-te-tuan-hoan", "Viện Công nghệ Môi trường và Kinh tế Tuần hoàn",
        "Institute of Environmental Technology and Circular Economy",
        para("**Viện Công nghệ Môi trường và Kinh tế Tuần hoàn** nghiên cứu xử lý nước thải, tái chế chất thải rắn và "
             "kiểm kê phát thải khí nhà kính.", "Viện tư vấn cho doanh nghiệp sản xuất về mô hình kinh tế tuần hoàn."),
        para("The **Institute of Environmental Technology and Circular Economy** researches wastewater treatment, "
             "solid-waste recycling and greenhouse-gas inventories.", "It advises manufacturers on circular "
             "business models."),
        ["Phòng Xử lý nước", "Phòng Chất thải rắn", "Phòng Khí hậu và phát thải"],
        ["Xử lý nước thải sinh học", "Tái chế chất thải", "Kiểm kê khí nhà kính"], 29, 2015,
        ["biotech", "energy-materials"], ["environment", "energy"], ["Môi trường", "Kinh tế tuần hoàn"],
        short_name="IETCE", ward="Thanh Xuân"),
    lab("vien-khoa-hoc-du-lieu-tai-chinh", "Viện Khoa học Dữ liệu Tài chính", "Institute of Financial Data Science",
        para("**Viện Khoa học Dữ liệu Tài chính** nghiên cứu mô hình rủi ro, phát hiện gian lận và ứng dụng sổ cái "
             "phân tán trong tài chính.", "Viện đào tạo ngắn hạn về khoa học dữ liệu cho cán bộ ngân hàng."),
        para("The **Institute of Financial Data Science** researches risk models, fraud detection and distributed "
             "ledgers in finance.", "It offers short data-science courses for bank staff."),
        ["Phòng Mô hình rủi ro", "Phòng Chống gian lận", "Phòng Công nghệ sổ cái"],
        ["Mô hình rủi ro tín dụng", "Phát hiện gian lận", "Blockchain trong tài chính"], 18, 2020,
        ["ai", "blockchain", "cloud-quantum-data"], ["fintech"], ["Fintech", "Dữ liệu"], short_name="IFDS",
        ward="Cầu Giấy"),
    lab("vien-cong-nghe-vu-tru-ung-dung-tan-vien", "Viện Công nghệ Vũ trụ Ứng dụng Tản Viên",
        "Tan Vien Institute of Applied Space Technology",
        para("**Viện Công nghệ Vũ trụ Ứng dụng Tản Viên** nghiên cứu xử lý ảnh viễn thám, thiết bị bay không người "
             "lái và phân hệ vệ tinh nhỏ.",
             "Viện cung cấp dữ liệu giám sát lúa, rừng và thiên tai cho các địa phương."),
        para("The **Tan Vien Institute of Applied Space Technology** researches remote-sensing image processing, "
             "unmanned aerial vehicles and small-satellite subsystems.",
             "It provides rice, forest and disaster monitoring data to provinces."),
        ["Phòng Viễn thám", "Phòng Thiết bị bay", "Phòng Phân hệ vệ tinh"],
        ["Xử lý ảnh viễn thám", "Thiết bị bay không người lái", "Phân hệ vệ tinh nhỏ"], 24, 2018,
        ["aerospace", "ai"], ["agritech", "environment"], ["Viễn thám", "Hòa Lạc"], short_name="TIAST", ward="Hòa Lạc",
        zone="khu-cong-nghe-cao-hoa-lac"),
]
