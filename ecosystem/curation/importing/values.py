"""Turning one row's cells into the input the registry services take, the way a curator would read it.

Lists are separated by `|`. Sectors and technologies may be codes or names; unknown ones become tags
(with a warning). Provinces and wards may be codes or names; a `city` that is no province goes into
the address with the `country`. Portfolio companies and affiliations name existing public listings
(slug or name); unknown ones are warnings. Numbers may carry thousands separators. Everything else
is left to the service's own rules, so the validation is the one the forms use."""
import re
from dataclasses import dataclass, field

from flask_babel import gettext as _

from ...extensions import db
from ...models import Organisation, Province, Sector, Status, StrategicTechnology, Ward
from ...registry import schema as s
from ...registry.organisations import rules_for
from ...registry.people import PERSON_RULES
from ...text import fold, slugify
from .fields import LIST_FIELDS, PERSON

_PLACE_PREFIXES = ("thanh pho ", "tinh ", "tp ", "tp. ", "city of ")
_VIETNAM = {"viet nam", "vietnam", "vn", "vnm", "socialist republic of vietnam"}
_THOUSANDS = re.compile(r"^\d{1,3}([.,  _]\d{3})+$")
_TRUE_WORDS = {"co": "yes", "x": "yes", "dung": "yes"}


@dataclass
class RowInput:
    """A row ready for a service: its fields, warnings and errors ({field: message}), and links to resolve."""

    fields: dict
    warnings: list = field(default_factory=list)
    errors: dict = field(default_factory=dict)
    affiliations: list = field(default_factory=list)


class TermIndex:
    """Codes of taxonomy terms by code or folded name, loaded once per import (the lists are short)."""

    def __init__(self):
        self.terms = {model: self._load(model) for model in (StrategicTechnology, Sector, Province)}
        self.wards = {}
        for code, name_vi, name_en, province in db.session.execute(
                db.select(Ward.code, Ward.name_vi, Ward.name_en, Province.code).join(Province)):
            for key in (code, fold(name_vi), fold(name_en)):
                if key:
                    self.wards.setdefault((province, key), code)
                    self.wards.setdefault((None, key), code)

    @staticmethod
    def _load(model):
        found = {}
        for code, name_vi, name_en in db.session.execute(db.select(model.code, model.name_vi, model.name_en)):
            for key in (code, fold(name_vi), fold(name_en)):
                if key:
                    found.setdefault(key, code)
                    found.setdefault(_without_place_prefix(key), code)  # "thanh pho ha noi" -> "ha noi"
        return found

    def code(self, model, value):
        table, key = self.terms[model], fold(value)
        found = table.get(value) or table.get(key)
        if found is None and model is Province:
            found = table.get(_without_place_prefix(key))
        return found

    def ward(self, value, province):
        return self.wards.get((province, value)) or self.wards.get((province, fold(value))) \
            or self.wards.get((None, fold(value)))


def _without_place_prefix(key):
    """"thanh pho ha noi" -> "ha noi", "tinh bac ninh" -> "bac ninh"."""
    for prefix in _PLACE_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix):].strip()
    return key


def split_list(text):
    """"AI | Fintech||IoT" -> ["AI", "Fintech", "IoT"]."""
    return [item.strip() for item in text.split("|") if item.strip()]


def whole_number(text):
    """"1,000,000", "1.000.000", "1 000 000" and "1000000.0" all read as "1000000"; other text is left alone."""
    compact = text.strip()
    if _THOUSANDS.match(compact):
        return re.sub(r"[.,  _]", "", compact)
    if re.match(r"^\d+\.0+$", compact):
        return compact.split(".")[0]
    return compact


def decimal_number(text):
    """"1586,5" (a Vietnamese decimal comma) reads as "1586.5"."""
    compact = text.strip().replace(" ", "")
    return compact.replace(",", ".") if compact.count(",") == 1 and "." not in compact else compact


def public_slug(value):
    """The slug of the verified organisation a cell names (by slug or exact folded name), or None."""
    org = db.session.scalar(db.select(Organisation.slug).filter_by(slug=value, status=Status.VERIFIED))
    if org is None:
        org = db.session.scalar(db.select(Organisation.slug).filter_by(name_folded=fold(value),
                                                                       status=Status.VERIFIED).limit(1))
    return org


