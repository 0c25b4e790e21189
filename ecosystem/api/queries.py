"""The few lookups the API needs beyond the registry's listing queries.

Anything the user may not see is `NotFound`, so the API never confirms that a hidden record exists."""
from flask_babel import gettext as _

from ..errors import NotFound
from ..extensions import db
from ..models import Affiliation, Claim, Membership


def membership_in(org, membership_id):
    """One membership of this organisation."""
    membership = db.session.get(Membership, membership_id)
    if membership is None or membership.organisation_id != org.id:
        raise NotFound(_("This organisation has no such member."))
    return membership


def affiliation_of(person, affiliation_id):
    """One affiliation of this person."""
    affiliation = db.session.get(Affiliation, affiliation_id)
    if affiliation is None or affiliation.person_id != person.id:
        raise NotFound(_("This profile has no such affiliation."))
    return affiliation


def claim_by_id(claim_id):
    """One claim by id."""
    claim = db.session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(_("There is no such claim."))
    return claim


def first(statement, limit):
    """(the first `limit` rows, the total count) of a query."""
    total = db.session.scalar(db.select(db.func.count()).select_from(statement.order_by(None).subquery()))
    return db.session.scalars(statement.limit(limit)).all(), total
