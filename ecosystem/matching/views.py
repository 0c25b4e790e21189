"""Matching pages: "Find partners" for one listing, and the panels on detail pages. Views are thin:
they find the listing, ask the policy, and call `services.matches_for`."""
from flask import render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.policy import PUBLIC, can_run_matching, manages_listing, policy
from ..errors import NotFound
from ..extensions import db
from ..models import Membership, Organisation
from ..pagination import parse_positive_int
from . import bp
from .services import MAX_LIMIT, find_record, matches_for, target_groups

MY_ORGANISATIONS = 5  # "Matches for you" ranks partners for at most this many organisations
MY_MATCHES = 3


@bp.route("/match/<any(organisation, person, offer, need, lab):record_type>/<slug>")
@policy(PUBLIC)
def partners(record_type, slug):
    """Ranked partners of one listing, with `?kind=` to keep one kind of partner and `?limit=`."""
    record = find_record(record_type, slug)
    if not can_run_matching(current_user, record):
        raise NotFound(_("No listing you can see has this address."))
    groups = target_groups(record)
    kind = request.args.get("kind") or None
    limit = parse_positive_int(request.args.get("limit"), "limit", 20, maximum=MAX_LIMIT)
    results = matches_for(current_user, record, kind, limit) if groups else []
    return render_template("matching/partners.html", record=record, record_type=record_type, groups=groups,
                           kind=kind, results=results, own=manages_listing(current_user, record))


def find_partners(record, user=None):
    """The context of the "Find partners" panel of a listing, or None when it has no partners to find."""
    user = user if user is not None else current_user
    groups = target_groups(record)
    if not groups or not can_run_matching(user, record):
        return None
    return {"record": record, "groups": groups}


def find_partners_panel(user, record):
    """Panel context for organisation, person and lab pages."""
    return find_partners(record, user)


def matches_for_you(user):
    """[(organisation, [(candidate, Match)])] for the organisations the user manages that have partners."""
    if not user or not user.is_authenticated:
        return []
    organisations = db.session.scalars(
        db.select(Organisation).join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user.id).order_by(Organisation.name)).all()
    shown = []
    for organisation in organisations:
        if target_groups(organisation) and len(shown) < MY_ORGANISATIONS:
            shown.append((organisation, matches_for(user, organisation, limit=MY_MATCHES)))
    return shown
