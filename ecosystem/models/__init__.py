"""All models, importable from one place. No commits and no Flask imports here."""
from .accounts import ApiToken, Claim, ClaimStatus, Membership, OrgRole, Role, User
from .audit import AuditEvent
from .base import Status, utcnow
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
from .search import SearchOutbox
from .taxonomy import Province, Sector, StrategicTechnology, Ward

__all__ = [
    "AcademicDetails", "Affiliation", "ApiToken", "AuditEvent", "Claim", "ClaimStatus", "InvestorDetails",
    "InvestorType", "Kind", "Membership", "OrgRole", "Organisation", "Person", "PersonKind", "Province",
    "QualitySnapshot", "Role", "SearchOutbox", "Sector", "Stage", "StartupDetails", "Status", "StrategicTechnology",
    "Tag", "User", "Ward", "ZoneDetails", "utcnow",
]
