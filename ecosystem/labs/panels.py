"""The labs section of university and institute pages, and the curators' queue section."""
from ..auth.policy import can_create_lab
from ..models import Kind
from .listings import labs_of, pending_labs


def organisation_panel(user, org):
    """The host's labs; only on university and institute pages, hidden when empty and the user cannot add one."""
    if org.kind not in Kind.ACADEMIC:
        return None
    labs = labs_of(user, org)
    can_add = can_create_lab(user, org)
    if not (labs or can_add):
        return None
    return {"labs": labs, "can_add": can_add, "slug": org.slug}


def curation_section(user):
    """The curators' queue section: labs waiting for review, oldest first."""
    return {"pending": pending_labs(50)}
