"""Labs and their equipment in the index.

A lab is public when it is verified and its host organisation is; equipment has no status of its
own and carries its lab's. A lab is found by its instruments (name, maker, model), an instrument by
its maker and model ("JEOL", "JSM-7600F"), its category and its lab and host."""
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from ..i18n import localized
from ..models import Equipment, Lab, Organisation, Sector, StrategicTechnology
from ..models.labs import lab_sectors, lab_technologies
from .documents import EQUIPMENT, LAB, code_words, listing_document, organisation_names, term_names
from .kinds import ORGANISATION_SHOWN, Dependants, SearchableKind, status_within

# What a lab or its equipment shows of the host and zone, and what equipment shows of its lab.
LAB_SHOWN = ("name", "name_en", "status", "organisation", "organisation_id", "zone", "zone_id", "technologies",
             "sectors", "accreditation")


def lab_status(lab):
    """Verified only when the lab and its host are."""
    return status_within(lab.status, lab.organisation)


def equipment_status(equipment):
    """An instrument has its lab's status."""
    return lab_status(equipment.lab) if equipment.lab is not None else "archived"


def _place(lab):
    """(province code, zone slug) of a lab: its host's province, its own zone or else its host's."""
    host = lab.organisation
    province = host.province.code if host.province is not None else None
    zone = lab.zone if lab.zone is not None else host.zone
    return province, zone.slug if zone is not None else None


def instrument_words(equipment):
    """What identifies an instrument: its names, category, maker and model."""
    return " ".join(x for x in (equipment.name, equipment.name_en, code_words(equipment.category),
                                equipment.maker, equipment.model) if x)


def lab_document(lab):
    """The search document of a lab: description, research areas, accreditation, host, zone, instruments
    (None for a lab left without its host)."""
    if lab.organisation is None:
        return None
    province, zone = _place(lab)
    keywords = [term_names(lab.technologies), term_names(lab.sectors), organisation_names(lab.organisation),
                organisation_names(lab.zone), lab.accreditation, " ".join(instrument_words(e) for e in lab.equipment)]
    return listing_document(
        LAB, lab, lab_status(lab), (lab.description, lab.description_en, lab.research_areas), keywords,
        technologies=[t.code for t in lab.technologies], sectors=[s.code for s in lab.sectors],
        province=province, zone=zone)


def equipment_document(equipment):
    """The search document of an instrument: maker and model weigh like its name; facets are its lab's
    (None for an instrument left without its lab or host)."""
    lab = equipment.lab
    if lab is None or lab.organisation is None:
        return None
    province, zone = _place(lab)
    keywords = [code_words(equipment.category), organisation_names(lab), organisation_names(lab.organisation),
                organisation_names(lab.zone), lab.accreditation]
    return listing_document(
        EQUIPMENT, equipment, equipment_status(equipment), (equipment.description,), keywords,
        title_alt=" ".join(x for x in (equipment.maker, equipment.model) if x),
        technologies=[t.code for t in lab.technologies], sectors=[s.code for s in lab.sectors],
        province=province, zone=zone)


def _lab_loads(path=None):
    """Loader options for what documents show of a lab, from Lab itself or along `path` (an instrument's lab)."""
    select_in = path.selectinload if path is not None else selectinload
    joined = path.joinedload if path is not None else joinedload
    return (select_in(Lab.technologies), select_in(Lab.sectors), joined(Lab.zone),
            joined(Lab.organisation).joinedload(Organisation.province),
            joined(Lab.organisation).joinedload(Organisation.zone))


def _labs_loads():
    return (*_lab_loads(), selectinload(Lab.equipment))


def _equipment_loads():
    return _lab_loads(joinedload(Equipment.lab))


def _labs_of(session, organisation_id):
    return session.scalars(select(Lab.id).where(or_(Lab.organisation_id == organisation_id,
                                                    Lab.zone_id == organisation_id)))


def _equipment_of_labs_of(session, organisation_id):
    return session.scalars(select(Equipment.id).join(Lab).where(or_(Lab.organisation_id == organisation_id,
                                                                    Lab.zone_id == organisation_id)))


def _equipment_of(session, lab_id):
    return session.scalars(select(Equipment.id).where(Equipment.lab_id == lab_id))


def _host_context(lab, locale):
    return localized(lab.organisation, "name", locale)


def _lab_context(equipment, locale):
    lab = equipment.lab
    return " · ".join(x for x in (localized(lab, "name", locale), equipment.maker, equipment.model) if x)


LAB_KIND = SearchableKind(
    name=LAB, label=_l("Lab"), model=Lab, build=lab_document, loads=_labs_loads,
    result_loads=("technologies", "organisation"), endpoint="labs.lab_detail", title_field="name",
    text_fields=("description", "description_en"), context=_host_context, status=lab_status,
    parts=((Equipment, "lab_id"),),
    term_links=((StrategicTechnology, lab_technologies, "lab_id", "technology_id"),
                (Sector, lab_sectors, "lab_id", "sector_id")),
    dependants=(Dependants(Organisation, ORGANISATION_SHOWN, LAB, _labs_of),))
EQUIPMENT_KIND = SearchableKind(
    name=EQUIPMENT, label=_l("Equipment"), model=Equipment, build=equipment_document, loads=_equipment_loads,
    result_loads=("lab",), endpoint="labs.equipment_detail", title_field="name",
    text_fields=("description", "description"), context=_lab_context, status=equipment_status,
    dependants=(Dependants(Organisation, ORGANISATION_SHOWN, EQUIPMENT, _equipment_of_labs_of),
                Dependants(Lab, LAB_SHOWN, EQUIPMENT, _equipment_of)))
