"""Whether a call or a programme is open, computed when it is read: deadlines close without anyone acting.

A call is open iff opens_at <= now < closes_at. A programme is open when one of its calls is open; a programme
without calls takes expressions of interest only; one whose calls have all closed is closed."""
from datetime import timedelta

from sqlalchemy import and_, exists, select

from ...models import ProgrammeCall
from .rules import CLOSING_SOON_DAYS, as_utc

UPCOMING, OPEN, CLOSED, INTEREST = "upcoming", "open", "closed", "interest"
# The listing's `state` filter: open now, open and closing within 30 days, not yet open, all closed,
# and programmes without calls (expressions of interest only).
STATE_FILTERS = ("open", "closing", "upcoming", "closed", "interest")


def call_state(call, now):
    """"upcoming", "open" or "closed" at `now`."""
    now = as_utc(now)
    if now < as_utc(call.opens_at):
        return UPCOMING
    return OPEN if now < as_utc(call.closes_at) else CLOSED


def programme_state(programme, now):
    """"open" (a call is open), "upcoming" (one will open), "closed" (all closed) or "interest" (no calls)."""
    states = {call_state(call, now) for call in programme.calls}
    if not states:
        return INTEREST
    for state in (OPEN, UPCOMING):
        if state in states:
            return state
    return CLOSED


def next_deadline(programme, now):
    """The closing time of the open call that closes first, or None."""
    open_calls = [as_utc(call.closes_at) for call in programme.calls if call_state(call, now) == OPEN]
    return min(open_calls) if open_calls else None


def takes_interest(programme, now):
    """Interest may be expressed until every call of the programme has closed."""
    return programme_state(programme, now) != CLOSED


def _calls_where(model, *conditions):
    return exists(select(ProgrammeCall.id).where(ProgrammeCall.programme_id == model.id, *conditions))


def state_condition(model, state, now):
    """SQL for one value of the `state` filter (the same rules as `programme_state`)."""
    is_open = and_(ProgrammeCall.opens_at <= now, ProgrammeCall.closes_at > now)
    if state == "open":
        return _calls_where(model, is_open)
    if state == "closing":
        return _calls_where(model, is_open, ProgrammeCall.closes_at <= now + timedelta(days=CLOSING_SOON_DAYS))
    if state == "upcoming":
        return and_(~_calls_where(model, is_open), _calls_where(model, ProgrammeCall.opens_at > now))
    if state == "closed":
        return and_(_calls_where(model), ~_calls_where(model, ProgrammeCall.closes_at > now))
    return ~_calls_where(model)
