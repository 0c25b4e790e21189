"""The introductions workflow. Operations flush, never commit; the request commits once.

sent ──accept──> accepted ──met──> met ──agreed──> agreed
  │                  │
  ├──decline──> declined
  └──withdraw──> withdrawn <──withdraw──┘
"""
from datetime import timedelta

from flask import current_app
from flask_babel import gettext as _

from ..auth.policy import (
    can_record_introduction_outcome,
    can_respond_to_introduction,
    can_withdraw_introduction,
    on_requester_side,
    on_target_side,
)
from ..errors import Conflict, DomainError, Invalid, NotAllowed
from ..extensions import db
from ..models import Introduction, IntroductionReason, IntroductionStatus, Organisation, utcnow
from ..text import clean_text
from . import messages
from .sides import is_own_party, managers_of, record_type, resolve_source, resolve_target, side_names

S = IntroductionStatus
MAX_MESSAGE = 2000
MAX_REASON = 1000
DEFAULT_PER_DAY = 10


class DailyLimitReached(DomainError):
    """The user sent as many introduction requests as a day allows (HTTP 429)."""

    status = 429


def per_day_limit():
    """INTRODUCTIONS_PER_DAY from the configuration (10 unless set)."""
    return int(current_app.config.get("INTRODUCTIONS_PER_DAY", DEFAULT_PER_DAY))


def clean_message(message):
    text = clean_text(message or "") if isinstance(message, str) else ""
    if not text:
        raise Invalid(_("Write a short message: who you are and why you want to meet."), "message")
    if len(text) > MAX_MESSAGE:
        raise Invalid(_("Use at most %(n)s characters.", n=MAX_MESSAGE), "message")
    return text


def check_can_ask(user, source_party, target_party):
    """Refuse a request to oneself, to a listing one manages, or to a listing nobody manages yet."""
    if source_party is target_party or is_own_party(user, target_party):
        raise Invalid(_("You cannot request an introduction to yourself or to a listing you manage."), "target")
    if not managers_of(target_party):
        raise Invalid(_("Nobody manages this listing on the registry yet, so no one would receive your request. "
                        "If it is yours, claim it; otherwise contact the city's innovation office, who curate "
                        "the registry."), "target")


def open_duplicate(user, source_party, target_party):
    """An open request from the same side (organisation, profile or the user alone) to the same target."""
    statement = db.select(Introduction).where(Introduction.status.in_(S.OPEN))
    if source_party is None:
        statement = statement.where(Introduction.requester_id == user.id,
                                    Introduction.source_organisation_id.is_(None),
                                    Introduction.source_person_id.is_(None))
    elif isinstance(source_party, Organisation):
        statement = statement.where(Introduction.source_organisation_id == source_party.id)
    else:
        statement = statement.where(Introduction.source_person_id == source_party.id)
    if isinstance(target_party, Organisation):
        statement = statement.where(Introduction.target_organisation_id == target_party.id)
    else:
        statement = statement.where(Introduction.target_person_id == target_party.id)
    return db.session.scalar(statement.limit(1))


def check_daily_limit(user):
    limit = per_day_limit()
    since = utcnow() - timedelta(days=1)
    sent = db.session.scalar(db.select(db.func.count(Introduction.id))
                             .where(Introduction.requester_id == user.id, Introduction.created_at >= since))
    if sent >= limit:
        raise DailyLimitReached(_("You have sent %(n)s introduction requests in the last 24 hours, the most a day "
                                  "allows. Please try again tomorrow.", n=limit))


def match_for(source_record, target_record):
    """The matcher's score and reasons for this pair, computed here (never taken from the client)."""
    if source_record is None:
        return None
    from ..matching.services import explain_pair  # the matcher imports the registry; import late

    return explain_pair(source_record, target_record)


def _place(introduction, source_party, target_party):
    if isinstance(source_party, Organisation):
        introduction.source_organisation = source_party
    elif source_party is not None:
        introduction.source_person = source_party
    if isinstance(target_party, Organisation):
        introduction.target_organisation = target_party
    else:
        introduction.target_person = target_party


