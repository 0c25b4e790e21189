"""Names of the exchange's codes in the visitor's language."""
from flask_babel import lazy_gettext as _l

IP_STATUS_LABELS = {"patent": _l("Patented"), "patent-pending": _l("Patent pending"), "know-how": _l("Know-how"),
                    "open": _l("Open (no protection)")}
ENGAGEMENT_LABELS = {"licence": _l("Licence"), "collaboration": _l("Research collaboration"),
                     "contract-research": _l("Contract research"), "service": _l("Technical service"),
                     "sale": _l("Sale of the technology")}
TRL_LABELS = {
    1: _l("TRL 1 – basic principles observed"), 2: _l("TRL 2 – concept formulated"),
    3: _l("TRL 3 – proof of concept"), 4: _l("TRL 4 – validated in the lab"),
    5: _l("TRL 5 – validated in a relevant environment"), 6: _l("TRL 6 – demonstrated in a relevant environment"),
    7: _l("TRL 7 – prototype in operation"), 8: _l("TRL 8 – system complete and qualified"),
    9: _l("TRL 9 – proven in operation"),
}
NEED_STATE_LABELS = {"open": _l("Open"), "closed": _l("Closed (deadline passed)")}
OFFER_SORT_LABELS = {"newest": _l("Newest"), "updated": _l("Recently updated"), "title": _l("Title"),
                     "trl": _l("Readiness (highest first)")}
NEED_SORT_LABELS = {"newest": _l("Newest"), "updated": _l("Recently updated"), "title": _l("Title"),
                    "deadline": _l("Deadline (soonest first)"), "budget": _l("Budget (largest first)")}
