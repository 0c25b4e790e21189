"""Finding introductions: one the user may see, and the user's sent and received boxes."""
from flask_babel import gettext as _
from sqlalchemy import or_

from ..auth.policy import can_view_introduction
from ..errors import Invalid, NotFound
from ..extensions import db
from ..models import Introduction, IntroductionStatus, Membership, Person

BOXES = ("received", "sent")


def _managed_ids(user):
    organisations = db.select(Membership.organisation_id).where(Membership.user_id == user.id)
    people = db.select(Person.id).where(Person.owner_id == user.id)
    return organisations, people


def box_query(user, box, status=None):
    """The introductions a user sent (for themselves or a side they manage) or received, newest first."""
    if box not in BOXES:
        raise Invalid(_("Box must be one of: %(values)s.", values=", ".join(BOXES)), "box")
    organisations, people = _managed_ids(user)
    if box == "sent":
        where = or_(Introduction.requester_id == user.id, Introduction.source_organisation_id.in_(organisations),
                    Introduction.source_person_id.in_(people))
    else:
        where = or_(Introduction.target_organisation_id.in_(organisations), Introduction.target_person_id.in_(people))
    statement = db.select(Introduction).where(where)
    if status is not None:
        if status not in IntroductionStatus.ALL:
            raise Invalid(_("Status must be one of: %(values)s.", values=", ".join(IntroductionStatus.ALL)), "status")
        statement = statement.where(Introduction.status == status)
    return statement.order_by(Introduction.created_at.desc(), Introduction.id.desc())


def waiting_count(user):
    """Requests received that wait for this user's side to answer."""
    statement = box_query(user, "received", IntroductionStatus.SENT).order_by(None)
    return db.session.scalar(db.select(db.func.count()).select_from(statement.subquery()))


def visible_introduction(user, introduction_id):
    """The introduction if the user is on one of its sides; otherwise NotFound, as if it did not exist."""
    introduction = db.session.get(Introduction, introduction_id)
    if introduction is None or not can_view_introduction(user, introduction):
        raise NotFound(_("You have no introduction with this number."))
    return introduction


def open_request_between(user, party):
    """The user's open request to this party (from any side they act for), to link to instead of a new one."""
    organisations, people = _managed_ids(user)
    mine = or_(Introduction.requester_id == user.id, Introduction.source_organisation_id.in_(organisations),
               Introduction.source_person_id.in_(people))
    column = Introduction.target_person_id if isinstance(party, Person) else Introduction.target_organisation_id
    return db.session.scalar(db.select(Introduction).where(
        mine, column == party.id, Introduction.status.in_(IntroductionStatus.OPEN))
        .order_by(Introduction.id.desc()).limit(1))
