"""Public browsing: home, listing pages per kind, organisation detail, health, media."""
from flask import abort, render_template, request, send_from_directory
from flask_login import current_user
from sqlalchemy import func, text

from ..auth.policy import (
    PUBLIC,
    can_claim_organisation,
    can_edit_organisation,
    can_verify_organisation,
    membership_of,
    policy,
)
from ..curation.quality.services import quality_for
from ..exports import download
from ..extensions import db, limiter
from ..models import Kind, Organisation, Person, Province, Sector, Status, StrategicTechnology, Ward
from ..pagination import paginate, parse_positive_int
from ..search.suggestions import similar as similar_listings
from . import bp, lookups
from .forms import DecisionForm, LogoForm
from .labels import INVESTOR_TYPE_LABELS, SORT_LABELS, STAGE_LABELS
from .listings import LISTINGS, organisation_export_rows, organisation_query, parse_filters, public_related
from .logos import logo_dir
from .panels import panels_for
from .taxonomy import active_terms


def page_number():
    return parse_positive_int(request.args.get("page"), "page", 1, maximum=10 ** 6)


def filter_options():
    """Choices for the filter sidebar."""
    return {"technologies": active_terms(StrategicTechnology), "sectors": active_terms(Sector),
            "provinces": active_terms(Province), "wards": active_terms(Ward),
            "stages": STAGE_LABELS, "investor_types": INVESTOR_TYPE_LABELS, "sorts": SORT_LABELS}


@bp.route("/")
@policy(PUBLIC)
def home():
    counts = dict(db.session.execute(db.select(Organisation.kind, func.count(Organisation.id))
                                     .where(Organisation.status == Status.VERIFIED)
                                     .group_by(Organisation.kind)).all())
    people = db.session.scalar(db.select(func.count(Person.id)).where(Person.status == Status.VERIFIED))
    newest = db.session.scalars(db.select(Organisation).where(Organisation.status == Status.VERIFIED)
                                .order_by(Organisation.verified_at.desc(), Organisation.id.desc()).limit(6)).all()
    tech_counts = dict(db.session.execute(
        db.select(StrategicTechnology.code, func.count(Organisation.id))
        .join(Organisation.technologies).where(Organisation.status == Status.VERIFIED)
        .group_by(StrategicTechnology.code)).all())
    return render_template("registry/home.html", counts=counts, people=people, newest=newest, listings=LISTINGS,
                           technologies=active_terms(StrategicTechnology), tech_counts=tech_counts)


@bp.route("/directory/<listing>")
@policy(PUBLIC)
def listing(listing):
    if listing not in LISTINGS:
        abort(404)
    kinds, title = LISTINGS[listing]
    filters = parse_filters(request.args, kinds)
    page = paginate(organisation_query(current_user, filters), page_number(), 24)
    return render_template("registry/listing.html", listing=listing, title=title, kinds=kinds, filters=filters,
                           page=page, options=filter_options())


@bp.route("/directory/<listing>/export.<any(csv, json, xlsx):extension>")
@policy(PUBLIC)
@limiter.limit("30 per minute")
def listing_export(listing, extension):
    """Every organisation of a listing page with its filters (what this user may see), as CSV, JSON or XLSX."""
    if listing not in LISTINGS:
        abort(404)
    filters = parse_filters(request.args, LISTINGS[listing][0])
    return download(organisation_export_rows(current_user, filters), extension, f"ecosystem-{listing}")


def visible_organisation(slug):
    """The organisation if this user may see it; drafts and pending listings of others are 404."""
    return lookups.visible_organisation(current_user, slug)


@bp.route("/o/<slug>")
@policy(PUBLIC)
def organisation_detail(slug):
    org = visible_organisation(slug)
    return render_template(
        "registry/organisation.html", org=org, related=public_related(org),
        can_edit=can_edit_organisation(current_user, org), can_claim=can_claim_organisation(current_user, org),
        can_verify=can_verify_organisation(current_user, org) and org.status != Status.VERIFIED,
        membership=membership_of(current_user, org), logo_form=LogoForm(), decision_form=DecisionForm(),
        kinds=Kind, similar=similar_listings(org, current_user), quality=quality_for(current_user, org),
        panels=panels_for("organisation", current_user, org))


@bp.route("/media/logos/<name>")
@policy(PUBLIC)
def logo(name):
    response = send_from_directory(logo_dir(), name, max_age=7 * 24 * 3600)
    response.headers["Content-Security-Policy"] = "default-src 'none'"
    return response


@bp.route("/healthz")
@policy(PUBLIC)
def healthz():
    try:
        db.session.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001  (any database failure means unhealthy)
        db.session.rollback()
        return {"status": "error", "database": "unreachable"}, 503
    return {"status": "ok", "database": "ok"}
