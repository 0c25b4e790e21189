"""People: listing, profile pages, creating and editing profiles, affiliations."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import PUBLIC, SIGNED_IN, can_edit_person, can_verify_person, policy
from ..curation.quality.services import quality_for
from ..curation.revisions.pages import conflict_context, flash_saved
from ..errors import DomainError
from ..models import Status
from ..pagination import paginate
from ..search.suggestions import similar as similar_listings
from . import bp, lookups, people
from .forms import AffiliationForm, DecisionForm, PersonForm
from .labels import PERSON_KIND_LABELS
from .listings import parse_people_filters, people_query
from .manage_views import apply_errors
from .panels import panels_for
from .views import filter_options, page_number


@bp.route("/people")
@policy(PUBLIC)
def people_listing():
    filters = parse_people_filters(request.args)
    page = paginate(people_query(current_user, filters), page_number(), 24)
    return render_template("registry/people.html", filters=filters, page=page, options=filter_options(),
                           person_kinds=PERSON_KIND_LABELS)


def visible_person(slug):
    return lookups.visible_person(current_user, slug)


@bp.route("/p/<slug>")
@policy(PUBLIC)
def person_detail(slug):
    person = visible_person(slug)
    can_edit = can_edit_person(current_user, person)
    return render_template("registry/person.html", person=person, can_edit=can_edit,
                           can_verify=can_verify_person(current_user, person) and person.status != Status.VERIFIED,
                           show_email=person.show_email or can_edit, show_phone=person.show_phone or can_edit,
                           affiliation_form=AffiliationForm().load_choices() if can_edit else None,
                           decision_form=DecisionForm(), similar=similar_listings(person, current_user),
                           panels=panels_for("person", current_user, person),
                           quality=quality_for(current_user, person),
                           affiliations=[a for a in person.affiliations
                                         if a.organisation.status == Status.VERIFIED or can_edit])


def _person_data(form):
    return {name: field.data for name, field in form._fields.items() if name not in ("csrf_token", "version")}


@bp.route("/people/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def create_person():
    form = PersonForm().load_choices()
    if not form.validate_on_submit():
        return render_template("registry/person_form.html", form=form, person=None), \
            400 if form.is_submitted() else 200
    try:
        person = people.create_person(current_user, _person_data(form))
    except DomainError as err:
        apply_errors(form, err)
        return render_template("registry/person_form.html", form=form, person=None), err.status
    flash(_("Your profile is saved and waits for review by the city's curators."), "success")
    return redirect(url_for("registry.person_detail", slug=person.slug))


def editable_person(slug):
    person = visible_person(slug)
    if not can_edit_person(current_user, person):
        abort(403)
    return person


def _person_values(person):
    values = {name: getattr(person, name) for name in PersonForm.__dict__ if not name.startswith("_")
              and hasattr(person, name) and name not in ("province", "technologies", "sectors")}
    values.update(province=person.province.code if person.province else "",
                  technologies=[t.code for t in person.technologies], sectors=[s.code for s in person.sectors],
                  version=person.version)
    return values


@bp.route("/p/<slug>/edit", methods=["GET", "POST"])
@policy(SIGNED_IN)
def edit_person(slug):
    person = editable_person(slug)
    form = (PersonForm(data=_person_values(person)) if request.method == "GET" else PersonForm()).load_choices()
    if not form.validate_on_submit():
        return render_template("registry/person_form.html", form=form, person=person), \
            400 if form.is_submitted() else 200
    try:
        people.update_person(current_user, person, _person_data(form), expected_version=form.version.data or None)
    except DomainError as err:
        conflict = conflict_context(person, form.version, err)
        if not conflict["conflict"]:
            apply_errors(form, err)
        return render_template("registry/person_form.html", form=form, person=person, **conflict), err.status
    flash_saved(person)
    return redirect(url_for("registry.person_detail", slug=person.slug))


@bp.route("/p/<slug>/affiliations", methods=["POST"])
@policy(SIGNED_IN)
def add_affiliation(slug):
    person = editable_person(slug)
    form = AffiliationForm().load_choices()
    if not form.validate_on_submit():
        flash(_("Choose an organisation."), "danger")
        return redirect(url_for("registry.person_detail", slug=slug)), 303
    try:
        people.add_affiliation(current_user, person, form.organisation.data, form.role.data, form.is_current.data)
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(url_for("registry.person_detail", slug=slug)), 303
    flash(_("The affiliation is added."), "success")
    return redirect(url_for("registry.person_detail", slug=slug))


@bp.route("/p/<slug>/affiliations/<int:affiliation_id>/remove", methods=["POST"])
@policy(SIGNED_IN)
def remove_affiliation(slug, affiliation_id):
    person = editable_person(slug)
    people.remove_affiliation(current_user, person, affiliation_id)
    flash(_("The affiliation is removed."), "info")
    return redirect(url_for("registry.person_detail", slug=slug))
