"""The duplicates queue and the merge page, for curators."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...auth.policy import CURATOR, can_merge_listings, policy
from ...errors import DomainError
from ...forms import safe_next
from ...models import RecordType
from ...pagination import parse_positive_int
from . import bp
from .detection import dismiss_pair, duplicate_page, find_listing, pair_count
from .forms import DismissForm, MergeForm
from .labels import evidence_text, field_label
from .merge import FIELDS, LOSER, SURVIVOR, default_choices, merge_organisations, merge_people
from .pages import merge_rows, records_of, reference_counts, suggested_order

PER_PAGE = 25
MERGERS = {RecordType.ORGANISATION: merge_organisations, RecordType.PERSON: merge_people}


def _record_type(value):
    if value not in RecordType.ALL:
        abort(404)
    return value


@bp.route("/duplicates")
@policy(CURATOR)
def queue():
    """Likely duplicate pairs with their evidence, most likely first; `?kind=person` for people."""
    record_type = _record_type(request.args.get("kind") or RecordType.ORGANISATION)
    page = duplicate_page(record_type, parse_positive_int(request.args.get("page"), "page", 1, 10 ** 6), PER_PAGE)
    return render_template("curation/duplicates.html", page=page, record_type=record_type, counts=pair_count(),
                           records=records_of(page.items), order=suggested_order, evidence_text=evidence_text,
                           form=DismissForm())


@bp.route("/duplicates/dismiss", methods=["POST"])
@policy(CURATOR)
def dismiss():
    """"Not duplicates": the pair is stored and never proposed again."""
    form = DismissForm()
    record_type = request.form.get("kind") or ""
    back = safe_next(request.form.get("next"), url_for("duplicates.queue", kind=record_type or None))
    if not form.validate_on_submit():
        abort(400)
    try:
        first = find_listing(record_type, form.first.data, "first")
        second = find_listing(record_type, form.second.data, "second")
        dismiss_pair(current_user, record_type, first, second)
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(back), 303
    flash(_("Marked as different listings; this pair will not be proposed again."), "info")
    return redirect(back)


def _chosen(record_type):
    """The radio buttons of the merge page as {field: side}."""
    return {name: request.form.get(f"choice-{name}", SURVIVOR) for name in FIELDS[record_type]}


@bp.route("/merge/<kind>/<survivor>/<loser>", methods=["GET", "POST"])
@policy(CURATOR)
def merge(kind, survivor, loser):
    """Side by side: pick the value of each field, then merge `loser` into `survivor`."""
    record_type = _record_type(kind)
    try:
        kept, gone = find_listing(record_type, survivor, "survivor"), find_listing(record_type, loser, "loser")
    except DomainError:
        abort(404)
    if not can_merge_listings(current_user, kept, gone):
        abort(403)
    form = MergeForm()
    chosen, status = default_choices(record_type, kept, gone), 200
    if request.method == "POST":
        if not form.validate_on_submit():
            abort(400)
        chosen = _chosen(record_type)
        try:
            MERGERS[record_type](current_user, kept, gone, chosen, survivor_version=form.survivor_version.data or None,
                                 loser_version=form.loser_version.data or None)
        except DomainError as err:
            flash(_(err.message), "danger")
            status = err.status
        else:
            flash(_("Merged: %(loser)s is now part of %(survivor)s, and its old address leads here.",
                    loser=loser, survivor=kept.slug), "success")
            endpoint = "registry.organisation_detail" if record_type == RecordType.ORGANISATION \
                else "registry.person_detail"
            return redirect(url_for(endpoint, slug=kept.slug))
    else:
        form.survivor_version.data, form.loser_version.data = kept.version, gone.version
    return render_template("curation/merge.html", record_type=record_type, survivor=kept, loser=gone, form=form,
                           rows=merge_rows(record_type, kept, gone, chosen), field_label=field_label,
                           moving=reference_counts(record_type, gone.id), SURVIVOR=SURVIVOR, LOSER=LOSER), status
