"""Invented startups (sample data): product archetypes × brand names × stages × places.

Every startup gets a legal-style Vietnamese name, an English name, a Markdown description that says
what it builds, for whom, how far it has got and where it is incubated, and fundraising facts
consistent with its stage."""
from ..text import slugify
from .catalogue_deeptech import DEEPTECH
from .catalogue_digital import DIGITAL
from .spec import ascii_text, org, para, place_label, usd_en, usd_vi

ARCHETYPES = DIGITAL + DEEPTECH

ROOTS = {
    "fintech": ["Fin", "Pay", "Ledger", "Credi", "Vault"], "edtech": ["Edu", "Learn", "Skill", "Study", "Class"],
    "healthtech": ["Medi", "Care", "Vita", "Pulse", "Heal"], "agritech": ["Agri", "Farm", "Crop", "Seed", "Harvest"],
    "logistics": ["Ship", "Route", "Cargo", "Fleet", "Depot"], "manufacturing": ["Fab", "Mech", "Forge", "Line"],
    "energy": ["Volt", "Solar", "Watt", "Grid", "Amp"], "environment": ["Eco", "Green", "Terra", "Aqua", "Cycle"],
    "ecommerce": ["Shop", "Cart", "Sell", "Market"], "tourism": ["Trip", "Tour", "Roam", "Journey"],
    "proptech": ["Home", "Build", "Estate", "Rent"], "media": ["Pixel", "Story", "Frame", "Toon"],
    "govtech": ["Civic", "City", "Urban", "Public"], "telecom": ["Wave", "Signal", "Radio", "Link"],
    "software": ["Data", "Byte", "Logic", "Code", "Cogni"], "electronics": ["Chip", "Silic", "Circuit", "Nano"],
    "pharma": ["Pharma", "Herb", "Bio", "Gene"], "textiles": ["Thread", "Fabric", "Loom", "Stitch"],
    "hrtech": ["Talent", "Hire", "Work", "Crew"], "legaltech": ["Lex", "Juris", "Clause", "Legal"],
}
SUFFIXES = ["ly", "io", "X", "Hub", "Lab", "Loop", "Mind", "Wise", "Go", "Sense", "Flow", "Nest", "Bit", "Mate",
            "Tek", "AI", "Verse", "Pilot", "Stack", "Point", "Base", "Bee", "Spark", "Way"]
VN_BRANDS = {
    "agritech": ["Lúa Vàng", "Mạ Non", "Nông Trí", "Ruộng Số", "Vườn Số", "Gạo Mới", "Cỏ May", "Phù Sa Xanh"],
    "edtech": ["Bạn Học", "Thầy Số", "Bút Nghiên", "Ươm Mầm", "Lớp Mở"],
    "healthtech": ["Y Việt", "Tâm An", "Minh Tâm", "Phúc An", "Nhịp Tim"],
    "pharma": ["Dược Việt Xanh", "Vườn Thuốc Xanh", "Hương Cau"],
    "environment": ["Nhà Xanh", "Sương Sớm", "Sông Xanh", "Trời Trong"],
    "logistics": ["Kho Số", "Đường Việt", "Thuyền Rồng"], "legaltech": ["Luật Việt Số", "Cán Cân"],
    "cybersecurity": ["Lá Chắn", "Khiên Việt"], "telecom": ["Sóng Xanh", "Nhịp Việt"],
    "electronics": ["Mạch Việt", "Hạt Ngọc", "Lõi Việt"],
    "*": ["Đông Sơn", "Hoa Ban", "Mầm Xanh", "Tre Việt", "Sen Hồng", "Mây Số", "Nắng Mai", "Trống Đồng", "Ba Vì",
          "Tâm Việt", "Ngọc Hà", "Trí Việt", "Gió Mới", "Ánh Dương", "Chim Lạc", "Hoa Sữa", "Phố Hiến", "Sóng Biếc",
          "Hải Đăng", "Đèn Lồng", "Cầu Vồng", "Tổ Ong", "Đồng Xanh", "Cánh Buồm", "Chân Trời"],
}
# Compounds that are well-known brands elsewhere.
TAKEN = {"ShopBase", "PayPoint", "DataFlow", "CodeBase", "Shopify", "Payly", "Fabio", "CityPoint", "Toonly"}
FORMS = [("Công ty Cổ phần {b}", "{b} JSC"), ("Công ty Cổ phần Công nghệ {b}", "{b} Technology JSC"),
         ("Công ty TNHH {b}", "{b} Co., Ltd."), ("Công ty TNHH Giải pháp {b}", "{b} Solutions Co., Ltd."),
         ("Công ty Cổ phần Đổi mới Sáng tạo {b}", "{b} Innovation JSC")]

