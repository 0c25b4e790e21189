"""Demo introductions (sample data): startups asking investors, researchers asking companies, and needs
asking the publishers of offers that answer them, in every status, over the last six months, so the
curators' funnel and the demo accounts' boxes show something. Deterministic; flushes, never commits.

Listings that nobody manages get an invented manager account with a random password nobody knows
(see docs/introductions.md to sign in as one); listings already managed keep their managers. Mail is
not sent: the notifications are recorded in the app only."""
import secrets
from datetime import timedelta

from ..auth.policy import SYSTEM
from ..auth.services import find_user_by_email, register_user
from ..extensions import db
from ..introductions import services
from ..introductions.messages import without_mail
from ..introductions.sides import managers_of
from ..matching.services import explain_pair
from ..models import Kind, Need, Offer, Organisation, OrgRole, Person, PersonKind, Status, utcnow
from ..registry.members import add_member

EMAIL_DOMAIN = "demo.example.org"
NAMES = ("Đỗ Minh Quân", "Vũ Thị Hồng", "Bùi Văn Long", "Hoàng Thị Mai", "Ngô Đức Thắng", "Phan Thị Thu",
         "Đặng Quốc Huy", "Lý Thị Ngọc", "Trịnh Văn Sơn", "Đinh Thị Yến", "Mai Văn Khoa", "Tô Thị Hạnh",
         "Dương Minh Tuấn", "Hà Thị Linh", "Lương Văn Phúc", "Chu Thị Vân", "Kiều Văn Hải", "Tạ Thị Loan")
# Where each demo introduction ends, in order; every status appears in each group of six.
OUTCOMES = ("agreed", "met", "accepted", "declined", "withdrawn", "sent")
STEPS = {"agreed": (("accept", 3), ("met", 14), ("agreed", 40)), "met": (("accept", 2), ("met", 12)),
         "accepted": (("accept", 4),), "declined": (("decline", 5),), "withdrawn": (("withdraw", 6),), "sent": ()}
DECLINE_REASON = "Hiện chưa phù hợp với kế hoạch của chúng tôi trong năm nay."
STARTUPS_PER_INVESTOR, RESEARCHERS, NEEDS = 3, 4, 3
# One sample investor of each of these types (the first by address), so the demo shows several kinds.
INVESTOR_TYPES = ("vc", "angel-network", "corporate-vc", "accelerator")


class _Managers:
    """Gives every party of a demo introduction someone who answers for it."""

    def __init__(self):
        self.made = 0

    def of(self, party):
        existing = managers_of(party)
        if existing:
            return existing[0]
        email = f"{party.slug[:60]}@{EMAIL_DOMAIN}"
        user = find_user_by_email(email)
        if user is None:
            name = party.full_name if isinstance(party, Person) else NAMES[self.made % len(NAMES)]
            user = register_user(email, name, secrets.token_urlsafe(24), locale="vi")
            self.made += 1
        if isinstance(party, Person):
            party.owner_id = user.id
            db.session.flush()
            db.session.refresh(party)
        else:
            add_member(SYSTEM, party, email, OrgRole.OWNER)
            db.session.refresh(party)
        return user


def _verified(model, **filters):
    return db.select(model).filter_by(status=Status.VERIFIED, **filters).order_by(model.slug)


def startup_investor_pairs():
    """(startup, investor) pairs: sample investors with a thesis, startups at their stages in their sectors."""
    pairs = []
    with_thesis = [o for o in db.session.scalars(_verified(Organisation, kind=Kind.INVESTOR, is_sample=True))
                   if o.investor is not None and o.investor.stages]
    investors = [next(o for o in with_thesis if o.investor.investor_type == kind)
                 for kind in INVESTOR_TYPES if any(o.investor.investor_type == kind for o in with_thesis)]
    startups = db.session.scalars(_verified(Organisation, kind=Kind.STARTUP)).all()
    for investor in investors:
        sectors, held = {s.id for s in investor.sectors}, {o.id for o in investor.portfolio}
        fits = [s for s in startups if s.startup is not None and s.startup.stage in investor.investor.stages
                and sectors & {x.id for x in s.sectors} and s.id not in held]
        pairs += [(startup, investor) for startup in fits[:STARTUPS_PER_INVESTOR]]
    return pairs


