"""Programmes in the browser: the listing with its filters, the detail page, curators' decisions, archiving."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...auth.policy import (
    CURATOR,
    PUBLIC,
    SIGNED_IN,
    can_edit_programme,
    can_review_applications,
    can_verify_programme,
    policy,
)
from ...models import Status, StrategicTechnology
from ...pagination import paginate
from ...registry.decisions import decide_from_page
from ...registry.forms import DecisionForm
from ...registry.labels import STATUS_LABELS
from ...registry.taxonomy import active_terms
from ...registry.views import page_number
from . import bp, rules, services
from .forms import WithdrawForm, applicant_choices
from .labels import ELIGIBLE_LABELS, PROGRAMME_KIND_LABELS, SORT_LABELS, STATE_LABELS
from .listings import (
    my_applications,
    open_application_count,
    parse_programme_filters,
    programme_query,
    visible_programme,
)
from .states import call_state, programme_state, takes_interest

PER_PAGE = 24


def _options():
    return {"states": STATE_LABELS, "kinds": PROGRAMME_KIND_LABELS, "technologies": active_terms(StrategicTechnology),
            "eligible": ELIGIBLE_LABELS, "statuses": STATUS_LABELS, "sorts": SORT_LABELS}


@bp.route("/programmes")
@policy(PUBLIC)
def programme_listing():
    """Programmes and calls: open now, closing within 30 days, closed; kind, technology, agency, eligibility."""
    filters = parse_programme_filters(request.args, current_user)
    now = rules.current_time()
    page = paginate(programme_query(current_user, filters, now), page_number(), PER_PAGE)
    return render_template("programmes/listing.html", filters=filters, page=page, options=_options(), now=now)


@bp.route("/programmes/<slug>")
@policy(PUBLIC)
def programme_detail(slug):
    """Summary, eligibility, budget, calls with their deadlines in Hanoi time, and the visitor's applications."""
    programme = visible_programme(current_user, slug)
    now = rules.current_time()
    state = programme_state(programme, now)
    can_review = can_review_applications(current_user, programme)
    return render_template(
        "programmes/detail.html", programme=programme, now=now, state=state,
        calls=[(call, call_state(call, now)) for call in programme.calls],
        can_edit=can_edit_programme(current_user, programme),
        can_verify=can_verify_programme(current_user, programme) and programme.status != Status.VERIFIED,
        can_review=can_review, waiting=open_application_count(programme) if can_review else 0,
        mine=my_applications(current_user, programme), takes_interest=takes_interest(programme, now),
        can_apply=programme.is_public and current_user.is_authenticated and bool(applicant_choices(current_user)),
        decision_form=DecisionForm(), withdraw_form=WithdrawForm())


@bp.route("/programmes/<slug>/decide", methods=["POST"])
@policy(CURATOR)
def decide_programme(slug):
    """A curator verifies or rejects a pending programme; refusals come back as messages."""
    programme = visible_programme(current_user, slug)
    return decide_from_page(programme, services.verify_programme, services.reject_programme,
                            url_for("programmes.programme_detail", slug=programme.slug), programme.title,
                            follow_next=False)


@bp.route("/programmes/<slug>/archive", methods=["POST"])
@policy(SIGNED_IN)
def archive_programme(slug):
    """The agency's managers or a curator withdraw the programme from public view."""
    programme = visible_programme(current_user, slug)
    if not DecisionForm().validate_on_submit():
        abort(400)
    services.archive_programme(current_user, programme)
    flash(_("The programme is archived and no longer public."), "info")
    return redirect(url_for("programmes.programme_detail", slug=programme.slug))


from . import manage_views  # noqa: E402,F401
