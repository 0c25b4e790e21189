"""What programmes say to people: in-app notifications and emails, each in the reader's language.

Applicants hear about every decision on their application (in the app and by email); the agency's managers
hear about new applications and about the curators' decision on their programme."""
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urlsplit

from flask_babel import force_locale, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ...mail import absolute_url, send_mail
from ...notifications.services import notify, register_kind

APPLICATION_RECEIVED = "programme_application_received"
UNDER_REVIEW = "programme_application_under_review"
ACCEPTED = "programme_application_accepted"
REJECTED = "programme_application_rejected"
PROGRAMME_VERIFIED = "programme_verified"
PROGRAMME_REJECTED = "programme_rejected"
WORDING = {
    APPLICATION_RECEIVED: _l("%(applicant)s applied to %(programme)s."),
    UNDER_REVIEW: _l("The application of %(applicant)s to %(programme)s is under review."),
    ACCEPTED: _l("The application of %(applicant)s to %(programme)s was accepted."),
    REJECTED: _l("The application of %(applicant)s to %(programme)s was not accepted."),
    PROGRAMME_VERIFIED: _l("The programme %(programme)s is verified and public."),
    PROGRAMME_REJECTED: _l("A curator returned the programme %(programme)s for changes."),
}
_quiet = ContextVar("programme_mail_quiet", default=False)


@contextmanager
def in_app_only():
    """Notify in the app but send no email (the demo loader: its accounts have no real inboxes)."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)


def _wording(kind):
    def describe(params):
        english = str(get_locale()) == "en"
        programme = (params.get("programme_en") if english else None) or params.get("programme") or "?"
        return str(WORDING[kind]) % {"programme": programme, "applicant": params.get("applicant") or "?"}
    return describe


def register_kinds(app):
    """Teach the notification list how to word each programme event."""
    for kind in WORDING:
        register_kind(app, kind, _wording(kind))


def _send(users, kind, params, endpoint, values, mail_body=None):
    link = absolute_url(endpoint, **values)
    seen = set()
    for user in users:
        if user is None or user.id in seen:
            continue
        seen.add(user.id)
        notify(user, kind, params, urlsplit(link).path)
        if mail_body is not None and not _quiet.get():
            with force_locale(user.locale or "vi"):
                subject = _wording(kind)(params)
                send_mail(user.email, subject, mail_body(params) + "\n\n" + link)


def _programme_params(programme, **extra):
    return {"programme": programme.title, "programme_en": programme.title_en, **extra}


def applicant_name(application):
    """The applying organisation's name or the researcher's display name."""
    if application.organisation is not None:
        return application.organisation.name
    return application.person.display_name


def applicant_users(application):
    """Who hears about an application's decisions: the applicant's managers and the person who applied."""
    applicant = application.organisation or application.person
    users = [m.user for m in applicant.memberships] if application.organisation else [applicant.owner]
    return users + [application.submitted_by]


def agency_users(programme):
    """The agency's members, who hear about new applications."""
    return [m.user for m in programme.agency.memberships]


def tell_applicant(application, kind):
    """Tell the applicant's side about a decision, in the app and by email."""
    params = _programme_params(application.programme, applicant=applicant_name(application))

    def body(values):
        text = _wording(kind)(values)
        if application.decision_note:
            text += "\n\n" + _("Note from the agency:") + "\n" + application.decision_note
        return text

    _send(applicant_users(application), kind, params, "programmes.programme_detail",
          {"slug": application.programme.slug}, body)


def tell_agency_of_application(application):
    """Tell the agency's managers (in the app) that an application or an interest arrived."""
    params = _programme_params(application.programme, applicant=applicant_name(application))
    _send(agency_users(application.programme), APPLICATION_RECEIVED, params, "programmes.applications_page",
          {"slug": application.programme.slug})


def tell_agency(programme, kind, reason=None):
    """Tell the agency's managers that a curator verified or returned their programme."""
    def body(values):
        text = _wording(kind)(values)
        return text + ("\n\n" + reason if reason else "")

    _send(agency_users(programme), kind, _programme_params(programme), "programmes.programme_detail",
          {"slug": programme.slug}, body)
