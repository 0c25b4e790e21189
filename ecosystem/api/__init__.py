"""JSON API v1, mounted at /api/v1, and its OpenAPI document (/api/v1/openapi.json).

The blueprint is exempt from CSRF because writes require a bearer token, which a cross-site
form cannot send; a write with only the session cookie is refused with 401 (see access.py)."""
from flask import Blueprint, jsonify

from ..errors import DomainError
from ..extensions import csrf, db

bp = Blueprint("api", __name__)


@bp.errorhandler(DomainError)
def domain_error(err):
    """Domain errors as JSON, with the field errors (`Invalid.errors`, or the one field named)."""
    db.session.rollback()
    errors = getattr(err, "errors", None) or ({err.field: err.message} if err.field else {})
    response = jsonify(error={"status": err.status, "message": err.message, "errors": errors})
    response.status_code = err.status
    if err.status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


csrf.exempt(bp)

from . import (  # noqa: E402,F401
    duplicate_views,
    exchange_views,
    import_views,
    introduction_views,
    lab_booking_views,
    lab_report_views,
    lab_views,
    membership_views,
    notification_views,
    open_data_views,
    organisation_views,
    partnership_views,
    people_views,
    programme_views,
    matching_views,
    quality_views,
    reference_views,
    revision_views,
    search_views,
    zone_views,
)
