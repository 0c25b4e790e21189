"""Partnerships through the API: list with filters, read, create, change, partners, decisions, suggestions.

The keys written here are the properties of the schemas in `openapi_partnerships.py`."""
from flask import request, url_for
from flask_babel import gettext as _

from ..auth.policy import API_TOKEN, can_edit_partnership, policy
from ..collaboration.partnerships import services, suggestions
from ..collaboration.partnerships.listings import parse_partnership_filters, partnership_query, partnerships_of
from ..collaboration.partnerships.lookups import partner_in, visible_partnership
from ..collaboration.partnerships.rules import PARTNER_RULES, PARTNERSHIP_RULES
from ..errors import Invalid
from ..pagination import paginate
from ..registry.lookups import visible_organisation
from . import bp, serializers
from .access import api_user, curator_user, signed_in_user
from .inputs import action_input, checked_shapes, json_body, page_args, update_input
from .serializers import organisation_link, timestamp

MAX_PARTNERS = 30


def partner_item(partner):
    """One partner: which organisation, in which role, bringing what."""
    return {"id": partner.id, "organisation": organisation_link(partner.organisation), "role": partner.role,
            "contribution": partner.contribution}


def partnership_summary(partnership, user=None):
    """What a list shows of a partnership (partners that are not public only to its editors)."""
    editing = user is not None and can_edit_partnership(user, partnership)
    return {
        "slug": partnership.slug, "title": partnership.title, "title_en": partnership.title_en,
        "status": partnership.status, "is_sample": partnership.is_sample,
        "partnership_kind": partnership.partnership_kind, "phase": partnership.phase,
        "funding_vnd": partnership.funding_vnd,
        "starts_on": partnership.starts_on.isoformat() if partnership.starts_on else None,
        "ends_on": partnership.ends_on.isoformat() if partnership.ends_on else None,
        "zone": partnership.zone.slug if partnership.zone is not None else None,
        "technologies": [t.code for t in partnership.technologies],
        "partners": [partner_item(p) for p in partnership.partners if editing or p.organisation.is_public],
        "missing_roles": list(partnership.missing_roles), "is_complete": not partnership.missing_roles,
        "updated_at": timestamp(partnership.updated_at),
        "url": url_for("api.partnership_detail", slug=partnership.slug, _external=True),
    }


def partnership_detail_json(partnership, user):
    """The whole partnership as this user may see it (the status reason only to its editors and curators)."""
    return {
        **partnership_summary(partnership, user), "goals": partnership.goals, "goals_en": partnership.goals_en,
        "outcomes": partnership.outcomes, "funding_note": partnership.funding_note,
        "programme": partnership.programme.slug if partnership.programme is not None else None,
        "sectors": [s.code for s in partnership.sectors], "tags": [t.name for t in partnership.tags],
        "status_reason": partnership.status_reason if can_edit_partnership(user, partnership) else None,
        "version": partnership.version, "created_at": timestamp(partnership.created_at),
        "verified_at": timestamp(partnership.verified_at),
        "html_url": url_for("partnerships.partnership_detail", slug=partnership.slug, _external=True),
    }


def _partner_inputs(body):
    """The `partners` of a create body: a list of objects with the partner fields."""
    partners = body.pop("partners", [])
    if not isinstance(partners, list) or len(partners) > MAX_PARTNERS or \
            not all(isinstance(item, dict) for item in partners):
        raise Invalid(_("'partners' must be a list of at most %(n)s objects with 'organisation', 'role' and "
                        "'contribution'.", n=MAX_PARTNERS), "partners")
    return [checked_shapes(PARTNER_RULES, item) for item in partners]


@bp.get("/partnerships")
@policy(API_TOKEN)
def partnership_list():
    """Partnerships the caller may see, with the listing page's filters."""
    user = api_user()
    page = paginate(partnership_query(user, parse_partnership_filters(request.args, user)), *page_args())
    return serializers.page_of(page, lambda item: partnership_summary(item, user))


