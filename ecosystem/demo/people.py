"""Invented people (sample data): researchers at universities and institutes, experts, founders.

People are generated against the organisations already created (`Directory`), so every
affiliation, position and bio names a real listing of the demo, and expertise fits it."""
from ..text import slugify
from .people_data import (
    FAMILY,
    FIELDS,
    GIVEN_F,
    GIVEN_M,
    HONORIFIC_EN,
    HONORIFICS,
    INSTITUTE_ROLES,
    MIDDLE_F,
    MIDDLE_M,
    PHD_COUNTRIES,
    UNIVERSITY_ROLES,
)
from .spec import ascii_text, para

EXPERT_TRACKS = [
    # (track, organisation kind, count, roles, expertise, what they do vi/en)
    ("investment", "investor", 10,
     [("Giám đốc đầu tư", "Investment Director"), ("Đối tác điều hành", "Managing Partner"),
      ("Chuyên viên phân tích đầu tư", "Investment Analyst"), ("Phó Giám đốc đầu tư", "Deputy Investment Director")],
     ["Đầu tư mạo hiểm", "Thẩm định doanh nghiệp", "Định giá", "Tài chính doanh nghiệp", "Quản trị danh mục"],
     ("phụ trách tìm kiếm, thẩm định thương vụ và đồng hành cùng các doanh nghiệp trong danh mục",
      "sources and assesses deals and supports portfolio companies")),
    ("mentoring", "incubator", 7,
     [("Giám đốc chương trình ươm tạo", "Incubation Programme Director"), ("Cố vấn khởi nghiệp", "Startup Mentor"),
      ("Quản lý cộng đồng khởi nghiệp", "Startup Community Manager")],
     ["Phát triển sản phẩm", "Mô hình kinh doanh", "Gọi vốn", "Tăng trưởng khách hàng", "Khởi nghiệp tinh gọn"],
     ("hướng dẫn các nhóm khởi nghiệp kiểm chứng thị trường, xây dựng sản phẩm và chuẩn bị gọi vốn",
      "coaches startup teams on market validation, product building and fundraising")),
    ("industry", "company", 9,
     [("Giám đốc công nghệ", "Chief Technology Officer"), ("Giám đốc nghiên cứu và phát triển", "R&D Director"),
      ("Kiến trúc sư giải pháp", "Solutions Architect")],
     ["Quản lý công nghệ", "Chuyển đổi số", "Quản lý chất lượng", "Cải tiến quy trình"],
     ("dẫn dắt đội ngũ kỹ thuật và các dự án đổi mới công nghệ của công ty",
      "leads the engineering team and the company's technology projects")),
    ("legal", "incubator", 4,
     [("Cố vấn pháp lý và sở hữu trí tuệ", "Legal and IP Adviser")],
     ["Sở hữu trí tuệ", "Chuyển giao công nghệ", "Pháp lý doanh nghiệp", "Hợp đồng đầu tư"],
     ("tư vấn cho các nhóm khởi nghiệp về bảo hộ sáng chế, nhãn hiệu và hợp đồng đầu tư",
      "advises startups on patents, trademarks and investment agreements")),
]
# A closing sentence per track ({G}/{He_}: pronoun, {n}: a count).
EXPERT_EXTRAS = {
    "investment": [("{G} từng tham gia thẩm định hơn {n} thương vụ đầu tư.", "{He_} has assessed more than {n} deals."),
                   ("{G} là thành viên hội đồng quản trị của một số doanh nghiệp trong danh mục.",
                    "{He_} sits on the boards of several portfolio companies.")],
    "mentoring": [("{G} đã cố vấn cho hơn {n} nhóm khởi nghiệp.", "{He_} has mentored more than {n} startup teams."),
                  ("{G} thường làm giám khảo tại các cuộc thi khởi nghiệp ở Hà Nội.",
                   "{He_} often judges startup competitions in Hanoi.")],
    "industry": [("{G} phụ trách hợp tác với các trường đại học về thực tập và nghiên cứu.",
                  "{He_} runs the company's internship and research partnerships with universities."),
                 ("{G} dẫn dắt {n} dự án đổi mới công nghệ được hỗ trợ từ quỹ đổi mới.",
                  "{He_} has led {n} technology upgrade projects backed by innovation funds.")],
    "legal": [("{G} đã hỗ trợ hơn {n} doanh nghiệp khởi nghiệp đăng ký bảo hộ sở hữu trí tuệ.",
               "{He_} has helped more than {n} startups register intellectual property."),
              ("{G} giảng dạy các khóa ngắn hạn về pháp lý cho nhà sáng lập.",
               "{He_} teaches short legal courses for founders.")],
}
# (role vi, role en, what they are in charge of vi, en)
CEO = ("Nhà sáng lập kiêm Giám đốc điều hành", "Founder and CEO", "chiến lược, gọi vốn và phát triển khách hàng",
       "strategy, fundraising and sales")
