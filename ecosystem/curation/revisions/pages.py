"""What the detail pages and "My listings" show of revisions: the history link and held changes."""
from flask import flash, url_for
from flask_babel import gettext as _

from ...auth.policy import can_view_history
from ...extensions import db
from ...models import Membership, Person, Revision, RevisionState
from .capture import changes_since, pending_fields, pending_revisions
from .diffs import revision_diffs
from .labels import field_label


def history_url(record):
    """The address of a listing's history page."""
    if isinstance(record, Person):
        return url_for("revisions.person_history", slug=record.slug)
    return url_for("revisions.organisation_history", slug=record.slug)


def history_panel(user, record):
    """The panel of a detail page: a link to the history and the changes waiting for review (managers
    and curators only; None hides the panel from everyone else)."""
    if not can_view_history(user, record):
        return None
    pending = pending_revisions(record)
    return {"history_url": history_url(record), "field_label": field_label,
            "pending": [(revision, revision_diffs(revision.changes)) for revision in pending]}


def pending_changes_for(user):
    """The held changes to listings this user manages, newest first (for "My listings"): each with its
    listing, link, when, and (field label, old, new) per field."""
    if not getattr(user, "is_authenticated", False):
        return []
    managed = db.select(Membership.organisation_id).filter_by(user_id=user.id)
    owned = db.select(Person.id).filter_by(owner_id=user.id)
    revisions = db.session.scalars(
        db.select(Revision).filter_by(state=RevisionState.PENDING)
        .where(Revision.organisation_id.in_(managed) | Revision.person_id.in_(owned))
        .order_by(Revision.created_at.desc(), Revision.id.desc()).limit(50)).all()
    return [{"record": revision.record, "url": detail_url(revision.record), "created_at": revision.created_at,
             "fields": [(field_label(d.name), d.old, d.new) for d in revision_diffs(revision.changes)]}
            for revision in revisions]


def detail_url(record):
    """The address of a listing's public page."""
    if isinstance(record, Person):
        return url_for("registry.person_detail", slug=record.slug)
    return url_for("registry.organisation_detail", slug=record.slug)


def conflict_context(record, version_field, err):
    """Template values for an edit form that failed: on a version conflict, the revisions saved since the
    form was opened (field by field), and the form moved to the current version so that saving again
    applies the user's input knowingly. The user's input itself stays in the form."""
    if err.status != 409 or str(version_field.data or "") == str(record.version):
        return {"conflict": False}
    since = changes_since(record, version_field.data)
    version_field.data = record.version
    return {"conflict": True, "conflict_field_label": field_label,
            "conflict_changes": [(revision, revision_diffs(revision.changes)) for revision in since]}


def flash_saved(record):
    """The message after an edit: saved, and which fields (if any) wait for a curator."""
    waiting = pending_fields(record)
    if waiting:
        flash(_("Your changes are saved. Changes to %(fields)s wait for review by a curator before they are "
                "public.", fields=", ".join(str(field_label(name)) for name in waiting)), "info")
    else:
        flash(_("Your changes are saved."), "success")
