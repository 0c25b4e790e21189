"""The weekly alert list: listings whose data was not confirmed for FRESHNESS_DAYS, and the reminders
mailed to their owners (each in their own language) with a one-click confirmation link."""
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import force_locale, format_date
from flask_babel import gettext as _
from sqlalchemy import func

from ...exports import write_csv
from ...extensions import db
from ...mail import absolute_url, send_mail
from ...models import Organisation, Person, Status, utcnow
from .facts import freshness_rules, last_confirmed
from .scoring import PERSON, age_in_days
from .services import listing_type, make_confirm_token

# Listings whose quality is watched: public ones and those waiting for review (not drafts, rejected or archived).
WATCHED = (Status.VERIFIED, Status.PENDING)


@dataclass(frozen=True)
class Alert:
    """One listing on the alert list."""

    listing: object
    last_confirmed: datetime
    days: int
    suggest_archiving: bool

    @property
    def type(self):
        return listing_type(self.listing)

    @property
    def kind(self):
        return PERSON if self.type == PERSON else self.listing.kind

    @property
    def name(self):
        return getattr(self.listing, "name", None) or self.listing.display_name

    @property
    def recipients(self):
        """The active users who manage the listing (every member of an organisation, a profile's owner)."""
        if isinstance(self.listing, Person):
            users = [self.listing.owner] if self.listing.owner is not None else []
        else:
            users = [membership.user for membership in self.listing.memberships]
        return [user for user in users if user.active]


def _stale(model, cutoff):
    confirmed = func.coalesce(model.confirmed_at, model.created_at)
    return db.session.scalars(db.select(model).where(model.status.in_(WATCHED), confirmed <= cutoff)
                              .order_by(confirmed, model.id)).all()


def alert_list(now=None):
    """Every watched listing not confirmed for FRESHNESS_DAYS, longest silent first."""
    now, rules = now or utcnow(), freshness_rules()
    cutoff = now - timedelta(days=rules.stale_days)
    alerts = []
    for model in (Organisation, Person):
        for listing in _stale(model, cutoff):
            confirmed = last_confirmed(listing)
            days = age_in_days(confirmed, now)
            alerts.append(Alert(listing, confirmed, days, days >= rules.archive_days))
    return sorted(alerts, key=lambda alert: (-alert.days, alert.type, alert.listing.id))


def _listing_url(alert):
    if alert.type == PERSON:
        return absolute_url("registry.person_detail", slug=alert.listing.slug)
    return absolute_url("registry.organisation_detail", slug=alert.listing.slug)


def reminder_text(user, alerts):
    """(subject, body) of one user's reminder, in the current language."""
    subject = _("Please confirm your data in the Hanoi innovation registry")
    parts = [_("Hello %(name)s,", name=user.name), "",
             _("The city keeps the registry correct and live. Please check that these listings are still "
               "current, and confirm them with one click (or edit them if something changed):"), ""]
    for alert in alerts:
        parts += [f"- {alert.name}",
                  "  " + _("Last confirmed: %(date)s", date=format_date(alert.last_confirmed)),
                  "  " + _("Confirm: %(link)s", link=absolute_url(
                      "curation.confirm_link", token=make_confirm_token(alert.listing, user))),
                  "  " + _("Edit: %(link)s", link=_listing_url(alert)), ""]
    parts.append(_("Listings nobody confirms for a year may be archived by the city's curators."))
    return subject, "\n".join(parts)


def send_reminders(alerts):
    """Mail every recipient one reminder listing all their stale listings; returns how many were mailed."""
    by_user = {}
    for alert in alerts:
        for user in alert.recipients:
            by_user.setdefault(user.id, (user, []))[1].append(alert)
    for user, items in by_user.values():
        with force_locale(user.locale or "vi"):
            subject, body = reminder_text(user, items)
        send_mail(user.email, subject, body)
    return len(by_user)


CSV_COLUMNS = ("type", "kind", "slug", "name", "status", "last_confirmed", "days", "suggest_archiving", "owners",
               "url")


def alert_rows(alerts):
    """The alert list as rows of CSV_COLUMNS (owners' emails included: the file is for city staff)."""
    for alert in alerts:
        yield {"type": alert.type, "kind": alert.kind, "slug": alert.listing.slug, "name": alert.name,
               "status": alert.listing.status, "last_confirmed": alert.last_confirmed.date().isoformat(),
               "days": alert.days, "suggest_archiving": "yes" if alert.suggest_archiving else "no",
               "owners": "; ".join(user.email for user in alert.recipients), "url": _listing_url(alert)}


def write_alert_csv(alerts, stream):
    """Write the alert list as CSV to a text stream."""
    write_csv(alert_rows(alerts), CSV_COLUMNS, stream)
