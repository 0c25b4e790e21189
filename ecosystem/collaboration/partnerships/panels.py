"""The partnerships section of organisation pages and of the curators' queue."""
from ...auth.policy import can_create_partnership
from .listings import partnerships_of, pending_partnerships
from .rules import PARTNER_KINDS


def organisation_panel(user, org):
    """The organisation's partnerships and its role(s) in each; hidden when there are none and the user
    cannot start one for this organisation."""
    partnerships = partnerships_of(user, org)
    can_start = (user.is_authenticated and org.kind in PARTNER_KINDS and can_create_partnership(user, org))
    if not (partnerships or can_start):
        return None
    return {"partnerships": partnerships, "can_start": can_start, "slug": org.slug}


def curation_section(user):
    """The curators' queue section: partnerships waiting for review, oldest first."""
    return {"pending": pending_partnerships(50)}
