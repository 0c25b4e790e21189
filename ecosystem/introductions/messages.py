"""What introductions say: notification sentences and emails, in the reader's language."""
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urlsplit

from flask_babel import force_locale, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..mail import absolute_url, send_mail
from ..notifications.services import notify, register_kind

RECEIVED = "introduction_received"
ACCEPTED = "introduction_accepted"
DECLINED = "introduction_declined"
WITHDRAWN = "introduction_withdrawn"
MET = "introduction_met"
AGREED = "introduction_agreed"
# Kinds that also go out by email; the others stay in the app (the parties are in touch by then).
MAILED = (RECEIVED, ACCEPTED, DECLINED)
_MAIL_OFF = ContextVar("introduction_mail_off", default=False)


@contextmanager
def without_mail():
    """Record notifications in the app only (the demo loader: its accounts have no real inboxes)."""
    token = _MAIL_OFF.set(True)
    try:
        yield
    finally:
        _MAIL_OFF.reset(token)


def _names(params):
    """(source, target) names in the current language (English names when they exist)."""
    english = str(get_locale()) == "en"

    def name(key):
        return (params.get(key + "_en") if english else None) or params.get(key) or "?"

    return name("source"), name("target")


# How the notification list words each event; `source` asked, `target` was asked.
WORDING = {
    RECEIVED: _l("%(source)s asks for an introduction to %(target)s."),
    ACCEPTED: _l("%(target)s accepted the introduction request of %(source)s."),
    DECLINED: _l("%(target)s declined the introduction request of %(source)s."),
    WITHDRAWN: _l("%(source)s withdrew the introduction request to %(target)s."),
    MET: _l("%(source)s and %(target)s have met."),
    AGREED: _l("%(source)s and %(target)s reached an agreement."),
}


def _describer(kind):
    def describe(params):
        source, target = _names(params)
        return str(WORDING[kind]) % {"source": source, "target": target}
    return describe


def register_kinds(app):
    """Teach the notification list how to word each introduction event."""
    for kind in WORDING:
        register_kind(app, kind, _describer(kind))


def _email(kind, params, introduction, link):
    """(subject, body) of the email for one event, in the current language."""
    source, target = _names(params)
    if kind == RECEIVED:
        return (_("Introduction request from %(source)s", source=source),
                _("%(source)s asks to be introduced to %(target)s. Their message:\n\n%(message)s\n\n"
                  "Accept or decline the request here:\n%(link)s",
                  source=source, target=target, message=introduction.message, link=link))
    if kind == ACCEPTED:
        return (_("%(target)s accepted your introduction request", target=target),
                _("%(target)s accepted the introduction request of %(source)s. You can now see each other's "
                  "contact details:\n%(link)s", source=source, target=target, link=link))
    if introduction.decline_reason:
        body = _("%(target)s declined the introduction request of %(source)s, with this reason:\n\n"
                 "%(reason)s\n\n%(link)s", source=source, target=target, reason=introduction.decline_reason,
                 link=link)
    else:
        body = _("%(target)s declined the introduction request of %(source)s.\n\n%(link)s",
                 source=source, target=target, link=link)
    return _("%(target)s declined your introduction request", target=target), body


def tell(users, kind, params, introduction):
    """Notify each user in the app, and by email for the mailed kinds, each in their own language."""
    link = absolute_url("introductions.introduction_detail", introduction_id=introduction.id)
    path = urlsplit(link).path
    for user in users:
        notify(user, kind, params, path)
        if kind in MAILED and not _MAIL_OFF.get():
            with force_locale(user.locale or "vi"):
                subject, body = _email(kind, params, introduction, link)
            send_mail(user.email, subject, body)
