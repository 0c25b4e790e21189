"""Small helpers shared by the demo data modules: organisation specs, ward codes, labels, amounts."""
import unicodedata

from ..registry.seed_data import HANOI_COMMUNES, HANOI_WARDS
from ..registry.seeding import ward_code


def org(kind, slug, name, name_en, description, description_en, sample=False, **fields):
    """One organisation to create: its kind, whether it is invented, and the service input."""
    data = {"slug": slug, "name": name, "name_en": name_en, "description": description,
            "description_en": description_en, **fields}
    data.setdefault("province", "ha-noi")
    if "ward" in data and data["ward"] and not data["ward"].startswith("ha-noi-"):
        data["ward"] = ward_code(data["ward"])
    return {"kind": kind, "is_sample": sample, "data": data}


def lines(*items):
    """Faculties and research areas are stored one per line."""
    return "\n".join(items)


def para(*sentences):
    """Join sentences into one Markdown paragraph."""
    return " ".join(s.strip() for s in sentences if s)


def product(key, sectors, techs, place, vi, en, customers, features, tags):
    """A product archetype startups are built from.

    `place` is where such startups usually sit: "hoa-lac" (deep tech), "city" or "agri"."""
    return {"key": key, "sectors": sectors, "technologies": techs, "place": place, "vi": vi, "en": en,
            "customers": customers, "features": features, "tags": tags}


def ascii_text(value):
    """Vietnamese text without diacritics, case kept: "Hòa Lạc" -> "Hoa Lac" (for English names)."""
    value = value.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", value)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def place_label(name):
    """("phường Cầu Giấy", "Cau Giay ward") for a Hanoi ward or commune name."""
    if name in HANOI_WARDS:
        return f"phường {name}", f"{ascii_text(name)} ward"
    if name in HANOI_COMMUNES:
        return f"xã {name}", f"{ascii_text(name)} commune"
    raise KeyError(name)


def usd_vi(amount):
    """500000 -> "500.000 USD", 1500000 -> "1,5 triệu USD"."""
    if amount >= 1_000_000:
        return f"{amount / 1_000_000:g}".replace(".", ",") + " triệu USD"
    return f"{amount:,}".replace(",", ".") + " USD"


def usd_en(amount):
    """500000 -> "USD 500,000", 1500000 -> "USD 1.5 million"."""
    if amount >= 1_000_000:
        return f"USD {amount / 1_000_000:g} million"
    return f"USD {amount:,}"
