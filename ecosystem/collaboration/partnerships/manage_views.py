"""Starting and editing partnerships, adding and removing partners (thin views: parse, call a service, render)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...auth.policy import SIGNED_IN, can_edit_partnership, policy
from ...errors import DomainError
from ...models import Status
from ...registry.forms import DecisionForm
from ...registry.manage_views import apply_errors
from . import bp, services
from .forms import PartnerForm, PartnershipForm, partner_input, partnership_data, partnership_values
from .lookups import partner_in, visible_partnership
from .views import render_detail


def _detail(partnership):
    return redirect(url_for("partnerships.partnership_detail", slug=partnership.slug))


@bp.route("/partnerships/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_partnership():
    """A new partnership with its first partner (for members: an organisation they manage)."""
    form = PartnershipForm().load_choices(current_user, creating=True)
    if request.method == "GET" and request.args.get("organisation"):
        form.organisation.data = request.args["organisation"][:90]
    has_partners = len(form.organisation.choices) > 1
    template = "partnerships/form.html"
    if not form.validate_on_submit():
        return render_template(template, form=form, partnership=None, has_partners=has_partners), \
            400 if form.is_submitted() else 200
    try:
        partnership = services.create_partnership(current_user, partnership_data(form), [partner_input(form)])
    except DomainError as err:
        apply_errors(form, err)
        return render_template(template, form=form, partnership=None, has_partners=has_partners), err.status
    if partnership.status == Status.VERIFIED:
        flash(_("The partnership is published."), "success")
    else:
        flash(_("The partnership is saved and waits for review by the city's curators."), "success")
    return _detail(partnership)


@bp.route("/partnerships/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_partnership(slug):
    """Change a partnership; the version the form was opened with guards against overwriting others' edits."""
    partnership = visible_partnership(current_user, slug)
    if not can_edit_partnership(current_user, partnership):
        abort(403)
    form = PartnershipForm(data=partnership_values(partnership)) if request.method == "GET" else PartnershipForm()
    form.load_choices(current_user, creating=False)
    template = "partnerships/form.html"
    if not form.validate_on_submit():
        return render_template(template, form=form, partnership=partnership), 400 if form.is_submitted() else 200
    try:
        services.update_partnership(current_user, partnership, partnership_data(form),
                                    expected_version=form.version.data or None)
    except DomainError as err:
        apply_errors(form, err)
        return render_template(template, form=form, partnership=partnership, conflict=err.status == 409), \
            err.status
    flash(_("Your changes are saved."), "success")
    return _detail(partnership)


@bp.route("/partnerships/<slug>/partners", methods=["POST"])
@policy(SIGNED_IN)
def add_partner(slug):
    """Add an organisation in a role; a refusal comes back as a message on the detail page."""
    partnership = visible_partnership(current_user, slug)
    form = PartnerForm().load_choices()
    if not form.validate_on_submit():
        abort(400)
    try:
        partner = services.add_partner(current_user, partnership, partner_input(form))
    except DomainError as err:
        if err.status == 403:
            raise
        apply_errors(form, err)
        return render_detail(partnership, form, err.status)
    flash(_("%(name)s is now a partner.", name=partner.organisation.name), "success")
    return _detail(partnership)


@bp.route("/partnerships/<slug>/partners/<int:partner_id>/remove", methods=["POST"])
@policy(SIGNED_IN)
def remove_partner(slug, partner_id):
    """Remove one partner (one role of one organisation)."""
    partnership = visible_partnership(current_user, slug)
    partner = partner_in(partnership, partner_id)
    if not DecisionForm().validate_on_submit():
        abort(400)
    try:
        services.remove_partner(current_user, partnership, partner)
    except DomainError as err:
        if err.status == 403:
            raise
        flash(_(err.message), "danger")
        return render_detail(partnership, status=err.status)
    flash(_("The partner is removed."), "info")
    return _detail(partnership)
