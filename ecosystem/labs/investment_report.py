"""The city's instruments grouped by category and by maker and model, with how much they are used.

For curators and state agencies deciding where money goes: how many instruments of a kind the public labs
already have, what they cost, how much of their open hours are booked, and where they are. A category is
flagged when two or more of its instruments are under-used (booked less than a threshold share of their
open hours over the period), because buying another one there is probably not the best use of money."""
from dataclasses import dataclass, field
from itertools import groupby

from flask_babel import gettext as _
from sqlalchemy.orm import contains_eager

from ..errors import Invalid
from ..extensions import db
from ..models import Equipment, EquipmentCategory, Kind, Lab, Organisation, Province, Status
from ..pagination import parse_positive_int
from ..registry.listings import _choice_list, _code_list
from .availability import city_today
from .investment import public_equipment
from .labels import CATEGORY_LABELS
from .utilisation import equipment_utilisation, month_starts

DEFAULT_MONTHS, MAX_MONTHS = 6, 36
DEFAULT_THRESHOLD = 20  # percent of open hours
FLAG_AT = 2  # under-used instruments that flag a category
EXPORT_COLUMNS = ("category", "category_name", "maker", "model", "instruments", "total_value_vnd",
                  "average_utilisation_percent", "under_used", "without_open_hours", "labs", "hosts", "zones",
                  "provinces")


@dataclass
class ReportFilters:
    """What the report covers: the period in months, the under-use threshold in percent, and where."""

    months: int = DEFAULT_MONTHS
    threshold: int = DEFAULT_THRESHOLD
    category: str = ""
    province: str = ""  # province code
    zone: str = ""  # slug of a public high-tech zone

    def query_args(self):
        """The filters as query-string arguments (for download links), defaults left out."""
        args = {"months": self.months, "threshold": self.threshold, "category": self.category,
                "province": self.province, "zone": self.zone}
        defaults = {"months": DEFAULT_MONTHS, "threshold": DEFAULT_THRESHOLD}
        return {k: v for k, v in args.items() if v and defaults.get(k) != v}


def parse_report_filters(args):
    """Report filters from a query string; a bad value is Invalid (400), never silently ignored."""
    zone = (args.get("zone") or "").strip()
    if zone and db.session.scalar(db.select(Organisation.id).filter_by(
            slug=zone[:90], kind=Kind.ZONE, status=Status.VERIFIED)) is None:
        raise Invalid(_("Unknown value for '%(name)s': %(value)s.", name="zone", value=zone[:40]), "zone")
    return ReportFilters(
        months=parse_positive_int(args.get("months"), "months", DEFAULT_MONTHS, maximum=MAX_MONTHS),
        threshold=parse_positive_int(args.get("threshold"), "threshold", DEFAULT_THRESHOLD, maximum=100),
        category=(_choice_list(args, "category", EquipmentCategory.ALL) or [""])[0],
        province=(_code_list(args, "province", Province) or [""])[0], zone=zone)


def public_zones():
    """The public high-tech zones, for the report's zone filter."""
    return db.session.scalars(db.select(Organisation).filter_by(kind=Kind.ZONE, status=Status.VERIFIED)
                              .order_by(Organisation.name)).all()


@dataclass
class Summary:
    """Counts over a set of instruments: how many, their value, their average use, how many are under-used."""

    count: int = 0
    total_value_vnd: int = 0
    valued: int = 0  # instruments whose purchase value is known
    average_utilisation: float | None = None  # mean of the instruments' ratios (0..1)
    under_used: int = 0
    without_open_hours: int = 0

    @property
    def average_percent(self):
        return None if self.average_utilisation is None else round(self.average_utilisation * 100)


def summarise(items, threshold):
    """A Summary of [(Equipment, Usage or None)]; under-used: a ratio below `threshold` percent."""
    ratios = [usage.ratio for _item, usage in items if usage is not None and usage.ratio is not None]
    values = [item.purchase_value_vnd for item, _usage in items if item.purchase_value_vnd is not None]
    return Summary(count=len(items), total_value_vnd=sum(values), valued=len(values),
                   average_utilisation=sum(ratios) / len(ratios) if ratios else None,
                   under_used=sum(1 for ratio in ratios if ratio * 100 < threshold),
                   without_open_hours=len(items) - len(ratios))