STAGES = [("idea", 10), ("pre-seed", 24), ("seed", 34), ("series-a", 18), ("series-b", 8), ("growth", 6)]
STAGE_VI = {"idea": "ý tưởng", "pre-seed": "tiền hạt giống", "seed": "hạt giống", "series-a": "Series A",
            "series-b": "Series B", "growth": "tăng trưởng"}
STAGE_EN = {"idea": "idea", "pre-seed": "pre-seed", "seed": "seed", "series-a": "Series A",
            "series-b": "Series B", "growth": "growth"}
# team size range, fundraising range (USD), founding years
STAGE_FACTS = {"idea": ((2, 6), (20_000, 100_000), (2023, 2024)),
               "pre-seed": ((3, 11), (50_000, 300_000), (2021, 2024)),
               "seed": ((6, 26), (250_000, 1_500_000), (2019, 2024)),
               "series-a": ((20, 81), (2_000_000, 8_000_000), (2016, 2022)),
               "series-b": ((60, 201), (8_000_000, 25_000_000), (2013, 2020)),
               "growth": ((120, 401), (15_000_000, 40_000_000), (2010, 2017))}
TRACTION = {
    "idea": [("Nhóm sáng lập đã phỏng vấn hơn {n} khách hàng tiềm năng và đang hoàn thiện bản mẫu đầu tiên.",
              "The founders have interviewed more than {n} prospective customers and are finishing a first prototype.",
              20, 60),
             ("Ý tưởng đoạt giải trong một cuộc thi khởi nghiệp sinh viên và đang được kiểm chứng với {n} người dùng "
              "thử.",
              "The idea won a student startup competition and is being validated with {n} trial users.", 10, 40)],
    "pre-seed": [("Bản MVP đang được thử nghiệm với {n} khách hàng đầu tiên tại Hà Nội.",
                  "An MVP is being piloted with {n} early customers in Hanoi.", 3, 15),
                 ("Công ty đã ký {n} thỏa thuận thử nghiệm và có những hợp đồng trả phí đầu tiên.",
                  "It has signed {n} pilot agreements and its first paying contracts.", 2, 8)],
    "seed": [("Sản phẩm đã có {n} khách hàng trả phí, doanh thu tăng đều qua từng quý.",
              "The product has {n} paying customers, with revenue growing every quarter.", 15, 120),
             ("Công ty đã ký hợp đồng với {n} khách hàng và có biên lợi nhuận gộp dương trên mỗi khách hàng.",
              "It has signed {n} customers and earns a positive gross margin on each of them.", 10, 60)],
    "series-a": [("Công ty phục vụ hơn {n} khách hàng tại {p} tỉnh, thành phố và đang mở rộng ra Đông Nam Á.",
                  "It serves more than {n} customers in {p} provinces and is expanding into Southeast Asia.", 100, 600),
                 ("Doanh thu năm gần nhất tăng gấp {k} lần, với hơn {n} khách hàng doanh nghiệp.",
                  "Revenue grew {k}-fold last year, with more than {n} business customers.", 80, 400)],
    "series-b": [("Công ty có hơn {n} khách hàng, văn phòng tại Thành phố Hồ Chí Minh và đối tác ở {c} quốc gia.",
                  "It has more than {n} customers, an office in Ho Chi Minh City and partners in {c} countries.", 500,
                  3000)],
    "growth": [("Sản phẩm được hơn {n} tổ chức trong và ngoài nước sử dụng; công ty đã có lãi trong {k} năm liên tiếp.",
                "Its products are used by more than {n} organisations at home and abroad; it has been profitable "
                "for {k} years in a row.", 1000, 8000)],
}
USE_OF_FUNDS = {
    "idea": ("hoàn thiện sản phẩm mẫu", "finish the prototype"),
    "pre-seed": ("hoàn thiện sản phẩm và tìm khách hàng trả phí đầu tiên",
                 "finish the product and win paying customers"),
    "seed": ("mở rộng đội ngũ kỹ thuật và bán hàng", "grow the engineering and sales teams"),
    "series-a": ("mở rộng thị trường ra các tỉnh phía Nam và Đông Nam Á",
                 "expand to southern Vietnam and Southeast Asia"),
    "series-b": ("đầu tư năng lực sản xuất và mở rộng khu vực", "invest in capacity and regional expansion"),
    "growth": ("mở rộng ra thị trường quốc tế", "expand internationally"),
}
CITY_WARDS = ["Cầu Giấy", "Nghĩa Đô", "Yên Hòa", "Thanh Xuân", "Đống Đa", "Láng", "Hai Bà Trưng", "Bạch Mai",
              "Tây Hồ", "Long Biên", "Hà Đông", "Từ Liêm", "Xuân Phương", "Hoàn Kiếm", "Ba Đình", "Kim Liên",
              "Hoàng Mai", "Phú Diễn", "Tây Mỗ", "Phương Liệt"]