@bp.post("/partnerships")
@policy(API_TOKEN)
def partnership_create():
    """A new partnership with its first partners (members: including an organisation they manage)."""
    user = signed_in_user()
    body = json_body()
    partners = _partner_inputs(body)
    partnership = services.create_partnership(user, checked_shapes(PARTNERSHIP_RULES, body), partners)
    location = url_for("api.partnership_detail", slug=partnership.slug, _external=True)
    return partnership_detail_json(partnership, user), 201, {"Location": location}


@bp.get("/partnerships/<slug>")
@policy(API_TOKEN)
def partnership_detail(slug):
    """One partnership the caller may see."""
    user = api_user()
    return partnership_detail_json(visible_partnership(user, slug), user)


@bp.patch("/partnerships/<slug>")
@policy(API_TOKEN)
def partnership_update(slug):
    """Change the fields sent; `version` must be the one read (else 409)."""
    user = signed_in_user()
    partnership = visible_partnership(user, slug)
    version, data = update_input(PARTNERSHIP_RULES)
    services.update_partnership(user, partnership, data, expected_version=version)
    return partnership_detail_json(partnership, user)


@bp.post("/partnerships/<slug>/partners")
@policy(API_TOKEN)
def partnership_partner_add(slug):
    """Add an organisation in a role that fits its kind (the partnership's editors, curators)."""
    user = signed_in_user()
    partnership = visible_partnership(user, slug)
    partner = services.add_partner(user, partnership, checked_shapes(PARTNER_RULES, json_body()))
    return partner_item(partner), 201


@bp.delete("/partnerships/<slug>/partners/<int:partner_id>")
@policy(API_TOKEN)
def partnership_partner_remove(slug, partner_id):
    """Remove one partner (one role of one organisation)."""
    user = signed_in_user()
    partnership = visible_partnership(user, slug)
    services.remove_partner(user, partnership, partner_in(partnership, partner_id))
    return "", 204


@bp.post("/partnerships/<slug>/verify")
@policy(API_TOKEN)
def partnership_verify(slug):
    """Curators make a partnership public (never one in which they manage a partner)."""
    user = curator_user()
    partnership = visible_partnership(user, slug)
    action_input("decision")
    services.verify_partnership(user, partnership)
    return partnership_detail_json(partnership, user)


@bp.post("/partnerships/<slug>/reject")
@policy(API_TOKEN)
def partnership_reject(slug):
    """Curators return a partnership to its partners with a reason."""
    user = curator_user()
    partnership = visible_partnership(user, slug)
    services.reject_partnership(user, partnership, action_input("rejection")["reason"])
    return partnership_detail_json(partnership, user)


@bp.post("/partnerships/<slug>/archive")
@policy(API_TOKEN)
def partnership_archive(slug):
    """Withdraw a partnership (its editors or curators)."""
    user = signed_in_user()
    partnership = visible_partnership(user, slug)
    action_input("decision")
    services.archive_partnership(user, partnership)
    return partnership_detail_json(partnership, user)


@bp.get("/partnerships/<slug>/suggestions")
@policy(API_TOKEN)
def partnership_suggestions(slug):
    """Verified organisations ranked for one role (default: the first missing one), with scores and reasons."""
    user = api_user()
    partnership = visible_partnership(user, slug)
    role = suggestions.parse_role(request.args.get("role"), partnership)
    limit = suggestions.parse_limit(request.args.get("limit"))
    ranked = suggestions.suggest_partners(partnership, role, limit)
    return {"partnership": partnership.slug, "role": role, "items": [
        {**organisation_link(org), "html_url": url_for("registry.organisation_detail", slug=org.slug, _external=True),
         **match.as_dict()} for org, match in ranked]}


@bp.get("/organisations/<slug>/partnerships")
@policy(API_TOKEN)
def organisation_partnerships(slug):
    """The partnerships an organisation is in, with its role(s) in each."""
    user = api_user()
    org = visible_organisation(user, slug)
    return {"organisation": org.slug, "items": [
        {"partnership": partnership_summary(partnership, user), "roles": roles}
        for partnership, roles in partnerships_of(user, org)]}
