"""Introductions through the API: ask, list the boxes, read one, move it on; and the curators' funnel."""
from flask import request

from ..auth.policy import API_TOKEN, policy
from ..introductions import serializers, services
from ..introductions.funnel import funnel_report, report_json
from ..introductions.queries import box_query, visible_introduction
from ..pagination import paginate
from ..registry import schema as s
from . import bp
from .access import curator_user, signed_in_user
from .inputs import checked_shapes, json_body, page_args
from .serializers import page_of

INTRODUCTION_RULES = {"source": s.Line(120), "target": s.Line(120, required=True),
                      "message": s.Markdown(services.MAX_MESSAGE)}
DECLINE_RULES = {"reason": s.Markdown(services.MAX_REASON)}


def _input(rules):
    return s.clean_input(rules, checked_shapes(rules, json_body(allow_empty=True)))


@bp.post("/introductions")
@policy(API_TOKEN)
def introduction_create():
    """Ask for an introduction; the match score is computed by the server."""
    user = signed_in_user()
    data = _input(INTRODUCTION_RULES)
    item = services.request_introduction(user, data["source"], data["target"], data["message"])
    return serializers.introduction(user, item), 201


@bp.get("/introductions")
@policy(API_TOKEN)
def introduction_list():
    """The caller's received (default) or sent introductions, newest first."""
    user = signed_in_user()
    statement = box_query(user, request.args.get("box") or "received", request.args.get("status") or None)
    return page_of(paginate(statement, *page_args()), lambda item: serializers.introduction(user, item))


@bp.get("/introductions/<int:introduction_id>")
@policy(API_TOKEN)
def introduction_detail(introduction_id):
    """One introduction of the caller's (either side)."""
    user = signed_in_user()
    return serializers.introduction(user, visible_introduction(user, introduction_id))


def _act(introduction_id, action, **kwargs):
    user = signed_in_user()
    item = visible_introduction(user, introduction_id)
    services.ACTIONS[action](user, item, **kwargs)
    return serializers.introduction(user, item)


@bp.post("/introductions/<int:introduction_id>/accept")
@policy(API_TOKEN)
def introduction_accept(introduction_id):
    """The target's side accepts; contacts are shared."""
    _input({})
    return _act(introduction_id, "accept")


@bp.post("/introductions/<int:introduction_id>/decline")
@policy(API_TOKEN)
def introduction_decline(introduction_id):
    """The target's side declines, with an optional reason."""
    data = _input(DECLINE_RULES)
    return _act(introduction_id, "decline", reason=data["reason"] or None)


@bp.post("/introductions/<int:introduction_id>/withdraw")
@policy(API_TOKEN)
def introduction_withdraw(introduction_id):
    """The requester's side withdraws an open request."""
    _input({})
    return _act(introduction_id, "withdraw")


@bp.post("/introductions/<int:introduction_id>/met")
@policy(API_TOKEN)
def introduction_met(introduction_id):
    """Either side records that the parties met."""
    _input({})
    return _act(introduction_id, "met")


@bp.post("/introductions/<int:introduction_id>/agreed")
@policy(API_TOKEN)
def introduction_agreed(introduction_id):
    """Either side records an agreement."""
    _input({})
    return _act(introduction_id, "agreed")


@bp.get("/curation/introductions/funnel")
@policy(API_TOKEN)
def introduction_funnel():
    """Sent, accepted, met, agreed, declined, withdrawn: overall, by month, per match reason (curators)."""
    curator_user()
    return report_json(funnel_report())
