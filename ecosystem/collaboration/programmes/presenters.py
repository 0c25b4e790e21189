"""What programme templates call: labels, Hanoi-time deadlines, states and the "My listings" section."""
from flask_babel import format_datetime
from flask_login import current_user

from ...registry.labels import label
from .labels import APPLICATION_STATUS_LABELS, ELIGIBLE_LABELS, PROGRAMME_KIND_LABELS, STATE_LABELS
from .panels import my_programme_applications
from .rules import hanoi_time
from .states import call_state, next_deadline, programme_state

def hanoi(moment):
    """A date and time in Hanoi time, e.g. "2026-12-15 17:00 (GMT+7)"."""
    if moment is None:
        return "—"
    return format_datetime(hanoi_time(moment).replace(tzinfo=None), "yyyy-MM-dd HH:mm") + " (GMT+7)"


def template_helpers():
    """Globals for the programme templates."""
    return {
        "programme_kind_label": lambda code: label(PROGRAMME_KIND_LABELS, code),
        "eligible_label": lambda code: label(ELIGIBLE_LABELS, code),
        "programme_state_label": lambda code: label(STATE_LABELS, code),
        "application_status_label": lambda code: label(APPLICATION_STATUS_LABELS, code),
        "hanoi_time": hanoi, "call_state": call_state, "programme_state": programme_state,
        "next_deadline": next_deadline, "my_programme_applications": lambda: my_programme_applications(current_user),
    }
