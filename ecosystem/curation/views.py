"""Pending listings and claims; verify or reject with a reason."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import CURATOR, policy
from ..errors import DomainError
from ..extensions import db
from ..forms import safe_next
from ..models import Claim, Organisation, Person
from ..registry import members, organisations, people
from ..registry.forms import DecisionForm
from ..registry.labels import TAXONOMY_LABELS
from . import bp, queries


@bp.route("/")
@policy(CURATOR)
def queue():
    pending_orgs = db.session.scalars(queries.pending_organisations_query()).all()
    pending_people = db.session.scalars(queries.pending_people_query()).all()
    claims = db.session.scalars(queries.claims_query()).all()
    return render_template("curation/queue.html", pending_orgs=pending_orgs, pending_people=pending_people,
                           claims=claims, form=DecisionForm(), taxonomies=TAXONOMY_LABELS)


def _decide(record, verify, reject):
    """Run the curator's decision from a posted DecisionForm; errors come back as messages."""
    form = DecisionForm()
    action = request.form.get("action")
    if not form.validate_on_submit() or action not in ("verify", "reject", "approve"):
        abort(400)
    try:
        if action in ("verify", "approve"):
            verify(current_user, record)
            flash(_("Verified: %(name)s is public now.", name=_name(record)), "success")
        else:
            reject(current_user, record, form.reason.data)
            flash(_("Returned to its owners with your reason."), "info")
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(safe_next(request.form.get("next"), url_for("curation.queue"))), 303
    return redirect(safe_next(request.form.get("next"), url_for("curation.queue")))


def _name(record):
    return getattr(record, "name", None) or getattr(record, "full_name", "")


@bp.route("/organisations/<int:org_id>/decide", methods=["POST"])
@policy(CURATOR)
def decide_organisation(org_id):
    org = db.session.get(Organisation, org_id) or abort(404)
    return _decide(org, organisations.verify_organisation, organisations.reject_organisation)


@bp.route("/people/<int:person_id>/decide", methods=["POST"])
@policy(CURATOR)
def decide_person(person_id):
    person = db.session.get(Person, person_id) or abort(404)
    return _decide(person, people.verify_person, people.reject_person)


@bp.route("/claims/<int:claim_id>/decide", methods=["POST"])
@policy(CURATOR)
def decide_claim(claim_id):
    claim = db.session.get(Claim, claim_id) or abort(404)
    return _decide(claim, lambda actor, c: members.decide_claim(actor, c, True),
                   lambda actor, c, reason: members.decide_claim(actor, c, False, reason))
