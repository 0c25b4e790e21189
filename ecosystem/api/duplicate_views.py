"""Duplicates through the API: the curators' queue, "not duplicates", merging, and a check for clients
before they create an organisation."""
from flask import jsonify, request, url_for
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, policy
from ..curation.duplicates.detection import dismiss_pair, duplicate_page, find_listing, likely_duplicates
from ..curation.duplicates.labels import evidence_text
from ..curation.duplicates.merge import merge_organisations, merge_people
from ..errors import Invalid
from ..extensions import db
from ..models import Kind, Province, RecordType
from ..registry import schema as s
from ..registry.organisations import rules_for
from . import bp, serializers
from .access import api_user, curator_user
from .inputs import checked_shapes, json_body, page_args

CHECK_RULES = {"name": s.Line(200), "name_en": s.Line(200), "website": s.Line(300), "email": s.Line(254),
               "tax_code": s.Line(20), "province": s.Line(64)}
PAIR_RULES = {"kind": s.Line(12, required=True), "first": s.Line(90, required=True),
              "second": s.Line(90, required=True)}
MERGE_KEYS = ("kind", "survivor", "loser", "fields", "survivor_version", "loser_version")


def listing_link(record_type, profile):
    """Name and addresses of one listing of a pair."""
    endpoint = "organisation" if record_type == RecordType.ORGANISATION else "person"
    name = getattr(profile, "name", None) or getattr(profile, "full_name", "")
    return {"type": record_type, "slug": profile.slug, "name": name, "status": profile.status,
            "html_url": url_for(f"registry.{endpoint}_detail", slug=profile.slug, _external=True),
            "api_url": url_for(f"api.{'organisation' if endpoint == 'organisation' else 'person'}_detail",
                               slug=profile.slug, _external=True)}


def evidence_of(pair):
    return [{"code": item.code, "weight": item.weight, "strong": item.strong, "value": item.value,
             "message": evidence_text(item)} for item in pair.evidence]


def pair_json(pair):
    """One likely duplicate pair."""
    return {"kind": pair.record_type, "confidence": pair.confidence, "strong": pair.strong,
            "evidence": evidence_of(pair), "first": listing_link(pair.record_type, pair.first),
            "second": listing_link(pair.record_type, pair.second)}


def candidate_json(pair):
    """An existing organisation a new one may duplicate."""
    return {**listing_link(RecordType.ORGANISATION, pair.second), "confidence": pair.confidence,
            "strong": pair.strong, "evidence": evidence_of(pair)}


def duplicate_conflict(candidates):
    """409 naming the likely duplicates; the client repeats the request with `"confirm_new": true`."""
    message = _("This organisation may already be listed. If it is a different one, send the request again "
                "with \"confirm_new\": true.")
    response = jsonify(error={"status": 409, "message": message, "errors": {},
                              "candidates": [candidate_json(pair) for pair in candidates]})
    response.status_code = 409
    return response


@bp.get("/duplicates/check")
@policy(API_TOKEN)
def duplicate_check():
    """Organisations the caller may see that an organisation with these fields would duplicate."""
    user = api_user()
    data = s.clean_input(CHECK_RULES, {key: request.args.get(key) for key in CHECK_RULES})
    if not any(data.values()):
        raise Invalid(_("Give at least one of: %(fields)s.", fields=", ".join(CHECK_RULES)))
    if data["province"] and db.session.scalar(db.select(Province.id).filter_by(code=data["province"])) is None:
        raise Invalid(_("Unknown province code '%(code)s'.", code=data["province"]), "province")
    candidates = likely_duplicates(user, data)
    return {"items": [candidate_json(pair) for pair in candidates],
            "strong": any(pair.strong for pair in candidates)}


@bp.get("/curation/duplicates")
@policy(API_TOKEN)
def curation_duplicates():
    """Likely duplicate pairs with their evidence, most likely first (curators); `kind`: organisation or person."""
    curator_user()
    kind = request.args.get("kind") or RecordType.ORGANISATION
    if kind not in RecordType.ALL:
        raise Invalid(_("Kind must be one of: %(values)s.", values=", ".join(RecordType.ALL)), "kind")
    page = duplicate_page(kind, *page_args())
    return serializers.page_of(page, pair_json)


@bp.post("/curation/duplicates/dismiss")
@policy(API_TOKEN)
def curation_duplicates_dismiss():
    """Mark two listings as not duplicates; the pair is never proposed again."""
    user = curator_user()
    data = s.clean_input(PAIR_RULES, checked_shapes(PAIR_RULES, json_body()))
    first = find_listing(data["kind"], data["first"], "first")
    second = find_listing(data["kind"], data["second"], "second")
    dismiss_pair(user, data["kind"], first, second)
    return {"kind": data["kind"], "first": first.slug, "second": second.slug}, 201


@bp.post("/curation/merge")
@policy(API_TOKEN)
def curation_merge():
    """Merge `loser` into `survivor`, taking each field in `fields` from the side named; returns the survivor."""
    user = curator_user()
    body = json_body()
    unknown = sorted(set(body) - set(MERGE_KEYS))
    if unknown:
        raise Invalid(_("Some fields need attention: %(fields)s.", fields=", ".join(unknown)),
                      errors={key: _("Unknown field.") for key in unknown})
    kind = body.get("kind")
    if kind not in RecordType.ALL:
        raise Invalid(_("Kind must be one of: %(values)s.", values=", ".join(RecordType.ALL)), "kind")
    survivor = find_listing(kind, body.get("survivor"), "survivor")
    loser = find_listing(kind, body.get("loser"), "loser")
    old_slug = loser.slug
    merge = merge_organisations if kind == RecordType.ORGANISATION else merge_people
    moved = merge(user, survivor, loser, body.get("fields"), survivor_version=body.get("survivor_version"),
                  loser_version=body.get("loser_version"))
    detail = serializers.organisation_detail(survivor, user) if kind == RecordType.ORGANISATION \
        else serializers.person_detail(survivor, user)
    return {"survivor": detail, "redirected": old_slug, "moved": moved}


def duplicate_conflict_for(user, kind, data):
    """The 409 answer when a new organisation has strong evidence of being listed already, else None.

    Takes `confirm_new` out of `data`; invalid input is reported (400) before any duplicate check."""
    confirm = data.pop("confirm_new", False)
    if not isinstance(confirm, bool):
        raise Invalid(_("'confirm_new' must be true or false."), "confirm_new")
    confirm = confirm or request.args.get("confirm_new", "").lower() in ("true", "1", "yes")
    if confirm or kind not in Kind.ALL:
        return None
    candidates = likely_duplicates(user, s.clean_input(rules_for(kind), data), strong_only=True)
    return duplicate_conflict(candidates) if candidates else None
