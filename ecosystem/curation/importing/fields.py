"""Which fields an import of each kind accepts, and how a file's headers map onto them.

Fields are the service's own rules (`rules_for(kind)`, `PERSON_RULES`) plus a few columns that
are resolved before the service sees the row (`city`, `country`, a person's `affiliations`,
and `kind` as a check). Headers match field names and English or Vietnamese aliases after
folding ("Tỉnh/Thành phố" -> "tinh thanh pho"); curators can override any column."""
import re
from dataclasses import dataclass, field

from flask_babel import gettext as _

from ...models import Kind
from ...registry.organisations import rules_for
from ...registry.people import PERSON_RULES
from ...text import fold
from .readers import FileProblem

PERSON = "person"
KINDS = (*Kind.ALL, PERSON)
# Resolved by the importer itself, never handed to the service as such.
ORGANISATION_EXTRAS = ("kind", "city", "country")
PERSON_EXTRAS = ("affiliations",)
LIST_FIELDS = ("technologies", "sectors", "tags", "stages", "regions", "portfolio", "affiliations")

_ALIASES = {
    "name": ("ten", "ten to chuc", "ten doanh nghiep", "ten cong ty", "ten startup", "ten quy", "ten don vi",
             "organisation", "organization", "company", "company name", "startup name", "organisation name",
             "organization name", "ten tieng viet"),
    "name_en": ("english name", "name english", "ten tieng anh", "ten quoc te"),
    "short_name": ("ten viet tat", "viet tat", "abbreviation", "short"),
    "description": ("mo ta", "gioi thieu", "about", "summary", "tom tat", "mo ta ngan"),
    "description_en": ("english description", "description english", "mo ta tieng anh"),
    "website": ("web", "trang web", "homepage", "site", "website url", "dia chi web"),
    "email": ("e mail", "thu dien tu", "email lien he"),
    "phone": ("telephone", "tel", "dien thoai", "so dien thoai", "sdt"),
    "address": ("dia chi", "tru so", "street address"),
    "province": ("tinh", "tinh thanh pho", "tinh thanh", "tinh tp", "province city", "province or city"),
    "ward": ("phuong", "xa", "phuong xa", "commune", "ward commune"),
    "city": ("thanh pho", "town", "quan huyen"),
    "country": ("quoc gia", "nuoc"),
    "zone": ("khu cong nghe cao", "khu"),
    "parent": ("to chuc me", "don vi chu quan", "co quan chu quan"),
    "founded_year": ("founded", "year founded", "nam thanh lap", "thanh lap", "founding year"),
    "employee_count": ("employees", "so nhan vien", "nhan su", "so lao dong"),
    "tax_code": ("ma so thue", "mst"),
    "technologies": ("technology", "cong nghe", "cong nghe chien luoc", "strategic technologies"),
    "sectors": ("sector", "linh vuc", "nganh", "industry", "industries", "nganh nghe"),
    "tags": ("tag", "the", "tu khoa", "keywords"),
    "kind": ("loai hinh", "loai"),
    "stage": ("giai doan",),
    "team_size": ("quy mo doi ngu", "so thanh vien", "team"),
    "funding_sought_usd": ("funding sought", "von can goi usd", "von can goi", "goi von usd"),
    "product": ("san pham",),
    "investor_type": ("loai nha dau tu", "loai quy", "type"),
    "thesis": ("chien luoc dau tu", "luan diem dau tu", "investment thesis"),
    "ticket_min_usd": ("ticket min", "min ticket", "ve toi thieu usd", "dau tu toi thieu usd"),
    "ticket_max_usd": ("ticket max", "max ticket", "ve toi da usd", "dau tu toi da usd"),
    "stages": ("giai doan dau tu", "investment stages"),
    "regions": ("khu vuc", "vung", "region"),
    "portfolio": ("danh muc dau tu", "danh muc", "investments"),
    "area_ha": ("area", "dien tich ha", "dien tich"),
    "registered_capital_bn_vnd": ("registered capital", "von dang ky ty dong", "von dang ky"),
    "project_count": ("projects", "so du an"),
    "managed_by": ("ban quan ly", "managed by", "co quan quan ly"),
    "faculties": ("khoa", "cac khoa"),
    "research_areas": ("huong nghien cuu", "linh vuc nghien cuu"),
    "researcher_count": ("researchers", "so nha nghien cuu", "so can bo nghien cuu"),
    "student_count": ("students", "so sinh vien"),
}
_PERSON_ALIASES = {
    "full_name": ("name", "ho ten", "ho va ten", "ten", "full name"),
    "kind": ("loai", "role"),
    "honorific": ("hoc ham hoc vi", "danh xung", "title", "hoc vi"),
    "position": ("chuc vu", "vi tri"),
    "bio": ("tieu su", "gioi thieu", "biography", "about"),
    "expertise": ("chuyen mon", "linh vuc chuyen mon", "chuyen nganh"),
    "publications_count": ("publications", "so cong bo", "so bai bao"),
    "patents_count": ("patents", "so bang sang che", "so sang che"),
    "affiliations": ("affiliation", "organisation", "organization", "to chuc", "don vi cong tac", "noi cong tac"),
}
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def header_key(text):
    """A header in comparable form: folded, punctuation as single spaces ("Tỉnh/Thành phố" -> "tinh thanh pho")."""
    return " ".join(_NON_ALNUM.sub(" ", fold(text or "")).split())