CO_FOUNDERS = [("Đồng sáng lập kiêm Giám đốc công nghệ", "Co-founder and CTO", "sản phẩm và công nghệ",
                "product and technology"),
               ("Đồng sáng lập kiêm Giám đốc kinh doanh", "Co-founder and Chief Commercial Officer",
                "bán hàng và quan hệ đối tác", "sales and partnerships")]
PREVIOUS = [("kỹ sư phần mềm tại một công ty xuất khẩu phần mềm", "a software engineer at a software export company"),
            ("quản lý sản phẩm tại một doanh nghiệp thương mại điện tử", "a product manager at an e-commerce company"),
            ("tư vấn chuyển đổi số cho doanh nghiệp", "a digital transformation consultant"),
            ("kỹ sư sản xuất tại một nhà máy điện tử", "a production engineer at an electronics plant"),
            ("chuyên viên phân tích tại một ngân hàng", "an analyst at a bank")]


class Directory:
    """What the people generator needs to know about the organisations already created."""

    def __init__(self, orgs):
        self.orgs = orgs  # slug -> dict(kind, name, name_en, short, sample, sectors, technologies, archetype)

    def name(self, slug):
        return self.orgs[slug]["name"], self.orgs[slug]["name_en"]

    def host(self, slug):
        """A made-up mail host for people of this organisation, under example.org."""
        short = self.orgs[slug]["short"]
        return slugify(ascii_text(short)) if short else "-".join(slug.split("-")[-3:])

    def of_kind(self, kind, sample=None):
        return [s for s, o in self.orgs.items() if o["kind"] == kind and (sample is None or o["sample"] == sample)]


class Names:
    """Unique, plausible Vietnamese full names."""

    def __init__(self, rng):
        self.rng, self.used = rng, set()

    def __call__(self, female):
        rng = self.rng
        for _ in range(1000):
            family = rng.choices([f for f, _ in FAMILY], weights=[w for _, w in FAMILY])[0]
            middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
            given = rng.choice(GIVEN_F if female else GIVEN_M)
            full = f"{family} {middle} {given}"
            if middle != given and full not in self.used:
                self.used.add(full)
                return full, family, given
        raise RuntimeError("ran out of names")


def _pronouns(female):
    return {"g": "bà" if female else "ông", "G": "Bà" if female else "Ông", "His": "Her" if female else "His",
            "his": "her" if female else "his", "He_": "She" if female else "He"}


def _email(given, family, host):
    local = slugify(f"{ascii_text(given)} {ascii_text(family)}").replace("-", ".")
    return f"{local}@{host}.example.org"


def _person(rng, full, family, given, female, kind, honorific, role, org_name, bio_vi, bio_en, expertise, techs,
            sectors, host, pubs=None, patents=None):
    role_vi, role_en = role
    data = {"full_name": full, "kind": kind, "honorific": honorific, "position": f"{role_vi}, {org_name[0]}",
            "position_en": f"{role_en}, {org_name[1]}", "bio": bio_vi, "bio_en": bio_en,
            "expertise": ", ".join(expertise), "technologies": techs, "sectors": sectors, "province": "ha-noi",
            "publications_count": pubs, "patents_count": patents}
    if rng.random() < 0.7:
        data["email"] = _email(given, family, host)
        data["show_email"] = rng.random() < 0.2
    return data


