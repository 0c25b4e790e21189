"""Official lists the taxonomies start from; curators edit them afterwards.

Strategic technology groups follow Decision 1131/QĐ-TTg (12 June 2025) as summarised in the
project brief; provinces and Hanoi's wards and communes follow the 2025 reorganisation
(34 provinces and cities; Hanoi: 51 wards and 75 communes, effective 1 July 2025)."""

STRATEGIC_TECHNOLOGIES = [
    ("ai", "Trí tuệ nhân tạo, song sinh số, thực tế ảo/tăng cường", "Artificial intelligence, digital twins, VR/AR"),
    ("cloud-quantum-data", "Điện toán đám mây, lượng tử, dữ liệu lớn", "Cloud, quantum computing and big data"),
    ("blockchain", "Chuỗi khối (blockchain)", "Blockchain"),
    ("mobile-networks", "Mạng di động thế hệ sau (5G/6G)", "Next-generation mobile networks (5G/6G)"),
    ("robotics", "Robot và tự động hóa", "Robotics and automation"),
    ("semiconductors", "Chip bán dẫn", "Semiconductor chips"),
    ("energy-materials", "Năng lượng và vật liệu tiên tiến", "Advanced energy and materials"),
    ("biotech", "Công nghệ sinh học", "Biotechnology"),
    ("cybersecurity", "An ninh mạng", "Cybersecurity"),
    ("aerospace", "Hàng không, vũ trụ", "Aerospace"),
]

SECTORS = [
    ("fintech", "Tài chính - ngân hàng (Fintech)", "Finance and banking (fintech)"),
    ("edtech", "Giáo dục (Edtech)", "Education (edtech)"),
    ("healthtech", "Y tế và chăm sóc sức khỏe", "Health and healthcare"),
    ("agritech", "Nông nghiệp và thực phẩm", "Agriculture and food"),
    ("logistics", "Logistics và vận tải", "Logistics and transport"),
    ("manufacturing", "Sản xuất công nghiệp", "Manufacturing"),
    ("energy", "Năng lượng", "Energy"),
    ("environment", "Môi trường và kinh tế tuần hoàn", "Environment and circular economy"),
    ("ecommerce", "Thương mại điện tử và bán lẻ", "E-commerce and retail"),
    ("tourism", "Du lịch và dịch vụ", "Tourism and services"),
    ("proptech", "Bất động sản và xây dựng", "Real estate and construction"),
    ("media", "Truyền thông và giải trí", "Media and entertainment"),
    ("govtech", "Chính phủ số và đô thị thông minh", "Digital government and smart cities"),
    ("telecom", "Viễn thông", "Telecommunications"),
    ("software", "Phần mềm và dịch vụ CNTT", "Software and IT services"),
    ("electronics", "Điện tử", "Electronics"),
    ("pharma", "Dược phẩm", "Pharmaceuticals"),
    ("textiles", "Dệt may và da giày", "Textiles and footwear"),
    ("hrtech", "Nhân sự và việc làm", "HR and jobs"),
    ("legaltech", "Pháp lý", "Legal services"),
]

# Six centrally-run cities first, then the 28 provinces.
PROVINCES = [
    ("ha-noi", "Thành phố Hà Nội", "Hanoi"), ("ho-chi-minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"),
    ("hai-phong", "Thành phố Hải Phòng", "Hai Phong"), ("da-nang", "Thành phố Đà Nẵng", "Da Nang"),
    ("can-tho", "Thành phố Cần Thơ", "Can Tho"), ("hue", "Thành phố Huế", "Hue"),
    ("tuyen-quang", "Tuyên Quang", "Tuyen Quang"), ("cao-bang", "Cao Bằng", "Cao Bang"),
    ("lai-chau", "Lai Châu", "Lai Chau"), ("lao-cai", "Lào Cai", "Lao Cai"),
    ("thai-nguyen", "Thái Nguyên", "Thai Nguyen"), ("dien-bien", "Điện Biên", "Dien Bien"),
    ("lang-son", "Lạng Sơn", "Lang Son"), ("son-la", "Sơn La", "Son La"), ("phu-tho", "Phú Thọ", "Phu Tho"),
    ("bac-ninh", "Bắc Ninh", "Bac Ninh"), ("quang-ninh", "Quảng Ninh", "Quang Ninh"),
    ("hung-yen", "Hưng Yên", "Hung Yen"), ("ninh-binh", "Ninh Bình", "Ninh Binh"),
    ("thanh-hoa", "Thanh Hóa", "Thanh Hoa"), ("nghe-an", "Nghệ An", "Nghe An"), ("ha-tinh", "Hà Tĩnh", "Ha Tinh"),
    ("quang-tri", "Quảng Trị", "Quang Tri"), ("quang-ngai", "Quảng Ngãi", "Quang Ngai"),
    ("gia-lai", "Gia Lai", "Gia Lai"), ("khanh-hoa", "Khánh Hòa", "Khanh Hoa"),
    ("lam-dong", "Lâm Đồng", "Lam Dong"), ("dak-lak", "Đắk Lắk", "Dak Lak"), ("dong-nai", "Đồng Nai", "Dong Nai"),
    ("tay-ninh", "Tây Ninh", "Tay Ninh"), ("vinh-long", "Vĩnh Long", "Vinh Long"),
    ("dong-thap", "Đồng Tháp", "Dong Thap"), ("ca-mau", "Cà Mau", "Ca Mau"), ("an-giang", "An Giang", "An Giang"),
]

