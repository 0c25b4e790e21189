"""Publishing and editing programmes and their calls in the browser (thin views: parse, call a service, render)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...auth.policy import SIGNED_IN, can_edit_programme, can_publish_programme, is_curator, policy, runs_programmes
from ...errors import DomainError
from ...extensions import db
from ...models import Kind, Membership, Organisation, Status
from ...registry.lookups import visible_organisation
from ...registry.manage_views import apply_errors
from . import bp, services
from .forms import CallForm, ProgrammeForm, call_values, form_data, programme_values
from .listings import call_of, visible_programme

FORM = "programmes/form.html"


def agency_choices(user):
    """(slug, name) of the verified agencies, zones and public funds the user may publish for."""
    stmt = (db.select(Organisation).where(Organisation.status == Status.VERIFIED,
                                          Organisation.kind.in_((Kind.AGENCY, Kind.ZONE, Kind.INVESTOR)))
            .order_by(Organisation.name_folded))
    if not is_curator(user):
        stmt = stmt.join(Membership, Membership.organisation_id == Organisation.id).where(Membership.user_id == user.id)
    return [(org.slug, org.name) for org in db.session.scalars(stmt) if runs_programmes(org)]


def _render(form, heading, programme=None, status=200, **extra):
    return render_template(FORM, form=form, heading=heading, programme=programme, **extra), status


@bp.route("/programmes/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_programme():
    """Publish a programme for an agency the user manages (it waits for a curator)."""
    choices = agency_choices(current_user)
    form = ProgrammeForm().load_choices(choices)
    if request.method == "GET" and request.args.get("agency"):
        form.agency.data = request.args["agency"][:90]
    heading = _("Publish a programme")
    if not choices:
        return _render(form, heading, no_agency=True)
    if not form.validate_on_submit():
        return _render(form, heading, status=400 if form.is_submitted() else 200)
    try:
        agency = visible_organisation(current_user, form.agency.data or "")
        if not can_publish_programme(current_user, agency):
            abort(403)
        programme = services.create_programme(current_user, agency, form_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return _render(form, heading, status=err.status)
    if programme.status == Status.VERIFIED:
        flash(_("The programme is published."), "success")
    else:
        flash(_("The programme is saved and waits for review by the city's curators."), "success")
    return redirect(url_for("programmes.programme_detail", slug=programme.slug))


def _editable(slug):
    programme = visible_programme(current_user, slug)
    if not can_edit_programme(current_user, programme):
        abort(403)
    return programme


@bp.route("/programmes/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_programme(slug):
    """Change a programme; the version the form was opened with guards against lost updates."""
    programme = _editable(slug)
    form = ProgrammeForm(data=programme_values(programme)) if request.method == "GET" else ProgrammeForm()
    form.load_choices()
    del form.agency  # the agency of a programme does not change
    heading = _("Edit %(name)s", name=programme.title)
    if not form.validate_on_submit():
        return _render(form, heading, programme, 400 if form.is_submitted() else 200)
    try:
        services.update_programme(current_user, programme, form_data(form), expected_version=form.version.data or None)
    except DomainError as err:
        apply_errors(form, err)
        return _render(form, heading, programme, err.status, conflict=err.status == 409)
    flash(_("Your changes are saved."), "success")
    return redirect(url_for("programmes.programme_detail", slug=programme.slug))


@bp.route("/programmes/<slug>/calls/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_call(slug):
    """Add a call (a round with its opening and closing time) to the programme."""
    programme = _editable(slug)
    form = CallForm()
    heading = _("Add a call to %(name)s", name=programme.title)
    if not form.validate_on_submit():
        return _render(form, heading, programme, 400 if form.is_submitted() else 200)
    try:
        services.add_call(current_user, programme, form_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return _render(form, heading, programme, err.status)
    flash(_("The call is added."), "success")
    return redirect(url_for("programmes.programme_detail", slug=programme.slug))


@bp.route("/programmes/<slug>/calls/<int:call_id>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_call(slug, call_id):
    """Change a call's dates, budget or text."""
    programme = _editable(slug)
    call = call_of(programme, call_id)
    form = CallForm(data=call_values(call)) if request.method == "GET" else CallForm()
    heading = _("Edit the call %(name)s", name=call.title)
    if not form.validate_on_submit():
        return _render(form, heading, programme, 400 if form.is_submitted() else 200)
    try:
        services.update_call(current_user, call, form_data(form), expected_version=form.version.data or None)
    except DomainError as err:
        apply_errors(form, err)
        return _render(form, heading, programme, err.status, conflict=err.status == 409)
    flash(_("Your changes are saved."), "success")
    return redirect(url_for("programmes.programme_detail", slug=programme.slug))


from . import application_views  # noqa: E402,F401
