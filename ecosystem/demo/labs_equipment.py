"""Loading the demo labs and their equipment (sample data, see labs_equipment_data.py).

Every record goes through the lab services. Each lab's manager account is its host's demo manager
(`<host slug>@demo.example.org`, the same account the introductions demo uses), so signing in as that
account shows the lab's management pages; the researcher shown as manager is one affiliated with the host."""
from ..auth.policy import SYSTEM
from ..errors import DomainError
from ..extensions import db
from ..models import Affiliation, Organisation, Person, Status
from .introductions import _Managers
from .labs_equipment_data import ACCESS_TERMS, FEE_SCHEDULE, FREE_NOTE, LABS, SAFETY_RULES


def _host(slug):
    host = db.session.scalar(db.select(Organisation).filter_by(slug=slug))
    if host is None:
        raise DomainError(f"no demo lab host {slug!r}")
    return host


def _researcher_of(host):
    """The first researcher (by address) affiliated with the host, or None."""
    return db.session.scalar(db.select(Person.slug).join(Affiliation, Affiliation.person_id == Person.id)
                             .where(Affiliation.organisation_id == host.id, Person.status == Status.VERIFIED)
                             .order_by(Person.slug).limit(1))


def _lab_data(spec, manager, researcher):
    data = dict(spec["data"], manager_user_id=manager.id, manager_person=researcher,
                fee_schedule=FEE_SCHEDULE + (FREE_NOTE if spec["data"]["free_for_startups"] else ""),
                access_terms=ACCESS_TERMS, safety_rules=SAFETY_RULES, contact_email=manager.email)
    return {key: value for key, value in data.items() if value is not None}


def load_labs_equipment():
    """Create the demo labs (most verified, two pending) and their instruments; returns their counts.

    Flushes, never commits."""
    from ..labs.services import add_equipment, create_lab

    managers, instruments = _Managers(), 0
    for spec in LABS:
        host = _host(spec["host"])
        manager = managers.of(host)
        status = Status.PENDING if spec["pending"] else Status.VERIFIED
        try:
            lab = create_lab(SYSTEM, host, _lab_data(spec, manager, _researcher_of(host)), status=status,
                             is_sample=True)
            for data in spec["instruments"]:
                add_equipment(SYSTEM, lab, data)
        except DomainError as err:
            raise DomainError(f"demo lab {spec['data']['name']!r}: {err.message} {getattr(err, 'errors', '')}")
        instruments += len(spec["instruments"])
    db.session.flush()
    return {"labs": len(LABS), "equipment": instruments}
