"""What the search index holds for each listing, built from the models.

Only public fields go into a document (never email, phone or a status reason), so no query can
reach them. Documents carry their status: the service adds the statuses a user may see to every
request, so pending and rejected listings are found by curators only.
"""
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime

from ..text import fold

ORGANISATION = "organisation"
PERSON = "person"
OFFER = "offer"
NEED = "need"
LAB = "lab"
EQUIPMENT = "equipment"
PROGRAMME = "programme"
PARTNERSHIP = "partnership"
PROJECT = "project"  # a project in a high-tech zone
_MARKDOWN_NOISE = re.compile(r"[#*_`>\[\]()!|~-]+")


@dataclass
class SearchDocument:
    key: str  # "organisation:12", "person:5"
    kind: str  # an organisation kind, or "person"
    slug: str
    status: str
    title: str  # the name as displayed
    title_alt: str = ""  # English name, short name, position: searched like the title, weighed less
    body: str = ""  # descriptions (Vietnamese and English), Markdown stripped
    keywords: str = ""  # tags, technologies, sectors, places, expertise, research areas
    technologies: list = field(default_factory=list)  # codes
    sectors: list = field(default_factory=list)  # codes
    province: str | None = None  # code
    ward: str | None = None  # code
    zone: str | None = None  # slug of the zone the listing sits in (a zone is in its own facet value)
    stage: str | None = None
    investor_type: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def sort_name(self):
        return fold(self.title)

    @property
    def record_id(self):
        return int(self.key.split(":", 1)[1])

    def facet_values(self, facet):
        """The values this document has in a facet (a list, possibly empty)."""
        if facet == "technology":
            return list(self.technologies)
        if facet == "sector":
            return list(self.sectors)
        value = getattr(self, facet)
        return [value] if value else []

    def digest(self):
        """A short fingerprint of the content, to find index entries that drifted from the database."""
        data = asdict(self)
        for name in ("created_at", "updated_at"):
            data[name] = data[name].isoformat() if data[name] else None
        raw = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.blake2b(raw, digest_size=12).hexdigest()


def key_for(kind, record_id):
    return f"{kind}:{record_id}"


def plain(markdown_text):
    """Markdown source reduced to its words and sentences."""
    return _MARKDOWN_NOISE.sub(" ", markdown_text or "")


def term_names(items):
    """Vietnamese and English names of taxonomy terms, for the keywords."""
    return " ".join(f"{t.name_vi} {t.name_en}" for t in items)


