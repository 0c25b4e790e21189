"""What a curator's decision on a lab, partnership or zone project tells the people who manage the listing:
an unread notification linking to the listing's page, and an email in each reader's language (with the
curator's reason when the listing was returned).

Each domain declares one `DecisionNotices` in its own `messages` module (its wording, its managers, its page);
this module holds what they share. Programmes keep their own (older) copy in collaboration/programmes/messages.py."""
from urllib.parse import urlsplit

from flask_babel import force_locale, get_locale
from flask_babel import gettext as _

from ..mail import absolute_url, send_mail
from ..notifications.services import notify, register_kind


def listing_params(name, name_en=None):
    """The stored parameters of a decision notice: the listing's name, and its English name when it has one."""
    return {"name": name, "name_en": name_en}


def wording(template):
    """`describe(params)` for a sentence with `%(name)s`: the English name for English readers when there is one."""
    def describe(params):
        english = str(get_locale()) == "en"
        name = (params.get("name_en") if english else None) or params.get("name") or "?"
        return str(template) % {"name": name}
    return describe


def register_wording(app, templates):
    """Teach the notification list how to word each kind of `templates` ({kind: lazy sentence})."""
    for kind, template in templates.items():
        register_kind(app, kind, wording(template))


def unique_users(users):
    """The users once each, in order, without the missing ones (a lab with no manager account)."""
    seen, unique = set(), []
    for user in users:
        if user is None or user.id in seen:
            continue
        seen.add(user.id)
        unique.append(user)
    return unique


def tell_managers(users, kind, template, params, endpoint, values, reason=None):
    """Notify each of `users` once (kind, params, a link to `endpoint(**values)`) and email them the sentence,
    the curator's `reason` when given, and the link, each in the reader's own language."""
    link = absolute_url(endpoint, **values)
    describe = wording(template)
    for user in unique_users(users):
        notify(user, kind, params, urlsplit(link).path)
        with force_locale(user.locale or "vi"):
            subject = describe(params)
            body = subject
            if reason:
                body += "\n\n" + _("The curator's reason:") + "\n" + reason
            send_mail(user.email, subject, body + "\n\n" + link)


class DecisionNotices:
    """The two notices of one kind of listing, `<prefix>_verified` and `<prefix>_rejected`: their sentences
    (with `%(name)s`), `managers(listing)` (the users told), the `endpoint` of the listing's page (by slug)
    and `names(listing)` -> (name, English name)."""

    def __init__(self, prefix, verified, rejected, managers, endpoint, names):
        self.kinds = {"verified": f"{prefix}_verified", "rejected": f"{prefix}_rejected"}
        self.wording = {self.kinds["verified"]: verified, self.kinds["rejected"]: rejected}
        self.managers, self.endpoint, self.names = managers, endpoint, names

    def register(self, app):
        """Teach the notification list how to word both notices."""
        register_wording(app, self.wording)

    def verified(self, listing):
        """Tell the managers that a curator made the listing public."""
        self._tell(listing, "verified")

    def rejected(self, listing, reason):
        """Tell the managers that a curator returned the listing, with the curator's reason."""
        self._tell(listing, "rejected", reason)

    def _tell(self, listing, event, reason=None):
        kind = self.kinds[event]
        tell_managers(self.managers(listing), kind, self.wording[kind], listing_params(*self.names(listing)),
                      self.endpoint, {"slug": listing.slug}, reason=reason)
