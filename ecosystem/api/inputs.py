"""Reading API input: JSON bodies, the optimistic-lock version, paging and small action bodies.

Bad input of any shape becomes `Invalid` (400) with a readable message, never a server error."""
from flask import current_app, request
from flask_babel import gettext as _

from ..errors import Invalid
from ..models import ClaimStatus, OrgRole
from ..pagination import MAX_PER_PAGE, parse_positive_int
from ..registry import schema as s

MAX_PAGE = 10 ** 6
CLAIM_STATUSES = (ClaimStatus.PENDING, ClaimStatus.APPROVED, ClaimStatus.REJECTED)

# Bodies of the action endpoints, declared with the same rules as the listings so that the
# OpenAPI document is built from exactly what is validated.
ACTION_RULES = {
    "decision": {},
    "rejection": {"reason": s.Markdown(2000)},
    "claim": {"message": s.Markdown(2000)},
    "member": {"email": s.Line(254, required=True), "role": s.Choice(OrgRole.ALL)},
    "affiliation": {"organisation": s.Line(90, required=True), "role": s.Line(200), "is_current": s.Flag()},
}
ACTION_DEFAULTS = {"affiliation": {"is_current": True}}


def json_body(allow_empty=False):
    """The request body as a JSON object (dict); an empty body is `{}` when `allow_empty`."""
    if allow_empty and not request.get_data(cache=True).strip():
        return {}
    if not request.is_json:
        raise Invalid(_("Send a JSON object with the header 'Content-Type: application/json'."))
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # absurdly deep nesting is bad input too
        data = None
    if data is None:
        raise Invalid(_("The request body is not valid JSON."))
    if not isinstance(data, dict):
        found = _("an array") if isinstance(data, list) else _("a single value")
        raise Invalid(_("The request body must be a JSON object, not %(found)s.", found=found))
    return data


def split_version(body):
    """(version, other fields): PATCH bodies must say which version of the record they change."""
    if "version" not in body:
        raise Invalid(_("Send the 'version' of the record you read, so no one's changes are overwritten."), "version")
    raw = body["version"]
    if isinstance(raw, str) and raw.strip().isdigit() and len(raw.strip()) < 10:
        raw = int(raw.strip())
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise Invalid(_("The version must be a whole number."), "version")
    return raw, {key: value for key, value in body.items() if key != "version"}


def checked_shapes(rules, data):
    """`data` if its JSON types fit the rules; the rules themselves would turn an object into text.

    Only lists may go to list fields (of plain values), and no field takes an object."""
    errors = {}
    for name, value in data.items():
        rule = rules.get(name)
        if isinstance(rule, s.ListOf):
            items = value if isinstance(value, list) else [value]
            if any(isinstance(item, (dict, list)) for item in items):
                errors[name] = _("Give a list of plain values.")
        elif rule is not None and isinstance(value, (dict, list)):
            errors[name] = _("Give a single value, not a list or an object.")
    if errors:
        raise Invalid(_("Some fields need attention: %(fields)s.", fields=", ".join(sorted(errors))), errors=errors)
    return data


def creation_input(rules_for_kind):
    """(kind, fields) of a body that creates a record of some kind."""
    body = json_body()
    kind = body.get("kind")
    rules = rules_for_kind(kind) if isinstance(kind, str) else {}
    return kind, checked_shapes(rules, {key: value for key, value in body.items() if key != "kind"})


def update_input(rules):
    """(version, fields) of a PATCH body."""
    version, data = split_version(json_body())
    return version, checked_shapes(rules, data)


def action_input(name):
    """The cleaned body of an action endpoint (unknown fields refused, defaults applied)."""
    body = checked_shapes(ACTION_RULES[name], json_body(allow_empty=True))
    return s.clean_input(ACTION_RULES[name], {**ACTION_DEFAULTS.get(name, {}), **body})


def page_args():
    """(page, per_page) from the query string; bad numbers are Invalid."""
    page = parse_positive_int(request.args.get("page"), "page", 1, maximum=MAX_PAGE)
    per_page = parse_positive_int(request.args.get("per_page"), "per_page", current_app.config["PER_PAGE"],
                                  maximum=MAX_PER_PAGE)
    return page, per_page


def claim_status_arg():
    """The `status` filter of the claims list (pending by default)."""
    status = request.args.get("status") or ClaimStatus.PENDING
    if status not in CLAIM_STATUSES:
        raise Invalid(_("Status must be one of: %(values)s.", values=", ".join(CLAIM_STATUSES)), "status")
    return status
