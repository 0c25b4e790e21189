"""The search page, autocomplete and exports (thin: parse, call the service, render)."""
from flask import jsonify, render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..auth.policy import PUBLIC, policy
from ..exports import download
from ..extensions import limiter
from ..models import Person
from ..registry.labels import SORT_LABELS as LISTING_SORT_LABELS
from . import bp
from .documents import PERSON
from .export import export_rows
from .labels import FACET_LABELS, RESULT_KIND_LABELS
from .protocol import SORTS
from .services import parse_params, record_title, search
from .suggestions import listing_url, suggest

SORT_LABELS = {"relevance": _l("Relevance"), **LISTING_SORT_LABELS}



@bp.route("/search")
@policy(PUBLIC)
def search_page():
    """Results across every public kind, with facets, sort, pages and exports."""
    params = parse_params(request.args, current_user)
    page = search(params, current_user, str(get_locale()))
    return render_template("search/results.html", page=page, params=params, sorts=SORTS,
                           facet_labels=FACET_LABELS)


@bp.route("/search/suggest")
@policy(PUBLIC)
@limiter.limit("120 per minute")
def suggest_json():
    """Autocomplete for the header search box."""
    limit = request.args.get("limit", "8")
    items = suggest(request.args.get("q", ""), current_user, str(get_locale()),
                    int(limit) if limit.isdigit() else 8)
    return jsonify(items=items)


@bp.route("/search/export.<any(csv, json, xlsx):extension>")
@policy(PUBLIC)
@limiter.limit("30 per minute")
def export_results(extension):
    """The whole result set of the current search as CSV, JSON or XLSX (what this user may see)."""
    params = parse_params(request.args, current_user)
    return download(export_rows(params, current_user), extension, "ecosystem-search")


@bp.app_context_processor
def search_template_helpers():
    """Helpers the search templates (and the header box) use."""
    return {"search_sort_label": lambda code: str(SORT_LABELS.get(code, code)),
            "active_filters": lambda params: {k: list(v) for k, v in params.filters.items()},
            "result_kind_label": lambda record: str(RESULT_KIND_LABELS.get(getattr(record, "kind", ""), ""))
            if not isinstance(record, Person) else str(RESULT_KIND_LABELS["person"]),
            "record_url": lambda record: listing_url(PERSON if isinstance(record, Person) else record.kind,
                                                      record.slug, record_title(record))}
