"""Declarative input rules for listings, shared by browser forms, the API and imports.

Each rule cleans one raw value (string, number or list) and raises ValueError with a message."""
import re
from dataclasses import dataclass
from datetime import date

from email_validator import EmailNotValidError, validate_email
from flask_babel import gettext as _

from ..errors import Invalid
from ..text import clean_line, clean_text

URL_PATTERN = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
ORCID_PATTERN = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")
PHONE_PATTERN = re.compile(r"^[+\d][\d .()-]{5,38}$")


@dataclass
class Line:
    max: int = 200
    required: bool = False

    def clean(self, raw):
        value = clean_line(str(raw)) if raw is not None else None
        if not value:
            if self.required:
                raise ValueError(_("This field is required."))
            return None
        if len(value) > self.max:
            raise ValueError(_("Use at most %(n)s characters.", n=self.max))
        return value


@dataclass
class Markdown:
    max: int = 20000

    def clean(self, raw):
        value = clean_text(str(raw)) if raw is not None else ""
        if len(value) > self.max:
            raise ValueError(_("Use at most %(n)s characters.", n=self.max))
        return value


@dataclass
class Url(Line):
    max: int = 300

    def clean(self, raw):
        value = super().clean(raw)
        if value and not URL_PATTERN.match(value):
            raise ValueError(_("Enter a full web address starting with http:// or https://."))
        return value


@dataclass
class Email(Line):
    max: int = 254

    def clean(self, raw):
        value = super().clean(raw)
        if value:
            try:
                value = validate_email(value, check_deliverability=False).normalized
            except EmailNotValidError:
                raise ValueError(_("Enter a valid email address."))
        return value


@dataclass
class Phone(Line):
    max: int = 40

    def clean(self, raw):
        value = super().clean(raw)
        if value and not PHONE_PATTERN.match(value):
            raise ValueError(_("Enter a phone number of digits, spaces and + - ( )."))
        return value


@dataclass
class Orcid(Line):
    max: int = 19

    def clean(self, raw):
        value = super().clean(raw)
        if value and not ORCID_PATTERN.match(value):
            raise ValueError(_("An ORCID iD looks like 0000-0002-1825-0097."))
        return value


@dataclass
class Number:
    minimum: float = 0
    maximum: float = 10 ** 15
    integer: bool = True

    def clean(self, raw):
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, bool):
            raise ValueError(_("Enter a number."))
        try:
            value = int(str(raw).strip()) if self.integer else float(str(raw).strip())
        except ValueError:
            raise ValueError(_("Enter a whole number.") if self.integer else _("Enter a number."))
        if value != value or not self.minimum <= value <= self.maximum:  # NaN or out of range
            raise ValueError(_("Enter a number from %(low)s to %(high)s.", low=f"{self.minimum:g}", high=f"{self.maximum:g}"))
        return value


class Year(Number):
    def __init__(self):
        super().__init__(minimum=1800, maximum=date.today().year)


@dataclass
class Choice:
    choices: tuple = ()

    def clean(self, raw):
        if raw in (None, ""):
            return None
        if raw not in self.choices:
            raise ValueError(_("Choose one of: %(choices)s.", choices=", ".join(self.choices)))
        return raw


@dataclass
class ListOf:
    """A list of strings (or one string separated by `|` or commas)."""

    item_max: int = 60
    max_items: int = 30
    choices: tuple | None = None

    def clean(self, raw):
        if raw is None or raw == "":
            return []
        if isinstance(raw, str):
            raw = re.split(r"[|,\n]", raw)
        if not isinstance(raw, (list, tuple)):
            raise ValueError(_("Give a list of values."))
        values = []
        for item in raw:
            value = clean_line(str(item)) if item is not None else None
            if not value or value in values:
                continue
            if len(value) > self.item_max:
                raise ValueError(_("Each value may have at most %(n)s characters.", n=self.item_max))
            if self.choices is not None and value not in self.choices:
                raise ValueError(_("Unknown value '%(value)s'.", value=value))
            values.append(value)
        if len(values) > self.max_items:
            raise ValueError(_("Give at most %(n)s values.", n=self.max_items))
        return values


@dataclass
class Flag:
    def clean(self, raw):
        if isinstance(raw, bool):
            return raw
        return str(raw).lower() in ("1", "true", "on", "yes", "y")


def clean_input(rules, data, partial=False):
    """Clean `data` by `rules`; all problems are reported together as one Invalid.

    Unknown keys are refused, so a client cannot slip in fields (status, role...) no rule names."""
    unknown = sorted(set(data) - set(rules))
    errors = {key: _("Unknown field.") for key in unknown}
    cleaned = {}
    for name, rule in rules.items():
        if partial and name not in data:
            continue
        try:
            cleaned[name] = rule.clean(data.get(name))
        except ValueError as err:
            errors[name] = str(err)
    if errors:
        raise Invalid(_("Some fields need attention: %(fields)s.", fields=", ".join(sorted(errors))), errors=errors)
    return cleaned


MAX_REASON = 2000


def rejection_reason(reason):
    """The reason a curator gives when rejecting a listing, profile or change: required, at most 2000 characters."""
    reason = (reason or "").strip()
    if not reason:
        raise Invalid(_("Give the owner a reason, so they can fix the listing."), "reason")
    if len(reason) > MAX_REASON:
        raise Invalid(_("Keep the reason under 2000 characters."), "reason")
    return reason
