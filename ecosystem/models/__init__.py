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
    "AcademicDetails", "Affiliation", "Engagement", "IpStatus", "Need", "Offer", "TRL_LEVELS", "ApiToken", "AuditEvent", "Claim", "ClaimStatus", "InvestorDetails",
    "InvestorType", "Introduction", "IntroductionReason", "IntroductionStatus", "Notification", "Kind", "Membership", "OrgRole", "Organisation", "Person", "PersonKind", "Province",
    "QualitySnapshot", "Revision", "RevisionAction", "RevisionState", "Role", "SearchOutbox", "Sector", "Stage", "StartupDetails", "Status", "StrategicTechnology",
    "Tag", "User", "Ward", "ZoneDetails", "utcnow",
    "ImportJob", "ImportMode", "ImportStatus",
    "DuplicateKey", "DuplicatePair", "OrganisationDismissal", "PersonDismissal", "RecordType", "SlugRedirect",
]
