"""Creating and editing labs, their equipment and photos (thin views: parse, authorize, call a service, render)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import SIGNED_IN, can_manage_lab, policy
from ..errors import DomainError
from ..extensions import db
from ..models import Kind, Membership, Organisation, Status
from ..registry.forms import DecisionForm
from ..registry.lookups import visible_organisation
from ..registry.manage_views import apply_errors
from . import bp, photos, services
from .forms import EquipmentForm, LabForm, PhotoForm, equipment_values, form_data, lab_values
from .investment import similar_instruments
from .lookups import visible_equipment, visible_lab


def _manageable_lab(slug):
    lab = visible_lab(current_user, slug)
    if not can_manage_lab(current_user, lab):
        abort(403)
    return lab


def _academic_hosts(user):
    """Universities and institutes the user is a member of (where they may add labs)."""
    return db.session.scalars(db.select(Organisation).join(Membership, Membership.organisation_id == Organisation.id)
                              .where(Membership.user_id == user.id, Organisation.kind.in_(Kind.ACADEMIC),
                                     Organisation.status.notin_((Status.ARCHIVED, Status.REJECTED)))
                              .order_by(Organisation.name_folded)).all()


def _lab_form_page(form, host, lab, status=200, conflict=False):
    return render_template("labs/lab_form.html", form=form, host=host, lab=lab, conflict=conflict), status


@bp.route("/labs/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_lab():
    """A new lab of the university or institute named by ?host=<slug>; without it, a choice of hosts."""
    if not request.args.get("host"):
        return render_template("labs/choose_host.html", hosts=_academic_hosts(current_user))
    host = visible_organisation(current_user, request.args["host"][:90])
    form = LabForm().load_choices(host)
    if not form.validate_on_submit():
        return _lab_form_page(form, host, None, 400 if form.is_submitted() else 200)
    try:
        lab = services.create_lab(current_user, host, form_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return _lab_form_page(form, host, None, err.status)
    flash(_("The lab is saved and waits for review by the city's curators."), "success")
    return redirect(url_for("labs.lab_detail", slug=lab.slug))


@bp.route("/labs/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_lab(slug):
    lab = _manageable_lab(slug)
    form = LabForm(data=lab_values(lab)) if request.method == "GET" else LabForm()
    form.load_choices(lab.organisation, lab)
    if not form.validate_on_submit():
        return _lab_form_page(form, lab.organisation, lab, 400 if form.is_submitted() else 200)
    try:
        services.update_lab(current_user, lab, form_data(form), expected_version=form.version.data or None)
    except DomainError as err:
        apply_errors(form, err)
        return _lab_form_page(form, lab.organisation, lab, err.status, conflict=err.status == 409)
    flash(_("Your changes are saved."), "success")
    return redirect(url_for("labs.lab_detail", slug=lab.slug))


def _similar_to(form, lab):
    """Public instruments like the one in the form, nearest to this lab first."""
    return similar_instruments(form.category.data, form.maker.data, form.model.data, lab=lab)


def _equipment_form_page(form, lab, equipment, status=200, similar=(), conflict=False):
    return render_template("labs/equipment_form.html", form=form, lab=lab, equipment=equipment,
                           similar=list(similar), conflict=conflict), status


@bp.route("/labs/<slug>/equipment/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_equipment(slug):
    """A new instrument; when the city has similar ones, nothing is saved until the user says they looked."""
    lab = _manageable_lab(slug)
    form = EquipmentForm()
    if not form.validate_on_submit():
        return _equipment_form_page(form, lab, None, 400 if form.is_submitted() else 200)
    similar = _similar_to(form, lab)
    if similar and not form.similar_checked.data:
        flash(_("The city already has instruments like this one. Look at them, then tick the box to save."), "info")
        return _equipment_form_page(form, lab, None, 409, similar)
    try:
        equipment = services.add_equipment(current_user, lab, form_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return _equipment_form_page(form, lab, None, err.status, similar)
    flash(_("The instrument is added to the lab."), "success")
    return redirect(url_for("labs.equipment_detail", slug=equipment.slug))


@bp.route("/equipment/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_equipment(slug):
    equipment = visible_equipment(current_user, slug)
    if not can_manage_lab(current_user, equipment.lab):
        abort(403)
    form = EquipmentForm(data=equipment_values(equipment)) if request.method == "GET" else EquipmentForm()
    if not form.validate_on_submit():
        return _equipment_form_page(form, equipment.lab, equipment, 400 if form.is_submitted() else 200)
    try:
        services.update_equipment(current_user, equipment, form_data(form),
                                  expected_version=form.version.data or None)
    except DomainError as err:
        apply_errors(form, err)
        return _equipment_form_page(form, equipment.lab, equipment, err.status, conflict=err.status == 409)
    flash(_("Your changes are saved."), "success")
    return redirect(url_for("labs.equipment_detail", slug=equipment.slug))


@bp.route("/equipment/<slug>/remove", methods=["POST"])
@policy(SIGNED_IN)
def remove_equipment(slug):
    equipment = visible_equipment(current_user, slug)
    if not DecisionForm().validate_on_submit():
        abort(400)
    lab = services.remove_equipment(current_user, equipment)
    flash(_("The instrument is removed from the lab."), "info")
    return redirect(url_for("labs.lab_detail", slug=lab.slug))


@bp.route("/labs/<slug>/photos", methods=["POST"])
@policy(SIGNED_IN)
def upload_lab_photo(slug):
    lab = _manageable_lab(slug)
    form = PhotoForm()
    if not form.validate_on_submit():
        abort(400)
    photos.add_lab_photo(current_user, lab, form.photo.data, form.caption.data)
    flash(_("The photo is added."), "success")
    return redirect(url_for("labs.lab_detail", slug=lab.slug))


@bp.route("/labs/<slug>/photos/<int:photo_id>/remove", methods=["POST"])
@policy(SIGNED_IN)
def remove_lab_photo(slug, photo_id):
    lab = _manageable_lab(slug)
    if not DecisionForm().validate_on_submit():
        abort(400)
    photos.remove_lab_photo(current_user, lab, photo_id)
    flash(_("The photo is removed."), "info")
    return redirect(url_for("labs.lab_detail", slug=lab.slug))