def fields_for(kind):
    """Every field an import of this kind accepts, in a stable order."""
    if kind == PERSON:
        return [*PERSON_RULES, *PERSON_EXTRAS]
    return [name for name in rules_for(kind) if name != "slug"] + list(ORGANISATION_EXTRAS)


def required_fields(kind):
    return ("full_name",) if kind == PERSON else ("name",)


def _alias_table(kind):
    """header key -> field: field names first, then the aliases of the fields this kind has."""
    fields = fields_for(kind)
    aliases = {**_ALIASES, **_PERSON_ALIASES} if kind == PERSON else _ALIASES
    table = {}
    for name in fields:
        table.setdefault(header_key(name), name)
    for name in fields:
        for alias in aliases.get(name, ()):
            table.setdefault(header_key(alias), name)
    return table


@dataclass
class Mapping:
    """For each column of the file, the field it fills (None: ignored), and what could not be mapped."""

    fields: list
    ignored: list = field(default_factory=list)

    def as_dict(self, headers):
        return {header: name or "" for header, name in zip(headers, self.fields)}


def auto_mapping(kind, headers):
    """The field of each header by name or alias; a second column for the same field is ignored."""
    table, used, fields = _alias_table(kind), set(), []
    for header in headers:
        name = table.get(header_key(header))
        if name in used:
            name = None
        if name:
            used.add(name)
        fields.append(name)
    return fields


def build_mapping(kind, headers, overrides=None):
    """The automatic mapping with the curator's overrides ({header: field, or "" to ignore}) applied.

    A problem with the mapping (unknown field or header, a required field without a column, two columns
    for one field) is a FileProblem, raised before any row is read."""
    fields = auto_mapping(kind, headers)
    allowed = set(fields_for(kind))
    keys = [header_key(h) for h in headers]
    for header, target in (overrides or {}).items():
        target = (target or "").strip()
        if target and target not in allowed:
            raise FileProblem(_("'%(field)s' is not a field of this kind. Fields: %(fields)s.",
                                field=target, fields=", ".join(fields_for(kind))))
        matches = [i for i, key in enumerate(keys) if key == header_key(header)]
        if not matches:
            raise FileProblem(_("The file has no column named '%(header)s'.", header=header))
        for index in matches:
            fields[index] = target or None
    _check_mapping(kind, headers, fields)
    ignored = [header for header, name in zip(headers, fields) if not name and header]
    return Mapping(fields, ignored)


def mapping_from_list(kind, headers, fields):
    """A mapping given column by column (the form's selects), checked like any other."""
    allowed = set(fields_for(kind))
    fields = [(name or None) for name in fields][:len(headers)]
    fields += [None] * (len(headers) - len(fields))
    for name in fields:
        if name and name not in allowed:
            raise FileProblem(_("'%(field)s' is not a field of this kind. Fields: %(fields)s.",
                                field=name, fields=", ".join(fields_for(kind))))
    _check_mapping(kind, headers, fields)
    return Mapping(fields, [header for header, name in zip(headers, fields) if not name and header])


def _check_mapping(kind, headers, fields):
    seen = {}
    for header, name in zip(headers, fields):
        if not name:
            continue
        if name in seen:
            raise FileProblem(_("The columns '%(first)s' and '%(second)s' both fill '%(field)s'. Ignore one of "
                                "them or map it to another field.", first=seen[name], second=header, field=name))
        seen[name] = header
    missing = [name for name in required_fields(kind) if name not in seen]
    if missing:
        raise FileProblem(_("No column gives the required field '%(field)s'. Name a column '%(field)s' or map "
                            "one to it.", field=missing[0]))
