"""Messages to the people who manage a listing."""
from flask_babel import force_locale
from flask_babel import gettext as _

from ..mail import absolute_url, send_mail


def notify_owners(org, event, reason=None):
    """Tell every member of the organisation that a curator verified or rejected it."""
    link = absolute_url("registry.organisation_detail", slug=org.slug)
    for membership in org.memberships:
        user = membership.user
        with force_locale(user.locale or "vi"):
            if event == "verified":
                subject = _("Your listing %(name)s is verified", name=org.name)
                body = _("%(name)s is now public in the registry:\n%(link)s", name=org.name, link=link)
            else:
                subject = _("Your listing %(name)s needs changes", name=org.name)
                body = _("A curator returned %(name)s with this reason:\n\n%(reason)s\n\n"
                         "Edit it and it goes back for review:\n%(link)s", name=org.name, reason=reason, link=link)
        send_mail(user.email, subject, body)


def notify_claimant(claim):
    """Tell the claimant whether they may now manage the listing."""
    user, org = claim.user, claim.organisation
    link = absolute_url("registry.organisation_detail", slug=org.slug)
    with force_locale(user.locale or "vi"):
        if claim.status == "approved":
            subject = _("You now manage %(name)s", name=org.name)
            body = _("A curator approved your claim. You can edit %(name)s here:\n%(link)s", name=org.name, link=link)
        else:
            subject = _("Your claim on %(name)s was not approved", name=org.name)
            body = _("A curator did not approve your claim on %(name)s, with this reason:\n\n%(reason)s",
                     name=org.name, reason=claim.reason or "")
    send_mail(user.email, subject, body)
