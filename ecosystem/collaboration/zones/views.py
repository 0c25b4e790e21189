"""Zone projects in the browser: the listing, the detail page, and the zone managers' and curators' actions."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...auth.policy import CURATOR, PUBLIC, SIGNED_IN, can_edit_project, can_verify_project, policy
from ...errors import DomainError
from ...extensions import db
from ...models import Status, StrategicTechnology
from ...pagination import paginate
from ...registry.decisions import decide_from_page
from ...registry.forms import DecisionForm
from ...registry.labels import STATUS_LABELS
from ...registry.manage_views import apply_errors
from ...registry.taxonomy import active_terms
from ...registry.views import page_number
from . import bp, services
from .forms import PhaseChangeForm, ProjectForm, form_data, project_values, zone_choices
from .labels import PHASE_LABELS, PROJECT_SORT_LABELS
from .listings import managed_zones, parse_project_filters, project_query, public_zones_query
from .lookups import visible_project

PER_PAGE = 30


@bp.route("/projects")
@policy(PUBLIC)
def project_listing():
    """Projects in the high-tech zones, with filters (zone, phase, technology, investor, text) and sorting."""
    filters = parse_project_filters(request.args, current_user)
    page = paginate(project_query(current_user, filters), page_number(), PER_PAGE)
    options = {"zones": db.session.scalars(public_zones_query()).all(), "phases": PHASE_LABELS,
               "technologies": active_terms(StrategicTechnology), "statuses": STATUS_LABELS,
               "sorts": PROJECT_SORT_LABELS}
    return render_template("zones/projects.html", filters=filters, page=page, options=options,
                           can_add=bool(current_user.is_authenticated and zone_choices(current_user)))


@bp.route("/projects/<slug>")
@policy(PUBLIC)
def project_detail(slug):
    """Every field of a project, its investors and operator, and the timeline of its phases."""
    project = visible_project(current_user, slug)
    return render_template("zones/project.html", project=project, can_edit=can_edit_project(current_user, project),
                           can_verify=can_verify_project(current_user, project) and project.status != Status.VERIFIED,
                           decision_form=DecisionForm(), phase_form=PhaseChangeForm(formdata=None))


@bp.route("/projects/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_project():
    """A zone's manager or a curator adds a project (?zone=slug preselects the zone)."""
    zones = zone_choices(current_user)
    if not zones:
        abort(403)
    form = ProjectForm().load_choices(zones)
    if request.method == "GET" and request.args.get("zone") in dict(zones):
        form.zone.data = request.args["zone"]
    if not form.validate_on_submit():
        return render_template("zones/project_form.html", form=form, project=None), 400 if form.is_submitted() else 200
    try:
        project = services.create_project(current_user, form_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return render_template("zones/project_form.html", form=form, project=None), err.status
    if project.status == Status.VERIFIED:
        flash(_("The project is saved and public."), "success")
    else:
        flash(_("Your listing is saved and waits for review by the city's curators."), "success")
    return redirect(url_for("zones.project_detail", slug=project.slug))


@bp.route("/projects/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_project(slug):
    """The zone's managers and curators change a project (not its zone or phase)."""
    project = visible_project(current_user, slug)
    if not can_edit_project(current_user, project):
        abort(403)
    form = ProjectForm(data=project_values(project)) if request.method == "GET" else ProjectForm()
    del form.zone, form.phase  # the zone does not change; the phase changes through a dated status change
    form.load_choices()
    if not form.validate_on_submit():
        return render_template("zones/project_form.html", form=form, project=project), \
            400 if form.is_submitted() else 200
    try:
        services.update_project(current_user, project, form_data(form), expected_version=form.version.data or None)
    except DomainError as err:
        apply_errors(form, err)
        return render_template("zones/project_form.html", form=form, project=project,
                               conflict=err.status == 409), err.status
    flash(_("Your changes are saved."), "success")
    return redirect(url_for("zones.project_detail", slug=project.slug))


@bp.route("/projects/<slug>/phase", methods=["POST"])
@policy(SIGNED_IN)
def change_project_phase(slug):
    """Record a dated phase change; a refused one comes back as a message and changes nothing."""
    project = visible_project(current_user, slug)
    form = PhaseChangeForm()
    back = url_for("zones.project_detail", slug=project.slug)
    if not form.validate_on_submit():
        flash(_("Give the new phase and a valid date."), "danger")
        return redirect(back), 303
    try:
        services.change_phase(current_user, project, form_data(form))
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(back), 303
    flash(_("The phase change is recorded."), "success")
    return redirect(back)


@bp.route("/projects/<slug>/decide", methods=["POST"])
@policy(CURATOR)
def decide_project(slug):
    """A curator's verify or reject from the detail page; refusals come back as messages."""
    project = visible_project(current_user, slug)
    return decide_from_page(project, services.verify_project, services.reject_project,
                            url_for("zones.project_detail", slug=project.slug), project.name)


@bp.route("/projects/<slug>/archive", methods=["POST"])
@policy(SIGNED_IN)
def archive_project(slug):
    """Withdraw a project from public view and from the zone's figures."""
    project = visible_project(current_user, slug)
    if not DecisionForm().validate_on_submit():
        abort(400)
    try:
        services.archive_project(current_user, project)
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(url_for("zones.project_detail", slug=project.slug)), 303
    flash(_("The listing is archived and no longer public."), "info")
    return redirect(url_for("zones.project_detail", slug=project.slug))


@bp.app_context_processor
def zone_template_helpers():
    """Labels and formats the zone templates use."""
    from flask_babel import format_decimal

    from ...registry.labels import label
    from ...registry.listings import LISTINGS
    return {"phase_label": lambda code: label(PHASE_LABELS, code),
            "listing_title": lambda name: str(LISTINGS[name][1]),
            "my_zones": lambda: managed_zones(current_user),
            "bn_vnd": lambda value: "—" if value is None else _("%(n)s billion VND", n=format_decimal(value))}
