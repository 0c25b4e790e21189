"""Introductions in the browser: the sent and received boxes, asking, the detail page and its actions."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import SIGNED_IN, policy
from ..errors import DomainError
from ..models import Lab, Need, Offer
from ..pagination import paginate
from ..registry.manage_views import apply_errors
from ..registry.views import page_number
from . import bp, services
from .forms import ActionForm, DeclineForm, RequestForm
from .presenters import ACTION_LABELS, allowed_actions, contacts_for, timeline, viewer_side
from .queries import BOXES, box_query, open_request_between, visible_introduction
from .sides import managed_parties, party_name, party_of, reference_of, resolve_source, resolve_target

PER_PAGE = 25


@bp.route("/introductions")
@policy(SIGNED_IN)
def introduction_list():
    """Received requests (to answer) and sent ones, with their status."""
    box = request.args.get("box") or "received"
    if box not in BOXES:
        abort(404)
    page = paginate(box_query(current_user, box), page_number(), PER_PAGE)
    return render_template("introductions/list.html", box=box, page=page)


def _source_choice(user, raw):
    """The preselected side: the `source` of the link (checked), else the first listing the user manages."""
    if raw:
        record, _party = resolve_source(user, raw)
        return record
    parties = managed_parties(user)
    return parties[0] if parties else None


def _request_form(user, source_record):
    form = RequestForm()
    parties = managed_parties(user)
    form.load_choices(user, parties)
    if isinstance(source_record, (Offer, Need, Lab)):
        title = source_record.name if isinstance(source_record, Lab) else source_record.title
        label = f"{title} ({party_name(party_of(source_record))})"
        form.source.choices.insert(1, (reference_of(source_record), label))
    if not form.is_submitted():
        form.source.data = reference_of(source_record) if source_record is not None else ""
    return form


def _preview(source_record, target_record):
    """The match the server would record for the preselected side, shown before sending."""
    try:
        return services.match_for(source_record, target_record)
    except DomainError:
        return None


@bp.route("/introductions/new", methods=["GET", "POST"])
@policy(SIGNED_IN)
def new_introduction():
    """Ask for an introduction: `?target=type:slug` (required) and `?source=type:slug` (optional)."""
    target_record, target_party = resolve_target(request.args.get("target"))
    source_record = _source_choice(current_user, request.args.get("source"))
    existing = open_request_between(current_user, target_party)
    form = _request_form(current_user, source_record)
    context = dict(form=form, target_record=target_record, target=target_party, existing=existing,
                   match=_preview(source_record, target_record))
    if form.validate_on_submit():
        try:
            introduction = services.request_introduction(
                current_user, form.source.data or None, reference_of(target_record), form.message.data)
        except DomainError as err:
            apply_errors(form, err)
            return render_template("introductions/new.html", **context), err.status
        flash(_("Your request is sent. You will be notified when they answer."), "success")
        return redirect(url_for("introductions.introduction_detail", introduction_id=introduction.id))
    blocked = None
    try:
        services.check_can_ask(current_user, None, target_party)
    except DomainError as err:
        blocked = err.message
    status = 400 if form.is_submitted() else 200
    return render_template("introductions/new.html", blocked=blocked, **context), status


@bp.route("/introductions/<int:introduction_id>")
@policy(SIGNED_IN)
def introduction_detail(introduction_id):
    """One introduction: both sides, the message, the match, the timeline, contacts once accepted."""
    introduction = visible_introduction(current_user, introduction_id)
    return render_template("introductions/detail.html", introduction=introduction,
                           steps=timeline(introduction), actions=allowed_actions(current_user, introduction),
                           action_labels=ACTION_LABELS, contacts=contacts_for(current_user, introduction),
                           side=viewer_side(current_user, introduction), form=ActionForm(),
                           decline_form=DeclineForm())


@bp.route("/introductions/<int:introduction_id>/<any(accept, decline, withdraw, met, agreed):action>",
          methods=["POST"])
@policy(SIGNED_IN)
def introduction_action(introduction_id, action):
    """Accept, decline (with an optional reason), withdraw, mark met, record an agreement."""
    introduction = visible_introduction(current_user, introduction_id)
    form = DeclineForm() if action == "decline" else ActionForm()
    if not form.validate_on_submit():
        flash(_("The form was not complete. Please try again."), "danger")
        return redirect(url_for("introductions.introduction_detail", introduction_id=introduction_id))
    if action == "decline":
        services.decline(current_user, introduction, form.reason.data)
    else:
        services.ACTIONS[action](current_user, introduction)
    flash(DONE_MESSAGES[action](), "success")
    return redirect(url_for("introductions.introduction_detail", introduction_id=introduction_id))


DONE_MESSAGES = {
    "accept": lambda: _("You accepted the introduction. Contact details are now shared."),
    "decline": lambda: _("You declined the introduction."),
    "withdraw": lambda: _("Your request is withdrawn."),
    "met": lambda: _("Recorded: you have met."),
    "agreed": lambda: _("Recorded: you reached an agreement. Congratulations!"),
}
