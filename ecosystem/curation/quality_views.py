"""Data quality in the browser: the curators' dashboard and alert list, and confirming data is current."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..auth.policy import CURATOR, PUBLIC, SIGNED_IN, can_view_organisation, can_view_person, policy
from ..errors import DomainError
from ..models import Person
from ..registry import lookups
from ..registry.labels import KIND_LABELS, PERSON_KIND_LABELS, label
from . import bp
from .forms import ActionForm
from .quality.alerts import alert_list
from .quality.facts import freshness_rules, quality_of
from .quality.report import KINDS, dashboard, record_snapshot
from .quality.scoring import PERSON
from .quality.services import confirm_listing, listing_for_link

BAR_STEP = 5


@bp.app_template_global()
def listing_url(listing):
    """The page of an organisation or a person."""
    if isinstance(listing, Person):
        return url_for("registry.person_detail", slug=listing.slug)
    return url_for("registry.organisation_detail", slug=listing.slug)


@bp.app_template_global()
def listing_name(listing):
    """The name of an organisation or a person."""
    return getattr(listing, "name", None) or listing.display_name


@bp.app_template_global()
def listing_kind_label(kind):
    """The label of an organisation kind, or of "person"."""
    return str(_l("Person")) if kind == PERSON else label(KIND_LABELS, kind)


@bp.app_template_global()
def listing_label(listing):
    """The kind of an organisation, or of a person (researcher, expert, founder)."""
    if isinstance(listing, Person):
        return label(PERSON_KIND_LABELS, listing.kind)
    return label(KIND_LABELS, listing.kind)


@bp.app_template_global()
def bar_class(value, maximum):
    """The CSS class of a bar `value / maximum` long, in steps of 5% (the CSP forbids inline styles)."""
    share = 0 if not maximum else max(0.0, min(1.0, value / maximum))
    return f"bar-{int(round(share * 100 / BAR_STEP)) * BAR_STEP}"


@bp.route("/quality")
@policy(CURATOR)
def quality_dashboard():
    """Distribution, averages by kind and ward, worst listings and the trend (`?kind=` narrows it)."""
    kind = request.args.get("kind") or None
    if kind is not None and kind not in KINDS:
        abort(404)
    return render_template("curation/quality.html", report=dashboard(trend_kind=kind), kinds=KINDS,
                           rules=freshness_rules(), form=ActionForm())


@bp.route("/quality/snapshot", methods=["POST"])
@policy(CURATOR)
def record_quality_snapshot():
    """The "record snapshot now" button: today's rows, replaced if the day has some."""
    if not ActionForm().validate_on_submit():
        abort(400)
    rows = record_snapshot()
    flash(_("Today's quality snapshot is recorded for %(n)s kinds of listing.", n=len(rows)), "success")
    return redirect(url_for("curation.quality_dashboard"))


@bp.route("/quality/alerts")
@policy(CURATOR)
def quality_alerts():
    """The weekly alert list, longest silent first, with listings to archive flagged."""
    return render_template("curation/quality_alerts.html", alerts=alert_list(), rules=freshness_rules())


def _confirm(listing):
    """Confirm from the listing's own page (owners, editors, curators), then back to it."""
    if not ActionForm().validate_on_submit():
        abort(400)
    confirm_listing(current_user, listing)
    flash(_("Thank you: the data of %(name)s is confirmed as current.", name=listing_name(listing)), "success")
    return redirect(listing_url(listing))


@bp.route("/quality/organisations/<slug>/confirm", methods=["POST"])
@policy(SIGNED_IN)
def confirm_organisation(slug):
    """The "Confirm data is current" button of an organisation page."""
    return _confirm(lookups.visible_organisation(current_user, slug))


@bp.route("/quality/people/<slug>/confirm", methods=["POST"])
@policy(SIGNED_IN)
def confirm_person(slug):
    """The "Confirm data is current" button of a profile page."""
    return _confirm(lookups.visible_person(current_user, slug))


def _can_view(user, listing):
    return can_view_person(user, listing) if isinstance(listing, Person) else can_view_organisation(user, listing)


@bp.route("/confirm/<token>", methods=["GET", "POST"])
@policy(PUBLIC)
def confirm_link(token):
    """The link mailed to owners: GET shows the listing and a button; only the POST confirms."""
    try:
        listing, actor = listing_for_link(current_user, token)
    except DomainError as err:
        return render_template("curation/confirm.html", error=err.message), err.status
    form = ActionForm()
    if form.validate_on_submit():
        confirm_listing(actor, listing)
        flash(_("Thank you: the data of %(name)s is confirmed as current.", name=listing_name(listing)), "success")
        if _can_view(current_user, listing):
            return redirect(listing_url(listing))
        return render_template("curation/confirm.html", listing=listing, done=True)
    status = 400 if form.is_submitted() else 200
    return render_template("curation/confirm.html", listing=listing, form=form, quality=quality_of(listing)), status