def researcher_company_pairs():
    """(researcher, company) pairs: each researcher with the company sharing most strategic technologies."""
    companies = db.session.scalars(_verified(Organisation, kind=Kind.COMPANY)).all()
    pairs, chosen = [], set()
    for researcher in db.session.scalars(_verified(Person, kind=PersonKind.RESEARCHER)):
        techs = {t.id for t in researcher.technologies}
        affiliated = {a.organisation_id for a in researcher.affiliations}
        ranked = sorted((c for c in companies if c.id not in affiliated and c not in chosen),
                        key=lambda c: (-len(techs & {t.id for t in c.technologies}), c.slug))
        if techs and ranked and techs & {t.id for t in ranked[0].technologies}:
            pairs.append((researcher, ranked[0]))
            chosen.add(ranked[0])
        if len(pairs) == RESEARCHERS:
            break
    return pairs


def need_offer_pairs():
    """(need, offer) pairs: each of the first needs with the offer the matcher scores highest."""
    offers = db.session.scalars(_verified(Offer)).all()
    pairs = []
    for need in db.session.scalars(_verified(Need).limit(NEEDS)):
        scored = [(match.score, offer.slug, offer) for offer in offers
                  if offer.publisher is not need.organisation and (match := explain_pair(need, offer)) is not None]
        if scored:
            pairs.append((need, max(scored, key=lambda item: (item[0], item[1]))[2]))
    return pairs


def _message(source, target):
    if isinstance(source, Need):
        return (f"Chúng tôi đang tìm giải pháp cho “{source.title}” và thấy “{target.title}” rất phù hợp. "
                "Mong được trao đổi về khả năng hợp tác.")
    if isinstance(source, Person):
        return (f"Tôi là {source.display_name}. Nhóm nghiên cứu của tôi mong được trao đổi với {target.name} "
                "về khả năng hợp tác ứng dụng kết quả nghiên cứu.")
    return (f"{source.name} đang gọi vốn và thấy khẩu vị đầu tư của {target.name} rất phù hợp. "
            "Chúng tôi mong được trình bày trong 30 phút.")


def _introduce(number, source, target, managers, now):
    """One demo introduction, sent `number` steps into the six months and taken to its outcome."""
    source_party = source.publisher if isinstance(source, Need) else source
    target_party = target.publisher if isinstance(target, Offer) else target
    requester, answerer = managers.of(source_party), managers.of(target_party)
    sent_at = min(now - timedelta(days=180) + timedelta(days=9 * number), now - timedelta(days=2))
    kind = lambda record: type(record).__name__.lower()  # noqa: E731
    introduction = services.request_introduction(
        requester, f"{kind(source)}:{source.slug}", f"{kind(target)}:{target.slug}", _message(source, target),
        now=sent_at)
    outcome = OUTCOMES[number % len(OUTCOMES)]
    for action, days in STEPS[outcome]:
        when = min(sent_at + timedelta(days=days), now - timedelta(hours=1))
        actor = requester if action in ("withdraw", "met") else answerer
        if action == "decline":
            services.decline(actor, introduction, DECLINE_REASON, now=when)
        else:
            services.ACTIONS[action](actor, introduction, now=when)
    return introduction


def load_introduction_demo(now=None):
    """Create the demo introductions and the accounts that manage their parties; returns counts."""
    now = now or utcnow()
    managers = _Managers()
    pairs = startup_investor_pairs() + researcher_company_pairs() + need_offer_pairs()
    with without_mail():
        for number, (source, target) in enumerate(pairs):
            _introduce(number, source, target, managers, now)
    db.session.flush()
    return {"introductions": len(pairs), "demo_managers": managers.made}
