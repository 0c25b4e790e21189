"""The demo labs and their instruments (sample data): invented labs at real and invented Hanoi hosts,
with real instrument makers and models. Several models recur in different labs on purpose (scanning
electron microscopes, qPCR systems, sequencers, DGX servers, HPLCs, X-ray diffractometers), so the
duplicate-investment report has something to flag.

Values are in million VND (purchase) and thousand VND (fee per hour)."""

HOA_LAC = "khu-cong-nghe-cao-hoa-lac"


def item(name, name_en, category, maker, model, year, value_million, fee_thousand, condition="good", bookable=True):
    """One instrument: purchase value in million VND, fee per hour in thousand VND (None: not charged)."""
    return {"name": name, "name_en": name_en, "category": category, "maker": maker, "model": model, "year": year,
            "purchase_value_vnd": value_million * 1_000_000 if value_million is not None else None,
            "fee_per_hour_vnd": fee_thousand * 1000 if fee_thousand is not None else None,
            "condition": condition, "bookable": bookable}


def lab(host, name, name_en, vi, en, areas, techs, sectors, capacity, instruments, accreditation=None,
        free=False, training=True, zone=None, pending=False):
    """One lab of `host` (an organisation slug), verified unless `pending`."""
    return {"host": host, "pending": pending, "instruments": instruments, "data": {
        "name": name, "name_en": name_en, "description": vi, "description_en": en, "research_areas": "\n".join(areas),
        "technologies": techs, "sectors": sectors, "capacity_hours_per_week": capacity,
        "accreditation": accreditation, "free_for_startups": free, "training_required": training, "zone": zone}}


SEM_JEOL = ("Kính hiển vi điện tử quét phát xạ trường", "Field-emission scanning electron microscope",
            "electron-microscope", "JEOL", "JSM-IT800")
QPCR = ("Hệ thống PCR định lượng thời gian thực", "Real-time quantitative PCR system", "pcr", "Bio-Rad", "CFX96 Touch")
MISEQ = ("Máy giải trình tự gen thế hệ mới", "Next-generation sequencer", "sequencer", "Illumina", "MiSeq")
DGX = ("Máy chủ AI NVIDIA DGX", "NVIDIA DGX AI server", "gpu-cluster", "NVIDIA", "DGX A100")
HPLC = ("Hệ thống sắc ký lỏng hiệu năng cao", "High-performance liquid chromatograph", "chromatograph", "Agilent",
        "1260 Infinity II")
XRD = ("Máy nhiễu xạ tia X", "X-ray diffractometer", "x-ray", "Bruker", "D8 Advance")

