"""How an introduction reads: status labels, the timeline of steps, what each viewer may do."""
from flask_babel import lazy_gettext as _l

from ..auth.policy import (
    can_record_introduction_outcome,
    can_respond_to_introduction,
    can_withdraw_introduction,
    on_requester_side,
)
from ..models import IntroductionStatus
from .sides import contact_cards

S = IntroductionStatus
STATUS_LABELS = {S.SENT: _l("Waiting for an answer"), S.ACCEPTED: _l("Accepted"), S.DECLINED: _l("Declined"),
                 S.WITHDRAWN: _l("Withdrawn"), S.MET: _l("Met"), S.AGREED: _l("Agreed")}
STEP_LABELS = {S.SENT: _l("Request sent"), S.ACCEPTED: _l("Accepted"), S.DECLINED: _l("Declined"),
               S.WITHDRAWN: _l("Withdrawn"), S.MET: _l("Marked as met"), S.AGREED: _l("Agreement recorded")}
ACTION_LABELS = {"accept": _l("Accept"), "decline": _l("Decline"), "withdraw": _l("Withdraw the request"),
                 "met": _l("We have met"), "agreed": _l("We reached an agreement")}


def status_label(status):
    return str(STATUS_LABELS.get(status, status))


def timeline(introduction):
    """[(status, when, by_user_or_None)] for every step taken, in order."""
    steps = [(S.SENT, introduction.created_at, introduction.requester),
             (S.ACCEPTED, introduction.accepted_at, introduction.responded_by),
             (S.DECLINED, introduction.declined_at, introduction.responded_by),
             (S.WITHDRAWN, introduction.withdrawn_at, None),
             (S.MET, introduction.met_at, introduction.met_by),
             (S.AGREED, introduction.agreed_at, introduction.agreed_by)]
    return [step for step in steps if step[1] is not None]


def allowed_actions(user, introduction):
    """The actions this user may take now, in the order the buttons appear."""
    status, actions = introduction.status, []
    if status == S.SENT and can_respond_to_introduction(user, introduction):
        actions += ["accept", "decline"]
    if status == S.ACCEPTED and can_record_introduction_outcome(user, introduction):
        actions.append("met")
    if status == S.MET and can_record_introduction_outcome(user, introduction):
        actions.append("agreed")
    if status in (S.SENT, S.ACCEPTED) and can_withdraw_introduction(user, introduction):
        actions.append("withdraw")
    return actions


def contacts_for(user, introduction):
    """Both sides' contact details for a party, once the target accepted; None before (or for others)."""
    if introduction.status not in S.CONNECTED:
        return None
    return contact_cards(introduction)


def viewer_side(user, introduction):
    """"requester" or "target": which side the viewer is on (requester first if both)."""
    return "requester" if on_requester_side(user, introduction) else "target"


# The matcher's factor codes (matching/scoring.py); an unknown code shows as itself, spaced.
REASON_LABELS = {
    "portfolio": _l("Fits the investor's portfolio"), "sectors": _l("Shared sectors"),
    "technologies": _l("Shared strategic technologies"), "tags": _l("Shared keywords"), "stage": _l("Stage fit"),
    "ticket": _l("Ticket size fit"), "region": _l("Location or region"), "text": _l("Similar descriptions"),
    "trl": _l("Technology readiness"), "track_record": _l("Track record"),
}


def reason_label(code):
    """A readable name for a match reason code ("No match score" for requests without one)."""
    if not code:
        return str(_l("No match score"))
    return str(REASON_LABELS.get(code, code.replace("_", " ").replace("-", " ")))


def party_url(party):
    """The page of the organisation or person on one side."""
    from flask import url_for

    from ..models import Person

    if isinstance(party, Person):
        return url_for("registry.person_detail", slug=party.slug)
    return url_for("registry.organisation_detail", slug=party.slug)


def waiting_for_current_user():
    """How many received requests wait for the signed-in user's side to answer."""
    from flask_login import current_user

    from .queries import waiting_count

    return waiting_count(current_user) if current_user.is_authenticated else 0


def template_globals():
    """What the introduction templates call."""
    from .sides import party_name

    return {"introduction_status_label": status_label, "match_reason_label": reason_label,
            "introduction_step_label": lambda status: str(STEP_LABELS.get(status, status)),
            "party_url": party_url, "party_name": party_name, "introductions_waiting": waiting_for_current_user}
