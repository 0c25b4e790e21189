"""Applying, withdrawing and reviewing in the browser, and the agency's list and CSV of applications."""
from datetime import date

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...auth.policy import SIGNED_IN, can_review_applications, policy
from ...errors import DomainError, Invalid
from ...exports import to_csv
from ...extensions import db
from ...pagination import paginate
from ...registry.lookups import visible_organisation, visible_person
from ...registry.manage_views import apply_errors
from ...registry.views import page_number
from . import applications, bp, rules
from .forms import ApplicationForm, ReviewForm, WithdrawForm, applicant_choices, form_data
from .labels import APPLICATION_STATUS_LABELS
from .listings import applications_query, call_of, parse_application_filters, visible_application, visible_programme
from .serializers import CSV_COLUMNS, application_row
from .states import OPEN, call_state, takes_interest

PER_PAGE = 50
REVIEW_ACTIONS = ("under-review", "accepted", "rejected")


def resolve_applicant(user, value):
    """An organisation or profile from "organisation:slug" / "person:slug" (only ones the user can see)."""
    kind, _sep, slug = (value or "").partition(":")
    if not slug or kind not in ("organisation", "person"):
        raise Invalid(_("Name who applies: an organisation you manage or your researcher profile."), "applicant")
    return visible_organisation(user, slug) if kind == "organisation" else visible_person(user, slug)


def _call_choices(programme, now):
    choices = [(str(call.id), call.title) for call in programme.calls if call_state(call, now) == OPEN]
    if takes_interest(programme, now):
        choices.append(("", _("No call: express interest in the programme")))
    return choices


@bp.route("/programmes/<slug>/apply", methods=["GET", "POST"])
@policy(SIGNED_IN)
def apply(slug):
    """Apply to an open call, or express interest in the programme, for an organisation or profile."""
    programme = visible_programme(current_user, slug)
    now = rules.current_time()
    form = ApplicationForm()
    form.applicant.choices = applicant_choices(current_user)
    form.call.choices = _call_choices(programme, now)
    if request.method == "GET" and request.args.get("call"):
        form.call.data = request.args["call"][:12]
    context = {"form": form, "programme": programme, "heading": _("Apply to %(name)s", name=programme.title)}
    if not form.validate_on_submit():
        return render_template("programmes/apply.html", **context), 400 if form.is_submitted() else 200
    try:
        applicant = resolve_applicant(current_user, form.applicant.data)
        raw_call = (form.call.data or "").strip()
        call = call_of(programme, int(raw_call)) if raw_call.isdigit() else None
        application = applications.apply(current_user, programme, applicant, call, form_data(form), now=now)
    except DomainError as err:
        apply_errors(form, err)
        return render_template("programmes/apply.html", **context), err.status
    if application.call is None:
        flash(_("Your interest is recorded; the agency will see it."), "success")
    else:
        flash(_("Your application is submitted."), "success")
    return redirect(url_for("programmes.programme_detail", slug=programme.slug))


@bp.route("/programmes/applications/<int:application_id>/withdraw", methods=["POST"])
@policy(SIGNED_IN)
def withdraw_application(application_id):
    """The applicant's side withdraws an application or interest that is not decided yet."""
    application = visible_application(current_user, application_id)
    form = WithdrawForm()
    if not form.validate_on_submit():
        abort(400)
    back = url_for("programmes.programme_detail", slug=application.programme.slug)
    try:
        applications.withdraw(current_user, application, expected_version=form.version.data or None)
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(back), 303
    flash(_("The application is withdrawn."), "info")
    return redirect(back)


def _reviewable(slug):
    programme = visible_programme(current_user, slug)
    if not can_review_applications(current_user, programme):
        abort(403)
    return programme


@bp.route("/programmes/<slug>/applications")
@policy(SIGNED_IN)
def applications_page(slug):
    """The agency's list of applications and interests, with filters by status and call."""
    programme = _reviewable(slug)
    statuses, call_id = parse_application_filters(request.args, programme)
    page = paginate(applications_query(programme, statuses, call_id), page_number(), PER_PAGE)
    return render_template("programmes/applications.html", programme=programme, page=page, statuses=statuses,
                           call_id=call_id, status_labels=APPLICATION_STATUS_LABELS, review_form=ReviewForm())


@bp.route("/programmes/<slug>/applications.csv")
@policy(SIGNED_IN)
def applications_csv(slug):
    """The same list as a CSV file for the agency's spreadsheet (same filters)."""
    programme = _reviewable(slug)
    statuses, call_id = parse_application_filters(request.args, programme)
    rows = [application_row(a) for a in db.session.scalars(applications_query(programme, statuses, call_id))]
    name = f"applications-{programme.slug[:60]}-{date.today().isoformat()}.csv"
    return Response(to_csv(rows, CSV_COLUMNS), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.route("/programmes/applications/<int:application_id>/review", methods=["POST"])
@policy(SIGNED_IN)
def review_application(application_id):
    """The agency moves an application under review, accepts or rejects it, with a note to the applicant."""
    application = visible_application(current_user, application_id)
    form = ReviewForm()
    decision = request.form.get("decision")
    if not form.validate_on_submit() or decision not in REVIEW_ACTIONS:
        abort(400)
    back = url_for("programmes.applications_page", slug=application.programme.slug)
    try:
        applications.review(current_user, application, decision, form.note.data,
                            expected_version=form.version.data or None)
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(back), 303
    flash(_("The applicant is told of your decision."), "success")
    return redirect(back)
