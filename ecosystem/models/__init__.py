"""All models, importable from one place. No commits and no Flask imports here."""
from .accounts import ApiToken, Claim, ClaimStatus, Membership, OrgRole, Role, User
from .audit import AuditEvent
from .base import Status, utcnow
from .bookings import UNIT_MINUTES, AccessRequest, AccessStatus, BookingUnit, LabSlot, SlotException
from .duplicates import DuplicateKey, DuplicatePair, OrganisationDismissal, PersonDismissal, RecordType, SlugRedirect
from .exchange import TRL_LEVELS, Engagement, IpStatus, Need, Offer
from .imports import ImportJob, ImportMode, ImportStatus
from .labs import Condition, Equipment, EquipmentCategory, Lab, LabPhoto
from .introductions import Introduction, IntroductionReason, IntroductionStatus
from .notifications import Notification
from .organisations import (
                            AcademicDetails,
                            InvestorDetails,
                            InvestorType,
                            Kind,
                            Organisation,
                            Stage,
                            StartupDetails,
                            Tag,
                            ZoneDetails,
)
from .partnerships import Partnership, PartnershipKind, PartnershipPartner, PartnershipPhase, PartnerRole
from .people import Affiliation, Person, PersonKind
from .programmes import ApplicationStatus, Programme, ProgrammeApplication, ProgrammeCall, ProgrammeKind
from .quality import QualitySnapshot
from .revisions import Revision, RevisionAction, RevisionState
from .search import SearchOutbox
from .taxonomy import Province, Sector, StrategicTechnology, Ward
from .zones import ProjectPhase, ProjectStatusChange, ZoneProject

__all__ = [
    "AccessRequest", "AccessStatus", "ApplicationStatus", "BookingUnit", "Condition", "Equipment",
    "EquipmentCategory", "Lab", "LabPhoto", "LabSlot", "Partnership", "PartnershipKind", "PartnershipPartner",
    "PartnershipPhase", "PartnerRole", "Programme", "ProgrammeApplication", "ProgrammeCall", "ProgrammeKind",
    "ProjectPhase", "ProjectStatusChange", "SlotException", "UNIT_MINUTES", "ZoneProject",
    "AcademicDetails", "Affiliation", "ApiToken", "AuditEvent", "Claim", "ClaimStatus", "DuplicateKey",
    "DuplicatePair", "Engagement", "ImportJob", "ImportMode", "ImportStatus", "Introduction", "IntroductionReason",
    "IntroductionStatus", "InvestorDetails", "InvestorType", "IpStatus", "Kind", "Membership", "Need",
    "Notification", "Offer", "Organisation", "OrganisationDismissal", "OrgRole", "Person", "PersonDismissal",
    "PersonKind", "Province", "QualitySnapshot", "RecordType", "Revision", "RevisionAction", "RevisionState",
    "Role", "SearchOutbox", "Sector", "SlugRedirect", "Stage", "StartupDetails", "Status", "StrategicTechnology",
    "Tag", "TRL_LEVELS", "User", "utcnow", "Ward", "ZoneDetails",
]
