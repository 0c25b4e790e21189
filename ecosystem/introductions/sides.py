"""The two sides of an introduction: reading `type:slug` references, who acts for which side,
who manages a target, what to call each side and how to reach it once the target accepted."""
from flask_babel import gettext as _

from ..auth.policy import manages_party, membership_of
from ..errors import Invalid, NotAllowed, NotFound
from ..extensions import db
from ..models import Lab, Need, Offer, Organisation, Person, Status

REFERENCE_TYPES = {"organisation": Organisation, "person": Person, "offer": Offer, "need": Need, "lab": Lab}
PARTY_TYPES = ("organisation", "person")
MAX_REFERENCE = 120


def parse_reference(raw, field):
    """("organisation", "slug") from "organisation:slug"; anything else is Invalid for `field`."""
    text = (raw or "").strip() if isinstance(raw, str) else ""
    kind, _sep, slug = text.partition(":")
    if not slug or kind not in REFERENCE_TYPES or len(text) > MAX_REFERENCE:
        raise Invalid(_("Name a listing as type:address, where type is organisation, person, offer, need or lab."),
                      field)
    return kind, slug.strip()


def reference_of(record):
    """The `type:slug` reference of a record (the inverse of `parse_reference`)."""
    return f"{record_type(record)}:{record.slug}"


def record_type(record):
    for name, model in REFERENCE_TYPES.items():
        if isinstance(record, model):
            return name
    raise TypeError(f"not a listing: {record!r}")


def find_record(kind, slug):
    return db.session.scalar(db.select(REFERENCE_TYPES[kind]).filter_by(slug=slug))


def party_of(record):
    """The organisation or person behind a record: itself, the publisher of an offer or need, a lab's host."""
    if isinstance(record, Lab):
        return record.organisation
    return record.publisher if isinstance(record, (Offer, Need)) else record


def resolve_target(raw):
    """(record, party) the requester picked: a public listing; an offer or need stands for its publisher,
    a lab for its host (whose members answer)."""
    kind, slug = parse_reference(raw, "target")
    record = find_record(kind, slug)
    party = party_of(record) if record is not None else None
    if record is None or record.status != Status.VERIFIED or party is None or party.status != Status.VERIFIED:
        raise NotFound(_("No public listing has this address."))
    return record, party


def resolve_source(user, raw):
    """(record, party) the requester acts for, or (None, None) when they act for themselves.

    It must be an organisation they are a member of, their own profile, or an offer or need of either."""
    if raw in (None, ""):
        return None, None
    kind, slug = parse_reference(raw, "source")
    record = find_record(kind, slug)
    party = party_of(record) if record is not None else None
    if record is None or not manages_party(user, party):
        raise NotAllowed(_("You can only act for an organisation you manage or for your own profile."))
    return record, party


def managed_parties(user):
    """The organisations and profiles a user may act for, organisations first, by name."""
    organisations = sorted((m.organisation for m in user.memberships), key=lambda o: o.name.lower())
    people = db.session.scalars(db.select(Person).filter_by(owner_id=user.id).order_by(Person.full_name)).all()
    return [*organisations, *people]


def managers_of(party):
    """The users who answer for a party: the organisation's members, or the profile's owner."""
    if party is None:
        return []
    if isinstance(party, Organisation):
        return [m.user for m in sorted(party.memberships, key=lambda m: m.id) if m.user.active]
    return [party.owner] if party.owner is not None and party.owner.active else []


def is_own_party(user, party):
    """The user manages this organisation or profile (so it cannot be their target)."""
    if isinstance(party, Organisation):
        return membership_of(user, party) is not None
    return manages_party(user, party)


def party_name(party, locale=None):
    """What to call an organisation or a person."""
    if isinstance(party, Organisation):
        return (party.name_en if locale == "en" and party.name_en else party.name)
    return party.display_name


def side_names(introduction):
    """Names of both sides, stored with notifications so a renamed listing does not rewrite history."""
    source = introduction.source
    names = {"source": party_name(source) if source is not None else introduction.requester.name,
             "target": party_name(introduction.target)}
    if source is not None and isinstance(source, Organisation) and source.name_en:
        names["source_en"] = source.name_en
    if isinstance(introduction.target, Organisation) and introduction.target.name_en:
        names["target_en"] = introduction.target.name_en
    return names


def _card(name, email=None, phone=None, role=None):
    return {"name": name, "email": email or None, "phone": phone or None, "role": role}


def contact_cards(introduction):
    """{"requester": [...], "target": [...]}: who to write to on each side, with email and phone.

    Only for parties to an accepted introduction; the caller checks both conditions."""
    source, target = introduction.source, introduction.target
    requester = introduction.requester
    requester_side = [_card(requester.name, requester.email,
                            source.phone if isinstance(source, Person) else None, "requester")]
    if isinstance(source, Organisation) and (source.email or source.phone):
        requester_side.append(_card(source.name, source.email, source.phone, "organisation"))
    target_side = []
    responder = introduction.responded_by
    if responder is not None:
        target_side.append(_card(responder.name, responder.email,
                                 target.phone if isinstance(target, Person) else None, "responder"))
    if isinstance(target, Organisation) and (target.email or target.phone):
        target_side.append(_card(target.name, target.email, target.phone, "organisation"))
    if isinstance(target, Person) and responder is None and (target.email or target.phone):
        target_side.append(_card(target.display_name, target.email, target.phone, "person"))
    return {"requester": requester_side, "target": target_side}
