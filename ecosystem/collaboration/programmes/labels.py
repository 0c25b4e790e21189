"""Names of the programmes' codes in the visitor's language."""
from flask_babel import lazy_gettext as _l

from ...registry.labels import KIND_LABELS

PROGRAMME_KIND_LABELS = {"funding": _l("Funding"), "incubation": _l("Incubation"),
                         "lab-voucher": _l("Lab access voucher"), "technology-transfer": _l("Technology transfer"),
                         "training": _l("Training and talent"), "other": _l("Other support")}
ELIGIBLE_LABELS = {**KIND_LABELS, "researcher": _l("Researchers (personal profile)")}
STATE_LABELS = {"open": _l("Open now"), "closing": _l("Closing within 30 days"), "upcoming": _l("Opening soon"),
                "closed": _l("Closed"), "interest": _l("Expressions of interest")}
APPLICATION_STATUS_LABELS = {"interested": _l("Interested"), "submitted": _l("Submitted"),
                             "under-review": _l("Under review"), "accepted": _l("Accepted"),
                             "rejected": _l("Not accepted"), "withdrawn": _l("Withdrawn")}
SORT_LABELS = {"deadline": _l("Deadline (soonest first)"), "newest": _l("Newest"), "title": _l("Title")}
