"""The curator's workspace: queues of new listings, claims and held changes, with filters; single and
bulk decisions (verify or reject with a reason)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import CURATOR, policy
from ..errors import DomainError, Invalid
from ..extensions import db
from ..forms import safe_next
from ..models import Claim, Kind, Organisation, Person, Province
from ..registry import members, organisations, people
from ..registry.forms import DecisionForm
from ..registry.labels import TAXONOMY_LABELS
from ..registry.taxonomy import active_terms
from . import bp, queries
from .forms import BulkDecisionForm
from .sections import queue_sections
from .revisions.decisions import decide_many, parse_items
from .revisions.diffs import revision_diffs
from .revisions.labels import field_label

QUEUE_LIMIT = 100


def _first(statement):
    """(the first QUEUE_LIMIT rows, the total count) of a queue."""
    total = db.session.scalar(db.select(db.func.count()).select_from(statement.order_by(None).subquery()))
    return db.session.scalars(statement.limit(QUEUE_LIMIT)).all(), total


def _queue_type(raw):
    queue_type = raw or "listings"
    if queue_type not in queries.QUEUE_TYPES:
        abort(404)
    return queue_type


def _render_queue(args, queue_type, bulk_form=None, status=200):
    try:
        filters = queries.parse_queue_filters(args)
    except Invalid as err:
        flash(err.message, "danger")
        filters, status = queries.QueueFilters(), 400
    statements = {"organisations": queries.pending_organisations_query(filters),
                  "people": queries.pending_people_query(filters),
                  "claims": queries.claims_query(filters=filters), "changes": queries.pending_changes_query(filters)}
    shown = {"listings": ("organisations", "people"), "claims": ("claims",), "changes": ("changes",)}[queue_type]
    rows = {name: _first(statements[name]) for name in shown}
    counts = {name: db.session.scalar(db.select(db.func.count()).select_from(s.order_by(None).subquery()))
              for name, s in statements.items()}
    changes = [(revision, revision_diffs(revision.changes)) for revision in rows.get("changes", ([], 0))[0]]
    return render_template(
        "curation/queue.html", queue_type=queue_type, filters=filters, rows=rows, counts=counts, changes=changes,
        field_label=field_label, kinds=(*Kind.ALL, queries.PERSON), provinces=active_terms(Province),
        bulk_form=bulk_form or BulkDecisionForm(), form=DecisionForm(), taxonomies=TAXONOMY_LABELS,
        sections=queue_sections(current_user) if queue_type == "listings" else ()), status


@bp.route("/")
@policy(CURATOR)
def queue():
    return _render_queue(request.args, _queue_type(request.args.get("type")))


@bp.route("/decisions", methods=["POST"])
@policy(CURATOR)
def decide_many_items():
    """Bulk verify or reject the checked items; skipped items are listed with the reason."""
    form = BulkDecisionForm()
    queue_type = _queue_type(request.form.get("type"))
    back = safe_next(request.form.get("next"), url_for("curation.queue", type=queue_type))
    if not form.validate_on_submit():
        abort(400)
    try:
        outcomes = decide_many(current_user, parse_items(request.form.getlist("item")), request.form.get("action"),
                               form.reason.data)
    except Invalid as err:  # nothing is decided: the page comes back with the message (and the request rolls back)
        flash(err.message, "danger")
        return _render_queue(request.args, queue_type, form, status=400)
    done = [o for o in outcomes if o.ok]
    flash(_("%(count)s decided.", count=len(done)), "success" if done else "info")
    for outcome in outcomes:
        if not outcome.ok:
            flash(_("Skipped %(item)s: %(message)s", item=_item_name(outcome), message=outcome.message), "danger")
    return redirect(back)


def _item_name(outcome):
    record = outcome.record
    if isinstance(record, Claim):
        return record.organisation.name
    return getattr(record, "name", None) or getattr(record, "full_name", None) or f"{outcome.type} {outcome.id}"


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