AGRI_COMMUNES = ["Gia Lâm", "Thạch Thất", "Đông Anh", "Sóc Sơn", "Mê Linh", "Chương Mỹ", "Ba Vì", "Thanh Trì",
                 "Đan Phượng", "Phú Xuyên"]
# Research organisations a spin-off may come from, by technology.
SPINOUT_SOURCES = {
    "ai": ["truong-dai-hoc-cong-nghe-dhqghn", "dai-hoc-bach-khoa-ha-noi", "vien-tri-tue-nhan-tao-ung-dung-thang-long",
           "vien-cong-nghe-thong-tin-vast"],
    "semiconductors": ["dai-hoc-bach-khoa-ha-noi", "vien-cong-nghe-vi-mach-hoa-lac", "truong-dai-hoc-cong-nghe-dhqghn"],
    "biotech": ["vien-cong-nghe-sinh-hoc-vast", "truong-dai-hoc-khoa-hoc-tu-nhien-dhqghn",
                "hoc-vien-nong-nghiep-viet-nam",
                "vien-y-sinh-hoc-phan-tu-ha-noi", "vien-cong-nghe-sinh-hoc-nong-nghiep-song-hong"],
    "robotics": ["dai-hoc-bach-khoa-ha-noi", "vien-robot-va-tu-dong-hoa-bac-bo", "truong-dai-hoc-cong-nghiep-ha-noi"],
    "energy-materials": ["vien-khoa-hoc-vat-lieu-vast", "vien-nang-luong-tai-tao-va-luu-tru",
                         "dai-hoc-bach-khoa-ha-noi"],
    "aerospace": ["trung-tam-vu-tru-viet-nam", "vien-cong-nghe-vu-tru-ung-dung-tan-vien",
                  "truong-dai-hoc-cong-nghe-dhqghn"],
    "mobile-networks": ["hoc-vien-cong-nghe-buu-chinh-vien-thong", "truong-dai-hoc-cong-nghe-dhqghn"],
    "cybersecurity": ["hoc-vien-cong-nghe-buu-chinh-vien-thong", "vien-an-ninh-mang-va-mat-ma-ung-dung"],
}


