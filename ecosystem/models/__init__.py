"""All models, importable from one place. No commits and no Flask imports here."""
from .accounts import ApiToken, Claim, ClaimStatus, Membership, OrgRole, Role, User
from .audit import AuditEvent
from .base import Status, utcnow
from .duplicates import DuplicateKey, DuplicatePair, OrganisationDismissal, PersonDismissal, RecordType, SlugRedirect
from .exchange import TRL_LEVELS, Engagement, IpStatus, Need, Offer
from .imports import ImportJob, ImportMode, ImportStatus
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
from .people import Affiliation, Person, PersonKind
from .quality import QualitySnapshot
from .revisions import Revision, RevisionAction, RevisionState
from .search import SearchOutbox
from .taxonomy import Province, Sector, StrategicTechnology, Ward

__all__ = [
    "AcademicDetails", "Affiliation", "ApiToken", "AuditEvent", "Claim", "ClaimStatus", "DuplicateKey",
    "DuplicatePair", "Engagement", "ImportJob", "ImportMode", "ImportStatus", "Introduction", "IntroductionReason",
    "IntroductionStatus", "InvestorDetails", "InvestorType", "IpStatus", "Kind", "Membership", "Need",
    "Notification", "Offer", "Organisation", "OrganisationDismissal", "OrgRole", "Person", "PersonDismissal",
    "PersonKind", "Province", "QualitySnapshot", "RecordType", "Revision", "RevisionAction", "RevisionState",
    "Role", "SearchOutbox", "Sector", "SlugRedirect", "Stage", "StartupDetails", "Status", "StrategicTechnology",
    "Tag", "TRL_LEVELS", "User", "utcnow", "Ward", "ZoneDetails",
]
