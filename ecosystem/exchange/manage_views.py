"""Creating and editing offers and needs (thin views: parse, call a service, render)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import SIGNED_IN, can_edit_exchange_listing, can_publish_exchange_listing, policy
from ..errors import DomainError, Invalid
from ..registry.lookups import visible_organisation, visible_person
from ..registry.manage_views import apply_errors
from . import bp, services
from .forms import NeedForm, OfferForm, form_data, need_values, offer_values, publisher_choices
from .lookups import visible_need, visible_offer

TYPES = {
    "offer": {"form": OfferForm, "values": offer_values, "create": services.create_offer,
              "update": services.update_offer, "visible": visible_offer},
    "need": {"form": NeedForm, "values": need_values, "create": services.create_need,
             "update": services.update_need, "visible": visible_need},
}


def _resolve_publisher(value):
    """An organisation or person from "organisation:slug" / "person:slug" (only ones this user can see)."""
    kind, _sep, slug = (value or "").partition(":")
    if not slug or kind not in ("organisation", "person"):
        raise Invalid(_("Choose who publishes this listing."), "publisher")
    if kind == "organisation":
        return visible_organisation(current_user, slug)
    return visible_person(current_user, slug)


def _requested_publisher():
    """The publisher named in the query string (?organisation=slug or ?person=slug), as a choice value."""
    for kind in ("organisation", "person"):
        if request.args.get(kind):
            return f"{kind}:{request.args[kind][:90]}"
    return None


def _choices(listing_type):
    choices = publisher_choices(current_user, listing_type == "offer")
    requested = _requested_publisher()
    if requested and requested not in dict(choices):
        publisher = _resolve_publisher(requested)
        if can_publish_exchange_listing(current_user, publisher):  # curators publish for anyone
            name = getattr(publisher, "name", None) or publisher.full_name
            choices.insert(0, (requested, name))
    return choices


def _create(listing_type):
    config = TYPES[listing_type]
    choices = _choices(listing_type)
    form = config["form"]().load_choices(choices)
    if request.method == "GET" and _requested_publisher():
        form.publisher.data = _requested_publisher()
    template = f"exchange/{listing_type}_form.html"
    if not form.validate_on_submit():
        return render_template(template, form=form, listing=None, has_publishers=bool(choices)), \
            400 if form.is_submitted() else 200
    try:
        listing = config["create"](current_user, _resolve_publisher(form.publisher.data), form_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return render_template(template, form=form, listing=None, has_publishers=bool(choices)), err.status
    flash(_("Your listing is saved and waits for review by the city's curators."), "success")
    return redirect(url_for(f"exchange.{listing_type}_detail", slug=listing.slug))


@bp.route("/offers/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_offer():
    return _create("offer")


@bp.route("/needs/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_need():
    return _create("need")


def _edit(listing_type, slug):
    config = TYPES[listing_type]
    listing = config["visible"](current_user, slug)
    if not can_edit_exchange_listing(current_user, listing):
        abort(403)
    form_class = config["form"]
    form = form_class(data=config["values"](listing)) if request.method == "GET" else form_class()
    form.load_choices()
    del form.publisher  # the publisher of an existing listing does not change
    template = f"exchange/{listing_type}_form.html"
    if not form.validate_on_submit():
        return render_template(template, form=form, listing=listing), 400 if form.is_submitted() else 200
    try:
        config["update"](current_user, listing, form_data(form), expected_version=form.version.data or None)
    except DomainError as err:
        apply_errors(form, err)
        return render_template(template, form=form, listing=listing, conflict=err.status == 409), err.status
    flash(_("Your changes are saved."), "success")
    return redirect(url_for(f"exchange.{listing_type}_detail", slug=listing.slug))


@bp.route("/offers/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_offer(slug):
    return _edit("offer", slug)


@bp.route("/needs/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_need(slug):
    return _edit("need", slug)
