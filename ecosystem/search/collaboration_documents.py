"""Programmes, partnerships and projects in high-tech zones in the index.

A programme is public when it and its agency are verified, a project when it and its zone are, a
partnership when it is verified. Each carries the names of the organisations it involves, so a
rename of the agency, zone, partner or investor re-indexes it."""
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload, selectinload

from ..i18n import localized
from ..models import Organisation, Partnership, PartnershipPartner, Programme, Sector, StrategicTechnology, ZoneProject
from ..models.partnerships import partnership_sectors, partnership_technologies
from ..models.programmes import programme_sectors, programme_technologies
from ..models.zones import project_investors, project_technologies
from .documents import PARTNERSHIP, PROGRAMME, PROJECT, code_words, listing_document, organisation_names, term_names
from .kinds import ORGANISATION_SHOWN, Dependants, SearchableKind, status_within

PROGRAMME_SHOWN = ("title", "title_en")
MAX_PARTNERS_SHOWN = 3


def _province(org):
    return org.province.code if org is not None and org.province is not None else None


def _zone_of(org):
    """The zone an organisation sits in, or the organisation itself when it is a zone."""
    if org is None:
        return None
    return org.slug if org.kind == "zone" else (org.zone.slug if org.zone is not None else None)


def _codes(terms):
    return [t.code for t in terms]


def programme_status(programme):
    """Verified only when the programme and its agency are."""
    return status_within(programme.status, programme.agency)


def project_status(project):
    """Verified only when the project and its zone are."""
    return status_within(project.status, project.zone)


def programme_document(programme):
    """The search document of a programme: summary, eligibility, kind, agency and terms (None without agency)."""
    agency = programme.agency
    if agency is None:
        return None
    keywords = [term_names(programme.technologies), term_names(programme.sectors), organisation_names(agency),
                code_words(programme.programme_kind)]
    return listing_document(
        PROGRAMME, programme, programme_status(programme),
        (programme.summary, programme.summary_en, programme.eligibility), keywords,
        technologies=_codes(programme.technologies), sectors=_codes(programme.sectors),
        province=_province(agency), zone=_zone_of(agency))


def partnership_document(partnership):
    """The search document of a partnership: goals, outcomes, kind, partners, zone and programme."""
    partners = " ".join(f"{organisation_names(p.organisation)} {p.contribution or ''}" for p in partnership.partners)
    programme = partnership.programme
    keywords = [term_names(partnership.technologies), term_names(partnership.sectors),
                code_words(partnership.partnership_kind), partners, organisation_names(partnership.zone),
                " ".join(x for x in (programme.title, programme.title_en) if x) if programme is not None else ""]
    return listing_document(
        PARTNERSHIP, partnership, partnership.status,
        (partnership.goals, partnership.goals_en, partnership.outcomes), keywords,
        technologies=_codes(partnership.technologies), sectors=_codes(partnership.sectors),
        province=_province(partnership.zone), zone=_zone_of(partnership.zone))


def project_document(project):
    """The search document of a zone project: description, zone, operator, investors and technologies
    (None for a project left without its zone)."""
    if project.zone is None:
        return None
    keywords = [term_names(project.technologies), organisation_names(project.zone),
                organisation_names(project.operator), " ".join(organisation_names(i) for i in project.investors),
                code_words(project.phase), project.licence_number]
    return listing_document(
        PROJECT, project, project_status(project), (project.description, project.description_en), keywords,
        technologies=_codes(project.technologies), province=_province(project.zone), zone=_zone_of(project.zone))


def _organisation(path):
    return (path.joinedload(Organisation.province), path.joinedload(Organisation.zone))


def _programme_loads():
    return (selectinload(Programme.technologies), selectinload(Programme.sectors),
            *_organisation(joinedload(Programme.agency)))


def _partnership_loads():
    return (selectinload(Partnership.technologies), selectinload(Partnership.sectors),
            selectinload(Partnership.partners).joinedload(PartnershipPartner.organisation),
            joinedload(Partnership.programme), *_organisation(joinedload(Partnership.zone)))


def _project_loads():
    return (selectinload(ZoneProject.technologies), selectinload(ZoneProject.investors),
            joinedload(ZoneProject.operator), *_organisation(joinedload(ZoneProject.zone)))


def _programmes_of(session, agency_id):
    return session.scalars(select(Programme.id).where(Programme.agency_id == agency_id))


def _partnerships_of(session, organisation_id):
    partner_of = select(PartnershipPartner.partnership_id).where(PartnershipPartner.organisation_id == organisation_id)
    return session.scalars(select(Partnership.id).where(or_(Partnership.zone_id == organisation_id,
                                                            Partnership.id.in_(partner_of))))


def _partnerships_in(session, programme_id):
    return session.scalars(select(Partnership.id).where(Partnership.programme_id == programme_id))


def _projects_of(session, organisation_id):
    invested = select(project_investors.c.project_id).where(project_investors.c.organisation_id == organisation_id)
    return session.scalars(select(ZoneProject.id).where(or_(
        ZoneProject.zone_id == organisation_id, ZoneProject.operator_id == organisation_id,
        ZoneProject.id.in_(invested))))


def _agency_context(programme, locale):
    return localized(programme.agency, "name", locale)


def _partners_context(partnership, locale):
    names = list(dict.fromkeys(localized(p.organisation, "name", locale) for p in partnership.partners))
    return ", ".join(names[:MAX_PARTNERS_SHOWN]) + (" …" if len(names) > MAX_PARTNERS_SHOWN else "")


def _zone_context(project, locale):
    return localized(project.zone, "name", locale)


def _terms(owner, technologies, sectors=None):
    links = [(StrategicTechnology, technologies, owner, "technology_id")]
    if sectors is not None:
        links.append((Sector, sectors, owner, "sector_id"))
    return tuple(links)


PROGRAMME_KIND = SearchableKind(
    name=PROGRAMME, label=_l("Programme"), model=Programme, build=programme_document, loads=_programme_loads,
    result_loads=("technologies", "agency"), endpoint="programmes.programme_detail", title_field="title",
    text_fields=("summary", "summary_en"), context=_agency_context, status=programme_status,
    term_links=_terms("programme_id", programme_technologies, programme_sectors),
    dependants=(Dependants(Organisation, ORGANISATION_SHOWN, PROGRAMME, _programmes_of),))
PARTNERSHIP_KIND = SearchableKind(
    name=PARTNERSHIP, label=_l("Partnership"), model=Partnership, build=partnership_document, loads=_partnership_loads,
    result_loads=("technologies", "partners"), endpoint="partnerships.partnership_detail", title_field="title",
    text_fields=("goals", "goals_en"), context=_partners_context, status=lambda partnership: partnership.status,
    parts=((PartnershipPartner, "partnership_id"),),
    term_links=_terms("partnership_id", partnership_technologies, partnership_sectors),
    dependants=(Dependants(Organisation, ORGANISATION_SHOWN, PARTNERSHIP, _partnerships_of),
                Dependants(Programme, PROGRAMME_SHOWN, PARTNERSHIP, _partnerships_in)))
PROJECT_KIND = SearchableKind(
    name=PROJECT, label=_l("Zone project"), model=ZoneProject, build=project_document, loads=_project_loads,
    result_loads=("technologies", "zone"), endpoint="zones.project_detail", title_field="name",
    text_fields=("description", "description_en"), context=_zone_context, status=project_status,
    term_links=_terms("project_id", project_technologies),
    dependants=(Dependants(Organisation, ORGANISATION_SHOWN, PROJECT, _projects_of),))