LABS = [
    lab("truong-dai-hoc-cong-nghe-dhqghn", "Phòng thí nghiệm Thiết kế và Đo kiểm Vi mạch",
        "Chip Design and Test Laboratory",
        "Phòng thí nghiệm hỗ trợ thiết kế, mô phỏng và đo kiểm vi mạch tương tự, số và RF cho sinh viên, "
        "nhóm nghiên cứu và doanh nghiệp khởi nghiệp bán dẫn.",
        "Supports the design, simulation and testing of analogue, digital and RF chips for students, research "
        "groups and semiconductor startups.",
        ["Thiết kế vi mạch tương tự và tín hiệu hỗn hợp", "Kiến trúc RISC-V", "Đo kiểm chip RF"],
        ["semiconductors"], ["electronics"], 24, [
            item("Trạm dò wafer bán tự động", "Semi-automatic wafer probe station", "semiconductor-test",
                 "FormFactor", "Summit 200", 2019, 6500, 900),
            item("Máy phân tích tham số bán dẫn", "Semiconductor parameter analyser", "semiconductor-test",
                 "Keysight", "B1500A", 2018, 3200, 600),
            item("Máy hiện sóng 8 GHz", "8 GHz oscilloscope", "rf-test", "Keysight", "MXR608A", 2022, 2100, 300),
            item("Máy phân tích mạng vector", "Vector network analyser", "rf-test", "Keysight", "E5080B", 2021, 2800,
                 400),
            item("Bộ FPGA tạo mẫu ASIC", "ASIC prototyping FPGA system", "semiconductor-test", "Synopsys",
                 "HAPS-100", 2023, 4100, 500),
        ], free=True, zone=None),
    lab("dai-hoc-bach-khoa-ha-noi", "Phòng sạch Vi điện tử và Linh kiện Nano", "Microelectronics and Nanodevice "
        "Cleanroom",
        "Phòng sạch cấp 100–1000 với dây chuyền quang khắc, lắng đọng màng mỏng và ăn mòn, phục vụ chế tạo thử "
        "linh kiện MEMS và cảm biến.",
        "A class 100–1000 cleanroom with lithography, thin-film deposition and etching lines for prototyping MEMS "
        "devices and sensors.",
        ["Linh kiện MEMS", "Cảm biến khí và sinh học", "Màng mỏng chức năng"], ["semiconductors", "energy-materials"],
        ["electronics", "manufacturing"], 16, [
            item("Phòng sạch cấp 1000 (120 m²)", "Class 1000 cleanroom (120 m²)", "cleanroom", "Clean Air Systems",
                 "CR-1000", 2015, 18000, 1500),
            item("Máy quang khắc căn chỉnh mặt nạ", "Mask aligner", "lithography", "SUSS MicroTec", "MA6 Gen4",
                 2017, 9500, 1200),
            item("Máy viết trực tiếp bằng laser", "Direct-write laser lithography", "lithography", "Heidelberg "
                 "Instruments", "µPG 101", 2020, 5200, 900),
            item("Hệ phún xạ magnetron", "Magnetron sputtering system", "deposition", "AJA International",
                 "ATC Orion 8", 2016, 7800, 1000),
            item("Hệ lắng đọng lớp nguyên tử", "Atomic layer deposition system", "deposition", "Beneq", "TFS 200",
                 2021, 11000, 1400),
            item("Kính hiển vi điện tử quét", "Scanning electron microscope", "electron-microscope", "Hitachi",
                 "SU8010", 2014, 9000, 1200, condition="fair"),
        ], accreditation=None),
    lab("dai-hoc-bach-khoa-ha-noi", "Trung tâm Tính toán Hiệu năng cao", "High-Performance Computing Centre",
        "Cụm máy tính hiệu năng cao và máy chủ GPU cho huấn luyện mô hình AI, mô phỏng vật liệu và động lực học "
        "chất lưu.",
        "A high-performance computing cluster and GPU servers for AI training, materials simulation and fluid "
        "dynamics.",
        ["Huấn luyện mô hình học sâu", "Mô phỏng vật liệu", "Tính toán khoa học"], ["ai", "cloud-quantum-data"],
        ["software"], 60, [
            item(*DGX, 2021, 5600, 450),
            item("Cụm CPU 64 nút", "64-node CPU cluster", "hpc", "Dell", "PowerEdge C6525", 2020, 14000, 120),
            item("Hệ lưu trữ song song 1 PB", "1 PB parallel storage", "hpc", "DDN", "ES400NVX", 2021, 7200, None,
                 bookable=False),
            item("Máy chủ GPU 8×L40S", "8×L40S GPU server", "gpu-cluster", "Supermicro", "SYS-421GE-TNRT", 2024,
                 3900, 300, condition="new"),
        ], free=True, training=False),
    lab("truong-dai-hoc-khoa-hoc-tu-nhien-dhqghn", "Phòng thí nghiệm Phân tích Hóa học và Môi trường",
        "Chemical and Environmental Analysis Laboratory",
        "Phòng thí nghiệm phân tích thành phần hóa học, kim loại nặng và chất ô nhiễm hữu cơ trong nước, đất, "
        "thực phẩm; nhận mẫu của doanh nghiệp.",
        "Analyses chemical composition, heavy metals and organic pollutants in water, soil and food; accepts "
        "samples from companies.",
        ["Phân tích vết kim loại nặng", "Chất ô nhiễm hữu cơ bền", "Hợp chất thiên nhiên"], ["biotech"],
        ["environment", "pharma"], 30, [
            item(*HPLC, 2019, 1350, 400),
            item("Sắc ký khí khối phổ", "Gas chromatograph–mass spectrometer", "mass-spectrometer",
                 "Thermo Fisher Scientific", "ISQ 7000", 2020, 4800, 800),
            item("Khối phổ plasma cảm ứng", "ICP mass spectrometer", "mass-spectrometer", "Agilent", "7900 ICP-MS",
                 2018, 6200, 900),
            item("Máy cộng hưởng từ hạt nhân 500 MHz", "500 MHz NMR spectrometer", "nmr", "Bruker",
                 "Avance NEO 500", 2019, 18500, 1800),
            item("Máy quang phổ hồng ngoại", "FTIR spectrometer", "spectrometer", "Thermo Fisher Scientific",
                 "Nicolet iS50", 2017, 1500, 250),
            item("Máy quang phổ UV-Vis", "UV-Vis spectrophotometer", "spectrometer", "Shimadzu", "UV-2600i", 2021,
                 600, 120),
        ], accreditation="ISO/IEC 17025 (VILAS 1172)"),
    lab("vien-khoa-hoc-vat-lieu-vast", "Phòng thí nghiệm Hiển vi điện tử và Phân tích cấu trúc",
        "Electron Microscopy and Structural Analysis Laboratory",
        "Phòng thí nghiệm trọng điểm về hiển vi điện tử truyền qua, quét và nhiễu xạ tia X cho nghiên cứu vật "
        "liệu nano, xúc tác và linh kiện.",
        "A key laboratory for transmission and scanning electron microscopy and X-ray diffraction in nanomaterials, "
        "catalysis and devices.",
        ["Vật liệu nano", "Xúc tác", "Phân tích cấu trúc tinh thể"], ["energy-materials", "semiconductors"],
        ["electronics", "energy"], 20, [
            item("Kính hiển vi điện tử truyền qua 200 kV", "200 kV transmission electron microscope",
                 "electron-microscope", "JEOL", "JEM-2100F", 2016, 38000, 3500),
            item(*SEM_JEOL, 2022, 13500, 1600, condition="new"),
            item(*XRD, 2018, 7400, 700),
            item("Máy phân tích nhiệt trọng lượng", "Thermogravimetric analyser", "thermal-analysis",
                 "NETZSCH", "TG 209 F1 Libra", 2019, 1600, 250),
            item("Máy đo diện tích bề mặt BET", "BET surface area analyser", "materials-test", "Micromeritics",
                 "TriStar II Plus", 2017, 1900, 300),
        ], accreditation="ISO/IEC 17025 (VILAS 536)"),
    lab("vien-cong-nghe-sinh-hoc-vast", "Phòng thí nghiệm Hệ gen và Công nghệ Gen", "Genomics and Gene Technology "
        "Laboratory",
        "Giải trình tự gen, phân tích biểu hiện gen và chỉ thị phân tử cho nghiên cứu y sinh, nông nghiệp và "
        "đa dạng sinh học.",
        "Gene sequencing, expression analysis and molecular markers for biomedical, agricultural and "
        "biodiversity research.",
        ["Hệ gen vi sinh vật", "Chỉ thị phân tử cây trồng", "Tin sinh học"], ["biotech"], ["healthtech", "agritech"],
        25, [
            item(*MISEQ, 2019, 2600, 1200),
            item(*QPCR, 2020, 1050, 300),
            item("Máy giải trình tự Sanger", "Sanger capillary sequencer", "sequencer", "Applied Biosystems",
                 "3500 Genetic Analyzer", 2015, 3300, 500, condition="fair"),
            item("Máy PCR gradient", "Gradient thermal cycler", "pcr", "Eppendorf", "Mastercycler X50s", 2021, 280,
                 80),
            item("Máy đếm tế bào dòng chảy", "Flow cytometer", "other", "BD Biosciences", "FACSCanto II", 2016,
                 4200, 700),
        ], accreditation="ISO/IEC 17025 (VILAS 1029)"),
    lab("truong-dai-hoc-y-ha-noi", "Phòng xét nghiệm Sinh học Phân tử", "Molecular Biology Laboratory",
        "Phòng xét nghiệm an toàn sinh học cấp II, thực hiện xét nghiệm di truyền, tác nhân gây bệnh và nghiên "
        "cứu lâm sàng.",
        "A biosafety level 2 laboratory for genetic and pathogen testing and clinical research.",
        ["Di truyền y học", "Vi sinh lâm sàng", "Ung thư học phân tử"], ["biotech"], ["healthtech", "pharma"], 12, [
            item(*QPCR, 2021, 1100, 350),
            item(*MISEQ, 2021, 2700, 1500),
            item("Tủ an toàn sinh học cấp II", "Class II biosafety cabinet", "other", "Esco", "Airstream AC2", 2021,
                 180, None, bookable=False),
            item("Máy tách chiết axit nucleic tự động", "Automated nucleic acid extractor", "other",
                 "Thermo Fisher Scientific", "KingFisher Flex", 2020, 850, 150),
        ], accreditation="ISO 15189"),
    lab("truong-dai-hoc-duoc-ha-noi", "Phòng Kiểm nghiệm và Phân tích Dược", "Pharmaceutical Testing and Analysis "
        "Laboratory",
        "Kiểm nghiệm nguyên liệu và thành phẩm thuốc, dược liệu, thực phẩm chức năng theo dược điển Việt Nam.",
        "Tests raw materials and finished drugs, herbal medicines and supplements to the Vietnamese "
        "Pharmacopoeia.",
        ["Kiểm nghiệm thuốc", "Dược liệu", "Sinh khả dụng"], ["biotech"], ["pharma"], 20, [
            item(*HPLC, 2020, 1400, 450),
            item(*HPLC, 2022, 1450, 450, condition="new"),
            item("Sắc ký lỏng ghép khối phổ ba tứ cực", "Triple-quadrupole LC-MS/MS", "mass-spectrometer",
                 "Thermo Fisher Scientific", "TSQ Altis", 2021, 10500, 1500),
            item("Máy thử độ hòa tan", "Dissolution tester", "materials-test", "Agilent", "708-DS", 2019, 900,
                 150),
            item("Máy chuẩn độ Karl Fischer", "Karl Fischer titrator", "other", "Metrohm", "917 Coulometer", 2018,
                 320, 80),
        ], accreditation="ISO/IEC 17025 (VILAS 1196); GLP"),
    lab("hoc-vien-nong-nghiep-viet-nam", "Phòng thí nghiệm Công nghệ Sinh học Thực vật", "Plant Biotechnology "
        "Laboratory",
        "Nhân giống in vitro, chọn tạo giống bằng chỉ thị phân tử và lên men vi sinh cho nông nghiệp.",
        "In vitro propagation, marker-assisted breeding and microbial fermentation for agriculture.",
        ["Nuôi cấy mô", "Chọn giống nhờ chỉ thị phân tử", "Chế phẩm vi sinh"], ["biotech"], ["agritech"], 35, [
            item(*QPCR, 2018, 980, 250),
            item("Nồi lên men 50 lít", "50-litre bioreactor", "bioreactor", "Sartorius", "Biostat B", 2017, 2300,
                 300),
            item("Nồi lên men 5 lít", "5-litre bioreactor", "bioreactor", "Eppendorf", "BioFlo 120", 2020, 700,
                 120),
            item("Tủ nuôi cấy có điều khiển khí hậu", "Plant growth chamber", "environmental-chamber", "Conviron",
                 "A1000", 2016, 1100, 60, condition="fair"),
        ], free=True, training=True),
    lab("vien-khoa-hoc-va-cong-nghe-viet-nam-han-quoc", "Phòng thí nghiệm Vật liệu và Linh kiện Bán dẫn",
        "Semiconductor Materials and Devices Laboratory",
        "Phòng thí nghiệm tại Hòa Lạc về vật liệu bán dẫn thế hệ mới, pin mặt trời và linh kiện quang điện tử.",
        "A Hoa Lac laboratory for next-generation semiconductor materials, solar cells and optoelectronic devices.",
        ["Vật liệu bán dẫn thế hệ mới", "Pin mặt trời perovskite", "Quang điện tử"],
        ["semiconductors", "energy-materials"], ["electronics", "energy"], 20, [
            item(*SEM_JEOL, 2021, 13200, 1500),
            item(*XRD, 2021, 7600, 700),
            item("Hệ bốc bay chùm điện tử", "Electron-beam evaporator", "deposition", "ULVAC", "EX-400", 2020, 6100,
                 800),
            item("Máy mô phỏng mặt trời", "Solar simulator", "materials-test", "Newport", "Oriel Sol3A", 2021, 1300,
                 200),
            item("Máy quang phổ Raman", "Raman spectrometer", "spectrometer", "HORIBA", "LabRAM HR Evolution",
                 2022, 6800, 700, condition="new"),
        ], accreditation=None, zone=HOA_LAC),
    lab("truong-dai-hoc-fpt", "Phòng thí nghiệm Trí tuệ nhân tạo", "Artificial Intelligence Laboratory",
        "Hạ tầng GPU tại Hòa Lạc cho huấn luyện mô hình ngôn ngữ và thị giác máy tính, mở cho startup AI trong "
        "khu công nghệ cao.",
        "GPU infrastructure at Hoa Lac for training language and vision models, open to AI startups in the park.",
        ["Mô hình ngôn ngữ lớn tiếng Việt", "Thị giác máy tính", "Xe tự hành"], ["ai"], ["software", "edtech"], 80, [
            item(*DGX, 2022, 5800, 500),
            item("Máy chủ AI NVIDIA DGX H100", "NVIDIA DGX H100 AI server", "gpu-cluster", "NVIDIA", "DGX H100", 2024,
                 11500, 900, condition="new"),
            item("Xe tự hành nghiên cứu", "Autonomous vehicle research platform", "robotics", "AutonomouStuff",
                 "Lexus RX450h kit", 2021, 4200, 600),
            item("Hệ camera ghi chuyển động", "Motion capture system", "robotics", "Vicon", "Vero v2.2", 2020, 1500,
                 250),
        ], free=True, training=False, zone=HOA_LAC),
    lab("trung-tam-vu-tru-viet-nam", "Phòng Tích hợp và Thử nghiệm Vệ tinh", "Satellite Assembly, Integration and "
        "Test Facility",
        "Cơ sở tích hợp và thử nghiệm môi trường cho vệ tinh nhỏ tại Hòa Lạc: chân không nhiệt, rung động, "
        "tương thích điện từ.",
        "Assembly and environmental testing of small satellites at Hoa Lac: thermal vacuum, vibration and "
        "electromagnetic compatibility.",
        ["Vệ tinh nhỏ", "Thử nghiệm môi trường không gian", "Ăng-ten và truyền thông vệ tinh"],
        ["aerospace"], ["telecom"], 10, [
            item("Buồng thử chân không nhiệt", "Thermal vacuum chamber", "environmental-chamber", "Dynavac",
                 "TVC-1.5", 2019, 25000, 4000),
            item("Hệ thử rung điện động", "Electrodynamic shaker", "materials-test", "IMV", "A30/SA5M", 2019, 12000,
                 2500),
            item("Buồng đo tương thích điện từ", "EMC anechoic chamber", "rf-test", "ETS-Lindgren", "FACT 3", 2019,
                 21000, 3000),
            item("Phòng sạch tích hợp vệ tinh", "Satellite integration cleanroom", "cleanroom", "Clean Air "
                 "Systems", "CR-100K", 2018, 15000, 2000, bookable=False),
        ], accreditation=None, training=True, zone=HOA_LAC),
    lab("hoc-vien-cong-nghe-buu-chinh-vien-thong", "Phòng thí nghiệm Mạng 5G và IoT", "5G and IoT Network "
        "Laboratory",
        "Mạng 5G độc lập thu nhỏ và thiết bị đo RF để thử nghiệm thiết bị, ứng dụng IoT và phần mềm mạng lõi.",
        "A small standalone 5G network and RF test equipment for testing devices, IoT applications and core "
        "network software.",
        ["Mạng 5G độc lập", "IoT công nghiệp", "An ninh mạng viễn thông"], ["mobile-networks", "cybersecurity"],
        ["telecom"], 40, [
            item("Mạng 5G thử nghiệm (lõi và trạm gốc)", "5G testbed (core and base station)", "network-testbed",
                 "Amarisoft", "Callbox Ultimate", 2022, 3600, 500),
            item("Máy phân tích phổ tín hiệu", "Signal and spectrum analyser", "rf-test", "Keysight", "N9020B MXA",
                 2020, 2400, 350),
            item("Máy phát tín hiệu vector", "Vector signal generator", "rf-test", "Rohde & Schwarz", "SMW200A",
                 2021, 3800, 450),
            item("Bộ mô phỏng kênh vô tuyến", "Radio channel emulator", "rf-test", "Keysight", "PROPSIM F64", 2022,
                 9800, 1200),
        ], free=True, training=False),
    lab("vien-cong-nghe-vi-mach-hoa-lac", "Phòng Đo kiểm và Phân tích Hỏng hóc Chip", "Chip Test and Failure "
        "Analysis Laboratory",
        "Đo kiểm tham số, kiểm thử chức năng và phân tích hỏng hóc cho vi mạch do các nhóm thiết kế trong nước "
        "đặt chế tạo.",
        "Parametric and functional testing and failure analysis of chips made for Vietnamese design teams.",
        ["Kiểm thử chip RISC-V", "Phân tích hỏng hóc", "Độ tin cậy linh kiện"], ["semiconductors"], ["electronics"],
        30, [
            item("Hệ kiểm thử chip tự động", "Automatic test equipment", "semiconductor-test", "Advantest",
                 "V93000", 2022, 42000, 5000),
            item("Trạm dò wafer bán tự động", "Semi-automatic wafer probe station", "semiconductor-test",
                 "FormFactor", "Summit 200", 2022, 6800, 900),
            item("Máy phân tích tham số bán dẫn", "Semiconductor parameter analyser", "semiconductor-test",
                 "Keysight", "B1500A", 2022, 3300, 600),
            item(*SEM_JEOL, 2023, 13800, 1600, condition="new"),
            item("Máy chụp X-quang 3D linh kiện", "3D X-ray inspection system", "x-ray", "Nordson", "XM8000", 2023,
                 8200, 1100),
        ], accreditation=None, zone=HOA_LAC),
    lab("vien-robot-va-tu-dong-hoa-bac-bo", "Xưởng Robot và Chế tạo số", "Robotics and Digital Fabrication "
        "Workshop",
        "Xưởng chế tạo mẫu với robot công nghiệp, máy CNC và máy in 3D, hỗ trợ startup phần cứng làm sản phẩm "
        "mẫu.",
        "A prototyping workshop with industrial robots, CNC machines and 3D printers that helps hardware startups "
        "build prototypes.",
        ["Robot công nghiệp", "Chế tạo số", "Thị giác máy cho tự động hóa"], ["robotics"],
        ["manufacturing", "logistics"], 45, [
            item("Cánh tay robot 6 trục", "6-axis industrial robot arm", "robotics", "ABB", "IRB 1600", 2020, 1800,
                 300),
            item("Robot cộng tác", "Collaborative robot", "robotics", "Universal Robots", "UR10e", 2022, 1200, 250),
            item("Trung tâm gia công CNC 5 trục", "5-axis CNC machining centre", "cnc", "DMG MORI", "DMU 50", 2019,
                 9500, 900),
            item("Máy in 3D kim loại", "Metal 3D printer", "3d-printer", "EOS", "M 290", 2021, 16000, 2200),
            item("Máy in 3D công nghiệp", "Industrial 3D printer", "3d-printer", "Stratasys", "F370", 2020, 1400,
                 200),
            item("Máy cắt laser CO₂", "CO₂ laser cutter", "cnc", "Trotec", "Speedy 400", 2019, 850, 150),
        ], free=True, training=True),
    lab("truong-dai-hoc-phenikaa", "Phòng thí nghiệm Vật liệu Tiên tiến", "Advanced Materials Laboratory",
        "Chế tạo và phân tích vật liệu tiên tiến: vật liệu từ, vật liệu quang và màng mỏng cho cảm biến.",
        "Synthesis and analysis of advanced materials: magnetic and optical materials and thin films for sensors.",
        ["Vật liệu từ", "Vật liệu quang", "Cảm biến"], ["energy-materials"], ["electronics", "energy"], 20, [
            item("Kính hiển vi điện tử quét", "Scanning electron microscope", "electron-microscope", "Zeiss",
                 "Sigma 300", 2020, 11000, 1400),
            item(*XRD, 2020, 7300, 700),
            item("Máy phân tích nhiệt vi sai", "Differential scanning calorimeter", "thermal-analysis", "NETZSCH",
                 "DSC 214 Polyma", 2021, 1200, 200),
            item("Từ kế mẫu rung", "Vibrating sample magnetometer", "materials-test", "Lake Shore", "8600 Series",
                 2019, 5200, 600),
            item("Kính hiển vi quang học soi nổi", "Stereo optical microscope", "optical-microscope", "Olympus",
                 "SZX16", 2018, 450, 80),
        ], accreditation=None),
    # Waiting for a curator: the queue has something to show.
    lab("vien-y-sinh-hoc-phan-tu-ha-noi", "Phòng Giải trình tự Gen và Tin sinh học", "Sequencing and "
        "Bioinformatics Laboratory",
        "Giải trình tự thế hệ mới cho nghiên cứu ung thư và bệnh di truyền; phân tích dữ liệu hệ gen.",
        "Next-generation sequencing for cancer and genetic disease research, with genome data analysis.",
        ["Ung thư học phân tử", "Bệnh di truyền hiếm", "Tin sinh học"], ["biotech", "ai"], ["healthtech"], 15, [
            item("Máy giải trình tự gen thông lượng cao", "High-throughput sequencer", "sequencer", "Illumina",
                 "NextSeq 550", 2023, 6300, 2500, condition="new"),
            item("Hệ thống PCR định lượng", "Real-time PCR system", "pcr", "Thermo Fisher Scientific",
                 "QuantStudio 5", 2023, 1150, 350, condition="new"),
            item("Máy điện di mao quản tự động", "Automated capillary electrophoresis", "other", "Agilent",
                 "4200 TapeStation", 2023, 950, 200),
        ], pending=True),
    lab("truong-dai-hoc-cong-nghiep-ha-noi", "Xưởng Cơ khí Chính xác và Đo lường", "Precision Engineering and "
        "Metrology Workshop",
        "Gia công chính xác và đo lường ba chiều phục vụ doanh nghiệp phụ trợ cơ khí, điện tử.",
        "Precision machining and 3D metrology for mechanical and electronics supporting industries.",
        ["Gia công chính xác", "Đo lường 3D", "Khuôn mẫu"], ["robotics"], ["manufacturing"], 30, [
            item("Máy đo tọa độ 3D", "Coordinate measuring machine", "materials-test", "Zeiss", "CONTURA", 2019,
                 4800, 500),
            item("Máy tiện CNC", "CNC lathe", "cnc", "Mazak", "QUICK TURN 200", 2018, 3200, 350),
            item("Máy phay CNC 3 trục", "3-axis CNC milling machine", "cnc", "Haas", "VF-2", 2017, 2400, 300,
                 condition="fair"),
        ], pending=True),
]

FEE_SCHEDULE = ("Phí tính theo giờ máy như trong danh mục thiết bị, đã gồm vật tư tiêu hao cơ bản. "
                "Đơn vị công lập và nhóm nghiên cứu của trường được giảm 30%.")
FREE_NOTE = " Startup có dự án trong vườn ươm của thành phố được miễn phí tối đa 20 giờ mỗi quý."
ACCESS_TERMS = ("Đặt lịch qua trang này ít nhất 5 ngày làm việc trước. Người dùng bên ngoài làm việc trong giờ hành "
                "chính, có cán bộ của phòng thí nghiệm hỗ trợ. Kết quả đo thuộc về người đặt lịch.")
SAFETY_RULES = ("Mặc áo blouse, đeo kính bảo hộ và găng tay theo quy định của từng thiết bị. Không mang đồ ăn, "
                "thức uống vào phòng. Báo ngay cho cán bộ phụ trách khi có sự cố.")
