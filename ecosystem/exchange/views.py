"""Offers and needs in the browser: listing pages, detail pages and curators' decisions (thin views)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import CURATOR, PUBLIC, SIGNED_IN, can_edit_exchange_listing, can_verify_exchange_listing, policy
from ..models import Sector, Status, StrategicTechnology
from ..pagination import paginate
from ..registry.decisions import decide_from_page
from ..registry.forms import DecisionForm
from ..registry.labels import STATUS_LABELS
from ..registry.taxonomy import active_terms
from ..registry.views import page_number
from . import bp, services
from .labels import (
    ENGAGEMENT_LABELS,
    IP_STATUS_LABELS,
    NEED_SORT_LABELS,
    NEED_STATE_LABELS,
    OFFER_SORT_LABELS,
    TRL_LABELS,
)
from .listings import managed_listings, need_query, offer_query, parse_need_filters, parse_offer_filters
from .lookups import visible_need, visible_offer

PER_PAGE = 24


def _options(sorts):
    return {"technologies": active_terms(StrategicTechnology), "sectors": active_terms(Sector),
            "trl": TRL_LABELS, "ip_statuses": IP_STATUS_LABELS, "engagements": ENGAGEMENT_LABELS,
            "states": NEED_STATE_LABELS, "statuses": STATUS_LABELS, "sorts": sorts}


@bp.route("/offers")
@policy(PUBLIC)
def offers_listing():
    """Technology offers with filters (technology, sector, TRL range, IP status, engagement) and a text query."""
    filters = parse_offer_filters(request.args, current_user)
    page = paginate(offer_query(current_user, filters), page_number(), PER_PAGE)
    return render_template("exchange/offers.html", filters=filters, page=page, options=_options(OFFER_SORT_LABELS))


@bp.route("/needs")
@policy(PUBLIC)
def needs_listing():
    """Technology needs with filters (technology, sector, open or closed, budget) and a text query."""
    filters = parse_need_filters(request.args, current_user)
    page = paginate(need_query(current_user, filters), page_number(), PER_PAGE)
    return render_template("exchange/needs.html", filters=filters, page=page, options=_options(NEED_SORT_LABELS))


def _detail(listing, template):
    return render_template(template, listing=listing, can_edit=can_edit_exchange_listing(current_user, listing),
                           can_verify=can_verify_exchange_listing(current_user, listing)
                           and listing.status != Status.VERIFIED, decision_form=DecisionForm())


@bp.route("/offers/<slug>")
@policy(PUBLIC)
def offer_detail(slug):
    return _detail(visible_offer(current_user, slug), "exchange/offer.html")


@bp.route("/needs/<slug>")
@policy(PUBLIC)
def need_detail(slug):
    return _detail(visible_need(current_user, slug), "exchange/need.html")


def _decide(listing):
    """A curator's verify or reject from the detail page; refusals come back as messages."""
    return decide_from_page(listing, services.verify_listing, services.reject_listing,
                            url_for(f"exchange.{listing.kind}_detail", slug=listing.slug), listing.title)


@bp.route("/offers/<slug>/decide", methods=["POST"])
@policy(CURATOR)
def decide_offer(slug):
    return _decide(visible_offer(current_user, slug))


@bp.route("/needs/<slug>/decide", methods=["POST"])
@policy(CURATOR)
def decide_need(slug):
    return _decide(visible_need(current_user, slug))


def _archive(listing):
    form = DecisionForm()
    if not form.validate_on_submit():
        abort(400)
    services.archive_listing(current_user, listing)
    flash(_("The listing is archived and no longer public."), "info")
    return redirect(url_for(f"exchange.{listing.kind}_detail", slug=listing.slug))


@bp.route("/offers/<slug>/archive", methods=["POST"])
@policy(SIGNED_IN)
def archive_offer(slug):
    return _archive(visible_offer(current_user, slug))


@bp.route("/needs/<slug>/archive", methods=["POST"])
@policy(SIGNED_IN)
def archive_need(slug):
    return _archive(visible_need(current_user, slug))



@bp.app_context_processor
def exchange_template_helpers():
    """Labels and formats the exchange templates use."""
    from flask_babel import format_decimal

    from ..registry.labels import label
    return {"ip_status_label": lambda code: label(IP_STATUS_LABELS, code),
            "engagement_label": lambda code: label(ENGAGEMENT_LABELS, code),
            "trl_label": lambda level: str(TRL_LABELS.get(level, "")),
            "vnd": lambda value: "—" if value is None else format_decimal(value) + " VND",
            "my_exchange": lambda: managed_listings(current_user)}


from . import manage_views  # noqa: E402,F401
