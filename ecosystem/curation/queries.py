"""The curator's queues, shared by the workspace and the API."""
from ..extensions import db
from ..models import Claim, ClaimStatus, Organisation, Person, Status


def claims_query(status=ClaimStatus.PENDING):
    """Claims with this status, oldest first (the order curators work through them)."""
    return db.select(Claim).filter_by(status=status).order_by(Claim.created_at, Claim.id)


def pending_organisations_query():
    """Organisations waiting for review, oldest first."""
    return db.select(Organisation).filter_by(status=Status.PENDING).order_by(Organisation.created_at,
                                                                              Organisation.id)


def pending_people_query():
    """People waiting for review, oldest first."""
    return db.select(Person).filter_by(status=Status.PENDING).order_by(Person.created_at, Person.id)
