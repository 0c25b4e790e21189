"""Real universities and research institutes in Hanoi, with general public facts only.

Faculties are listed only where they are well known; research areas are broad fields, one per line.
Parents (VNU, VAST, ministries, FPT, CMC) are created before these records."""
from .spec import lines, org, para

UNIVERSITIES = [
    org("university", "dai-hoc-quoc-gia-ha-noi", "Đại học Quốc gia Hà Nội", "Vietnam National University, Hanoi",
        para("**Đại học Quốc gia Hà Nội (ĐHQGHN)** là trung tâm đào tạo đại học, sau đại học và nghiên cứu khoa "
             "học đa ngành, được tổ chức lại năm 1993 trên cơ sở hợp nhất một số trường đại học lớn tại Hà Nội.",
             "ĐHQGHN gồm nhiều trường đại học, viện nghiên cứu và khoa trực thuộc; trụ sở chính ở Cầu Giấy và "
             "khu đô thị đại học đang được xây dựng tại Hòa Lạc."),
        para("**Vietnam National University, Hanoi (VNU)** is a multidisciplinary centre of undergraduate and "
             "graduate education and research, reorganised in 1993 by merging several major Hanoi universities.",
             "It comprises member universities, research institutes and schools, with its headquarters in Cau Giay "
             "and a university town under construction at Hoa Lac."),
        short_name="ĐHQGHN", website="https://vnu.edu.vn", address="144 Xuân Thủy, Cầu Giấy, Hà Nội",
        ward="Cầu Giấy", founded_year=1993,
        faculties=lines("Trường Đại học Khoa học Tự nhiên", "Trường Đại học Khoa học Xã hội và Nhân văn",
                        "Trường Đại học Ngoại ngữ", "Trường Đại học Công nghệ", "Trường Đại học Kinh tế",
                        "Trường Đại học Giáo dục", "Trường Đại học Việt Nhật", "Trường Đại học Y Dược",
                        "Trường Đại học Luật"),
        research_areas=lines("Khoa học cơ bản: toán, vật lý, hóa học, sinh học",
                             "Công nghệ thông tin và trí tuệ nhân tạo", "Công nghệ nano và vật liệu mới",
                             "Khoa học môi trường và biến đổi khí hậu", "Kinh tế và chính sách công",
                             "Khoa học xã hội và nhân văn"),
        technologies=["ai", "energy-materials", "biotech", "semiconductors"], sectors=["edtech", "software"],
        tags=["Đại học nghiên cứu", "Cầu Giấy", "Hòa Lạc"]),
    org("university", "truong-dai-hoc-cong-nghe-dhqghn", "Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội",
        "VNU University of Engineering and Technology",
        para("**Trường Đại học Công nghệ (UET)** là trường thành viên của ĐHQGHN, thành lập năm 2004, đào tạo và "
             "nghiên cứu về công nghệ thông tin, điện tử - viễn thông, vật lý kỹ thuật, cơ kỹ thuật và tự động hóa.",
             "Trường có nhiều nhóm nghiên cứu về trí tuệ nhân tạo, hệ thống nhúng, thiết kế vi mạch và công nghệ "
             "hàng không vũ trụ."),
        para("The **VNU University of Engineering and Technology (UET)**, a member of VNU founded in 2004, teaches "
             "and researches information technology, electronics and telecommunications, engineering physics, "
             "engineering mechanics and automation.", "It hosts research groups in artificial intelligence, "
             "embedded systems, chip design and aerospace technology."),
        short_name="UET", website="https://uet.vnu.edu.vn", address="144 Xuân Thủy, Cầu Giấy, Hà Nội",
        ward="Cầu Giấy", parent="dai-hoc-quoc-gia-ha-noi", founded_year=2004,
        faculties=lines("Khoa Công nghệ thông tin", "Khoa Điện tử - Viễn thông",
                        "Khoa Vật lý kỹ thuật và Công nghệ nano", "Khoa Cơ học kỹ thuật và Tự động hóa",
                        "Khoa Công nghệ nông nghiệp", "Khoa Công nghệ xây dựng - Giao thông",
                        "Viện Công nghệ Hàng không Vũ trụ"),
        research_areas=lines("Trí tuệ nhân tạo và khoa học dữ liệu", "Xử lý ngôn ngữ tự nhiên",
                             "Thiết kế vi mạch và hệ thống nhúng", "Truyền thông vô tuyến và mạng di động",
                             "Robot và tự động hóa", "Vật liệu và linh kiện nano", "Công nghệ vệ tinh nhỏ"),
        technologies=["ai", "semiconductors", "mobile-networks", "robotics", "aerospace"],
        sectors=["software", "electronics", "telecom"], tags=["UET", "Cầu Giấy", "Trí tuệ nhân tạo"]),
    org("university", "truong-dai-hoc-khoa-hoc-tu-nhien-dhqghn",
        "Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Hà Nội",
        "VNU University of Science",
        para("**Trường Đại học Khoa học Tự nhiên (HUS)** là trường thành viên của ĐHQGHN, thành lập năm 1995, "
             "đào tạo và nghiên cứu các ngành khoa học cơ bản và khoa học ứng dụng.",
             "Trường mạnh về toán học, vật lý, hóa học, sinh học, môi trường và khoa học Trái đất."),
        para("The **VNU University of Science (HUS)**, a member of VNU founded in 1995, teaches and researches the "
             "basic and applied sciences.", "Its strengths are mathematics, physics, chemistry, biology, "
             "environmental science and the Earth sciences."),
        short_name="HUS", website="https://hus.vnu.edu.vn", address="334 Nguyễn Trãi, Thanh Xuân, Hà Nội",
        parent="dai-hoc-quoc-gia-ha-noi", founded_year=1995,
        faculties=lines("Khoa Toán - Cơ - Tin học", "Khoa Vật lý", "Khoa Hóa học", "Khoa Sinh học",
                        "Khoa Địa lý", "Khoa Địa chất", "Khoa Môi trường", "Khoa Khí tượng Thủy văn và Hải dương học"),
        research_areas=lines("Toán học và khoa học máy tính", "Vật lý chất rắn và vật liệu", "Hóa học và hóa dược",
                             "Công nghệ sinh học và vi sinh vật", "Khoa học môi trường",
                             "Khí tượng, thủy văn và hải dương học"),
        technologies=["biotech", "energy-materials", "cloud-quantum-data"], sectors=["environment", "pharma"],
        tags=["HUS", "Khoa học cơ bản"]),
    org("university", "truong-dai-hoc-kinh-te-dhqghn", "Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội",
        "VNU University of Economics and Business",
        para("**Trường Đại học Kinh tế (UEB)** là trường thành viên của ĐHQGHN, đào tạo và nghiên cứu về kinh tế, "
             "quản trị kinh doanh, tài chính - ngân hàng và kế toán.",
             "Trường có các chương trình nghiên cứu về kinh tế số và chính sách đổi mới sáng tạo."),
        para("The **VNU University of Economics and Business (UEB)**, a member of VNU, teaches and researches "
             "economics, business administration, finance and banking, and accounting.",
             "It runs research programmes on the digital economy and innovation policy."),
        short_name="UEB", website="https://ueb.vnu.edu.vn", address="144 Xuân Thủy, Cầu Giấy, Hà Nội",
        ward="Cầu Giấy", parent="dai-hoc-quoc-gia-ha-noi",
        research_areas=lines("Kinh tế số", "Tài chính - ngân hàng và công nghệ tài chính",
                             "Chính sách khoa học, công nghệ và đổi mới sáng tạo", "Quản trị doanh nghiệp"),
        sectors=["fintech", "edtech"], tags=["UEB", "Kinh tế số"]),
    org("university", "dai-hoc-bach-khoa-ha-noi", "Đại học Bách khoa Hà Nội",
        "Hanoi University of Science and Technology",
        para("**Đại học Bách khoa Hà Nội (HUST)**, thành lập năm 1956, là trường đại học kỹ thuật đa ngành hàng "
             "đầu của Việt Nam.",
             "Các trường và khoa trực thuộc đào tạo, nghiên cứu về công nghệ thông tin, điện - điện tử, cơ khí, "
             "hóa học, vật liệu, sinh học và kinh tế.",
             "HUST có quan hệ hợp tác rộng với doanh nghiệp trong các lĩnh vực vi mạch bán dẫn, tự động hóa và "
             "năng lượng."),
        para("**Hanoi University of Science and Technology (HUST)**, founded in 1956, is one of Vietnam's leading "
             "multidisciplinary engineering universities.",
             "Its schools and faculties cover information technology, electrical and electronic engineering, "
             "mechanical engineering, chemistry, materials, life sciences and economics.",
             "It works closely with industry in semiconductors, automation and energy."),
        short_name="HUST", website="https://hust.edu.vn", address="Số 1 Đại Cồ Việt, Hai Bà Trưng, Hà Nội",
        parent="bo-giao-duc-va-dao-tao", founded_year=1956,
        faculties=lines("Trường Công nghệ Thông tin và Truyền thông", "Trường Điện - Điện tử", "Trường Cơ khí",
                        "Trường Hóa và Khoa học sự sống", "Trường Vật liệu", "Trường Kinh tế", "Khoa Toán - Tin",
                        "Khoa Vật lý kỹ thuật"),
        research_areas=lines("Trí tuệ nhân tạo và khoa học dữ liệu", "Vi mạch bán dẫn và thiết kế IC",
                             "Robot và tự động hóa công nghiệp", "Năng lượng tái tạo và lưới điện thông minh",
                             "Vật liệu tiên tiến", "Công nghệ sinh học và công nghệ thực phẩm", "An toàn thông tin"),
        technologies=["ai", "semiconductors", "robotics", "energy-materials", "cybersecurity"],
        sectors=["manufacturing", "electronics", "energy", "software"], tags=["HUST", "Bách khoa", "Kỹ thuật"]),
    org("university", "hoc-vien-cong-nghe-buu-chinh-vien-thong", "Học viện Công nghệ Bưu chính Viễn thông",
        "Posts and Telecommunications Institute of Technology",
        para("**Học viện Công nghệ Bưu chính Viễn thông (PTIT)**, thành lập năm 1997, đào tạo và nghiên cứu về "
             "viễn thông, điện tử, công nghệ thông tin, an toàn thông tin và đa phương tiện.",
             "Học viện có cơ sở đào tạo tại Hà Nội và Thành phố Hồ Chí Minh."),
        para("The **Posts and Telecommunications Institute of Technology (PTIT)**, founded in 1997, teaches and "
             "researches telecommunications, electronics, information technology, information security and "
             "multimedia.", "It has campuses in Hanoi and Ho Chi Minh City."),
        short_name="PTIT", website="https://ptit.edu.vn", address="122 Hoàng Quốc Việt, Cầu Giấy, Hà Nội",
        founded_year=1997,
        faculties=lines("Khoa Viễn thông 1", "Khoa Kỹ thuật Điện tử 1", "Khoa Công nghệ thông tin 1",
                        "Khoa An toàn thông tin", "Khoa Đa phương tiện", "Khoa Quản trị kinh doanh 1",
                        "Khoa Tài chính - Kế toán 1"),
        research_areas=lines("Mạng di động 5G/6G", "An toàn thông tin", "Internet vạn vật",
                             "Trí tuệ nhân tạo ứng dụng", "Công nghệ đa phương tiện"),
        technologies=["mobile-networks", "cybersecurity", "ai"], sectors=["telecom", "software", "media"],
        tags=["PTIT", "Viễn thông", "An toàn thông tin"]),
    org("university", "dai-hoc-kinh-te-quoc-dan", "Đại học Kinh tế Quốc dân", "National Economics University",
        para("**Đại học Kinh tế Quốc dân (NEU)**, thành lập năm 1956, là trường đại học hàng đầu về kinh tế, quản "
             "lý và quản trị kinh doanh.", "Trường có thế mạnh nghiên cứu chính sách kinh tế vĩ mô, tài chính và "
             "khởi nghiệp."),
        para("**National Economics University (NEU)**, founded in 1956, is a leading university for economics, "
             "management and business administration.", "It is known for research on macroeconomic policy, "
             "finance and entrepreneurship."),
        short_name="NEU", website="https://neu.edu.vn", address="207 Giải Phóng, Hà Nội",
        parent="bo-giao-duc-va-dao-tao", founded_year=1956,
        research_areas=lines("Chính sách kinh tế", "Tài chính - ngân hàng", "Khởi nghiệp và quản trị doanh nghiệp",
                             "Thống kê và khoa học dữ liệu kinh tế"),
        technologies=["cloud-quantum-data"], sectors=["fintech", "edtech"], tags=["NEU", "Kinh tế"]),
    org("university", "truong-dai-hoc-y-ha-noi", "Trường Đại học Y Hà Nội", "Hanoi Medical University",
        para("**Trường Đại học Y Hà Nội (HMU)**, thành lập năm 1902, là trường đào tạo y khoa lâu đời nhất Việt Nam.",
             "Trường đào tạo bác sĩ, điều dưỡng, y tế công cộng và nghiên cứu y sinh học."),
        para("**Hanoi Medical University (HMU)**, founded in 1902, is the oldest medical school in Vietnam.",
             "It trains doctors, nurses and public-health professionals and carries out biomedical research."),
        short_name="HMU", website="https://hmu.edu.vn", address="1 Tôn Thất Tùng, Đống Đa, Hà Nội", founded_year=1902,
        research_areas=lines("Y học lâm sàng", "Y tế công cộng và dịch tễ học", "Di truyền y học",
                             "Y sinh học phân tử"),
        technologies=["biotech", "ai"], sectors=["healthtech", "pharma"], tags=["HMU", "Y khoa"]),
    org("university", "hoc-vien-nong-nghiep-viet-nam", "Học viện Nông nghiệp Việt Nam",
        "Vietnam National University of Agriculture",
        para("**Học viện Nông nghiệp Việt Nam (VNUA)**, thành lập năm 1956, có khuôn viên rộng tại Gia Lâm.",
             "Học viện đào tạo và nghiên cứu về trồng trọt, chăn nuôi, thú y, công nghệ sinh học, công nghệ thực "
             "phẩm và quản lý tài nguyên đất."),
        para("The **Vietnam National University of Agriculture (VNUA)**, founded in 1956, has a large campus in "
             "Gia Lam.", "It teaches and researches crop and animal science, veterinary medicine, biotechnology, "
             "food technology and land management."),
        short_name="VNUA", website="https://vnua.edu.vn", address="Gia Lâm, Hà Nội", founded_year=1956,
        research_areas=lines("Chọn tạo giống cây trồng", "Chăn nuôi và thú y", "Công nghệ sinh học nông nghiệp",
                             "Công nghệ thực phẩm", "Quản lý đất đai và môi trường"),
        technologies=["biotech"], sectors=["agritech", "environment"], tags=["VNUA", "Nông nghiệp"]),
    org("university", "truong-dai-hoc-ngoai-thuong", "Trường Đại học Ngoại thương", "Foreign Trade University",
        para("**Trường Đại học Ngoại thương (FTU)**, thành lập năm 1960, đào tạo về kinh tế đối ngoại, thương mại "
             "quốc tế, tài chính và quản trị kinh doanh.",
             "Nhiều cựu sinh viên của trường làm việc trong các lĩnh vực xuất nhập khẩu, tài chính và ngân hàng."),
        para("**Foreign Trade University (FTU)**, founded in 1960, teaches international economics, international "
             "trade, finance and business administration.",
             "Many of its graduates work in import-export, finance and banking."),
        short_name="FTU", website="https://ftu.edu.vn", address="91 Chùa Láng, Đống Đa, Hà Nội",
        parent="bo-giao-duc-va-dao-tao", founded_year=1960,
        research_areas=lines("Thương mại quốc tế", "Tài chính quốc tế", "Logistics và chuỗi cung ứng"),
        sectors=["logistics", "fintech", "ecommerce"], tags=["FTU", "Thương mại quốc tế"]),
    org("university", "truong-dai-hoc-cong-nghiep-ha-noi", "Trường Đại học Công nghiệp Hà Nội",
        "Hanoi University of Industry",
        para("**Trường Đại học Công nghiệp Hà Nội (HaUI)** trực thuộc Bộ Công Thương, đào tạo kỹ sư và kỹ thuật "
             "viên theo định hướng ứng dụng.", "Trường có thế mạnh về cơ khí, điện - điện tử, tự động hóa, công "
             "nghệ thông tin và công nghệ may."),
        para("**Hanoi University of Industry (HaUI)**, under the Ministry of Industry and Trade, trains engineers "
             "and technicians with an applied focus.", "Its strengths are mechanical, electrical and electronic "
             "engineering, automation, information technology and garment technology."),
        short_name="HaUI", website="https://haui.edu.vn", address="298 Cầu Diễn, Bắc Từ Liêm, Hà Nội",
        parent="bo-cong-thuong",
        research_areas=lines("Cơ khí chế tạo", "Tự động hóa và robot công nghiệp", "Điện - điện tử",
                             "Công nghệ may và thời trang"),
        technologies=["robotics"], sectors=["manufacturing", "textiles", "electronics"], tags=["HaUI", "Cơ khí"]),
    org("university", "truong-dai-hoc-thuy-loi", "Trường Đại học Thủy lợi", "Thuyloi University",
        para("**Trường Đại học Thủy lợi (TLU)** đào tạo và nghiên cứu về thủy lợi, tài nguyên nước, xây dựng công "
             "trình và môi trường.", "Các nhóm nghiên cứu của trường tham gia nhiều dự án về phòng chống thiên tai "
             "và thích ứng biến đổi khí hậu."),
        para("**Thuyloi University (TLU)** teaches and researches water resources engineering, hydraulic "
             "structures, construction and the environment.", "Its research groups work on disaster risk "
             "reduction and climate change adaptation."),
        short_name="TLU", website="https://tlu.edu.vn", address="175 Tây Sơn, Đống Đa, Hà Nội",
        research_areas=lines("Tài nguyên nước và thủy lợi", "Phòng chống thiên tai", "Thích ứng biến đổi khí hậu",
                             "Kỹ thuật môi trường"),
        sectors=["environment", "agritech"], tags=["TLU", "Tài nguyên nước"]),
    org("university", "dai-hoc-xay-dung-ha-noi", "Đại học Xây dựng Hà Nội", "Hanoi University of Civil Engineering",
        para("**Đại học Xây dựng Hà Nội (HUCE)**, thành lập năm 1966, đào tạo kỹ sư và kiến trúc sư trong lĩnh vực "
             "xây dựng, quy hoạch và hạ tầng đô thị.",
             "Trường có các nhóm nghiên cứu về kết cấu, vật liệu xây dựng và quy hoạch đô thị."),
        para("**Hanoi University of Civil Engineering (HUCE)**, founded in 1966, trains engineers and architects "
             "in construction, planning and urban infrastructure.",
             "It has research groups on structures, building materials and urban planning."),
        short_name="HUCE", website="https://huce.edu.vn", address="55 Giải Phóng, Hai Bà Trưng, Hà Nội",
        parent="bo-giao-duc-va-dao-tao", founded_year=1966,
        research_areas=lines("Kết cấu và vật liệu xây dựng", "Quy hoạch và hạ tầng đô thị",
                             "Mô hình thông tin công trình (BIM)", "Kỹ thuật môi trường"),
        technologies=["energy-materials"], sectors=["proptech", "environment"], tags=["HUCE", "Xây dựng"]),
    org("university", "truong-dai-hoc-giao-thong-van-tai", "Trường Đại học Giao thông vận tải",
        "University of Transport and Communications",
        para("**Trường Đại học Giao thông vận tải (UTC)** đào tạo và nghiên cứu về cầu đường, đường sắt, cơ khí "
             "giao thông, vận tải và logistics.",
             "Các nhóm nghiên cứu của trường tham gia nhiều dự án hạ tầng giao thông."),
        para("The **University of Transport and Communications (UTC)** teaches and researches bridges and roads, "
             "railways, transport engineering, transport operations and logistics.",
             "Its research groups take part in many transport infrastructure projects."),
        short_name="UTC", website="https://utc.edu.vn", address="3 Cầu Giấy, Đống Đa, Hà Nội",
        parent="bo-giao-duc-va-dao-tao",
        research_areas=lines("Công trình cầu đường", "Đường sắt đô thị", "Giao thông thông minh",
                             "Vận tải và logistics"),
        technologies=["ai"], sectors=["logistics", "govtech"], tags=["UTC", "Giao thông"]),
    org("university", "truong-dai-hoc-duoc-ha-noi", "Trường Đại học Dược Hà Nội", "Hanoi University of Pharmacy",
        para("**Trường Đại học Dược Hà Nội (HUP)** đào tạo dược sĩ và nghiên cứu về bào chế, dược liệu, hóa dược và "
             "kiểm nghiệm thuốc.", "Trường phối hợp với các doanh nghiệp dược trong nghiên cứu và đào tạo."),
        para("**Hanoi University of Pharmacy (HUP)** trains pharmacists and researches drug formulation, medicinal "
             "plants, pharmaceutical chemistry and drug quality control.",
             "It works with pharmaceutical companies on research and training."),
        short_name="HUP", website="https://hup.edu.vn", address="13-15 Lê Thánh Tông, Hoàn Kiếm, Hà Nội",
        research_areas=lines("Bào chế và công nghệ dược phẩm", "Dược liệu và dược học cổ truyền", "Hóa dược",
                             "Kiểm nghiệm thuốc"),
        technologies=["biotech"], sectors=["pharma", "healthtech"], tags=["HUP", "Dược"]),
    org("university", "truong-dai-hoc-phenikaa", "Trường Đại học Phenikaa", "Phenikaa University",
        para("**Trường Đại học Phenikaa** là trường đại học tư thục ở Hà Đông, gắn với Tập đoàn Phenikaa.",
             "Trường đầu tư vào nghiên cứu vật liệu, trí tuệ nhân tạo và khoa học sức khỏe."),
        para("**Phenikaa University** is a private university in Ha Dong, linked to the Phenikaa Group.",
             "It invests in research on materials, artificial intelligence and health sciences."),
        short_name="Phenikaa", website="https://phenikaa-uni.edu.vn", address="Hà Đông, Hà Nội",
        research_areas=lines("Vật liệu tiên tiến", "Trí tuệ nhân tạo và robot", "Khoa học sức khỏe"),
        technologies=["energy-materials", "ai"], sectors=["healthtech", "manufacturing"], tags=["Phenikaa"]),
]