def _weighted(rng, pairs):
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def _brand(rng, arch, used):
    """A fresh brand: an English-style compound (AgriSense) or a Vietnamese name (Mạ Non)."""
    for _ in range(200):
        if rng.random() < 0.55:
            root = rng.choice(ROOTS[rng.choice(arch["sectors"])])
            suffix = rng.choice(SUFFIXES)
            if root.lower().endswith(suffix.lower()) or root[-1].lower() == suffix[0].lower():
                continue
            brand = root + suffix
            if brand in TAKEN:
                continue
        else:
            keys = [k for k in arch["sectors"] + arch["technologies"] if k in VN_BRANDS]
            pool = VN_BRANDS[rng.choice(keys)] if keys and rng.random() < 0.5 else VN_BRANDS["*"]
            brand = rng.choice(pool)
        if slugify(brand) not in used:
            used.add(slugify(brand))
            return brand
    raise RuntimeError("ran out of brand names")


def _round_count(n):
    """Counts as people say them: 73, 310, 2,100."""
    step = 100 if n >= 1000 else 10 if n >= 100 else 1
    return n // step * step


def _round(amount):
    step = 100_000 if amount >= 1_000_000 else 10_000
    return max(step, amount // step * step)


def _own_office(rng, arch):
    """Where a startup outside an incubator sits: (fields, place name vi, place name en)."""
    if arch["place"] == "hoa-lac":
        return ({"ward": "Hòa Lạc", "zone": "khu-cong-nghe-cao-hoa-lac"}, "Khu công nghệ cao Hòa Lạc",
                "Hoa Lac Hi-Tech Park")
    ward = rng.choice(AGRI_COMMUNES if arch["place"] == "agri" else CITY_WARDS)
    label_vi, label_en = place_label(ward)
    return {"ward": ward}, f"{label_vi}, Hà Nội", f"{label_en}, Hanoi"


def _location(rng, arch, incubators, stage, founded):
    """(incubator spec or None, fields for ward/zone, sentence vi, sentence en).

    Early-stage startups sit in an incubator whose sectors match; Series A ones may be alumni
    of an incubator older than them; the others have their own office."""
    sector_match = [h for h in incubators if set(h["data"]["sectors"]) & set(arch["sectors"])]
    candidates = [h for h in sector_match if h["place"] == arch["place"]] or sector_match
    if stage in ("idea", "pre-seed", "seed") and candidates and rng.random() < 0.75:
        hub = rng.choice(candidates)
        data = hub["data"]
        fields = {k: data[k] for k in ("ward", "zone") if data.get(k)}
        vi, en = rng.choice([
            (f"Công ty đang được ươm tạo tại {data['name']}.", f"It is incubated at {data['name_en']}."),
            (f"Nhóm tham gia chương trình ươm tạo của {data['name']} và đặt văn phòng tại đây.",
             f"The team joined the {data['name_en']} programme and has its office there.")])
        return hub, fields, vi, en
    fields, where_vi, where_en = _own_office(rng, arch)
    older = [h for h in candidates if h["data"]["founded_year"] <= founded]
    if stage == "series-a" and older and rng.random() < 0.5:
        hub = rng.choice(older)
        year = min(founded + rng.randint(1, 2), 2024)
        return (hub, fields,
                f"Công ty tốt nghiệp chương trình ươm tạo của {hub['data']['name']} năm {year}, nay đặt trụ sở "
                f"tại {where_vi}.",
                f"It graduated from the {hub['data']['name_en']} programme in {year} and is now based in {where_en}.")
    if "zone" in fields:
        return None, fields, f"Văn phòng và phòng thí nghiệm của công ty đặt tại {where_vi}.", \
            f"Its office and laboratory are in {where_en}."
    return None, fields, f"Công ty đặt trụ sở tại {where_vi}.", f"It is based in {where_en}."


def build_startups(rng, incubators, academic_names, count=170):
    """`incubators`: incubator specs (with place); `academic_names`: slug -> (name, name_en) of research orgs."""
    used = set()
    order = [ARCHETYPES[i % len(ARCHETYPES)] for i in range(count)]
    rng.shuffle(order)
    specs = []
    for arch in order:
        brand = _brand(rng, arch, used)
        stage = _weighted(rng, STAGES)
        (team_lo, team_hi), (fund_lo, fund_hi), (year_lo, year_hi) = STAGE_FACTS[stage]
        team = rng.randrange(team_lo, team_hi)
        funding = _round(rng.randrange(fund_lo, fund_hi)) if stage != "growth" or rng.random() < 0.5 else None
        if stage == "idea":
            name, name_en = f"Dự án khởi nghiệp {brand}", f"{ascii_text(brand)} (pre-company team)"
        else:
            form_vi, form_en = rng.choice(FORMS)
            name, name_en = form_vi.format(b=brand), form_en.format(b=ascii_text(brand))
        customer_vi, customer_en = rng.choice(arch["customers"])
        feature_vi, feature_en = rng.choice(arch["features"])
        t_vi, t_en, lo, hi = rng.choice(TRACTION[stage])
        n = _round_count(rng.randint(lo, hi))
        numbers = {"k": rng.randint(2, 5), "p": rng.randint(8, 30), "c": rng.randint(3, 9)}
        traction_vi = t_vi.format(n=f"{n:,}".replace(",", "."), **numbers)
        traction_en = t_en.format(n=f"{n:,}", **numbers)
        founded = rng.randint(year_lo, year_hi)
        hub, fields, where_vi, where_en = _location(rng, arch, incubators, stage, founded)
        origin_vi = origin_en = ""
        sources = [s for t in arch["technologies"] for s in SPINOUT_SOURCES.get(t, []) if s in academic_names]
        if sources and arch["place"] != "city" and rng.random() < 0.45:
            src_vi, src_en = academic_names[rng.choice(sources)]
            origin_vi = f"Công nghệ cốt lõi được phát triển từ một nhóm nghiên cứu tại {src_vi}."
            origin_en = f"Its core technology comes from a research group at {src_en}."
        opening_vi, opening_en = rng.choice([
            (f"**{brand}** phát triển {arch['vi']}; khách hàng mục tiêu là {customer_vi}.",
             f"**{ascii_text(brand)}** builds {arch['en']}; its target customers are {customer_en}."),
            (f"**{brand}** cung cấp {arch['vi']}, phục vụ chủ yếu {customer_vi}.",
             f"**{ascii_text(brand)}** offers {arch['en']}, mainly serving {customer_en}."),
            (f"**{brand}** xây dựng {arch['vi']}, bắt đầu với nhóm khách hàng là {customer_vi}.",
             f"**{ascii_text(brand)}** is developing {arch['en']}, starting with {customer_en}.")])
        # At most five sentences: a spin-off's origin takes the place of the product detail.
        vi = para(opening_vi, origin_vi or feature_vi, traction_vi, where_vi)
        en = para(opening_en, origin_en or feature_en, traction_en, where_en)
        if funding:
            use_vi, use_en = USE_OF_FUNDS[stage]
            vi += f"\n\nCông ty đang gọi vốn **{usd_vi(funding)}** ở vòng {STAGE_VI[stage]} để {use_vi}."
            en += f"\n\nIt is raising **{usd_en(funding)}** in a {STAGE_EN[stage]} round to {use_en}."
        tags = list(arch["tags"])
        if fields.get("zone") == "khu-cong-nghe-cao-hoa-lac":
            tags.append("Hòa Lạc")
        if origin_vi:
            tags.append("Spin-off nghiên cứu")
        product = arch["vi"][0].upper() + arch["vi"][1:]
        spec = org("startup", slugify(ascii_text(brand)), name, name_en, vi, en, sample=True, short_name=brand,
                   stage=stage, team_size=team, funding_sought_usd=funding, product=product,
                   founded_year=founded, employee_count=team,
                   technologies=arch["technologies"], sectors=arch["sectors"], tags=tags, **fields)
        spec.update(archetype=arch["key"], stage=stage, incubator=hub["data"]["slug"] if hub else None,
                    product_en=arch["en"])
        specs.append(spec)
    return specs
