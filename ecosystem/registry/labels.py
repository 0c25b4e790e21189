"""Human names for codes (kinds, stages, investor types), translated."""
from flask_babel import lazy_gettext as _l

KIND_LABELS = {
    "startup": _l("Startup"), "company": _l("Company"), "university": _l("University"),
    "institute": _l("Research institute"), "investor": _l("Investor"), "agency": _l("State agency"),
    "incubator": _l("Incubator / innovation space"), "zone": _l("High-tech zone"),
}
STAGE_LABELS = {
    "idea": _l("Idea"), "pre-seed": _l("Pre-seed"), "seed": _l("Seed"), "series-a": _l("Series A"),
    "series-b": _l("Series B"), "growth": _l("Growth"),
}
INVESTOR_TYPE_LABELS = {
    "vc": _l("Venture capital fund"), "angel": _l("Angel investor"), "angel-network": _l("Angel network"),
    "corporate-vc": _l("Corporate venture capital"), "accelerator": _l("Accelerator"),
    "public-fund": _l("Public fund"), "family-office": _l("Family office"), "bank": _l("Bank"),
}
PERSON_KIND_LABELS = {"researcher": _l("Researcher"), "expert": _l("Expert"), "founder": _l("Founder")}
STATUS_LABELS = {
    "draft": _l("Draft"), "pending": _l("Pending review"), "verified": _l("Verified"),
    "rejected": _l("Returned for changes"), "archived": _l("Archived"),
}
ROLE_LABELS = {"member": _l("Member"), "curator": _l("Curator"), "admin": _l("Administrator"),
               "owner": _l("Owner"), "editor": _l("Editor")}
SORT_LABELS = {"name": _l("Name"), "newest": _l("Newest"), "updated": _l("Recently updated")}


def label(mapping, code):
    return str(mapping.get(code, code or ""))
TAXONOMY_LABELS = {"technologies": _l("Strategic technologies"), "sectors": _l("Sectors"),
                   "provinces": _l("Provinces and cities"), "wards": _l("Wards and communes")}
