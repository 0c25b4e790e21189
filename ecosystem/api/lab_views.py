"""Labs and equipment through the API: list with filters, read, create, change, verify, reject, archive;
the instruments of a lab: list, add, read, change, remove."""
from flask import request, url_for
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, policy
from ..errors import Invalid
from ..labs import services
from ..labs.listings import equipment_query, lab_query, parse_equipment_filters, parse_lab_filters
from ..labs.lookups import visible_equipment, visible_lab
from ..labs.rules import EQUIPMENT_RULES, LAB_RULES
from ..pagination import paginate
from ..registry.lookups import visible_organisation
from . import bp, serializers
from . import lab_serializers as ls
from .access import api_user, curator_user, signed_in_user
from .inputs import action_input, checked_shapes, json_body, page_args, update_input


@bp.get("/labs")
@policy(API_TOKEN)
def lab_list():
    """Labs the caller may see, with the listing page's filters."""
    user = api_user()
    page = paginate(lab_query(user, parse_lab_filters(request.args, user)), *page_args())
    return serializers.page_of(page, ls.lab_summary)


@bp.post("/labs")
@policy(API_TOKEN)
def lab_create():
    """A new lab of a university or institute the caller manages (`host`: its slug), waiting for a curator."""
    user = signed_in_user()
    body = json_body()
    host_slug = body.pop("host", None)
    if not isinstance(host_slug, str) or not host_slug:
        raise Invalid(_("Name the host university or institute: 'host' (a slug)."), "host")
    lab = services.create_lab(user, visible_organisation(user, host_slug), checked_shapes(LAB_RULES, body))
    location = url_for("api.lab_detail", slug=lab.slug, _external=True)
    return ls.lab_detail(lab, user), 201, {"Location": location}


@bp.get("/labs/<slug>")
@policy(API_TOKEN)
def lab_detail(slug):
    user = api_user()
    return ls.lab_detail(visible_lab(user, slug), user)


@bp.patch("/labs/<slug>")
@policy(API_TOKEN)
def lab_update(slug):
    """Change the fields sent; `version` must be the one read (else 409)."""
    user = signed_in_user()
    lab = visible_lab(user, slug)
    version, data = update_input(LAB_RULES)
    services.update_lab(user, lab, data, expected_version=version)
    return ls.lab_detail(lab, user)


@bp.post("/labs/<slug>/verify")
@policy(API_TOKEN)
def lab_verify(slug):
    """Curators make a lab public (never one they manage)."""
    user = curator_user()
    lab = visible_lab(user, slug)
    action_input("decision")
    services.verify_lab(user, lab)
    return ls.lab_detail(lab, user)


@bp.post("/labs/<slug>/reject")
@policy(API_TOKEN)
def lab_reject(slug):
    """Curators return a lab to its managers with a reason."""
    user = curator_user()
    lab = visible_lab(user, slug)
    services.reject_lab(user, lab, action_input("rejection")["reason"])
    return ls.lab_detail(lab, user)


@bp.post("/labs/<slug>/archive")
@policy(API_TOKEN)
def lab_archive(slug):
    """Withdraw a lab (its managers or curators)."""
    user = signed_in_user()
    lab = visible_lab(user, slug)
    action_input("decision")
    services.archive_lab(user, lab)
    return ls.lab_detail(lab, user)


@bp.get("/labs/<slug>/equipment")
@policy(API_TOKEN)
def lab_equipment_list(slug):
    """The instruments of one lab the caller may see, with the equipment filters."""
    user = api_user()
    lab = visible_lab(user, slug)
    page = paginate(equipment_query(user, parse_equipment_filters(request.args), lab=lab), *page_args())
    return serializers.page_of(page, ls.equipment_summary)


@bp.post("/labs/<slug>/equipment")
@policy(API_TOKEN)
def equipment_create(slug):
    """Add an instrument to a lab the caller manages."""
    user = signed_in_user()
    lab = visible_lab(user, slug)
    equipment = services.add_equipment(user, lab, checked_shapes(EQUIPMENT_RULES, json_body()))
    location = url_for("api.equipment_detail", slug=equipment.slug, _external=True)
    return ls.equipment_detail(equipment), 201, {"Location": location}


@bp.get("/equipment")
@policy(API_TOKEN)
def equipment_list():
    """Instruments of public labs (curators: all), with the listing page's filters."""
    user = api_user()
    page = paginate(equipment_query(user, parse_equipment_filters(request.args)), *page_args())
    return serializers.page_of(page, ls.equipment_summary)


@bp.get("/equipment/<slug>")
@policy(API_TOKEN)
def equipment_detail(slug):
    return ls.equipment_detail(visible_equipment(api_user(), slug))


@bp.patch("/equipment/<slug>")
@policy(API_TOKEN)
def equipment_update(slug):
    """Change the fields sent; `version` must be the one read (else 409)."""
    user = signed_in_user()
    equipment = visible_equipment(user, slug)
    version, data = update_input(EQUIPMENT_RULES)
    services.update_equipment(user, equipment, data, expected_version=version)
    return ls.equipment_detail(equipment)


@bp.delete("/equipment/<slug>")
@policy(API_TOKEN)
def equipment_delete(slug):
    """Remove an instrument from its lab (its managers or curators)."""
    user = signed_in_user()
    services.remove_equipment(user, visible_equipment(user, slug))
    return "", 204
