"""Against duplicate investment through the API: similar instruments, and the report on the city's instruments."""
from flask import request
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, can_view_investment_report, policy
from ..errors import NotAllowed
from ..labs.investment import UTILISATION_DAYS, parse_similar_request, similar_instruments
from ..labs.investment_report import investment_report, parse_report_filters
from ..mail import absolute_url
from . import bp
from .access import signed_in_user


def _place(record):
    return None if record is None else {"slug": record.slug, "name": record.name, "name_en": record.name_en}


def _percent(ratio):
    return None if ratio is None else round(ratio * 100)


def instrument_summary(equipment, usage=None):
    """An instrument with its lab, host, zone (when public) and utilisation in percent (null: no open hours)."""
    lab, zone = equipment.lab, equipment.lab.zone
    host = lab.organisation
    return {"slug": equipment.slug, "name": equipment.name, "name_en": equipment.name_en,
            "category": equipment.category, "maker": equipment.maker, "model": equipment.model,
            "purchase_value_vnd": equipment.purchase_value_vnd, "fee_per_hour_vnd": equipment.fee_per_hour_vnd,
            "html_url": absolute_url("labs.equipment_detail", slug=equipment.slug),
            "lab": _place(lab), "host": _place(host), "zone": _place(zone) if zone is not None and zone.is_public
            else None, "province": host.province.code if host.province else None,
            "ward": host.ward.code if host.ward else None,
            "utilisation_percent": _percent(usage.ratio if usage is not None else None)}


def similar_item(result):
    """One similar instrument: the instrument, why it is similar and how near it is."""
    return {**instrument_summary(result.equipment, result.usage), "likeness": result.likeness,
            "nearness": result.nearness}


@bp.get("/equipment/similar")
@policy(API_TOKEN)
def equipment_similar():
    """Public instruments like a category/maker/model, same model first, then nearest to `lab`."""
    user = signed_in_user()
    results = similar_instruments(**parse_similar_request(request.args, user))
    return {"utilisation_days": UTILISATION_DAYS, "items": [similar_item(result) for result in results]}


def _summary(summary):
    return {"instruments": summary.count, "total_value_vnd": summary.total_value_vnd,
            "valued_instruments": summary.valued, "average_utilisation_percent": summary.average_percent,
            "under_used": summary.under_used, "without_open_hours": summary.without_open_hours}


def _model_row(row):
    return {"maker": row.maker or None, "model": row.model or None, **_summary(row.summary),
            "instruments_list": [instrument_summary(item, usage) for item, usage in row.instruments]}


def _category(group):
    return {"category": group.category, "name": group.label, **_summary(group.summary), "flagged": group.flagged,
            "message": group.message or None, "models": [_model_row(row) for row in group.rows]}


@bp.get("/reports/equipment")
@policy(API_TOKEN)
def equipment_report():
    """Instruments by category, maker and model with value and utilisation (curators, state agency members)."""
    user = signed_in_user()
    if not can_view_investment_report(user):
        raise NotAllowed(_("Only curators and members of state agencies can see this report."))
    filters = parse_report_filters(request.args)
    report = investment_report(filters)
    return {"start": report.start.isoformat(), "end": report.end.isoformat(),
            "filters": {"months": filters.months, "threshold": filters.threshold, "category": filters.category or None,
                        "province": filters.province or None, "zone": filters.zone or None},
            "totals": _summary(report.summary), "categories": [_category(group) for group in report.categories]}
