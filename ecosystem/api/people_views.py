"""People: list, read, create, change, affiliations, verify and reject."""
from flask import request, url_for
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, can_edit_person, policy
from ..errors import NotAllowed
from ..pagination import paginate
from ..registry import people
from ..registry.listings import parse_people_filters, people_query
from ..registry.lookups import visible_person
from . import bp, serializers
from .access import api_user, curator_user, signed_in_user
from .inputs import action_input, checked_shapes, json_body, page_args, update_input
from .queries import affiliation_of
from .revision_serializers import pending_review


@bp.get("/people")
@policy(API_TOKEN)
def person_list():
    """People the caller may see, with the browser listing's filters."""
    user = api_user()
    page = paginate(people_query(user, parse_people_filters(request.args)), *page_args())
    return serializers.page_of(page, serializers.person_summary)


@bp.get("/people/<slug>")
@policy(API_TOKEN)
def person_detail(slug):
    """One profile; contact details only as the person chose (or to its editors)."""
    user = api_user()
    return serializers.person_detail(visible_person(user, slug), user)


@bp.post("/people")
@policy(API_TOKEN)
def person_create():
    """A new profile managed by the caller, waiting for a curator."""
    user = signed_in_user()
    person = people.create_person(user, checked_shapes(people.PERSON_RULES, json_body()))
    location = url_for("api.person_detail", slug=person.slug, _external=True)
    return serializers.person_detail(person, user), 201, {"Location": location}


@bp.patch("/people/<slug>")
@policy(API_TOKEN)
def person_update(slug):
    """Change the fields sent; `version` must be the one read (else 409)."""
    user = signed_in_user()
    person = visible_person(user, slug)
    version, data = update_input(people.PERSON_RULES)
    people.update_person(user, person, data, expected_version=version)
    # Important fields of a verified profile wait for a curator: say which, and what was proposed.
    return {**serializers.person_detail(person, user), "pending_review": pending_review(person)}


def editable_person(user, slug):
    """The person if the user may edit the profile."""
    person = visible_person(user, slug)
    if not can_edit_person(user, person):
        raise NotAllowed(_("You cannot edit this profile."))
    return person


@bp.post("/people/<slug>/affiliations")
@policy(API_TOKEN)
def affiliation_add(slug):
    """Link the person to a public organisation."""
    user = signed_in_user()
    person = editable_person(user, slug)
    data = action_input("affiliation")
    affiliation = people.add_affiliation(user, person, data["organisation"], data["role"], data["is_current"])
    return serializers.affiliation_item(affiliation), 201


@bp.delete("/people/<slug>/affiliations/<int:affiliation_id>")
@policy(API_TOKEN)
def affiliation_remove(slug, affiliation_id):
    """Remove one affiliation from the profile."""
    user = signed_in_user()
    person = editable_person(user, slug)
    people.remove_affiliation(user, person, affiliation_of(person, affiliation_id).id)
    return "", 204


@bp.post("/people/<slug>/verify")
@policy(API_TOKEN)
def person_verify(slug):
    """Curators make a profile public (never their own)."""
    user = curator_user()
    person = visible_person(user, slug)
    action_input("decision")
    people.verify_person(user, person)
    return serializers.person_detail(person, user)


@bp.post("/people/<slug>/reject")
@policy(API_TOKEN)
def person_reject(slug):
    """Curators return a profile to its owner with a reason."""
    user = curator_user()
    person = visible_person(user, slug)
    data = action_input("rejection")
    people.reject_person(user, person, data["reason"])
    return serializers.person_detail(person, user)