class RowReader:
    """Reads rows of one kind with one mapping into RowInput."""

    def __init__(self, kind, mapping, terms=None):
        self.kind, self.mapping = kind, mapping
        self.rules = PERSON_RULES if kind == PERSON else rules_for(kind)
        self.terms = terms or TermIndex()

    def read(self, cells):
        raw = {name: cell for name, cell in zip(self.mapping.fields, cells) if name}
        row = RowInput({})
        for name, cell in raw.items():
            if name in ("city", "country", "kind") and self.kind != PERSON:
                continue
            value = self._value(name, cell, row)
            if name == "tags":  # unknown sectors may have added tags already
                value = value + [tag for tag in row.fields.get("tags", []) if tag not in value]
            if value not in (None, "", []) or name in ("name", "full_name"):
                row.fields[name] = value
        if self.kind != PERSON:
            self._check_kind(raw.get("kind", ""), row)
            self._place(raw.get("city", ""), raw.get("country", ""), row)
        return row

    def _value(self, name, cell, row):
        rule = self.rules.get(name)
        if name in LIST_FIELDS:
            items = split_list(cell)
            if name in ("technologies", "sectors"):
                return self._terms(name, items, row)
            if name == "stages":
                return [self._choice(item, rule.choices) for item in items]
            if name == "portfolio":
                return self._links(name, items, row, _("Portfolio: no public listing is called '%(value)s'; it "
                                                       "was left out."))
            if name == "affiliations":
                row.affiliations = self._links(name, items, row, _("Affiliation: no public organisation is "
                                                                   "called '%(value)s'; it was left out."))
                return []
            return items
        if not cell:
            return cell
        if isinstance(rule, s.Number):
            return whole_number(cell) if rule.integer else decimal_number(cell)
        if isinstance(rule, s.Choice):
            return self._choice(cell, rule.choices)
        if isinstance(rule, s.Flag):
            return _TRUE_WORDS.get(fold(cell), cell)
        if name == "province":
            return self.terms.code(Province, cell) or cell
        if name == "ward":
            province = self.terms.code(Province, row.fields.get("province") or "")
            return self.terms.ward(cell, province) or cell
        return cell

    @staticmethod
    def _choice(value, choices):
        """"Series A" -> "series-a", "VC" -> "vc"; an unknown value is left for the rule to refuse."""
        slug = slugify(value, 40)
        return slug if slug in choices else value

    def _terms(self, name, items, row):
        model = StrategicTechnology if name == "technologies" else Sector
        codes = []
        for item in items:
            code = self.terms.code(model, item)
            if code is not None:
                codes.append(code)
                continue
            row.fields.setdefault("tags", [])
            if "tags" in self.rules:
                row.fields["tags"].append(item)
                row.warnings.append((name, _("'%(value)s' is not a known %(list)s entry; it was added as a tag.",
                                             value=item, list=_field_label(name))))
            else:
                row.warnings.append((name, _("'%(value)s' is not a known %(list)s entry; it was left out.",
                                             value=item, list=_field_label(name))))
        if "tags" in row.fields and not row.fields["tags"]:
            del row.fields["tags"]
        return codes

    @staticmethod
    def _links(name, items, row, message):
        slugs = []
        for item in items:
            slug = public_slug(item)
            if slug is None:
                row.warnings.append((name, message % {"value": item}))
            elif slug not in slugs:
                slugs.append(slug)
        return slugs

    def _check_kind(self, value, row):
        if value and slugify(value) != self.kind:
            row.errors["kind"] = _("This row is a '%(found)s' listing; this import is for '%(kind)s'.",
                                   found=value, kind=self.kind)

    def _place(self, city, country, row):
        """A city that is a province fills the province; otherwise city and country go into the address."""
        parts = []
        if city:
            code = self.terms.code(Province, city)
            if code is not None and not row.fields.get("province"):
                row.fields["province"] = code
            elif code is None:
                parts.append(city)
        if country and (parts or fold(country) not in _VIETNAM):
            parts.append(country)
        if parts:
            address = row.fields.get("address") or ""
            row.fields["address"] = ", ".join(filter(None, [address, *parts]))


def _field_label(name):
    return _("sector") if name == "sectors" else _("technology")