# Universities founded by companies: created after FPT and CMC.
CORPORATE_UNIVERSITIES = [
    org("university", "truong-dai-hoc-fpt", "Trường Đại học FPT", "FPT University",
        para("**Trường Đại học FPT** do Tập đoàn FPT thành lập năm 2006; khuôn viên chính ở Hà Nội nằm trong "
             "Khu công nghệ cao Hòa Lạc.", "Trường đào tạo theo định hướng công nghệ và ngoại ngữ, gắn chặt với "
             "nhu cầu của doanh nghiệp."),
        para("**FPT University** was founded by FPT Corporation in 2006; its main Hanoi campus is in Hoa Lac "
             "Hi-Tech Park.", "It teaches technology and languages with strong links to industry."),
        short_name="FPTU", website="https://daihoc.fpt.edu.vn", ward="Hòa Lạc", zone="khu-cong-nghe-cao-hoa-lac",
        parent="cong-ty-co-phan-fpt", founded_year=2006,
        faculties=lines("Kỹ thuật phần mềm", "Trí tuệ nhân tạo", "An toàn thông tin", "Thiết kế vi mạch bán dẫn",
                        "Thiết kế mỹ thuật số", "Quản trị kinh doanh", "Ngôn ngữ"),
        research_areas=lines("Kỹ thuật phần mềm", "Trí tuệ nhân tạo ứng dụng", "Thiết kế vi mạch"),
        technologies=["ai", "semiconductors"], sectors=["edtech", "software"], tags=["FPTU", "Hòa Lạc"]),
    org("university", "truong-dai-hoc-cmc", "Trường Đại học CMC", "CMC University",
        para("**Trường Đại học CMC** là trường đại học thuộc Tập đoàn Công nghệ CMC, đào tạo về công nghệ thông "
             "tin, chuyển đổi số và kinh doanh.",
             "Trường định hướng đào tạo gắn với nhu cầu nhân lực công nghệ của doanh nghiệp."),
        para("**CMC University** belongs to CMC Corporation and teaches information technology, digital "
             "transformation and business.",
             "Its programmes are designed around the technology skills companies need."),
        short_name="CMC Uni", parent="tap-doan-cong-nghe-cmc",
        research_areas=lines("Công nghệ thông tin", "Chuyển đổi số doanh nghiệp"),
        technologies=["ai", "cloud-quantum-data"], sectors=["edtech", "software"], tags=["CMC"]),
]

