"""The programmes section of an agency's page, the curators' queue section and the "My listings" helpers."""
from ...auth.policy import can_publish_programme, runs_programmes
from . import rules
from .listings import my_applications, pending_programmes, programmes_of


def organisation_panel(user, org):
    """The agency's programmes; hidden for organisations that run none and cannot publish any."""
    if not runs_programmes(org):
        return None
    programmes = programmes_of(user, org)
    can_publish = can_publish_programme(user, org)
    if not (programmes or can_publish):
        return None
    return {"programmes": programmes, "can_publish": can_publish, "slug": org.slug, "now": rules.current_time()}


def curation_section(user):
    """Programmes waiting for a curator, oldest first."""
    return {"pending": pending_programmes(50)}


def my_programme_applications(user):
    """The user's applications and interests, for "My listings"."""
    return {"applications": my_applications(user), "now": rules.current_time()}