@dataclass
class ModelRow:
    """Instruments of one category with the same (folded) maker and model."""

    category: str
    maker: str
    model: str
    summary: Summary
    instruments: list = field(default_factory=list)  # [(Equipment, Usage or None)]

    def distinct(self, attribute):
        """The distinct labs, hosts or zones (public ones only) of these instruments, in order."""
        seen = {}
        for item, _usage in self.instruments:
            record = {"lab": item.lab, "host": item.lab.organisation, "zone": item.lab.zone}[attribute]
            if record is not None and (attribute != "zone" or record.is_public):
                seen.setdefault(record.id, record)
        return list(seen.values())

    @property
    def provinces(self):
        return list({item.lab.organisation.province.code: item.lab.organisation.province
                     for item, _usage in self.instruments if item.lab.organisation.province}.values())


@dataclass
class CategoryGroup:
    """One category: its maker-and-model rows and their summary; `flagged` when several are under-used."""

    category: str
    rows: list
    summary: Summary
    threshold: int

    @property
    def label(self):
        return str(CATEGORY_LABELS.get(self.category, self.category))

    @property
    def flagged(self):
        return self.summary.under_used >= FLAG_AT

    @property
    def message(self):
        """The flag in words, e.g. "3 of 4 instruments in Electron microscope are used less than 20% ..."."""
        if not self.flagged:
            return ""
        return _("%(under)s of %(count)s instruments in “%(category)s” are used less than %(threshold)s%% of "
                 "their open hours.", under=self.summary.under_used, count=self.summary.count,
                 category=self.label, threshold=self.threshold)


@dataclass
class InvestmentReport:
    filters: ReportFilters
    start: object  # date
    end: object  # date
    categories: list
    summary: Summary

    @property
    def flagged(self):
        return [group for group in self.categories if group.flagged]


def report_equipment(filters):
    """The public instruments the report covers, ordered for grouping, with labs, hosts and zones loaded."""
    statement = public_equipment().options(
        contains_eager(Equipment.lab).selectinload(Lab.zone),
        contains_eager(Equipment.lab).contains_eager(Lab.organisation).selectinload(Organisation.province))
    if filters.category:
        statement = statement.where(Equipment.category == filters.category)
    if filters.province:
        statement = statement.where(Organisation.province.has(code=filters.province))
    if filters.zone:
        statement = statement.where(Lab.zone.has(slug=filters.zone))
    order = (Equipment.category, Equipment.maker_folded, Equipment.model_folded, Equipment.name_folded,
             Equipment.id)
    return db.session.scalars(statement.order_by(*order)).all()


def _model_rows(items, threshold):
    rows = []
    for (_maker, _model), group in groupby(items, key=lambda pair: (pair[0].maker_folded, pair[0].model_folded)):
        group = list(group)
        maker = next((item.maker for item, _usage in group if item.maker), "")
        model = next((item.model for item, _usage in group if item.model), "")
        rows.append(ModelRow(group[0][0].category, maker, model, summarise(group, threshold), group))
    return rows


def investment_report(filters, today=None):
    """The report for these filters over the last `filters.months` calendar months (this one included)."""
    end = today or city_today()
    start = month_starts(filters.months, end)[0]
    equipment = report_equipment(filters)
    usage = equipment_utilisation([item.id for item in equipment], start, end)
    items = [(item, usage.get(item.id)) for item in equipment]
    categories = []
    for category, group in groupby(items, key=lambda pair: pair[0].category):
        group = list(group)
        categories.append(CategoryGroup(category, _model_rows(group, filters.threshold),
                                        summarise(group, filters.threshold), filters.threshold))
    categories.sort(key=lambda g: (not g.flagged, -g.summary.under_used, g.label))
    return InvestmentReport(filters, start, end, categories, summarise(items, filters.threshold))


def export_rows(report):
    """One row (dict of EXPORT_COLUMNS) per category, maker and model, for CSV and XLSX downloads."""
    for group in report.categories:
        for row in group.rows:
            yield {"category": row.category, "category_name": group.label, "maker": row.maker, "model": row.model,
                   "instruments": row.summary.count, "total_value_vnd": row.summary.total_value_vnd,
                   "average_utilisation_percent": "" if row.summary.average_percent is None
                   else row.summary.average_percent,
                   "under_used": row.summary.under_used, "without_open_hours": row.summary.without_open_hours,
                   "labs": "; ".join(lab.name for lab in row.distinct("lab")),
                   "hosts": "; ".join(host.name for host in row.distinct("host")),
                   "zones": "; ".join(zone.name for zone in row.distinct("zone")),
                   "provinces": "; ".join(province.code for province in row.provinces)}