def build_researchers(rng, directory, names, count):
    """Researchers at the universities and institutes whose research areas match their field."""
    people = []
    for _ in range(count):
        fld = rng.choices(FIELDS, weights=[f["weight"] for f in FIELDS])[0]
        slug = rng.choice([s for s in fld["orgs"] if s in directory.orgs])
        female = rng.random() < 0.45
        full, family, given = names(female)
        honorific = rng.choices([h for h, _ in HONORIFICS], weights=[w for _, w in HONORIFICS])[0]
        level = {"GS.TS.": "senior", "PGS.TS.": "senior", "TS.": "doctor", "ThS.": "master"}[honorific]
        roles = (UNIVERSITY_ROLES if directory.orgs[slug]["kind"] == "university" else INSTITUTE_ROLES)[level]
        role = rng.choice(roles)
        (t1, t1e), (t2, t2e) = rng.sample(fld["topics"], 2)
        p = _pronouns(female)
        org_vi, org_en = directory.name(slug)
        display_en = f"{HONORIFIC_EN[honorific]} {full}".strip()
        pubs = {"GS.TS.": (150, 320), "PGS.TS.": (60, 180), "TS.": (15, 80), "ThS.": (2, 15)}[honorific]
        pubs = rng.randint(*pubs)
        applied = fld["key"] not in ("math", "finance", "medicine") and honorific != "ThS."
        patents = rng.choice([0, 0, 0, 1, 2, 3, 5]) if applied else 0
        if honorific == "ThS.":
            s2_vi = f"{p['G']} đang làm luận án tiến sĩ về {t1} và đã có {pubs} bài báo khoa học."
            s2_en = f"{p['He_']} is writing a PhD thesis on {t1e} and has published {pubs} papers."
        else:
            country_vi, country_en = rng.choice(PHD_COUNTRIES)
            year = rng.randint(*{"GS.TS.": (1988, 2004), "PGS.TS.": (1996, 2014), "TS.": (2008, 2021)}[honorific])
            s2_vi = (f"{p['G']} nhận bằng tiến sĩ tại {country_vi} năm {year} và đã công bố hơn {pubs} công trình "
                     "khoa học.")
            s2_en = f"{p['He_']} received a PhD in {country_en} in {year} and has published over {pubs} papers."
        impact_vi, impact_en = rng.choice(fld["impact"])
        s4_vi = f"{p['G']} là đồng tác giả của {patents} sáng chế và giải pháp hữu ích." if patents > 1 else ""
        s4_en = f"{p['He_']} is a co-inventor of {patents} patents and utility solutions." if patents > 1 else ""
        bio_vi = para(f"{honorific} {full} là {role[0].lower()} tại **{org_vi}**, nghiên cứu về {t1} và {t2}.",
                      s2_vi, impact_vi.format(**p), s4_vi)
        bio_en = para(f"{display_en} is a {role[1].lower()} at **{org_en}**, working on {t1e} and {t2e}.",
                      s2_en, impact_en.format(**p), s4_en)
        expertise = rng.sample(fld["expertise"], min(4, len(fld["expertise"])))
        data = _person(rng, full, family, given, female, "researcher", honorific, role, (org_vi, org_en), bio_vi,
                       bio_en, expertise, fld["technologies"], fld["sectors"], directory.host(slug),
                       pubs, patents)
        affiliations = [(slug, role[0], True)]
        others = [s for s in fld["orgs"] if s in directory.orgs and s != slug]
        if others and rng.random() < 0.25:
            affiliations.append((rng.choice(others), "Cộng tác viên nghiên cứu", rng.random() < 0.5))
        people.append((data, affiliations))
    return people


