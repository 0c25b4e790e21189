"""Curators approve or reject the held changes to verified listings. Flushes, never commits.

Approving applies the proposed values through the registry services. If the listing's fields changed
since the change was proposed, approving would overwrite someone else's work: that is a Conflict the
curator sees (with the fields named), never a silent overwrite."""
from flask_babel import force_locale
from flask_babel import gettext as _

from ...auth.policy import can_review_change, is_curator
from ...errors import Conflict, Invalid, NotAllowed
from ...extensions import db
from ...mail import absolute_url, send_mail
from ...models import AuditEvent, Person, RevisionState, utcnow
from ...registry.organisations import apply_organisation_changes
from ...registry.people import apply_person_changes
from ...registry.schema import MAX_REASON, rejection_reason
from ...text import clean_text
from .fields import same, snapshot
from .labels import field_label


class FieldsConflict(Conflict):
    """The named fields changed meanwhile; `errors` maps each to a message (the API shows them)."""

    def __init__(self, message, fields):
        super().__init__(message)
        self.fields = fields
        self.errors = {name: _("Changed since.") for name in fields}


def _check_reviewable(actor, revision):
    if not is_curator(actor) or not can_review_change(actor, revision):
        raise NotAllowed(_("Curators review changes, but never to a listing they manage or their own."))
    if revision.state != RevisionState.PENDING:
        raise Conflict(_("This change has been decided already."))


def apply_values(actor, record, data):
    """Apply values in the services' input vocabulary to an organisation or a person."""
    if isinstance(record, Person):
        return apply_person_changes(actor, record, data)
    return apply_organisation_changes(actor, record, data)


def stale_fields(record, changes, key):
    """Fields whose current value is no longer the revision's `key` value ("old" or "new")."""
    current = snapshot(record)
    return [name for name, change in sorted(changes.items()) if not same(name, current.get(name), change[key])]


def approve_change(actor, revision):
    """Apply a held change; a Conflict when the listing's fields changed since it was proposed."""
    _check_reviewable(actor, revision)
    record = revision.record
    stale = stale_fields(record, revision.changes, "old")
    if stale:
        raise FieldsConflict(_("The listing changed since this was proposed (%(fields)s). Reject it and ask for a "
                               "new edit, or edit the listing yourself.",
                               fields=", ".join(str(field_label(f)) for f in stale)), stale)
    apply_values(actor, record, {name: change["new"] for name, change in revision.changes.items()})
    revision.state, revision.reviewer_id, revision.reviewed_at = RevisionState.APPLIED, actor.id, utcnow()
    revision.record_version = record.version
    _audit(actor, "change_approved", revision)
    db.session.flush()
    notify_change_decision(revision)
    return revision


def reject_change(actor, revision, reason):
    """Refuse a held change with a reason for its author; the listing keeps its values."""
    _check_reviewable(actor, revision)
    reason = rejection_reason(clean_text(reason or ""))
    revision.state, revision.reviewer_id, revision.reviewed_at = RevisionState.REJECTED, actor.id, utcnow()
    revision.review_reason = reason
    _audit(actor, "change_rejected", revision, reason=reason)
    db.session.flush()
    notify_change_decision(revision)
    return revision


def _audit(actor, action, revision, **details):
    db.session.add(AuditEvent(actor_id=getattr(actor, "id", None), action=action, target_type=revision.record_type,
                              target_id=revision.record.id, details={"revision": revision.id, **details}))


def managers_of(record):
    """The users who manage a listing: an organisation's members, a profile's owner."""
    if isinstance(record, Person):
        return [record.owner] if record.owner is not None else []
    return [membership.user for membership in record.memberships]


def notify_change_decision(revision):
    """Tell the listing's managers, each in their language, whether a held change went live."""
    record = revision.record
    person = isinstance(record, Person)
    name = record.full_name if person else record.name
    link = absolute_url("registry.person_detail" if person else "registry.organisation_detail", slug=record.slug)
    for user in managers_of(record):
        with force_locale(user.locale or "vi"):
            fields = ", ".join(str(field_label(field)) for field in revision.fields)
            if revision.state == RevisionState.APPLIED:
                subject = _("Your change to %(name)s is published", name=name)
                body = _("A curator approved your change to %(name)s (%(fields)s):\n%(link)s",
                         name=name, fields=fields, link=link)
            else:
                subject = _("Your change to %(name)s was not approved", name=name)
                body = _("A curator did not approve your change to %(name)s (%(fields)s), with this reason:\n\n"
                         "%(reason)s\n\n%(link)s", name=name, fields=fields, reason=revision.review_reason, link=link)
        send_mail(user.email, subject, body)
