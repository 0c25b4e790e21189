"""Human names of listing fields and of revision actions and states, for history pages and mail.

Field names come from the browser forms' own labels, so history speaks the words the edit form uses."""
from flask_babel import lazy_gettext as _l

from ...registry.forms import FORMS, OrganisationForm, PersonForm

ACTION_LABELS = {
    "created": _l("created"), "updated": _l("changed"), "reverted": _l("reverted"), "merged": _l("merged"),
    "imported": _l("imported"), "verified": _l("verified"), "rejected": _l("returned to its owners"),
    "archived": _l("archived"), "member_added": _l("member added"), "member_removed": _l("member removed"),
    "claim_approved": _l("claim approved"), "claim_rejected": _l("claim rejected"),
    "confirmed": _l("data confirmed as current"), "change_approved": _l("change approved"),
    "change_rejected": _l("change rejected"),
}
STATE_LABELS = {
    "applied": _l("published"), "pending": _l("waiting for review"), "rejected": _l("not approved"),
    "reverted": _l("reverted"), "superseded": _l("replaced by a newer proposal"),
}
EXTRA_FIELD_LABELS = {"slug": _l("Address (slug)"), "parent": _l("Part of"), "kind": _l("Profile type")}


def _form_labels():
    labels = {}
    for form in (OrganisationForm, *FORMS.values(), PersonForm):
        for name in dir(form):
            unbound = getattr(form, name, None)
            if hasattr(unbound, "field_class") and unbound.args:
                labels.setdefault(name, unbound.args[0])
    return labels


_LABELS = {}


def field_label(name):
    """The label of a field as its edit form shows it (the field's name when no form has it)."""
    if not _LABELS:
        _LABELS.update(_form_labels())
        _LABELS.update(EXTRA_FIELD_LABELS)
    return _LABELS.get(name, name)


def action_label(action):
    return ACTION_LABELS.get(action, action)


def state_label(state):
    return STATE_LABELS.get(state, state)