_VAST_UNITS = [
    ("vien-cong-nghe-thong-tin-vast", "Viện Công nghệ thông tin", "Institute of Information Technology", "IOIT",
     "nghiên cứu về trí tuệ nhân tạo, xử lý ảnh, tự động hóa và mạng máy tính",
     "researches artificial intelligence, image processing, automation and computer networks",
     ("Trí tuệ nhân tạo", "Xử lý ảnh và thị giác máy tính", "Tự động hóa và điều khiển", "Mạng và an toàn thông tin"),
     ["ai", "robotics", "cybersecurity"], ["software"]),
    ("vien-vat-ly-vast", "Viện Vật lý", "Institute of Physics", "IOP",
     "nghiên cứu vật lý lý thuyết, quang học, quang tử và vật lý chất rắn",
     "researches theoretical physics, optics, photonics and solid-state physics",
     ("Vật lý lý thuyết", "Quang học và quang tử", "Vật lý chất rắn"),
     ["energy-materials", "cloud-quantum-data"], ["electronics"]),
    ("vien-toan-hoc-vast", "Viện Toán học", "Institute of Mathematics", "VIM",
     "nghiên cứu toán học cơ bản và toán học ứng dụng",
     "researches pure and applied mathematics",
     ("Đại số và hình học", "Giải tích", "Tối ưu và điều khiển", "Xác suất thống kê"),
     ["cloud-quantum-data", "ai"], ["software"]),
    ("vien-cong-nghe-sinh-hoc-vast", "Viện Công nghệ sinh học", "Institute of Biotechnology", "IBT",
     "nghiên cứu công nghệ gen, vi sinh vật, protein tái tổ hợp và công nghệ sinh học thực vật",
     "researches gene technology, microbiology, recombinant proteins and plant biotechnology",
     ("Công nghệ gen", "Vi sinh vật ứng dụng", "Protein tái tổ hợp", "Công nghệ sinh học thực vật"),
     ["biotech"], ["pharma", "agritech", "healthtech"]),
    ("vien-khoa-hoc-vat-lieu-vast", "Viện Khoa học vật liệu", "Institute of Materials Science", "IMS",
     "nghiên cứu vật liệu nano, vật liệu quang điện tử, vật liệu từ và vật liệu cho lưu trữ năng lượng",
     "researches nanomaterials, optoelectronic and magnetic materials and materials for energy storage",
     ("Vật liệu nano", "Vật liệu quang điện tử", "Vật liệu từ", "Vật liệu cho pin và lưu trữ năng lượng"),
     ["energy-materials", "semiconductors"], ["electronics", "energy"]),
    ("vien-hoa-hoc-vast", "Viện Hóa học", "Institute of Chemistry", "ICH",
     "nghiên cứu hóa học hữu cơ, hợp chất thiên nhiên và hóa dược",
     "researches organic chemistry, natural products and medicinal chemistry",
     ("Hóa học hữu cơ", "Hợp chất thiên nhiên", "Hóa dược"), ["biotech", "energy-materials"], ["pharma"]),
]


