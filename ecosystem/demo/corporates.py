"""Real technology companies headquartered in Hanoi, described with general public facts only."""
from .spec import org, para

COMPANIES = [
    org("company", "viettel", "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Viettel Group",
        para("**Viettel** là doanh nghiệp nhà nước thuộc Bộ Quốc phòng, thành lập năm 1989, hoạt động trong các "
             "lĩnh vực viễn thông, dịch vụ số, công nghiệp công nghệ cao và nghiên cứu sản xuất thiết bị.",
             "Viettel là một trong những nhà mạng lớn nhất Việt Nam và đầu tư viễn thông tại nhiều quốc gia.",
             "Tập đoàn tự nghiên cứu, phát triển thiết bị mạng di động 5G và các giải pháp an ninh mạng."),
        para("**Viettel** is a state-owned group under the Ministry of National Defence, founded in 1989, working "
             "in telecommunications, digital services, high-tech industry and equipment research and manufacturing.",
             "It is one of Vietnam's largest network operators and runs telecom businesses in several countries.",
             "The group designs its own 5G network equipment and cybersecurity solutions."),
        short_name="Viettel", website="https://viettel.com.vn", founded_year=1989,
        technologies=["mobile-networks", "cybersecurity", "ai", "semiconductors"],
        sectors=["telecom", "software", "electronics"], tags=["Viễn thông", "5G", "Tập đoàn nhà nước"]),
    org("company", "tong-cong-ty-cong-nghiep-cong-nghe-cao-viettel", "Tổng Công ty Công nghiệp Công nghệ cao Viettel",
        "Viettel High Technology Industries Corporation",
        para("**Tổng Công ty Công nghiệp Công nghệ cao Viettel (VHT)** là đơn vị của Viettel chuyên nghiên cứu, "
             "thiết kế và sản xuất thiết bị viễn thông và các sản phẩm công nghệ cao.",
             "Đây là một trong các đơn vị nghiên cứu - sản xuất công nghệ cao của tập đoàn."),
        para("**Viettel High Technology Industries Corporation (VHT)** is the Viettel unit that researches, designs "
             "and manufactures telecom equipment and other high-tech products.",
             "It is one of the group's high-tech research and manufacturing units."),
        short_name="Viettel High Tech", parent="viettel",
        technologies=["mobile-networks", "semiconductors", "robotics"], sectors=["telecom", "electronics"],
        tags=["Viettel", "Thiết bị 5G"]),
    org("company", "cong-ty-an-ninh-mang-viettel", "Công ty An ninh mạng Viettel", "Viettel Cyber Security",
        para("**Công ty An ninh mạng Viettel (VCS)** thuộc Viettel, cung cấp sản phẩm và dịch vụ an toàn thông tin "
             "như giám sát an ninh mạng, kiểm thử xâm nhập và phòng chống mã độc.",
             "Công ty phục vụ khách hàng cả trong và ngoài tập đoàn."),
        para("**Viettel Cyber Security (VCS)**, part of Viettel, provides security products and services such as "
             "security monitoring, penetration testing and malware protection.",
             "It serves clients both inside and outside the group."),
        short_name="VCS", parent="viettel", technologies=["cybersecurity", "ai"], sectors=["software"],
        tags=["Viettel", "An ninh mạng"]),
    org("company", "tap-doan-vnpt", "Tập đoàn Bưu chính Viễn thông Việt Nam",
        "Vietnam Posts and Telecommunications Group",
        para("**VNPT** là tập đoàn viễn thông nhà nước, cung cấp dịch vụ internet băng rộng, di động VinaPhone, "
             "truyền dẫn và các giải pháp công nghệ thông tin.",
             "VNPT triển khai nhiều nền tảng chính quyền số, y tế số và giáo dục số cho các bộ, ngành và địa phương."),
        para("**VNPT** is a state-owned telecom group providing broadband internet, VinaPhone mobile services, "
             "transmission and IT solutions.", "It runs many digital-government, digital-health and digital-education "
             "platforms for ministries and provinces."),
        short_name="VNPT", website="https://vnpt.com.vn", address="57 Huỳnh Thúc Kháng, Đống Đa, Hà Nội",
        technologies=["mobile-networks", "cloud-quantum-data", "ai"], sectors=["telecom", "govtech", "software"],
        tags=["Viễn thông", "Chính phủ số", "Tập đoàn nhà nước"]),
    org("company", "tong-cong-ty-vien-thong-mobifone", "Tổng Công ty Viễn thông MobiFone", "MobiFone Corporation",
        para("**MobiFone**, thành lập năm 1993, là nhà mạng di động đầu tiên của Việt Nam.",
             "Ngoài dịch vụ di động, MobiFone phát triển các dịch vụ số, điện toán đám mây và giải pháp cho doanh "
             "nghiệp."),
        para("**MobiFone**, founded in 1993, was Vietnam's first mobile network operator.",
             "Besides mobile services it develops digital services, cloud computing and enterprise solutions."),
        short_name="MobiFone", website="https://www.mobifone.vn", founded_year=1993,
        technologies=["mobile-networks", "cloud-quantum-data"], sectors=["telecom"], tags=["Viễn thông", "Di động"]),
    org("company", "cong-ty-co-phan-fpt", "Công ty Cổ phần FPT", "FPT Corporation",
        para("**FPT**, thành lập năm 1988, là tập đoàn công nghệ tư nhân hoạt động trong ba mảng: công nghệ, viễn "
             "thông và giáo dục.",
             "FPT cung cấp dịch vụ phần mềm và chuyển đổi số cho khách hàng ở nhiều quốc gia, đồng thời đầu tư vào "
             "trí tuệ nhân tạo và thiết kế vi mạch."),
        para("**FPT**, founded in 1988, is a private technology group working in three areas: technology, "
             "telecommunications and education.", "It provides software and digital transformation services to "
             "clients in many countries and invests in artificial intelligence and chip design."),
        short_name="FPT", website="https://fpt.com", address="10 Phạm Văn Bạch, Cầu Giấy, Hà Nội", founded_year=1988,
        technologies=["ai", "semiconductors", "cloud-quantum-data"], sectors=["software", "telecom", "edtech"],
        tags=["Chuyển đổi số", "Xuất khẩu phần mềm", "Tập đoàn tư nhân"]),
    org("company", "cong-ty-tnhh-phan-mem-fpt", "Công ty TNHH Phần mềm FPT", "FPT Software",
        para("**FPT Software**, thành lập năm 1999, là công ty dịch vụ phần mềm của FPT, phát triển và vận hành "
             "phần mềm cho khách hàng quốc tế tại Nhật Bản, Hoa Kỳ, châu Âu và châu Á - Thái Bình Dương.",
             "Công ty có các trung tâm phát triển phần mềm tại Việt Nam và văn phòng ở nhiều quốc gia."),
        para("**FPT Software**, founded in 1999, is FPT's software services company, building and running software "
             "for international clients in Japan, the United States, Europe and Asia-Pacific.",
             "It has development centres in Vietnam and offices in many countries."),
        short_name="FPT Software", parent="cong-ty-co-phan-fpt", founded_year=1999,
        technologies=["ai", "cloud-quantum-data"], sectors=["software", "manufacturing"],
        tags=["FPT", "Xuất khẩu phần mềm"]),
    org("company", "tap-doan-cong-nghe-cmc", "Tập đoàn Công nghệ CMC", "CMC Corporation",
        para("**CMC**, thành lập năm 1993, là tập đoàn công nghệ thông tin và viễn thông tại Hà Nội.",
             "Các đơn vị của CMC cung cấp tích hợp hệ thống, dịch vụ phần mềm toàn cầu, viễn thông, trung tâm dữ "
             "liệu và điện toán đám mây."),
        para("**CMC**, founded in 1993, is an information technology and telecommunications group based in Hanoi.",
             "Its companies provide systems integration, global software services, telecommunications, data "
             "centres and cloud computing."),
        short_name="CMC", website="https://cmc.com.vn", founded_year=1993,
        technologies=["cloud-quantum-data", "ai", "cybersecurity"], sectors=["software", "telecom"],
        tags=["Tích hợp hệ thống", "Trung tâm dữ liệu"]),
    org("company", "cong-ty-co-phan-misa", "Công ty Cổ phần MISA", "MISA JSC",
        para("**MISA**, thành lập năm 1994, phát triển phần mềm kế toán, quản trị doanh nghiệp và các nền tảng "
             "điện toán đám mây cho doanh nghiệp, hộ kinh doanh và đơn vị hành chính sự nghiệp.",
             "Trụ sở chính của công ty đặt tại Hà Nội."),
        para("**MISA**, founded in 1994, builds accounting and business management software and cloud platforms "
             "for companies, household businesses and public-sector units.", "Its head office is in Hanoi."),
        short_name="MISA", website="https://www.misa.vn", founded_year=1994,
        technologies=["cloud-quantum-data", "ai"], sectors=["software", "fintech"], tags=["Phần mềm kế toán", "SaaS"]),
    org("company", "tap-doan-cong-nghe-bkav", "Tập đoàn Công nghệ Bkav", "Bkav Corporation",
        para("**Bkav** là doanh nghiệp công nghệ tại Hà Nội, được biết đến với phần mềm diệt virus và các giải pháp "
             "an ninh mạng; công ty cũng phát triển thiết bị điện tử và nhà thông minh.",
             "Bkav khởi nguồn từ một nhóm nghiên cứu virus máy tính tại Đại học Bách khoa Hà Nội."),
        para("**Bkav** is a Hanoi technology company known for its antivirus software and cybersecurity "
             "solutions; it also develops electronic devices and smart-home products.",
             "Bkav grew out of a computer-virus research group at Hanoi University of Science and Technology."),
        short_name="Bkav", website="https://www.bkav.com", technologies=["cybersecurity", "ai"],
        sectors=["software", "electronics"], tags=["An ninh mạng", "Diệt virus"]),
]
