"""Projects in the demo's high-tech zones (sample data), mostly in Hoa Lac Hi-Tech Park.

The projects are modelled on the kinds of investment the park is known for (Viettel, FPT, VNU's campus,
the Vietnam National Space Center, Hanwha's aero-engine parts, data centres, semiconductors, biotech), but
their capital, areas, licence numbers and dates are illustrative, so every project is marked as sample
data. Investors are demo organisations where the registry has them; others are named in `other_investors`.
The zone's own typed figures (115,000 billion VND, 110 projects for Hoa Lac) stay as the management board's
published figures; the zone page computes its figures from these projects. Dates are fixed, so loading is
deterministic. Every record goes through the zone services."""
from zlib import crc32

from ..auth.policy import SYSTEM
from ..errors import DomainError
from ..extensions import db
from ..models import Status

HOA_LAC = "khu-cong-nghe-cao-hoa-lac"


def project(zone, slug, name, name_en, vi, en, investors, capital, licensed, techs, history=(), other=None,
            area=None, operator=None, licence=None):
    """One project: `history` is [(phase, "YYYY-MM-DD", note)] after its licence."""
    return {"history": history, "data": {
        "zone": zone, "name": name, "name_en": name_en, "description": vi, "description_en": en,
        "investors": list(investors), "other_investors": other, "capital_bn_vnd": capital, "area_ha": area,
        "licensed_on": licensed, "licence_number": licence or f"{crc32(slug.encode()) % 9000 + 1000}/GCNĐT-BQL",
        "technologies": techs, "operator": operator}, "slug": slug}


