"""Labs as the matcher sees them: placed where their host is (or in their zone), with the number of
instruments outside users may book, their access terms, and a text that names their equipment.

A lab's host is its publisher: a lab is never suggested to its own university, nor a need of the host
to its own lab."""
from sqlalchemy import func, select

from ..models import Equipment, Lab, Organisation
from .bulk import in_ids, rows
from .profiles import Profile


def lab_profiles(ids, taxonomy, profiles):
    """Fill `profiles` {id: Profile} with the labs of `ids` (one query: host place and bookable instruments)."""
    instruments = (select(func.count()).where(Equipment.lab_id == Lab.id, Equipment.bookable.is_(True))
                   .correlate(Lab).scalar_subquery())

    def statement(chunk):
        return (select(Lab.id, Lab.slug, Lab.name, Lab.status, Lab.organisation_id, Lab.zone_id,
                       Lab.free_for_startups, Organisation.province_id, Organisation.zone_id, instruments)
                .join(Organisation, Organisation.id == Lab.organisation_id).where(in_ids(Lab.id, chunk)))
    for lab_id, slug, name, status, host_id, zone_id, free, province_id, host_zone, count in rows(statement, ids):
        profiles[lab_id] = Profile(
            "lab", lab_id, "lab", slug, name, status, province=taxonomy.provinces.get(province_id),
            zone_id=zone_id or host_zone, instruments=count or 0, free_for_startups=bool(free),
            publisher=("organisation", host_id))


def lab_texts(ids):
    """(lab id, text) of every instrument of the labs: its name, maker, model and category in words."""
    def statement(chunk):
        return (select(Equipment.lab_id, Equipment.name, Equipment.name_en, Equipment.maker, Equipment.model,
                       Equipment.category, Equipment.description).where(in_ids(Equipment.lab_id, chunk)))
    for lab_id, name, name_en, maker, model, category, description in rows(statement, ids):
        words = [name, name_en, maker, model, (category or "").replace("-", " "), description]
        yield lab_id, " ".join(word for word in words if word)
