"""Invented listings for the benchmark: one plain dict per organisation or person, deterministic by seed.

A spec holds the columns of the organisation (or person) row plus what goes into the link and
detail tables (technology, sector and ward codes, tag names, startup or investor facts), so the
same stream can be written to a database (ecosystem_generator.populate) or turned straight into
search documents (ecosystem_generator.documents).
"""
from datetime import datetime, timedelta, timezone

from ecosystem.demo.people_data import FAMILY, GIVEN_F, GIVEN_M, HONORIFICS, MIDDLE_F, MIDDLE_M
from ecosystem.demo.spec import ascii_text
from ecosystem.models import InvestorType, Stage
from ecosystem.registry.seed_data import HANOI_COMMUNES, HANOI_WARDS, PROVINCES, SECTORS, STRATEGIC_TECHNOLOGIES
from ecosystem.registry.seeding import ward_code
from ecosystem.text import fold, slugify

from . import vocabulary as v
from .descriptions import english_description, vietnamese_description

# Shares of organisation kinds among organisations (zones are counted apart: a few per ecosystem).
KIND_SHARES = (("startup", 50), ("company", 32), ("investor", 4), ("university", 1.5), ("institute", 2.5),
               ("agency", 3), ("incubator", 3.5))
PEOPLE_SHARE = 0.08
STATUS_SHARES = (("verified", 88), ("pending", 8), ("draft", 2), ("rejected", 1), ("archived", 1))
STAGE_SHARES = (("idea", 10), ("pre-seed", 24), ("seed", 34), ("series-a", 18), ("series-b", 8), ("growth", 6))
TECH_WEIGHTS = (5, 4, 1, 1, 2, 1, 2, 2, 2, 0.5)  # in STRATEGIC_TECHNOLOGIES order: AI and data are the most common
FIRST_DAY = datetime(2016, 1, 1, tzinfo=timezone.utc)
LAST_DAY = datetime(2025, 6, 30, tzinfo=timezone.utc)
OTHER_PROVINCES = [code for code, _vi, _en in PROVINCES if code != "ha-noi"]
HANOI_PLACES = HANOI_WARDS + HANOI_COMMUNES


