"""A curator's verify-or-reject from a listing's detail page, shared by labs, projects, programmes,
partnerships, offers and needs. The routes (and their policies) stay in each domain; this is their body."""
from flask import abort, flash, redirect, request
from flask_babel import gettext as _
from flask_login import current_user

from ..errors import DomainError
from ..forms import safe_next
from .forms import DecisionForm


def decide_from_page(listing, verify, reject, back_url, name, follow_next=True):
    """Run `verify(actor, listing)` or `reject(actor, listing, reason)` as the posted DecisionForm asks and
    redirect to `back_url` (or a safe `next` when `follow_next`); refusals come back as flashed messages
    with a 303. `name` is how the success message calls the listing."""
    form = DecisionForm()
    action = request.form.get("action")
    if not form.validate_on_submit() or action not in ("verify", "reject"):
        abort(400)
    back = safe_next(request.form.get("next"), back_url) if follow_next else back_url
    try:
        if action == "verify":
            verify(current_user, listing)
            flash(_("Verified: %(name)s is public now.", name=name), "success")
        else:
            reject(current_user, listing, form.reason.data)
            flash(_("Returned to its owners with your reason."), "info")
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(back), 303
    return redirect(back)