def request_introduction(user, source, target, message, now=None):
    """Ask to be introduced: `source` and `target` are `type:slug` references (source may be empty).

    Every rule is checked before anything is saved; the target's managers are told in the app and by email."""
    target_record, target_party = resolve_target(target)
    source_record, source_party = resolve_source(user, source)
    check_can_ask(user, source_party, target_party)
    text = clean_message(message)
    duplicate = open_duplicate(user, source_party, target_party)
    if duplicate is not None:
        raise Conflict(_("An introduction request to this listing is already open (number %(id)s).",
                         id=duplicate.id))
    check_daily_limit(user)
    introduction = Introduction(requester=user, message=text, status=S.SENT, created_at=now or utcnow(),
                                target_record_type=record_type(target_record), target_record_id=target_record.id)
    if source_record is not None:
        introduction.context_type, introduction.context_id = record_type(source_record), source_record.id
    _place(introduction, source_party, target_party)
    match = match_for(source_record, target_record)
    if match is not None:
        introduction.score = int(round(match.score))
        introduction.reasons = [IntroductionReason(code=r.code, points=int(round(r.points))) for r in match.reasons]
    db.session.add(introduction)
    db.session.flush()
    messages.tell(managers_of(target_party), messages.RECEIVED, side_names(introduction), introduction)
    return introduction


def _require_status(introduction, allowed, message):
    if introduction.status not in allowed:
        raise Conflict(message)


def _others(user, introduction):
    """Everyone on the other side of the acting user (both sides, without the user, for a curator)."""
    requester_side = [introduction.requester, *managers_of(introduction.source)]
    target_side = managers_of(introduction.target)
    if on_requester_side(user, introduction):
        people = target_side
    elif on_target_side(user, introduction):
        people = requester_side
    else:
        people = requester_side + target_side
    seen, unique = set(), []
    for person in people:
        if person.id != getattr(user, "id", None) and person.id not in seen:
            seen.add(person.id)
            unique.append(person)
    return unique


def accept(user, introduction, now=None):
    """The target's side accepts: both sides now see each other's contact details."""
    if not can_respond_to_introduction(user, introduction):
        raise NotAllowed(_("Only the people who manage the listing asked can answer this request."))
    _require_status(introduction, (S.SENT,), _("This request has been answered or withdrawn already."))
    introduction.status, introduction.accepted_at, introduction.responded_by_id = S.ACCEPTED, now or utcnow(), user.id
    db.session.flush()
    messages.tell(_others(user, introduction), messages.ACCEPTED, side_names(introduction), introduction)
    return introduction


def decline(user, introduction, reason=None, now=None):
    """The target's side declines, optionally saying why (the requester sees the reason)."""
    if not can_respond_to_introduction(user, introduction):
        raise NotAllowed(_("Only the people who manage the listing asked can answer this request."))
    reason = clean_text(reason) if isinstance(reason, str) else None
    if reason and len(reason) > MAX_REASON:
        raise Invalid(_("Use at most %(n)s characters.", n=MAX_REASON), "reason")
    _require_status(introduction, (S.SENT,), _("This request has been answered or withdrawn already."))
    introduction.status, introduction.declined_at, introduction.responded_by_id = S.DECLINED, now or utcnow(), user.id
    introduction.decline_reason = reason or None
    db.session.flush()
    messages.tell(_others(user, introduction), messages.DECLINED, side_names(introduction), introduction)
    return introduction


def withdraw(user, introduction, now=None):
    """The requester's side withdraws a request that is still open (before the parties met)."""
    if not can_withdraw_introduction(user, introduction):
        raise NotAllowed(_("Only the side that asked can withdraw a request."))
    _require_status(introduction, (S.SENT, S.ACCEPTED),
                    _("Only a request that is waiting for an answer or accepted can be withdrawn."))
    introduction.status, introduction.withdrawn_at = S.WITHDRAWN, now or utcnow()
    db.session.flush()
    messages.tell(_others(user, introduction), messages.WITHDRAWN, side_names(introduction), introduction)
    return introduction


def mark_met(user, introduction, now=None):
    """Either side records that the parties met (after acceptance)."""
    if not can_record_introduction_outcome(user, introduction):
        raise NotAllowed(_("Only the two sides of an introduction can record how it went."))
    _require_status(introduction, (S.ACCEPTED,), _("Only an accepted introduction can be marked as met."))
    introduction.status, introduction.met_at, introduction.met_by_id = S.MET, now or utcnow(), user.id
    db.session.flush()
    messages.tell(_others(user, introduction), messages.MET, side_names(introduction), introduction)
    return introduction


def mark_agreed(user, introduction, now=None):
    """Either side records an agreement (after they met)."""
    if not can_record_introduction_outcome(user, introduction):
        raise NotAllowed(_("Only the two sides of an introduction can record how it went."))
    _require_status(introduction, (S.MET,), _("Mark the introduction as met before recording an agreement."))
    introduction.status, introduction.agreed_at, introduction.agreed_by_id = S.AGREED, now or utcnow(), user.id
    db.session.flush()
    messages.tell(_others(user, introduction), messages.AGREED, side_names(introduction), introduction)
    return introduction


ACTIONS = {"accept": accept, "decline": decline, "withdraw": withdraw, "met": mark_met, "agreed": mark_agreed}
