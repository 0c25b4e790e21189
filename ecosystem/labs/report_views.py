"""Against duplicate investment in the browser: similar instruments for the add-equipment form (a fragment
the form refreshes as the user types) and the report on the city's instruments with its downloads."""
from datetime import date

from flask import Response, abort, render_template, request
from flask_login import current_user

from ..auth.policy import SIGNED_IN, can_view_investment_report, policy
from ..exports import FORMATS, to_csv, to_xlsx
from ..extensions import limiter
from ..models import Province
from ..registry.labels import label
from ..registry.taxonomy import active_terms
from . import bp
from .investment import parse_similar_request, similar_instruments
from .investment_report import EXPORT_COLUMNS, export_rows, investment_report, parse_report_filters, public_zones
from .labels import CATEGORY_LABELS
from .sections import register_equipment_section

SECTION_LIMIT = 5
DOWNLOAD_STEM = "instruments-report"
_RENDER = {"csv": lambda rows: to_csv(rows, EXPORT_COLUMNS),
           "xlsx": lambda rows: to_xlsx(rows, EXPORT_COLUMNS, title="instruments")}


@bp.route("/equipment/similar", endpoint="similar_instruments")
@policy(SIGNED_IN)
@limiter.limit("120 per minute")
def similar_instruments_fragment():
    """The similar-instruments table alone (HTML), for the add-equipment form's live updates."""
    similar = similar_instruments(**parse_similar_request(request.args, current_user))
    return render_template("labs/_similar_instruments_list.html", similar=similar)


def _report_or_403():
    if not can_view_investment_report(current_user):
        abort(403)
    filters = parse_report_filters(request.args)
    return investment_report(filters)


@bp.route("/labs/report", endpoint="investment_report")
@policy(SIGNED_IN)
def investment_report_page():
    """Instruments by category, maker and model: count, value, use, where; under-used categories flagged."""
    report = _report_or_403()
    return render_template("labs/report.html", report=report, filters=report.filters, categories=CATEGORY_LABELS,
                           provinces=active_terms(Province), zones=public_zones())


@bp.route("/labs/report.<any(csv, xlsx):extension>")
@policy(SIGNED_IN)
@limiter.limit("30 per minute")
def investment_report_download(extension):
    """The report's rows (one per category, maker and model) as CSV or XLSX, with the same filters."""
    report = _report_or_403()
    name = f"{DOWNLOAD_STEM}-{date.today().isoformat()}.{extension}"
    return Response(_RENDER[extension](list(export_rows(report))), mimetype=FORMATS[extension][1],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def similar_elsewhere(user, equipment):
    """Section of a public instrument's page: up to SECTION_LIMIT public instruments like it (None if none)."""
    if not equipment.is_public:
        return None
    similar = similar_instruments(equipment.category, equipment.maker, equipment.model, lab=equipment.lab,
                                  exclude_id=equipment.id, limit=SECTION_LIMIT)
    return {"similar": similar} if similar else None


def register_sections(app):
    """Similar instruments on every instrument's page, after the calendar and the utilisation."""
    register_equipment_section(app, "labs/_similar_instruments_section.html", similar_elsewhere, order=60)


@bp.app_context_processor
def investment_template_helpers():
    """Formats the similar-instruments table and the report use; whether to link the report on /my."""
    return {"utilisation_percent": lambda ratio: "—" if ratio is None else f"{round(ratio * 100)}%",
            "equipment_category_label": lambda code: label(CATEGORY_LABELS, code),
            "may_view_investment_report": lambda: can_view_investment_report(current_user)}
