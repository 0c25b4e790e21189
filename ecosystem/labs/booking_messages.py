"""What access requests say: notification sentences and emails, each in the reader's language."""
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from urllib.parse import urlsplit

from flask_babel import force_locale, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..mail import absolute_url, send_mail
from ..notifications.services import notify, register_kind

REQUESTED = "lab_access_requested"
APPROVED = "lab_access_approved"
PROPOSED = "lab_access_proposed"
ACCEPTED = "lab_access_accepted"
DECLINED = "lab_access_declined"
CANCELLED = "lab_access_cancelled"
_MAIL_OFF = ContextVar("lab_booking_mail_off", default=False)

WORDING = {
    REQUESTED: _l("%(requester)s asks for %(resource)s on %(when)s."),
    APPROVED: _l("Your request for %(resource)s on %(when)s is approved."),
    PROPOSED: _l("The lab proposes other hours for %(resource)s: %(when)s."),
    ACCEPTED: _l("%(requester)s accepted the hours you proposed for %(resource)s: %(when)s."),
    DECLINED: _l("Your request for %(resource)s on %(when)s was declined."),
    CANCELLED: _l("%(requester)s cancelled the request for %(resource)s on %(when)s."),
}
SUBJECTS = {
    REQUESTED: _l("New lab access request: %(resource)s"),
    APPROVED: _l("Lab access approved: %(resource)s"),
    PROPOSED: _l("Other hours proposed: %(resource)s"),
    ACCEPTED: _l("Proposed hours accepted: %(resource)s"),
    DECLINED: _l("Lab access declined: %(resource)s"),
    CANCELLED: _l("Lab access cancelled: %(resource)s"),
}


@contextmanager
def without_mail():
    """Record notifications in the app only (the demo loader: its accounts have no real inboxes)."""
    token = _MAIL_OFF.set(True)
    try:
        yield
    finally:
        _MAIL_OFF.reset(token)


def _words(params):
    """The sentence's words in the current language; the hours are formatted for the reader, not the actor."""
    from .bookings import when_text

    english = str(get_locale()) == "en"
    resource = (params.get("resource_en") if english else None) or params.get("resource") or "?"
    try:
        when = when_text(datetime.fromisoformat(params["starts_at"]), datetime.fromisoformat(params["ends_at"]))
    except (KeyError, TypeError, ValueError):
        when = ""
    return {"requester": params.get("requester") or "?", "resource": resource, "when": when}


def _describer(kind):
    def describe(params):
        return str(WORDING[kind]) % _words(params)
    return describe


def register_kinds(app):
    """Teach the notification list how to word each access request event."""
    for kind in WORDING:
        register_kind(app, kind, _describer(kind))


def tell(users, kind, params, access_request, note=None):
    """Notify each user in the app and by email, each in their own language."""
    link = absolute_url("labs.access_request_detail", request_id=access_request.id)
    path = urlsplit(link).path
    seen = set()
    for user in users:
        if user is None or user.id in seen:
            continue
        seen.add(user.id)
        notify(user, kind, params, path)
        if _MAIL_OFF.get():
            continue
        with force_locale(user.locale or "vi"):
            words = _words(params)
            body = str(WORDING[kind]) % words
            if note:
                body += "\n\n" + _("Note from the lab: %(note)s", note=note)
            body += "\n\n" + link
            send_mail(user.email, str(SUBJECTS[kind]) % words, body)
