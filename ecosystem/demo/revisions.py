"""Demo history: a few owners' edits to sample listings, some published at once and some waiting for a
curator, so the history pages and the changes queue show something. Deterministic; flushes, never commits.

The owners are invented accounts with random passwords nobody knows (they exist to own the sample
listings, not to sign in); their listings are the demo's own sample startups and investors."""
import secrets

from ..auth.policy import SYSTEM
from ..auth.services import register_user
from ..extensions import db
from ..models import Kind, Organisation, OrgRole, Revision, RevisionState, Status
from ..registry.members import add_member
from ..registry.organisations import update_organisation

OWNERS = (
    ("nguyen.thu.ha@example.vn", "Nguyễn Thu Hà"),
    ("tran.quoc.bao@example.vn", "Trần Quốc Bảo"),
    ("le.minh.chau@example.vn", "Lê Minh Châu"),
    ("pham.duc.anh@example.vn", "Phạm Đức Anh"),
)
# Added to the last sentence of a description (the demo keeps descriptions to a few sentences).
MORE_ABOUT = ", và từ năm 2026 có thêm văn phòng tại Khu công nghệ cao Hòa Lạc."


def _sample(kind, count):
    """The first `count` public sample listings of a kind, by address (stable across loads)."""
    return db.session.scalars(db.select(Organisation).filter_by(kind=kind, is_sample=True, status=Status.VERIFIED)
                              .order_by(Organisation.slug).limit(count)).all()


def _owner(index, org):
    email, name = OWNERS[index]
    user = register_user(email, name, secrets.token_urlsafe(24), locale="vi")
    add_member(SYSTEM, org, email, OrgRole.OWNER)
    return user


def _edits(startups, investor, users):
    first, second, third = startups
    details = first.startup
    # Minor fields publish at once; the funding sought is important and waits for a curator.
    update_organisation(users[0], first, {
        "team_size": (details.team_size or 8) + 4,
        "product": (details.product or first.name) + " — phiên bản 2.0",
        "funding_sought_usd": int((details.funding_sought_usd or 400000) * 1.5)})
    update_organisation(users[1], second, {
        "website": "https://www." + second.slug[:40] + ".example.vn",
        "name_en": (second.name_en or second.name) + " JSC"})
    about = (third.description or "").rstrip()
    update_organisation(users[2], third, {"description": (about[:-1] if about.endswith(".") else about) + MORE_ABOUT})
    ticket = investor.investor.ticket_max_usd or 2000000
    update_organisation(users[3], investor, {"ticket_max_usd": ticket * 2, "regions": ["Việt Nam", "Đông Nam Á"]})


def load_revision_demo():
    """Owners for four sample listings, their edits and the changes that wait for review; returns counts."""
    startups, investors = _sample(Kind.STARTUP, 3), _sample(Kind.INVESTOR, 1)
    if len(startups) < 3 or not investors:
        return {"pending_changes": 0}
    listings = [*startups, investors[0]]
    users = [_owner(index, org) for index, org in enumerate(listings)]
    _edits(startups, investors[0], users)
    pending = db.session.scalar(db.select(db.func.count(Revision.id)).filter_by(state=RevisionState.PENDING))
    return {"pending_changes": pending}