BUILD, RUN = "building", "operating"
PROJECTS = [
    project(HOA_LAC, "viettel-dc", "Trung tâm dữ liệu Viettel Hòa Lạc", "Viettel Hoa Lac data centre",
            "Trung tâm dữ liệu quy mô lớn của Viettel, phục vụ điện toán đám mây và dữ liệu lớn.",
            "Viettel's large data centre for cloud computing and big data.", ["viettel"], 2100, "2019-05-10",
            ["cloud-quantum-data"], [(BUILD, "2020-03-02", "Khởi công"), (RUN, "2023-09-15", "Vận hành giai đoạn 1")],
            area=3.2, operator="viettel"),
    project(HOA_LAC, "viettel-fab", "Nhà máy chế tạo chip bán dẫn Viettel", "Viettel semiconductor fab",
            "Nhà máy chế tạo chip bán dẫn phục vụ các sản phẩm viễn thông và quốc phòng.",
            "A semiconductor fab for telecom and defence products.",
            ["tong-cong-ty-cong-nghiep-cong-nghe-cao-viettel"], 12000, "2024-12-20", ["semiconductors"],
            [(BUILD, "2025-06-10", "Khởi công nhà xưởng")], area=27,
            operator="tong-cong-ty-cong-nghiep-cong-nghe-cao-viettel"),
    project(HOA_LAC, "viettel-rd", "Khu nghiên cứu và sản xuất công nghệ cao Viettel", "Viettel hi-tech R&D and "
            "production campus", "Trung tâm nghiên cứu, thiết kế và sản xuất thiết bị viễn thông, thiết bị bay.",
            "Research, design and production of telecom equipment and aircraft systems.",
            ["tong-cong-ty-cong-nghiep-cong-nghe-cao-viettel"], 4800, "2016-08-01",
            ["mobile-networks", "aerospace"], [(BUILD, "2017-04-01", None), (RUN, "2020-10-01", None)], area=15),
    project(HOA_LAC, "fpt-university", "Cơ sở Trường Đại học FPT tại Hòa Lạc", "FPT University Hoa Lac campus",
            "Khuôn viên đào tạo đại học và ký túc xá của Trường Đại học FPT.",
            "FPT University's teaching campus and dormitories.", ["cong-ty-co-phan-fpt"], 3300, "2010-06-15",
            ["ai"], [(BUILD, "2011-01-10", None), (RUN, "2013-09-01", "Đón khóa sinh viên đầu tiên")], area=30,
            operator="truong-dai-hoc-fpt"),
    project(HOA_LAC, "fpt-software-fville", "Khu phần mềm FPT F-Ville", "FPT Software F-Ville campus",
            "Tòa nhà làm việc xanh cho kỹ sư phần mềm FPT, gồm các giai đoạn F-Ville 1, 2 và 3.",
            "Green office buildings for FPT software engineers, phases F-Ville 1, 2 and 3.",
            ["cong-ty-co-phan-fpt"], 1900, "2012-03-20", ["ai", "cloud-quantum-data"],
            [(BUILD, "2013-02-01", None), (RUN, "2014-10-20", "F-Ville 1 đi vào hoạt động")], area=8,
            operator="cong-ty-tnhh-phan-mem-fpt"),
    project(HOA_LAC, "fpt-dc", "Trung tâm dữ liệu FPT Hòa Lạc", "FPT Hoa Lac data centre",
            "Trung tâm dữ liệu đạt chuẩn Tier III mở rộng hạ tầng điện toán đám mây của FPT.",
            "A Tier III data centre extending FPT's cloud infrastructure.", ["cong-ty-co-phan-fpt"], 1500,
            "2023-04-12", ["cloud-quantum-data", "ai"], [(BUILD, "2024-02-01", None)], area=2),
    project(HOA_LAC, "vnu-campus", "Dự án xây dựng Đại học Quốc gia Hà Nội tại Hòa Lạc",
            "Vietnam National University, Hanoi: Hoa Lac campus", "Khu đô thị đại học với các trường thành viên, "
            "khu nghiên cứu và ký túc xá của ĐHQGHN.", "A university town with VNU's member universities, research "
            "areas and dormitories.", ["dai-hoc-quoc-gia-ha-noi"], 15000, "2003-12-30", ["ai", "biotech"],
            [(BUILD, "2004-06-01", None), (RUN, "2021-09-01", "Các trường đầu tiên chuyển lên Hòa Lạc")], area=1000),
    project(HOA_LAC, "vnsc", "Trung tâm Vũ trụ Việt Nam", "Vietnam National Space Center",
            "Trung tâm nghiên cứu, chế tạo, thử nghiệm vệ tinh và trạm mặt đất, xây dựng bằng vốn vay ODA Nhật Bản.",
            "Satellite research, assembly and testing centre with ground stations, built with a Japanese ODA loan.",
            ["trung-tam-vu-tru-viet-nam"], 7200, "2011-11-18", ["aerospace"],
            [(BUILD, "2012-09-01", None), (RUN, "2023-03-30", "Khánh thành")], area=9,
            operator="trung-tam-vu-tru-viet-nam"),
    project(HOA_LAC, "vkist", "Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc", "Korea-Vietnam Institute of "
            "Science and Technology", "Viện nghiên cứu ứng dụng xây dựng với hỗ trợ của Hàn Quốc.",
            "An applied research institute built with Korean support.",
            ["vien-khoa-hoc-va-cong-nghe-viet-nam-han-quoc"], 1600, "2015-10-05", ["biotech", "energy-materials"],
            [(BUILD, "2017-03-01", None), (RUN, "2021-05-01", None)], area=11,
            operator="vien-khoa-hoc-va-cong-nghe-viet-nam-han-quoc"),
    project(HOA_LAC, "nic-hoa-lac", "Cơ sở Trung tâm Đổi mới sáng tạo Quốc gia tại Hòa Lạc", "National Innovation "
            "Center, Hoa Lac campus", "Không gian làm việc, nghiên cứu - phát triển và hội nghị cho doanh nghiệp "
            "khởi nghiệp và tập đoàn công nghệ.", "Workspace, R&D and conference facilities for startups and "
            "technology groups.", ["trung-tam-doi-moi-sang-tao-quoc-gia"], 1200, "2021-07-01", ["ai", "semiconductors"],
            [(BUILD, "2021-12-01", None), (RUN, "2023-10-16", "Khánh thành")], area=5,
            operator="trung-tam-doi-moi-sang-tao-quoc-gia"),
    project(HOA_LAC, "hanwha-aero", "Nhà máy linh kiện động cơ máy bay Hanwha", "Hanwha aero-engine parts plant",
            "Sản xuất linh kiện động cơ máy bay cho các hãng hàng không vũ trụ toàn cầu.",
            "Makes aircraft engine parts for global aerospace manufacturers.", [], 2400, "2017-02-28",
            ["aerospace"], [(BUILD, "2017-06-01", None), (RUN, "2018-09-05", None)],
            other="Hanwha Aerospace (Hàn Quốc)", area=10),
    project(HOA_LAC, "nidec-motors", "Nhà máy động cơ chính xác Nidec", "Nidec precision motor plant",
            "Sản xuất động cơ cỡ nhỏ và linh kiện cơ điện tử chính xác.",
            "Makes small motors and precision mechatronic parts.", [], 3500, "2007-04-10", ["robotics"],
            [(BUILD, "2007-10-01", None), (RUN, "2009-01-15", None)], other="Nidec (Nhật Bản)", area=12),
    project(HOA_LAC, "vnpt-dc", "Trung tâm dữ liệu VNPT Hòa Lạc", "VNPT Hoa Lac data centre",
            "Trung tâm dữ liệu phục vụ chính phủ số và khách hàng doanh nghiệp.",
            "A data centre serving digital government and enterprise customers.", ["tap-doan-vnpt"], 900,
            "2017-09-01", ["cloud-quantum-data", "cybersecurity"], [(RUN, "2019-04-01", None)], area=1.5),
    project(HOA_LAC, "mobifone-dc", "Trung tâm dữ liệu MobiFone", "MobiFone data centre",
            "Trung tâm dữ liệu và điện toán đám mây của MobiFone.", "MobiFone's data and cloud centre.",
            ["tong-cong-ty-vien-thong-mobifone"], 1100, "2022-08-15", ["cloud-quantum-data"],
            [(BUILD, "2023-05-01", None)], area=2),
    project(HOA_LAC, "cmc-rd", "Trung tâm nghiên cứu và phát triển CMC", "CMC research and development centre",
            "Trung tâm nghiên cứu trí tuệ nhân tạo, an ninh mạng và điện toán đám mây.",
            "Research centre for AI, cybersecurity and cloud computing.", ["tap-doan-cong-nghe-cmc"], 650,
            "2022-02-10", ["ai", "cybersecurity"], [(BUILD, "2023-01-05", None)], area=1.8),
    project(HOA_LAC, "bkav-electronics", "Nhà máy thiết bị điện tử Bkav", "Bkav electronics plant",
            "Sản xuất điện thoại thông minh, thiết bị IoT và camera AI.", "Makes smartphones, IoT devices and AI "
            "cameras.", ["tap-doan-cong-nghe-bkav"], 700, "2014-05-20", ["ai", "semiconductors"],
            [(RUN, "2016-02-01", None), ("suspended", "2024-06-30", "Tạm dừng để cơ cấu lại dây chuyền")], area=3),
    project(HOA_LAC, "chip-osat", "Nhà máy đóng gói và kiểm thử vi mạch", "Chip packaging and testing plant",
            "Đóng gói, kiểm thử vi mạch cho các công ty thiết kế chip trong nước.",
            "Packages and tests chips for domestic chip design companies.", [], 5200, "2024-03-18",
            ["semiconductors"], [(BUILD, "2024-11-01", None)], other="Liên doanh bán dẫn Việt - Hàn (mẫu)", area=8),
    project(HOA_LAC, "chip-design-centre", "Trung tâm thiết kế vi mạch Hòa Lạc", "Hoa Lac chip design centre",
            "Trung tâm thiết kế vi mạch và đào tạo kỹ sư bán dẫn.", "Chip design and semiconductor engineer "
            "training.", ["trung-tam-doi-moi-sang-tao-quoc-gia", "dai-hoc-quoc-gia-ha-noi"], 300, "2024-09-09",
            ["semiconductors"], area=0.6),
    project(HOA_LAC, "vaccine-plant", "Nhà máy vắc-xin và sinh phẩm y tế", "Vaccine and biologics plant",
            "Sản xuất vắc-xin và sinh phẩm theo chuẩn GMP-WHO.", "Makes vaccines and biologics to WHO-GMP "
            "standards.", [], 2600, "2018-07-23", ["biotech"], [(BUILD, "2019-03-01", None), (RUN, "2022-06-01", None)],
            other="Công ty Cổ phần Sinh học Y tế (mẫu)", area=6),
    project(HOA_LAC, "diagnostics", "Nhà máy thiết bị chẩn đoán y sinh", "Biomedical diagnostics plant",
            "Sản xuất bộ kit xét nghiệm và thiết bị chẩn đoán nhanh.", "Makes test kits and rapid diagnostic "
            "devices.", [], 450, "2021-11-11", ["biotech"], [(BUILD, "2022-05-01", None), (RUN, "2024-01-10", None)],
            other="Công ty TNHH Chẩn đoán Y sinh (mẫu)", area=1.2),
    project(HOA_LAC, "battery-materials", "Nhà máy vật liệu pin lithium", "Lithium battery materials plant",
            "Sản xuất vật liệu điện cực cho pin lưu trữ năng lượng.", "Makes electrode materials for energy "
            "storage batteries.", [], 3900, "2023-06-06", ["energy-materials"], other="Tập đoàn Năng lượng Xanh (mẫu)",
            area=9),
    project(HOA_LAC, "robotics-rd", "Trung tâm nghiên cứu robot công nghiệp", "Industrial robotics R&D centre",
            "Nghiên cứu, chế tạo robot công nghiệp và tay máy cộng tác.", "Builds industrial and collaborative "
            "robot arms.", ["truong-dai-hoc-fpt"], 250, "2022-10-10", ["robotics", "ai"],
            [(BUILD, "2023-03-03", None), (RUN, "2024-08-08", None)], area=0.8),
    project(HOA_LAC, "incubator-building", "Tòa nhà ươm tạo doanh nghiệp công nghệ cao", "Hi-tech business "
            "incubator building", "Không gian ươm tạo cho doanh nghiệp khởi nghiệp công nghệ trong khu.",
            "Incubation space for technology startups in the park.", ["ban-quan-ly-khu-cnc-hoa-lac"], 350,
            "2015-01-15", ["ai"], [(BUILD, "2015-08-01", None), (RUN, "2017-05-19", None)], area=2.2,
            operator="ban-quan-ly-khu-cnc-hoa-lac"),
    project(HOA_LAC, "drone-factory", "Nhà máy thiết bị bay không người lái", "Drone factory",
            "Lắp ráp thiết bị bay không người lái phục vụ nông nghiệp và khảo sát.", "Assembles drones for "
            "farming and surveying.", [], 600, "2020-04-04", ["aerospace", "robotics"],
            [("withdrawn", "2022-12-01", "Nhà đầu tư rút dự án")], other="Công ty Cổ phần Công nghệ Bay (mẫu)"),
    project(HOA_LAC, "smart-sensors", "Nhà máy cảm biến thông minh", "Smart sensor plant",
            "Sản xuất cảm biến MEMS cho thiết bị IoT và ô tô.", "Makes MEMS sensors for IoT devices and cars.", [],
            1800, "2025-02-14", ["semiconductors"], other="Tập đoàn Điện tử Nhật Bản (mẫu)", area=4),
    project("khu-cong-nghiep-thang-long", "tlip-printers", "Nhà máy máy in và linh kiện quang học",
            "Printer and optical parts plant", "Sản xuất máy in và linh kiện quang học xuất khẩu.",
            "Makes printers and optical parts for export.", [], 4500, "2001-10-01", ["robotics"],
            [(RUN, "2002-06-01", None)], other="Tập đoàn Nhật Bản (mẫu)", area=20),
    project("khu-cong-nghiep-thang-long", "tlip-electronics", "Nhà máy linh kiện điện tử Thăng Long",
            "Thang Long electronic components plant", "Sản xuất bảng mạch và linh kiện điện tử.",
            "Makes circuit boards and electronic components.", [], 2300, "2008-03-12", ["semiconductors"],
            [(RUN, "2009-05-01", None)], other="Công ty Linh kiện Điện tử (mẫu)", area=7),
    project("khu-cong-nghiep-quang-minh", "qm-precision", "Nhà máy cơ khí chính xác Quang Minh",
            "Quang Minh precision engineering plant", "Gia công cơ khí chính xác cho ngành điện tử và ô tô.",
            "Precision machining for electronics and cars.", [], 380, "2016-09-09", ["robotics"],
            [(RUN, "2017-08-01", None)], other="Công ty Cơ khí Chính xác (mẫu)", area=3),
]


def load_zone_projects():
    """Create the demo projects, verified, and their phase histories; returns their count. Flushes only."""
    from ..collaboration.zones.services import change_phase, create_project

    for spec in PROJECTS:
        try:
            created = create_project(SYSTEM, spec["data"], status=Status.VERIFIED, is_sample=True)
            for phase, day, note in spec["history"]:
                change_phase(SYSTEM, created, {"phase": phase, "changed_on": day, "note": note})
        except DomainError as err:
            raise RuntimeError(f"zone project {spec['slug']!r}: {getattr(err, 'errors', None) or err.message}")
    db.session.flush()
    return {"zone_projects": len(PROJECTS)}
