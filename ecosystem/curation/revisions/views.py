"""History pages, revert, single decisions on held changes, and the activity feed."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...auth.policy import CURATOR, SIGNED_IN, can_review_change, can_revert_revision, can_view_history, policy
from ...errors import DomainError, Invalid
from ...extensions import db
from ...forms import safe_next
from ...models import Revision
from ...registry.forms import DecisionForm
from ...registry.lookups import visible_organisation, visible_person
from ...registry.views import page_number
from ..forms import RevertForm
from . import bp
from .activity import ActivityFilters, actions_in_feed, activity_page, listing_filters, parse_activity_filters
from .labels import action_label, field_label, state_label
from .pages import history_url
from .review import approve_change, reject_change
from .revert import RevertConflict, revert_revision

HISTORY_PER_PAGE = 30
ACTIVITY_PER_PAGE = 50


def _labels():
    return {"field_label": field_label, "action_label": action_label, "state_label": state_label,
            "can_revert": lambda revision: can_revert_revision(current_user, revision),
            "can_review": lambda revision: can_review_change(current_user, revision)}


def _history(record, person):
    if not can_view_history(current_user, record):
        abort(403)
    page = activity_page(listing_filters(record), page_number(), HISTORY_PER_PAGE)
    conflict = request.args.get("conflict", type=int)
    return render_template("curation/history.html", record=record, person=person, page=page, conflict=conflict,
                           revert_form=RevertForm(), decision_form=DecisionForm(), **_labels())


@bp.route("/o/<slug>/history")
@policy(SIGNED_IN)
def organisation_history(slug):
    return _history(visible_organisation(current_user, slug), person=False)


@bp.route("/p/<slug>/history")
@policy(SIGNED_IN)
def person_history(slug):
    return _history(visible_person(current_user, slug), person=True)


def _revision(revision_id):
    return db.session.get(Revision, revision_id) or abort(404)


@bp.route("/revisions/<int:revision_id>/revert", methods=["POST"])
@policy(CURATOR)
def revert(revision_id):
    revision = _revision(revision_id)
    form = RevertForm()
    if not form.validate_on_submit():
        abort(400)
    back = history_url(revision.record)
    try:
        revert_revision(current_user, revision, force=form.force.data)
    except RevertConflict as err:
        flash(err.message, "danger")
        return redirect(f"{back}?conflict={revision.id}#revision-{revision.id}"), 303
    except DomainError as err:
        flash(err.message, "danger")
        return redirect(back), 303
    flash(_("Reverted: the old values are back."), "success")
    return redirect(back)


@bp.route("/curation/changes/<int:revision_id>/decide", methods=["POST"])
@policy(CURATOR)
def decide_change(revision_id):
    revision = _revision(revision_id)
    form = DecisionForm()
    action = request.form.get("action")
    if not form.validate_on_submit() or action not in ("approve", "reject"):
        abort(400)
    back = safe_next(request.form.get("next"), url_for("curation.queue", type="changes"))
    try:
        if action == "approve":
            approve_change(current_user, revision)
            flash(_("The change is published."), "success")
        else:
            reject_change(current_user, revision, form.reason.data)
            flash(_("The change is refused; its author is told why."), "info")
    except DomainError as err:
        flash(err.message, "danger")
        return redirect(back), 303
    return redirect(back)


@bp.route("/curation/activity")
@policy(CURATOR)
def activity():
    status = 200
    try:
        filters = parse_activity_filters(request.args)
    except Invalid as err:
        flash(err.message, "danger")
        filters, status = ActivityFilters(), 400
    page = activity_page(filters, page_number(), ACTIVITY_PER_PAGE)
    return render_template("curation/activity.html", page=page, filters=filters, actions=actions_in_feed(),
                           **_labels()), status
