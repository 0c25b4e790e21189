"""Partnerships in the browser: the listing, the detail page, suggested partners and curators' decisions."""
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...auth.policy import (
    CURATOR,
    PUBLIC,
    SIGNED_IN,
    can_create_partnership,
    can_edit_partnership,
    can_verify_partnership,
    policy,
)
from ...extensions import db
from ...models import Kind, Organisation, Status, StrategicTechnology
from ...pagination import paginate
from ...registry.decisions import decide_from_page
from ...registry.forms import DecisionForm
from ...registry.labels import STATUS_LABELS
from ...registry.taxonomy import active_terms
from ...registry.views import page_number
from . import bp, services, suggestions
from .forms import PartnerForm
from .labels import COMPOSITION_LABELS, PARTNERSHIP_KIND_LABELS, PHASE_LABELS, ROLE_HINTS, ROLE_LABELS, SORT_LABELS
from .listings import composition_counts, managed_partnerships, parse_partnership_filters, partnership_query
from .lookups import shown_partners, visible_partnership

PER_PAGE = 24


def _options():
    zones = db.session.scalars(db.select(Organisation).where(Organisation.kind == Kind.ZONE,
                                                             Organisation.status == Status.VERIFIED)
                               .order_by(Organisation.name_folded)).all()
    return {"technologies": active_terms(StrategicTechnology), "compositions": COMPOSITION_LABELS,
            "kinds": PARTNERSHIP_KIND_LABELS, "phases": PHASE_LABELS, "zones": zones, "statuses": STATUS_LABELS,
            "sorts": SORT_LABELS}


@bp.route("/partnerships")
@policy(PUBLIC)
def partnership_listing():
    """Partnerships with filters: composition (complete, missing a role), strategic technology, kind, phase,
    zone and a text query; each composition shows how many partnerships it would leave."""
    filters = parse_partnership_filters(request.args, current_user)
    page = paginate(partnership_query(current_user, filters), page_number(), PER_PAGE)
    return render_template("partnerships/listing.html", filters=filters, page=page, options=_options(),
                           counts=composition_counts(current_user, filters),
                           can_create=can_create_partnership(current_user) and current_user.is_authenticated)


def render_detail(partnership, partner_form=None, status=200):
    """The detail page; `partner_form` carries the errors of a refused partner (shown with `status`)."""
    can_edit = can_edit_partnership(current_user, partnership)
    if can_edit and partner_form is None:
        partner_form = PartnerForm().load_choices()
    return render_template(
        "partnerships/detail.html", partnership=partnership,
        partners=shown_partners(current_user, partnership, can_edit), can_edit=can_edit,
        can_verify=can_verify_partnership(current_user, partnership) and partnership.status != Status.VERIFIED,
        decision_form=DecisionForm(), partner_form=partner_form if can_edit else None), status


@bp.route("/partnerships/<slug>")
@policy(PUBLIC)
def partnership_detail(slug):
    """Partners grouped by role with their contributions, goals, funding, dates, outcomes; missing roles."""
    return render_detail(visible_partnership(current_user, slug))


@bp.route("/partnerships/<slug>/suggest")
@policy(PUBLIC)
def suggest_partners(slug):
    """Ranked candidate organisations for one role (by default the first missing one), with reasons."""
    partnership = visible_partnership(current_user, slug)
    role = suggestions.parse_role(request.args.get("role"), partnership)
    limit = suggestions.parse_limit(request.args.get("limit"), 20)
    can_edit = can_edit_partnership(current_user, partnership)
    return render_template("partnerships/suggest.html", partnership=partnership, role=role,
                           results=suggestions.suggest_partners(partnership, role, limit), can_edit=can_edit,
                           partner_form=PartnerForm() if can_edit else None)


@bp.route("/partnerships/<slug>/decide", methods=["POST"])
@policy(CURATOR)
def decide_partnership(slug):
    """A curator's verify or reject from the detail page; refusals come back as messages."""
    partnership = visible_partnership(current_user, slug)
    return decide_from_page(partnership, services.verify_partnership, services.reject_partnership,
                            url_for("partnerships.partnership_detail", slug=slug), partnership.title)


@bp.route("/partnerships/<slug>/archive", methods=["POST"])
@policy(SIGNED_IN)
def archive_partnership(slug):
    """Withdraw a partnership from public view (its editors and curators)."""
    partnership = visible_partnership(current_user, slug)
    if not DecisionForm().validate_on_submit():
        abort(400)
    services.archive_partnership(current_user, partnership)
    flash(_("The partnership is archived and no longer public."), "info")
    return redirect(url_for("partnerships.partnership_detail", slug=slug))


@bp.app_context_processor
def partnership_template_helpers():
    """Labels the partnership templates use."""
    from ...registry.labels import label
    return {"partner_role_label": lambda code: label(ROLE_LABELS, code),
            "partner_role_hint": lambda code: label(ROLE_HINTS, code),
            "partnership_kind_label": lambda code: label(PARTNERSHIP_KIND_LABELS, code),
            "partnership_phase_label": lambda code: label(PHASE_LABELS, code),
            "programme_url_of": _programme_url, "my_partnerships": lambda: managed_partnerships(current_user)}


def _programme_url(programme):
    """The programme's page when the programmes pages are mounted and it is public, else None."""
    if "programmes.programme_detail" not in current_app.view_functions or not programme.is_public:
        return None
    return url_for("programmes.programme_detail", slug=programme.slug)


from . import manage_views  # noqa: E402,F401
