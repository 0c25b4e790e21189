"""Bulk decisions from the curator's queues: verify (approve) or reject many listings, claims and held
changes at once, with one reason. Flushes, never commits.

Each item is decided by the same service as a single decision. An item that cannot be decided (already
decided, the curator's own listing, gone) is reported and skipped; the others go ahead. Bad input for
the whole batch (no items, no reason to reject) changes nothing."""
from dataclasses import dataclass

from flask_babel import gettext as _

from ...errors import Conflict, Invalid, NotAllowed, NotFound
from ...extensions import db
from ...models import Claim, Organisation, Person, Revision
from ...registry import members, organisations, people
from ...text import clean_text
from .review import MAX_REASON, approve_change, reject_change

ITEM_TYPES = ("organisation", "person", "claim", "change")
ACTIONS = ("verify", "reject")
MAX_ITEMS = 200
MODELS = {"organisation": Organisation, "person": Person, "claim": Claim, "change": Revision}


@dataclass
class Outcome:
    """What happened to one item of a batch."""

    type: str
    id: int
    ok: bool
    message: str = ""
    record: object = None


def _verify(actor, item_type, record):
    if item_type == "organisation":
        organisations.verify_organisation(actor, record)
    elif item_type == "person":
        people.verify_person(actor, record)
    elif item_type == "claim":
        members.decide_claim(actor, record, True)
    else:
        approve_change(actor, record)


def _reject(actor, item_type, record, reason):
    if item_type == "organisation":
        organisations.reject_organisation(actor, record, reason)
    elif item_type == "person":
        people.reject_person(actor, record, reason)
    elif item_type == "claim":
        members.decide_claim(actor, record, False, reason)
    else:
        reject_change(actor, record, reason)


def parse_items(raw_items):
    """[(type, id)] from "type:id" strings or {"type", "id"} objects, in order, without repeats."""
    items = []
    for raw in raw_items or ():
        if isinstance(raw, dict):
            item_type, item_id = raw.get("type"), raw.get("id")
        else:
            item_type, _sep, item_id = str(raw).partition(":")
        if isinstance(item_id, str) and item_id.isdigit() and len(item_id) < 10:
            item_id = int(item_id)
        if item_type not in ITEM_TYPES or isinstance(item_id, bool) or not isinstance(item_id, int):
            raise Invalid(_("Each item needs a type (%(types)s) and a numeric id.", types=", ".join(ITEM_TYPES)),
                          "items")
        if (item_type, item_id) not in items:
            items.append((item_type, item_id))
    return items


def decide_many(actor, items, action, reason=None):
    """Verify or reject each (type, id) item; returns one Outcome per item, in order."""
    if action not in ACTIONS:
        raise Invalid(_("Choose verify or reject."), "action")
    reason = clean_text(reason or "")
    if action == "reject" and not reason:
        raise Invalid(_("Give the owners a reason to reject."), "reason")
    if len(reason) > MAX_REASON:
        raise Invalid(_("Keep the reason under 2000 characters."), "reason")
    if not items:
        raise Invalid(_("Choose at least one item."), "items")
    if len(items) > MAX_ITEMS:
        raise Invalid(_("Decide at most %(n)s items at once.", n=MAX_ITEMS), "items")
    outcomes = []
    for item_type, item_id in items:
        record = db.session.get(MODELS[item_type], item_id)
        if record is None:
            outcomes.append(Outcome(item_type, item_id, False, _("There is no such item.")))
            continue
        try:
            if action == "verify":
                _verify(actor, item_type, record)
            else:
                _reject(actor, item_type, record, reason)
        except (NotAllowed, Conflict, NotFound) as err:  # decided before anything changed: skip it
            outcomes.append(Outcome(item_type, item_id, False, err.message, record))
            continue
        outcomes.append(Outcome(item_type, item_id, True, record=record))
    return outcomes