def _vast_unit(slug, vi, en, short, focus_vi, focus_en, areas, techs, sectors):
    return org("institute", slug, f"{vi}, Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
               f"{en}, Vietnam Academy of Science and Technology",
               para(f"**{vi}** là đơn vị nghiên cứu của Viện Hàn lâm Khoa học và Công nghệ Việt Nam, {focus_vi}.",
                    "Viện đào tạo sau đại học và hợp tác nghiên cứu với các trường đại học và doanh nghiệp."),
               para(f"The **{en}** is a research unit of the Vietnam Academy of Science and Technology that "
                    f"{focus_en}.", "It trains graduate students and collaborates with universities and companies."),
               short_name=short, parent="vien-han-lam-khoa-hoc-va-cong-nghe-viet-nam", research_areas=lines(*areas),
               technologies=techs, sectors=sectors, tags=["VAST", short])


INSTITUTES = [
    org("institute", "vien-han-lam-khoa-hoc-va-cong-nghe-viet-nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
        "Vietnam Academy of Science and Technology",
        para("**Viện Hàn lâm Khoa học và Công nghệ Việt Nam (VAST)** là cơ quan thuộc Chính phủ, nghiên cứu cơ bản "
             "về khoa học tự nhiên và phát triển công nghệ, tiền thân là Viện Khoa học Việt Nam thành lập năm 1975.",
             "VAST gồm nhiều viện nghiên cứu chuyên ngành; trụ sở chính đặt tại 18 Hoàng Quốc Việt."),
        para("The **Vietnam Academy of Science and Technology (VAST)** is a government body for basic research in "
             "the natural sciences and technology development; it grew out of the Vietnam Institute of Science, "
             "founded in 1975.",
             "It comprises many specialised institutes; its headquarters are at 18 Hoang Quoc Viet."),
        short_name="VAST", website="https://vast.gov.vn", address="18 Hoàng Quốc Việt, Cầu Giấy, Hà Nội",
        ward="Nghĩa Đô", founded_year=1975,
        faculties=lines(*[f"{u[1]}" for u in _VAST_UNITS], "Trung tâm Vũ trụ Việt Nam"),
        research_areas=lines("Toán học, vật lý và hóa học", "Công nghệ thông tin và tự động hóa",
                             "Công nghệ sinh học", "Khoa học vật liệu", "Công nghệ vũ trụ",
                             "Khoa học Trái đất và biển"),
        technologies=["ai", "biotech", "energy-materials", "aerospace"], sectors=["environment", "pharma"],
        tags=["VAST", "Viện Hàn lâm"]),
    *[_vast_unit(*unit) for unit in _VAST_UNITS],
    org("institute", "trung-tam-vu-tru-viet-nam", "Trung tâm Vũ trụ Việt Nam", "Vietnam National Space Center",
        para("**Trung tâm Vũ trụ Việt Nam (VNSC)** thuộc Viện Hàn lâm Khoa học và Công nghệ Việt Nam, nghiên cứu, "
             "thiết kế vệ tinh nhỏ và ứng dụng công nghệ vũ trụ.",
             "VNSC đã phát triển các vệ tinh MicroDragon và NanoDragon; dự án Trung tâm Vũ trụ Việt Nam được xây "
             "dựng tại Khu công nghệ cao Hòa Lạc."),
        para("The **Vietnam National Space Center (VNSC)**, part of the Vietnam Academy of Science and Technology, "
             "designs small satellites and applies space technology.",
             "It developed the MicroDragon and NanoDragon satellites; its Vietnam Space Center project is being "
             "built in Hoa Lac Hi-Tech Park."),
        short_name="VNSC", parent="vien-han-lam-khoa-hoc-va-cong-nghe-viet-nam", ward="Hòa Lạc",
        zone="khu-cong-nghe-cao-hoa-lac",
        research_areas=lines("Thiết kế và chế tạo vệ tinh nhỏ", "Viễn thám và ứng dụng ảnh vệ tinh",
                             "Công nghệ trạm mặt đất"),
        technologies=["aerospace"], sectors=["environment", "agritech"], tags=["VAST", "Vệ tinh", "Hòa Lạc"]),
    org("institute", "vien-khoa-hoc-va-cong-nghe-viet-nam-han-quoc", "Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc",
        "Vietnam - Korea Institute of Science and Technology",
        para("**Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc (VKIST)** thuộc Bộ Khoa học và Công nghệ, được xây "
             "dựng với sự hỗ trợ của Hàn Quốc tại Khu công nghệ cao Hòa Lạc.",
             "Viện nghiên cứu ứng dụng và chuyển giao công nghệ cho doanh nghiệp."),
        para("The **Vietnam - Korea Institute of Science and Technology (VKIST)**, under the Ministry of Science "
             "and Technology, was built with Korean support in Hoa Lac Hi-Tech Park.",
             "It carries out applied research and transfers technology to companies."),
        short_name="VKIST", parent="bo-khoa-hoc-va-cong-nghe", ward="Hòa Lạc", zone="khu-cong-nghe-cao-hoa-lac",
        research_areas=lines("Công nghệ sinh học ứng dụng", "Vật liệu và năng lượng", "Điện tử và tự động hóa"),
        technologies=["biotech", "energy-materials", "robotics"], sectors=["manufacturing", "electronics"],
        tags=["VKIST", "Hòa Lạc", "Chuyển giao công nghệ"]),
]
