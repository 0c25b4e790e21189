"""Access requests and open hours in the browser (thin views: parse, authorize, call a service, render).

A refused action re-renders its page with the message and a 4xx status, so the request rolls back."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from ..auth.policy import (
    SIGNED_IN,
    can_decide_access_request,
    can_manage_lab,
    can_view_access_request,
    on_access_requester_side,
    policy,
)
from ..errors import DomainError, NotFound
from ..extensions import db
from ..models import AccessRequest, AccessStatus
from ..pagination import paginate
from ..registry.manage_views import apply_errors
from ..registry.views import page_number
from . import bookings, bp
from .booking_forms import (
    AccessRequestForm,
    ButtonForm,
    DecisionNoteForm,
    ProposalForm,
    requester_choices,
    resource_choices,
)
from .booking_queries import requests_incoming, requests_sent
from .lookups import visible_lab

PER_PAGE = 30
STATUS_FILTERS = ("open", *AccessStatus.ALL)


def _instrument(lab, slug):
    return next((e for e in lab.equipment if e.slug == slug), None) if slug else None


@bp.route("/labs/<slug>/request", methods=["GET", "POST"])
@policy(SIGNED_IN)
def request_access(slug):
    """Ask for the lab, or one of its instruments (?equipment=slug), for some hours."""
    lab = visible_lab(current_user, slug)
    form = AccessRequestForm()
    form.resource.choices = resource_choices(lab, _("The whole lab"))
    form.on_behalf_of.choices = requester_choices(current_user)
    if request.method == "GET":
        form.resource.data = request.args.get("equipment", "")
    page = {"form": form, "lab": lab}
    if not form.validate_on_submit():
        return render_template("labs/booking_request.html", **page), 400 if form.is_submitted() else 200
    equipment = _instrument(lab, form.resource.data)
    if form.resource.data and equipment is None:
        form.resource.errors = [_("This instrument cannot be booked by outside users.")]
        return render_template("labs/booking_request.html", **page), 400
    data = {name: form[name].data for name in ("on_behalf_of", "starts_at", "ends_at", "purpose")}
    try:
        access_request = bookings.request_access(current_user, lab, data, equipment=equipment)
    except DomainError as err:
        apply_errors(form, err)
        return render_template("labs/booking_request.html", **page), err.status
    flash(_("Your request is sent. The lab's managers will answer here and by email."), "success")
    return redirect(url_for("labs.access_request_detail", request_id=access_request.id))


def _visible_request(request_id):
    access_request = db.session.get(AccessRequest, request_id)
    if access_request is None or not can_view_access_request(current_user, access_request):
        raise NotFound(_("You have no such lab access request."))
    return access_request


def _detail(access_request, status=200):
    version = {"version": access_request.version}
    return render_template(
        "labs/requests_detail.html", item=access_request,
        can_decide=can_decide_access_request(current_user, access_request),
        is_requester=on_access_requester_side(current_user, access_request),
        note_form=DecisionNoteForm(data=version), proposal_form=ProposalForm(data=version),
        button_form=ButtonForm(data=version)), status


@bp.route("/lab-requests/<int:request_id>")
@policy(SIGNED_IN)
def access_request_detail(request_id):
    """One access request with the actions the user may take."""
    return _detail(_visible_request(request_id))


def _run(action, access_request, form):
    version = form.version.data or None
    if action == "propose":
        data = {"starts_at": form.starts_at.data, "ends_at": form.ends_at.data, "note": form.note.data}
        return bookings.propose(current_user, access_request, data, expected_version=version)
    if action in ("approve", "decline"):
        note = form.note.data if hasattr(form, "note") else None
        return bookings.ACTIONS[action](current_user, access_request, note, expected_version=version)
    return bookings.ACTIONS[action](current_user, access_request, expected_version=version)


MESSAGES = {"approve": _l("The hours are booked and the requester is told."),
            "propose": _l("Your proposal is sent to the requester."),
            "accept": _l("The proposed hours are booked."), "decline": _l("The request is declined."),
            "cancel": _l("The request is cancelled.")}


@bp.route("/lab-requests/<int:request_id>/<action>", methods=["POST"])
@policy(SIGNED_IN)
def access_request_action(request_id, action):
    """approve | propose | accept | decline | cancel, from the request's page."""
    if action not in MESSAGES:
        abort(404)
    access_request = _visible_request(request_id)
    form = {"propose": ProposalForm, "approve": DecisionNoteForm, "decline": DecisionNoteForm}.get(
        action, ButtonForm)()
    if not form.validate_on_submit():
        flash(_("Check the dates and times of your proposal."), "danger")
        return _detail(access_request, 400)
    try:
        _run(action, access_request, form)
    except DomainError as err:
        flash(_(err.message), "danger")
        db.session.rollback()
        return _detail(db.session.get(AccessRequest, request_id), err.status)
    flash(str(MESSAGES[action]), "success")
    return redirect(url_for("labs.access_request_detail", request_id=request_id))


def _status_filter():
    status = request.args.get("status") or ""
    return status if status in STATUS_FILTERS else ""


def _list(statement, title, lab=None):
    page = paginate(statement, page_number(), PER_PAGE)
    return render_template("labs/requests.html", page=page, title=title, lab=lab, status=_status_filter(),
                           statuses=STATUS_FILTERS)


@bp.route("/lab-requests")
@policy(SIGNED_IN)
def my_access_requests():
    """My lab requests: those I sent, or sent for an organisation I manage or my profile."""
    return _list(requests_sent(current_user, _status_filter()), _("My lab requests"))


@bp.route("/lab-requests/incoming")
@policy(SIGNED_IN)
def incoming_access_requests():
    """Requests to every lab I manage."""
    return _list(requests_incoming(current_user, _status_filter()), _("Requests to my labs"))


@bp.route("/labs/<slug>/requests")
@policy(SIGNED_IN)
def lab_access_requests(slug):
    """Requests to one lab, for its managers."""
    lab = visible_lab(current_user, slug)
    if not can_manage_lab(current_user, lab):
        abort(403)
    return _list(requests_incoming(current_user, _status_filter(), lab=lab), _("Access requests"), lab=lab)


from . import booking_hours_views  # noqa: E402,F401  (the open-hours editor)