def naive_utc(value):
    """Datetimes compare and serialise alike on both databases: naive UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=None) if value.tzinfo else value


def organisation_document(org):
    """The search document of an organisation (any status: visibility is applied at query time)."""
    keywords = [" ".join(t.name for t in org.tags), term_names(org.technologies), term_names(org.sectors)]
    for place in (org.province, org.ward):
        if place is not None:
            keywords.append(f"{place.name_vi} {place.name_en}")
    if org.zone is not None:
        keywords.append(org.zone.name)
    extra = [org.name_en, org.short_name]
    if org.startup is not None:
        keywords.append(org.startup.product or "")
    if org.investor is not None:
        keywords.append(org.investor.thesis or "")
    if org.academic is not None:
        keywords.extend([org.academic.faculties or "", org.academic.research_areas or ""])
    return SearchDocument(
        key=key_for(ORGANISATION, org.id), kind=org.kind, slug=org.slug, status=org.status, title=org.name,
        title_alt=" ".join(x for x in extra if x), body=plain(org.description) + "\n" + plain(org.description_en),
        keywords=" ".join(k for k in keywords if k),
        technologies=[t.code for t in org.technologies], sectors=[s.code for s in org.sectors],
        province=org.province.code if org.province else None, ward=org.ward.code if org.ward else None,
        zone=org.zone.slug if org.zone is not None else (org.slug if org.kind == "zone" else None),
        stage=org.startup.stage if org.startup is not None else None,
        investor_type=org.investor.investor_type if org.investor is not None else None,
        created_at=naive_utc(org.created_at), updated_at=naive_utc(org.updated_at))


def person_document(person):
    """The search document of a person: public profile fields only (never email or phone)."""
    affiliations = " ".join(f"{a.organisation.name} {a.role or ''}" for a in person.affiliations)
    keywords = [person.expertise or "", term_names(person.technologies), term_names(person.sectors), affiliations]
    if person.province is not None:
        keywords.append(f"{person.province.name_vi} {person.province.name_en}")
    return SearchDocument(
        key=key_for(PERSON, person.id), kind=PERSON, slug=person.slug, status=person.status,
        title=person.full_name,
        title_alt=" ".join(x for x in (person.honorific, person.position, person.position_en) if x),
        body=plain(person.bio) + "\n" + plain(person.bio_en), keywords=" ".join(k for k in keywords if k),
        technologies=[t.code for t in person.technologies], sectors=[s.code for s in person.sectors],
        province=person.province.code if person.province else None,
        created_at=naive_utc(person.created_at), updated_at=naive_utc(person.updated_at))


def _publisher_place(publisher):
    """(province code, zone slug) of an offer's or need's publisher: where the technology sits."""
    province = publisher.province.code if publisher.province is not None else None
    zone = getattr(publisher, "zone", None)
    return province, zone.slug if zone is not None else None


def exchange_status(listing):
    """A verified offer or need of a publisher that is not public is not public either."""
    publisher_status = listing.publisher.status
    return listing.status if publisher_status == "verified" else publisher_status


def _exchange_document(listing, kind, texts, extra_keywords):
    publisher = listing.publisher
    publisher_name = getattr(publisher, "name", None) or getattr(publisher, "full_name", "")
    keywords = [" ".join(t.name for t in listing.tags), term_names(listing.technologies),
                term_names(listing.sectors), publisher_name, getattr(publisher, "name_en", None) or "", *extra_keywords]
    province, zone = _publisher_place(publisher)
    return SearchDocument(
        key=key_for(kind, listing.id), kind=kind, slug=listing.slug, status=exchange_status(listing),
        title=listing.title, title_alt=listing.title_en or "", body="\n".join(plain(t) for t in texts),
        keywords=" ".join(k for k in keywords if k),
        technologies=[t.code for t in listing.technologies], sectors=[s.code for s in listing.sectors],
        province=province, zone=zone, created_at=naive_utc(listing.created_at),
        updated_at=naive_utc(listing.updated_at))


def offer_document(offer):
    """The search document of a technology offer: summary, terms, tags and the publisher's name."""
    return _exchange_document(offer, OFFER, (offer.summary, offer.summary_en, offer.terms),
                              (offer.ip_status or "", offer.engagement or ""))


def need_document(need):
    """The search document of a technology need: problem, desired outcome, tags and the publisher's name."""
    return _exchange_document(need, NEED, (need.problem, need.problem_en, need.desired_outcome), ())


def organisation_names(record):
    """An organisation's (or a lab's) names as keywords of the listings that mention it ("" for None)."""
    if record is None:
        return ""
    return " ".join(x for x in (record.name, record.name_en, getattr(record, "short_name", None)) if x)


def code_words(code):
    """A code as words: "lab-voucher" -> "lab voucher"."""
    return (code or "").replace("-", " ")


def listing_document(kind, record, status, texts, keywords, **fields):
    """The document of a listing that has a slug, a bilingual title ("name" or "title") and timestamps;
    `fields` fill the facets (technologies, sectors, province, zone) and may add to the alternative title."""
    field_name = "name" if hasattr(type(record), "name") else "title"
    title, title_en = getattr(record, field_name), getattr(record, f"{field_name}_en")
    extra_titles = fields.pop("title_alt", "")
    return SearchDocument(
        key=key_for(kind, record.id), kind=kind, slug=record.slug, status=status, title=title,
        title_alt=" ".join(x for x in (title_en, extra_titles) if x),
        body="\n".join(plain(t) for t in texts if t), keywords=" ".join(k for k in keywords if k),
        created_at=naive_utc(record.created_at), updated_at=naive_utc(record.updated_at), **fields)