def build_experts(rng, directory, names):
    people = []
    for track, kind, count, roles, expertise, (does_vi, does_en) in EXPERT_TRACKS:
        orgs = directory.of_kind(kind, sample=True)
        for _ in range(count):
            slug = rng.choice(orgs)
            o = directory.orgs[slug]
            female = rng.random() < 0.45
            full, family, given = names(female)
            honorific = rng.choices([None, "TS.", "ThS."], weights=[5, 2, 3])[0]
            role = rng.choice(roles)
            p = _pronouns(female)
            org_vi, org_en = directory.name(slug)
            years = rng.randint(8, 25)
            sectors = o["sectors"][:3]
            extra_vi, extra_en = rng.choice(EXPERT_EXTRAS[track])
            n = rng.choice([3, 4, 5]) if track == "industry" else rng.randrange(20, 90, 10)
            bio_vi = para(f"{full} là {role[0].lower()} tại **{org_vi}**, {does_vi}.",
                          f"{p['G']} có {years} năm kinh nghiệm trong lĩnh vực {o['sector_names'][0]}.",
                          extra_vi.format(n=n, **p))
            bio_en = para(f"{full} is {role[1]} at **{org_en}** and {does_en}.",
                          f"{p['He_']} has {years} years of experience in {o['sector_names_en'][0]}.",
                          extra_en.format(n=n, **p))
            data = _person(rng, full, family, given, female, "expert", honorific, role, (org_vi, org_en), bio_vi,
                           bio_en, rng.sample(expertise, 3), o["technologies"][:2], sectors,
                           directory.host(slug))
            affiliations = [(slug, role[0], True)]
            if track in ("investment", "industry") and rng.random() < 0.3:
                universities = [s for s in directory.of_kind("university")
                                if set(directory.orgs[s]["sectors"]) & set(sectors)]
                if universities:
                    affiliations.append((rng.choice(universities), "Giảng viên thỉnh giảng", True))
            people.append((data, affiliations))
    return people


def build_founders(rng, directory, names, startups, sources):
    """Founders of some startups; `sources`: technology -> research organisations spin-offs come from."""
    people = []
    chosen = rng.sample([s for s in startups if s["stage"] != "idea"], 30)
    for i, spec in enumerate(chosen):
        data_s = spec["data"]
        team = [CEO, rng.choice(CO_FOUNDERS)] if i < 10 else [CEO]
        for role_vi, role_en, duty_vi, duty_en in team:
            role = (role_vi, role_en)
            female = rng.random() < 0.35
            full, family, given = names(female)
            p = _pronouns(female)
            brand = data_s["short_name"]
            labs = [s for t in data_s["technologies"] for s in sources.get(t, []) if s in directory.orgs]
            deep = bool(labs) and ("Spin-off nghiên cứu" in data_s["tags"] or rng.random() < 0.3)
            affiliations = [(data_s["slug"], role[0], True)]
            years = rng.randint(3, 12)
            if deep:
                lab = rng.choice(labs)
                lab_vi, lab_en = directory.name(lab)
                honorific = "TS."
                prev_vi, prev_en = f"nghiên cứu viên tại {lab_vi}", f"a researcher at {lab_en}"
                affiliations.append((lab, "Nghiên cứu viên", False))
            else:
                honorific = None
                prev_vi, prev_en = rng.choice(PREVIOUS)
            bio_vi = para(f"{full} là {role[0].lower()} của **{brand}**, doanh nghiệp phát triển "
                          f"{data_s['product'][0].lower()}{data_s['product'][1:]}.",
                          f"Trước khi khởi nghiệp, {p['g']} có {years} năm làm {prev_vi}.",
                          f"{p['G']} phụ trách {duty_vi}.")
            bio_en = para(f"{full} is {role[1]} of **{ascii_text(brand)}**, whose product is {spec['product_en']}.",
                          f"Before founding the company {p['He_'].lower()} spent {years} "
                          f"years as {prev_en}.",
                          f"{p['He_']} leads {duty_en}.")
            expertise = list(data_s["tags"][:3]) + (["Kiến trúc hệ thống"] if "CTO" in role_en else ["Gọi vốn"])
            data = _person(rng, full, family, given, female, "founder", honorific, role,
                           (brand, ascii_text(brand)), bio_vi, bio_en, expertise, data_s["technologies"],
                           data_s["sectors"], slugify(ascii_text(brand)),
                           rng.randint(5, 30) if deep else None, rng.choice([0, 1, 2]) if deep else None)
            people.append((data, affiliations))
    return people