HANOI_WARDS = [
    "Hoàn Kiếm", "Cửa Nam", "Ba Đình", "Ngọc Hà", "Giảng Võ", "Hai Bà Trưng", "Vĩnh Tuy", "Bạch Mai",
    "Đống Đa", "Kim Liên", "Văn Miếu - Quốc Tử Giám", "Láng", "Ô Chợ Dừa", "Hồng Hà", "Lĩnh Nam", "Hoàng Mai",
    "Vĩnh Hưng", "Tương Mai", "Định Công", "Hoàng Liệt", "Yên Sở", "Thanh Xuân", "Khương Đình", "Phương Liệt",
    "Cầu Giấy", "Nghĩa Đô", "Yên Hòa", "Tây Hồ", "Phú Thượng", "Tây Tựu", "Phú Diễn", "Xuân Đỉnh", "Đông Ngạc",
    "Thượng Cát", "Từ Liêm", "Xuân Phương", "Tây Mỗ", "Đại Mỗ", "Long Biên", "Bồ Đề", "Việt Hưng", "Phúc Lợi",
    "Hà Đông", "Dương Nội", "Yên Nghĩa", "Phú Lương", "Kiến Hưng", "Thanh Liệt", "Chương Mỹ", "Sơn Tây",
    "Tùng Thiện",
]

HANOI_COMMUNES = [
    "Thanh Trì", "Đại Thanh", "Nam Phù", "Ngọc Hồi", "Thượng Phúc", "Thường Tín", "Chương Dương", "Hồng Vân",
    "Phú Xuyên", "Phượng Dực", "Chuyên Mỹ", "Đại Xuyên", "Thanh Oai", "Bình Minh", "Tam Hưng", "Dân Hòa",
    "Vân Đình", "Ứng Thiên", "Hòa Xá", "Ứng Hòa", "Mỹ Đức", "Hồng Sơn", "Phúc Sơn", "Hương Sơn", "Phú Nghĩa",
    "Xuân Mai", "Trần Phú", "Hòa Phú", "Quảng Bị", "Minh Châu", "Quảng Oai", "Vật Lại", "Cổ Đô", "Bất Bạt",
    "Suối Hai", "Ba Vì", "Yên Bài", "Đoài Phương", "Phúc Thọ", "Phúc Lộc", "Hát Môn", "Thạch Thất", "Hạ Bằng",
    "Tây Phương", "Hòa Lạc", "Yên Xuân", "Quốc Oai", "Hưng Đạo", "Kiều Phú", "Phú Cát", "Hoài Đức", "Dương Hòa",
    "Sơn Đồng", "An Khánh", "Đan Phượng", "Ô Diên", "Liên Minh", "Gia Lâm", "Thuận An", "Bát Tràng", "Phù Đổng",
    "Thư Lâm", "Đông Anh", "Phúc Thịnh", "Thiên Lộc", "Vĩnh Thanh", "Mê Linh", "Yên Lãng", "Tiến Thắng",
    "Quang Minh", "Sóc Sơn", "Đa Phúc", "Nội Bài", "Trung Giã", "Kim Anh",
]