def zone_count(n):
    """A few high-tech and industrial zones, more in a bigger ecosystem."""
    return max(4, min(40, n // 2500))


def kind_counts(n):
    """How many listings of each kind an ecosystem of `n` listings has (people under "person")."""
    zones = zone_count(n)
    people = int(n * PEOPLE_SHARE)
    organisations = n - zones - people
    total = sum(share for _kind, share in KIND_SHARES)
    counts = {kind: int(organisations * share / total) for kind, share in KIND_SHARES}
    counts["startup"] += organisations - sum(counts.values())
    counts["zone"], counts["person"] = zones, people
    return counts


class SpecFactory:
    """Draws listings one by one from a seeded random generator; keeps slugs unique."""

    def __init__(self, rng):
        self.rng = rng
        self.compounds, self.vi_brands = v.brand_pools()
        self.corpus = v.demo_corpus()
        self.tags = v.tag_pool()
        self.tag_weights = [1 / (rank + 1) ** 0.7 for rank in range(len(self.tags))]
        self.slugs = {}
        self.zone_slugs = []

    # --- shared pieces -------------------------------------------------------------------------

    def unique_slug(self, text):
        """A slug of the text, with "-2", "-3"… when it is taken (as the app does)."""
        base = slugify(text)[:80]
        count = self.slugs.get(base, 0) + 1
        self.slugs[base] = count
        return base if count == 1 else f"{base[:74]}-{count}"

    def brand(self):
        """A brand: a compound ("Hanotech"), a Vietnamese name ("Mầm Xanh"), sometimes with a trade word."""
        rng = self.rng
        brand = rng.choice(self.compounds) if rng.random() < 0.55 else rng.choice(self.vi_brands)
        if rng.random() < 0.3:
            brand += " " + rng.choice(v.ENGLISH_TECH).capitalize()
        return brand

    def dates(self):
        """(created_at, updated_at) between 2016 and mid-2025; 30% never updated."""
        span = (LAST_DAY - FIRST_DAY).total_seconds()
        created = FIRST_DAY + timedelta(seconds=self.rng.random() * span)
        if self.rng.random() < 0.3:
            return created, created
        return created, created + timedelta(seconds=self.rng.random() * (LAST_DAY - created).total_seconds())

    def place(self):
        """(province code, ward code or None, ward name or None): mostly Hanoi."""
        if self.rng.random() < 0.12:
            return self.rng.choice(OTHER_PROVINCES), None, None
        if self.rng.random() < 0.15:
            return "ha-noi", None, None
        name = self.rng.choice(HANOI_PLACES)
        return "ha-noi", ward_code(name), name

    def weighted(self, pairs):
        """One value of [(value, weight)] drawn by weight."""
        return self.rng.choices([p for p, _w in pairs], weights=[w for _p, w in pairs])[0]

    def technologies(self, count):
        """Up to `count` strategic technology codes, the common ones more often."""
        codes = [code for code, _vi, _en in STRATEGIC_TECHNOLOGIES]
        return sorted(set(self.rng.choices(codes, weights=TECH_WEIGHTS, k=count)), key=codes.index)  # taxonomy order

    def sectors(self, count):
        """Up to `count` sector codes, digital sectors more often."""
        codes = [code for code, _vi, _en in SECTORS]
        weights = [4 if code in ("software", "fintech", "edtech", "healthtech", "agritech") else 1 for code in codes]
        return sorted(set(self.rng.choices(codes, weights=weights, k=count)), key=codes.index)

    def common(self, kind, name, name_en, short_name=None):
        """Fields every organisation spec has, around its kind and names."""
        rng = self.rng
        province, ward, ward_name = self.place()
        created, updated = self.dates()
        product, customer = rng.choice(v.VI_PRODUCTS), rng.choice(v.VI_CUSTOMERS)
        slug = self.unique_slug(name)
        status = self.weighted(STATUS_SHARES)
        spec = {
            "kind": kind, "name": name, "name_en": name_en, "short_name": short_name, "slug": slug,
            "name_folded": fold(" ".join(filter(None, [name, name_en, short_name])))[:500],
            "description": vietnamese_description(rng, self.corpus, kind, name, product, customer, ward_name),
            "description_en": (english_description(rng, self.corpus, kind, name_en, ward_name)
                               if rng.random() < 0.6 else None),
            "website": f"https://{slug[:40]}.vn" if rng.random() < 0.7 else None,
            "province": province, "ward": ward, "zone": None, "status": status,
            "created_at": created, "updated_at": updated,
            "verified_at": updated if status == "verified" else None,
            "founded_year": max(1956, created.year - rng.randrange(0, 8)),
            "employee_count": rng.randrange(2, 300),
            "technologies": self.technologies(rng.randint(1, 3)), "sectors": self.sectors(rng.randint(1, 2)),
            "tags": list(dict.fromkeys(rng.choices(self.tags, weights=self.tag_weights, k=rng.randint(2, 5)))),
            "startup": None, "investor": None, "academic": None, "zone_details": None,
        }
        if self.zone_slugs and kind in ("startup", "company", "incubator") and rng.random() < 0.15:
            spec["zone"] = rng.choice(self.zone_slugs)
        return spec

    # --- organisations by kind -----------------------------------------------------------------

    def business(self, kind):
        """A startup or a company under one of the usual legal forms."""
        brand = self.brand()
        form_vi, form_en = self.rng.choice(v.LEGAL_FORMS)
        spec = self.common(kind, form_vi.format(b=brand), form_en.format(b=ascii_text(brand)), brand[:40])
        if kind == "startup":
            spec["startup"] = {"stage": self.weighted(STAGE_SHARES), "team_size": self.rng.randint(2, 200),
                               "funding_sought_usd": self.rng.randrange(20, 20_000) * 1000,
                               "product": self.rng.choice(v.VI_PRODUCTS)}
        else:
            spec["employee_count"] = self.rng.randrange(20, 5000)
        return spec

    def investor(self):
        """A fund, fund manager or angel network with its thesis and tickets."""
        brand = self.brand()
        form_vi, form_en = self.rng.choice((
            ("Quỹ Đầu tư {b} Ventures", "{b} Ventures"), ("Công ty Quản lý Quỹ {b} Capital", "{b} Capital"),
            ("Mạng lưới Nhà đầu tư Thiên thần {b}", "{b} Angel Network"), ("Quỹ Khởi nghiệp {b}", "{b} Startup Fund")))
        spec = self.common("investor", form_vi.format(b=brand), form_en.format(b=ascii_text(brand)), brand[:40])
        low = self.rng.choice((25, 50, 100, 250, 500, 1000)) * 1000
        spec["investor"] = {
            "investor_type": self.rng.choice(InvestorType.ALL),
            "thesis": f"Đầu tư vào các doanh nghiệp {self.rng.choice(v.VI_PRODUCTS)} và "
                      f"{self.rng.choice(v.VI_PRODUCTS)} giai đoạn sớm tại Việt Nam.",
            "ticket_min_usd": low, "ticket_max_usd": low * self.rng.choice((4, 10, 20)),
            "stages": sorted(self.rng.sample(Stage.ALL, 2)), "regions": ["ha-noi", "vietnam"]}
        return spec

    def academic(self, kind):
        """A university or research institute with faculties and research areas."""
        place = self.rng.choice(HANOI_PLACES)
        field_vi, field_en = self.rng.choice(ACADEMIC_FIELDS)
        if kind == "university":
            name, name_en = f"Trường Đại học {field_vi} {place}", f"{ascii_text(place)} University of {field_en}"
        else:
            brand = self.rng.choice(self.vi_brands)
            name, name_en = f"Viện Nghiên cứu {field_vi} {brand}", f"{ascii_text(brand)} Institute of {field_en}"
        spec = self.common(kind, name, name_en)
        areas = self.rng.sample(v.VI_PRODUCTS, 3)
        spec["academic"] = {"faculties": "\n".join(f"Khoa {f}" for f, _en in self.rng.sample(ACADEMIC_FIELDS, 3)),
                            "research_areas": "\n".join(a.capitalize() for a in areas),
                            "researcher_count": self.rng.randrange(10, 900),
                            "student_count": self.rng.randrange(500, 30000) if kind == "university" else None}
        return spec

    def agency_or_incubator(self, kind):
        """A public support centre named after its place, or an incubator around a brand."""
        place = self.rng.choice(HANOI_PLACES)
        if kind == "agency":
            form_vi, form_en = self.rng.choice(AGENCY_FORMS)
            return self.common(kind, form_vi.format(p=place), form_en.format(p=ascii_text(place)))
        brand = self.brand()
        form_vi, form_en = self.rng.choice(INCUBATOR_FORMS)
        return self.common(kind, form_vi.format(b=brand), form_en.format(b=ascii_text(brand)), brand[:40])

    def zone(self):
        """A high-tech, industrial or IT zone in a Hanoi commune, with its figures."""
        place = self.rng.choice(HANOI_COMMUNES)
        form_vi, form_en = self.rng.choice(ZONE_FORMS)
        spec = self.common("zone", form_vi.format(p=place), form_en.format(p=ascii_text(place)))
        spec["zone_details"] = {"area_ha": round(self.rng.uniform(50, 1600), 1),
                                "registered_capital_bn_vnd": round(self.rng.uniform(1e3, 1e5), 0),
                                "project_count": self.rng.randrange(5, 400)}
        self.zone_slugs.append(spec["slug"])
        return spec

    def organisation(self, kind):
        """A spec of the given organisation kind."""
        if kind in ("startup", "company"):
            return self.business(kind)
        if kind == "investor":
            return self.investor()
        if kind in ("university", "institute"):
            return self.academic(kind)
        if kind == "zone":
            return self.zone()
        return self.agency_or_incubator(kind)

    # --- people --------------------------------------------------------------------------------

    def person(self, organisations):
        """A researcher, expert or founder, affiliated to one of `organisations` [(id, kind)] when any."""
        rng = self.rng
        female = rng.random() < 0.4
        full_name = " ".join((self.weighted(FAMILY), rng.choice(MIDDLE_F if female else MIDDLE_M),
                              rng.choice(GIVEN_F if female else GIVEN_M)))
        honorific = self.weighted(HONORIFICS) if rng.random() < 0.6 else None
        province, _ward, ward_name = self.place()
        created, updated = self.dates()
        status = self.weighted(STATUS_SHARES)
        field_vi, field_en = rng.choice(ACADEMIC_FIELDS)
        organisation = rng.choice(organisations) if organisations else None
        position, position_en = rng.choice(POSITIONS)
        return {
            "slug": self.unique_slug(full_name), "full_name": full_name, "honorific": honorific,
            "name_folded": fold(full_name), "kind": rng.choice(("researcher", "expert", "founder")),
            "position": position, "position_en": position_en, "expertise": f"{field_vi}; {field_en}",
            "bio": vietnamese_description(rng, self.corpus, "person", full_name, rng.choice(v.VI_PRODUCTS),
                                          rng.choice(v.VI_CUSTOMERS), ward_name),
            "bio_en": None, "province": province, "status": status, "created_at": created, "updated_at": updated,
            "verified_at": updated if status == "verified" else None,
            "publications_count": rng.randrange(0, 120), "patents_count": rng.randrange(0, 6),
            "technologies": self.technologies(rng.randint(1, 2)), "sectors": self.sectors(1),
            "affiliation": (organisation, position) if organisation else None,
        }


ACADEMIC_FIELDS = (
    ("Công nghệ", "Technology"), ("Bách khoa", "Science and Technology"), ("Kinh tế", "Economics"),
    ("Nông nghiệp", "Agriculture"), ("Y Dược", "Medicine and Pharmacy"),
    ("Công nghệ Thông tin", "Information Technology"),
    ("Khoa học Vật liệu", "Materials Science"), ("Cơ khí và Tự động hóa", "Mechanical Engineering and Automation"),
    ("Công nghệ Sinh học", "Biotechnology"), ("Trí tuệ nhân tạo", "Artificial Intelligence"),
    ("Năng lượng", "Energy"), ("Môi trường", "Environment"),
    ("Điện tử Viễn thông", "Electronics and Telecommunications"),
)
AGENCY_FORMS = (
    ("Trung tâm Hỗ trợ Khởi nghiệp Sáng tạo {p}", "{p} Innovative Startup Support Centre"),
    ("Trung tâm Chuyển đổi số {p}", "{p} Digital Transformation Centre"),
    ("Ban Quản lý Dự án Đầu tư Xây dựng {p}", "{p} Construction Investment Project Board"),
    ("Trung tâm Thông tin và Thống kê Khoa học Công nghệ {p}", "{p} Science and Technology Information Centre"),
)
INCUBATOR_FORMS = (
    ("Vườn ươm Doanh nghiệp {b}", "{b} Business Incubator"),
    ("Không gian Đổi mới Sáng tạo {b}", "{b} Innovation Space"),
    ("Trung tâm Ươm tạo Công nghệ {b}", "{b} Technology Incubation Centre"), ("{b} Hub", "{b} Hub"),
)
ZONE_FORMS = (
    ("Khu công nghệ cao {p}", "{p} Hi-Tech Park"), ("Khu công nghiệp {p}", "{p} Industrial Park"),
    ("Khu Công nghệ thông tin tập trung {p}", "{p} IT Park"),
)
POSITIONS = (
    ("Giảng viên", "Lecturer"), ("Nghiên cứu viên", "Researcher"), ("Trưởng nhóm nghiên cứu", "Research Group Leader"),
    ("Nhà sáng lập kiêm Giám đốc điều hành", "Founder and CEO"), ("Giám đốc công nghệ", "CTO"),
    ("Chuyên gia tư vấn", "Consultant"), ("Trưởng phòng thí nghiệm", "Head of Laboratory"),
)
