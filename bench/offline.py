"""Stand-ins for the models, built from generator specs, so the app's own document builders
(ecosystem.search.documents) turn specs into SearchDocuments without a database."""
from types import SimpleNamespace as Record

from ecosystem.registry.seed_data import HANOI_COMMUNES, HANOI_WARDS, PROVINCES, SECTORS, STRATEGIC_TECHNOLOGIES
from ecosystem.registry.seeding import ward_code
from ecosystem.text import slugify


def _terms(rows):
    return {code: Record(code=code, name_vi=vi, name_en=en) for code, vi, en in rows}


TECHNOLOGIES = _terms(STRATEGIC_TECHNOLOGIES)
SECTOR_TERMS = _terms(SECTORS)
PROVINCE_TERMS = _terms(PROVINCES)
# Named as seeding.seed_taxonomy names them.
WARD_TERMS = _terms([(ward_code(n), f"Phường {n}", "Ward " + slugify(n).replace("-", " ").title()) for n in HANOI_WARDS]
                    + [(ward_code(n), f"Xã {n}", "Commune " + slugify(n).replace("-", " ").title())
                       for n in HANOI_COMMUNES])


def _technologies(spec):
    return [TECHNOLOGIES[code] for code in spec["technologies"]]


def _sectors(spec):
    return [SECTOR_TERMS[code] for code in spec["sectors"]]


def _details(values):
    return Record(**values) if values is not None else None


def offline_organisation(record_id, spec, zone_names):
    """An object with the attributes organisation_document reads; `zone_names` maps zone slugs to names."""
    zone = Record(slug=spec["zone"], name=zone_names.get(spec["zone"], "")) if spec["zone"] else None
    return Record(
        id=record_id, kind=spec["kind"], slug=spec["slug"], status=spec["status"], name=spec["name"],
        name_en=spec["name_en"], short_name=spec["short_name"], description=spec["description"],
        description_en=spec["description_en"], tags=[Record(name=t) for t in sorted(spec["tags"])],
        technologies=_technologies(spec), sectors=_sectors(spec),
        province=PROVINCE_TERMS.get(spec["province"]), ward=WARD_TERMS.get(spec["ward"]), zone=zone,
        startup=_details(spec["startup"]), investor=_details(spec["investor"]), academic=_details(spec["academic"]),
        created_at=spec["created_at"], updated_at=spec["updated_at"])


def offline_person(record_id, spec, organisation_names):
    """An object with the attributes person_document reads; `organisation_names` maps ids to names."""
    affiliations = []
    if spec["affiliation"]:
        organisation_id, role = spec["affiliation"]
        organisation = Record(name=organisation_names.get(organisation_id, ""))
        affiliations.append(Record(organisation=organisation, role=role))
    return Record(
        id=record_id, slug=spec["slug"], status=spec["status"], full_name=spec["full_name"],
        honorific=spec["honorific"], position=spec["position"], position_en=spec["position_en"],
        bio=spec["bio"], bio_en=spec["bio_en"], expertise=spec["expertise"], affiliations=affiliations,
        technologies=_technologies(spec), sectors=_sectors(spec),
        province=PROVINCE_TERMS.get(spec["province"]), created_at=spec["created_at"], updated_at=spec["updated_at"])
