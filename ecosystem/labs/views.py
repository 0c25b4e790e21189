"""Labs and equipment in the browser: listing pages, detail pages, photos and curators' decisions (thin views)."""
from flask import abort, flash, redirect, render_template, request, send_from_directory, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import CURATOR, PUBLIC, SIGNED_IN, can_manage_lab, can_verify_lab, policy
from ..models import Kind, Province, Sector, Status, StrategicTechnology
from ..pagination import paginate
from ..registry.decisions import decide_from_page
from ..registry.forms import DecisionForm, _org_choices
from ..registry.labels import STATUS_LABELS, label
from ..registry.taxonomy import active_terms
from ..registry.views import page_number
from . import bp, services
from .forms import PhotoForm
from .labels import CATEGORY_LABELS, CONDITION_LABELS, EQUIPMENT_SORT_LABELS, LAB_SORT_LABELS, YES_NO_LABELS
from .listings import (
    equipment_query,
    lab_query,
    managed_labs,
    parse_equipment_filters,
    parse_lab_filters,
)
from .lookups import visible_equipment, visible_lab
from .photos import photo_dir
from .sections import sections_for

PER_PAGE = 24


def _options(sorts):
    return {"technologies": active_terms(StrategicTechnology), "sectors": active_terms(Sector),
            "provinces": active_terms(Province), "categories": CATEGORY_LABELS, "statuses": STATUS_LABELS,
            "yes_no": YES_NO_LABELS, "zones": _org_choices((Kind.ZONE,)), "sorts": sorts}


@bp.route("/labs")
@policy(PUBLIC)
def lab_listing():
    """Labs with filters (technology, sector, host, zone, province, accreditation, free for startups, instruments)."""
    filters = parse_lab_filters(request.args, current_user)
    page = paginate(lab_query(current_user, filters), page_number(), PER_PAGE)
    return render_template("labs/labs.html", filters=filters, page=page, options=_options(LAB_SORT_LABELS))


@bp.route("/equipment")
@policy(PUBLIC)
def equipment_listing():
    """Instruments of public labs with filters (category, maker, bookable, lab, zone, hourly fee)."""
    filters = parse_equipment_filters(request.args)
    page = paginate(equipment_query(current_user, filters), page_number(), PER_PAGE)
    return render_template("labs/equipment_list.html", filters=filters, page=page,
                           options=_options(EQUIPMENT_SORT_LABELS))


@bp.route("/labs/<slug>")
@policy(PUBLIC)
def lab_detail(slug):
    """A lab: host, zone, managers, access terms, photos, its equipment and the sections other parts add."""
    lab = visible_lab(current_user, slug)
    can_manage = can_manage_lab(current_user, lab)
    equipment = lab.equipment if can_manage or lab.is_public else []
    return render_template("labs/lab.html", lab=lab, equipment=equipment, can_manage=can_manage,
                           can_verify=can_verify_lab(current_user, lab) and lab.status != Status.VERIFIED,
                           decision_form=DecisionForm(), photo_form=PhotoForm(),
                           sections=sections_for("lab", current_user, lab))


@bp.route("/equipment/<slug>")
@policy(PUBLIC)
def equipment_detail(slug):
    """One instrument, with its lab's access terms and the sections other parts add."""
    equipment = visible_equipment(current_user, slug)
    return render_template("labs/equipment.html", equipment=equipment, lab=equipment.lab,
                           can_manage=can_manage_lab(current_user, equipment.lab), decision_form=DecisionForm(),
                           sections=sections_for("equipment", current_user, equipment))


@bp.route("/labs/<slug>/decide", methods=["POST"])
@policy(CURATOR)
def decide_lab(slug):
    """A curator's verify or reject from the lab page; refusals come back as messages."""
    lab = visible_lab(current_user, slug)
    return decide_from_page(lab, services.verify_lab, services.reject_lab,
                            url_for("labs.lab_detail", slug=lab.slug), lab.name)


@bp.route("/labs/<slug>/archive", methods=["POST"])
@policy(SIGNED_IN)
def archive_lab(slug):
    """Withdraw a lab (its managers or curators)."""
    lab = visible_lab(current_user, slug)
    if not DecisionForm().validate_on_submit():
        abort(400)
    services.archive_lab(current_user, lab)
    flash(_("The lab is archived and no longer public."), "info")
    return redirect(url_for("labs.lab_detail", slug=lab.slug))


@bp.route("/media/lab-photos/<name>")
@policy(PUBLIC)
def lab_photo(name):
    response = send_from_directory(photo_dir(), name, max_age=7 * 24 * 3600)
    response.headers["Content-Security-Policy"] = "default-src 'none'"
    return response


@bp.app_context_processor
def lab_template_helpers():
    """Labels the lab templates use, and the labs the current user manages (for /my)."""
    return {"equipment_category_label": lambda code: label(CATEGORY_LABELS, code),
            "condition_label": lambda code: label(CONDITION_LABELS, code),
            "my_labs": lambda: managed_labs(current_user)}
