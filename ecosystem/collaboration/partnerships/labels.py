"""Names of the partnerships' codes in the visitor's language."""
from flask_babel import lazy_gettext as _l

ROLE_LABELS = {"state": _l("State"), "school": _l("School"), "investor": _l("Investor or business")}
ROLE_HINTS = {"state": _l("agency or high-tech zone"), "school": _l("university or research institute"),
              "investor": _l("investor, company or startup")}
PARTNERSHIP_KIND_LABELS = {"project": _l("Joint project"), "joint-lab": _l("Joint lab"),
                           "incubator": _l("Incubator"), "spin-off": _l("Spin-off"), "rd-centre": _l("R&D centre")}
PHASE_LABELS = {"planned": _l("Planned"), "active": _l("Active"), "completed": _l("Completed"),
                "suspended": _l("Suspended")}
COMPOSITION_LABELS = {"complete": _l("Complete triple"), "missing-state": _l("Missing the state"),
                      "missing-school": _l("Missing a school"), "missing-investor": _l("Missing an investor")}
SORT_LABELS = {"newest": _l("Newest"), "updated": _l("Recently updated"), "title": _l("Title"),
               "funding": _l("Funding (largest first)")}
