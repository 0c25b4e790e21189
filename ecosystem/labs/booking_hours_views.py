"""The open-hours editor of a lab: weekly hours and exceptions, for the lab's managers (thin views)."""
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import SIGNED_IN, can_edit_lab_hours, policy
from ..errors import DomainError
from ..registry.manage_views import apply_errors
from . import booking_hours, bp
from .availability import city_today
from .booking_forms import ButtonForm, ExceptionForm, WeeklyHoursForm, hours_data, resource_choices
from .booking_queries import week_calendar, week_of
from .lookups import visible_lab


def _editable_lab(slug):
    lab = visible_lab(current_user, slug)
    if not can_edit_lab_hours(current_user, lab):
        abort(403)
    return lab


def _editor(lab, weekly_form=None, exception_form=None, status=200):
    weekly_form = weekly_form or WeeklyHoursForm()
    exception_form = exception_form or ExceptionForm()
    for form in (weekly_form, exception_form):
        form.equipment.choices = resource_choices(lab, _("The whole lab"))
    slots, exceptions = booking_hours.hours_of(lab)
    return render_template("labs/booking_hours.html", lab=lab, weekly_form=weekly_form,
                           exception_form=exception_form, button_form=ButtonForm(), slots=slots,
                           exceptions=exceptions, calendar=week_calendar(lab, None, week_of(city_today()))), status


@bp.route("/labs/<slug>/hours")
@policy(SIGNED_IN)
def lab_hours(slug):
    """The editor: the lab's weekly hours and coming exceptions, with forms to add and buttons to delete."""
    return _editor(_editable_lab(slug))


def _add(slug, form_class, add, message):
    lab = _editable_lab(slug)
    form = form_class()
    form.equipment.choices = resource_choices(lab, _("The whole lab"))
    key = "weekly_form" if form_class is WeeklyHoursForm else "exception_form"
    if not form.validate_on_submit():
        return _editor(lab, status=400, **{key: form})
    try:
        add(current_user, lab, hours_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return _editor(lab, status=err.status, **{key: form})
    flash(message, "success")
    return redirect(url_for("labs.lab_hours", slug=lab.slug))


@bp.route("/labs/<slug>/hours/weekly", methods=["POST"])
@policy(SIGNED_IN)
def add_weekly_hours(slug):
    return _add(slug, WeeklyHoursForm, booking_hours.add_weekly_hours, _("The weekly hours are published."))


@bp.route("/labs/<slug>/hours/exceptions", methods=["POST"])
@policy(SIGNED_IN)
def add_hours_exception(slug):
    return _add(slug, ExceptionForm, booking_hours.add_exception, _("The exception is saved."))


def _remove(slug, remove, item_id):
    lab = _editable_lab(slug)
    if not ButtonForm().validate_on_submit():
        abort(400)
    remove(current_user, lab, item_id)
    flash(_("Deleted."), "info")
    return redirect(url_for("labs.lab_hours", slug=lab.slug))


@bp.route("/labs/<slug>/hours/weekly/<int:slot_id>/delete", methods=["POST"])
@policy(SIGNED_IN)
def remove_weekly_hours(slug, slot_id):
    return _remove(slug, booking_hours.remove_weekly_hours, slot_id)


@bp.route("/labs/<slug>/hours/exceptions/<int:exception_id>/delete", methods=["POST"])
@policy(SIGNED_IN)
def remove_hours_exception(slug, exception_id):
    return _remove(slug, booking_hours.remove_exception, exception_id)
