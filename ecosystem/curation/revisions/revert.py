"""Curators undo a revision: a new "reverted" revision restores the old values of its fields through the
registry services. Flushes, never commits.

When one of those fields changed again after the revision, reverting would silently throw that later
change away; it is a Conflict naming the fields unless the curator says `force` after seeing them."""
from flask_babel import gettext as _

from ...auth.policy import is_curator
from ...errors import Conflict, NotAllowed
from ...extensions import db
from ...models import RevisionAction, RevisionState
from .capture import record_revision
from .fields import difference, snapshot
from .labels import field_label
from .review import FieldsConflict, apply_values, stale_fields


class RevertConflict(FieldsConflict):
    """Fields of the revision changed again since it was made; `fields` names them."""


def revert_revision(actor, revision, force=False):
    """Restore the old values of the revision's fields; returns the new "reverted" revision."""
    if not is_curator(actor):
        raise NotAllowed(_("Only curators revert changes."))
    if revision.action == RevisionAction.CREATED:
        raise Conflict(_("The creation of a listing cannot be reverted; archive the listing instead."))
    if revision.state != RevisionState.APPLIED:
        raise Conflict(_("Only published changes can be reverted; this one is not."))
    record = revision.record
    later = stale_fields(record, revision.changes, "new")
    if later and not force:
        names = ", ".join(str(field_label(name)) for name in later)
        raise RevertConflict(_("These fields changed again after this revision: %(fields)s. Reverting would "
                               "overwrite the later values; confirm to revert anyway.", fields=names), later)
    before = snapshot(record)
    apply_values(actor, record, {name: change["old"] for name, change in revision.changes.items()})
    undo = record_revision(actor, record, RevisionAction.REVERTED, difference(before, snapshot(record)),
                           reverts=revision)
    revision.state = RevisionState.REVERTED
    db.session.flush()
    return undo
