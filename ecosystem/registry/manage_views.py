"""Managing organisations: create, edit, logo, members, claims and the owner's dashboard."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import SIGNED_IN, can_edit_organisation, can_manage_members, policy
from ..curation.duplicates.detection import likely_duplicates
from ..curation.quality.services import quality_for
from ..curation.revisions.pages import conflict_context, flash_saved
from ..errors import DomainError
from ..extensions import db
from ..models import Claim, Kind, Membership, Organisation, Person
from . import bp, members, organisations
from .forms import ClaimForm, LogoForm, MemberForm, creation_form_for, form_data, form_for, organisation_values
from .labels import KIND_LABELS
from .logos import store_logo
from .views import visible_organisation


def apply_errors(form, err):
    """Show a service's field errors next to the fields (or as a message when there is no such field)."""
    errors = getattr(err, "errors", None) or {}
    shown = False
    for name, message in errors.items():
        if name in form:
            form[name].errors = list(form[name].errors) + [_(message)]
            shown = True
    if not shown:
        flash(_(err.message), "danger")


@bp.route("/my")
@policy(SIGNED_IN)
def my_organisations():
    memberships = db.session.scalars(db.select(Membership).filter_by(user_id=current_user.id)
                                     .join(Membership.organisation).order_by(Organisation.name_folded)).all()
    claims = db.session.scalars(db.select(Claim).filter_by(user_id=current_user.id)
                                .order_by(Claim.created_at.desc())).all()
    people = db.session.scalars(db.select(Person).filter_by(owner_id=current_user.id)).all()
    qualities = {("organisation", m.organisation.id): quality_for(current_user, m.organisation) for m in memberships}
    qualities.update({("person", p.id): quality_for(current_user, p) for p in people})
    return render_template("registry/my.html", memberships=memberships, claims=claims, people=people,
                           qualities=qualities)


@bp.route("/organisations/new")
@policy(SIGNED_IN)
def choose_kind():
    return render_template("registry/choose_kind.html", kinds=KIND_LABELS)


@bp.route("/organisations/new/<kind>", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_organisation(kind):
    if kind not in Kind.ALL:
        abort(404)
    form = creation_form_for(kind)
    duplicates = likely_duplicates(current_user, form_data(form)) if form.is_submitted() else []
    if not form.validate_on_submit():
        return _new_listing_form(form, kind, duplicates, 400 if form.is_submitted() else 200)
    if duplicates and not form.confirm_new.data:  # nothing is saved until the user says it is different
        return _new_listing_form(form, kind, duplicates, 409)
    try:
        org = organisations.create_organisation(current_user, kind, form_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return _new_listing_form(form, kind, duplicates, err.status)
    flash(_("Your listing is saved and waits for review by the city's curators."), "success")
    return redirect(url_for("registry.organisation_detail", slug=org.slug))


def _new_listing_form(form, kind, duplicates, status):
    """The creation form again, with the likely duplicates and the confirmation box only while there are some."""
    if not duplicates:
        del form["confirm_new"]
    return render_template("registry/org_form.html", form=form, kind=kind, org=None, duplicates=duplicates), status


def editable_organisation(slug):
    org = visible_organisation(slug)
    if not can_edit_organisation(current_user, org):
        abort(403)
    return org


@bp.route("/o/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_organisation(slug):
    org = editable_organisation(slug)
    form = form_for(org.kind, data=organisation_values(org)) if request.method == "GET" else form_for(org.kind)
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return render_template("registry/org_form.html", form=form, kind=org.kind, org=org), status
    data = form_data(form)
    try:
        organisations.update_organisation(current_user, org, data, expected_version=form.version.data or None)
    except DomainError as err:
        conflict = conflict_context(org, form.version, err)
        if not conflict["conflict"]:
            apply_errors(form, err)
        return render_template("registry/org_form.html", form=form, kind=org.kind, org=org, **conflict), err.status
    flash_saved(org)
    return redirect(url_for("registry.organisation_detail", slug=org.slug))


@bp.route("/o/<slug>/logo", methods=["POST"])
@policy(SIGNED_IN)
def upload_logo(slug):
    org = editable_organisation(slug)
    form = LogoForm()
    if not form.validate_on_submit():
        abort(400)
    store_logo(current_user, org, form.logo.data)
    flash(_("The logo is updated."), "success")
    return redirect(url_for("registry.organisation_detail", slug=org.slug))


@bp.route("/o/<slug>/members", methods=["GET", "POST"])
@policy(SIGNED_IN)
def organisation_members(slug):
    org = visible_organisation(slug)
    if not can_manage_members(current_user, org):
        abort(403)
    form = MemberForm()
    if form.validate_on_submit():
        try:
            members.add_member(current_user, org, form.email.data, form.role.data)
        except DomainError as err:
            apply_errors(form, err)
            return render_template("registry/members.html", org=org, form=form), err.status
        flash(_("The member is added."), "success")
        return redirect(url_for("registry.organisation_members", slug=slug))
    status = 400 if form.is_submitted() else 200
    return render_template("registry/members.html", org=org, form=form), status


@bp.route("/o/<slug>/members/<int:membership_id>/remove", methods=["POST"])
@policy(SIGNED_IN)
def remove_member(slug, membership_id):
    org = visible_organisation(slug)
    members.remove_member(current_user, org, membership_id)
    flash(_("The member is removed."), "info")
    return redirect(url_for("registry.organisation_members", slug=slug))


@bp.route("/o/<slug>/claim", methods=["GET", "POST"])
@policy(SIGNED_IN)
def claim_organisation(slug):
    org = visible_organisation(slug)
    form = ClaimForm()
    if form.validate_on_submit():
        try:
            members.request_claim(current_user, org, form.message.data)
        except DomainError as err:
            apply_errors(form, err)
            return render_template("registry/claim.html", org=org, form=form), err.status
        flash(_("Your claim is sent. A curator will review it."), "success")
        return redirect(url_for("registry.my_organisations"))
    status = 400 if form.is_submitted() else 200
    return render_template("registry/claim.html", org=org, form=form), status
