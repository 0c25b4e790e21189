"""Messages to the people who manage an offer or a need when a curator decides on it."""
from flask_babel import force_locale
from flask_babel import gettext as _

from ..mail import absolute_url, send_mail


def managers_of(listing):
    """The users who manage the listing: the organisation's members, or the profile's owner."""
    publisher = listing.publisher
    if hasattr(publisher, "memberships"):
        return [m.user for m in publisher.memberships]
    return [publisher.owner] if publisher.owner is not None else []


def notify_managers(listing, event, reason=None):
    """Tell the managers that a curator verified or rejected their offer or need."""
    link = absolute_url(f"exchange.{listing.kind}_detail", slug=listing.slug)
    for user in managers_of(listing):
        with force_locale(user.locale or "vi"):
            if event == "verified":
                subject = _("Your listing %(name)s is verified", name=listing.title)
                body = _("%(name)s is now public in the registry:\n%(link)s", name=listing.title, link=link)
            else:
                subject = _("Your listing %(name)s needs changes", name=listing.title)
                body = _("A curator returned %(name)s with this reason:\n\n%(reason)s\n\n"
                         "Edit it and it goes back for review:\n%(link)s", name=listing.title, reason=reason,
                         link=link)
        send_mail(user.email, subject, body)
