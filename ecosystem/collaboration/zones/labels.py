"""Names of the zone projects' codes in the visitor's language."""
from flask_babel import lazy_gettext as _l

PHASE_LABELS = {"licensed": _l("Licensed"), "building": _l("Under construction"), "operating": _l("Operating"),
                "suspended": _l("Suspended"), "withdrawn": _l("Withdrawn")}
PROJECT_SORT_LABELS = {"name": _l("Name"), "capital": _l("Capital (largest first)"),
                       "licensed": _l("Licensed (newest first)"), "updated": _l("Recently updated")}
