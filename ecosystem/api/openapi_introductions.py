"""The introductions part of the OpenAPI document: asking, answering, notifications and the funnel."""
from ..introductions.funnel import RATES, STEPS
from ..introductions.queries import BOXES
from ..models import IntroductionStatus
from .introduction_views import DECLINE_RULES, INTRODUCTION_RULES
from .openapi_schemas import INT, NINT, NSTR, STR, TIME, URL, array_of, body_schema, obj, ref

NTIME = {"type": ["string", "null"], "format": "date-time"}
NUMBER_OR_NULL = {"type": ["number", "null"]}
STATUS = {"enum": list(IntroductionStatus.ALL)}
ACTIONS = ("accept", "decline", "withdraw", "met", "agreed")
REFERENCE_NOTE = "A listing as type:slug, where type is organisation, person, offer or need."


def _nullable(name):
    return {"oneOf": [ref(name), {"type": "null"}]}


def introduction_schemas():
    """Request bodies (from the validation rules) and responses."""
    create = body_schema(INTRODUCTION_RULES)
    create["properties"]["source"]["description"] = REFERENCE_NOTE + " The side you act for; omit for yourself."
    create["properties"]["target"]["description"] = REFERENCE_NOTE + " An offer or need stands for its publisher."
    card = obj(name=STR, email=NSTR, phone=NSTR, role=NSTR)
    record = obj(type=STR, id=INT)
    introduction = obj(
        id=INT, status=STATUS, status_label=STR, requester=obj(id=INT, name=STR), source=_nullable("PartyLink"),
        target=ref("PartyLink"), context=_nullable("RecordReference"), target_record=_nullable("RecordReference"),
        message=STR, score={**NINT, "description": "The matcher's score (0-100) when the request was sent."},
        reasons=array_of(obj(code=STR, points=INT)), decline_reason=NSTR, created_at=TIME, accepted_at=NTIME,
        declined_at=NTIME, withdrawn_at=NTIME, met_at=NTIME, agreed_at=NTIME,
        actions={"type": "array", "items": {"enum": list(ACTIONS)}, "description": "What the caller may do now."},
        contacts={"oneOf": [obj(requester=array_of(ref("ContactCard")), target=array_of(ref("ContactCard"))),
                            {"type": "null"}], "description": "Both sides' contacts, once accepted."},
        html_url=URL)
    notification = obj(id=INT, kind=STR, text={**STR, "description": "In the caller's language."},
                       params={"type": "object"}, link={"type": ["string", "null"], "format": "uri"},
                       created_at=TIME, read_at=NTIME)
    row = obj(key=NSTR, **{step: INT for step in STEPS}, **{name: NUMBER_OR_NULL for name, _n, _d in RATES})
    return {
        "IntroductionCreate": create, "IntroductionDecline": body_schema(DECLINE_RULES),
        "PartyLink": obj(type={"enum": ["organisation", "person"]}, slug=STR, name=STR),
        "RecordReference": record, "ContactCard": card, "Introduction": introduction,
        "IntroductionPage": obj(items=array_of(ref("Introduction")), total=INT, page=INT, pages=INT, per_page=INT),
        "Notification": notification,
        "NotificationPage": obj(items=array_of(ref("Notification")), total=INT, page=INT, pages=INT, per_page=INT,
                                unread=INT),
        "NotificationsMarked": obj(marked=INT, unread=INT),
        "FunnelRow": row,
        "IntroductionFunnel": obj(overall=ref("FunnelRow"), by_month=array_of(ref("FunnelRow")),
                                  by_reason=array_of(ref("FunnelRow")),
                                  average_score=obj(sent=NUMBER_OR_NULL, agreed=NUMBER_OR_NULL,
                                                    declined=NUMBER_OR_NULL)),
    }


def introduction_paths(operation, write, query, path_param, paging):
    """Introductions, notifications and the funnel."""
    signed_in = [{"bearerAuth": []}, {"sessionCookie": []}]
    intro_id = path_param("introduction_id", integer=True)
    box = query("box", {"enum": list(BOXES), "default": "received"}, "Requests to you, or from you.")
    status = query("status", STATUS, "Only introductions with this status.")
    unread = query("unread", {"type": "boolean", "default": False}, "Only unread notifications.")
    summaries = {"accept": "Accept (the target's side); contacts are shared",
                 "decline": "Decline with an optional reason (the target's side)",
                 "withdraw": "Withdraw a request waiting for an answer or accepted (the requester's side)",
                 "met": "Record that the parties met (either side, after acceptance)",
                 "agreed": "Record an agreement (either side, after they met)"}
    paths = {
        "/introductions": {
            "get": operation("introduction_list", "The caller's received or sent introductions", "introductions",
                             "IntroductionPage", params=[box, status, *paging], errors={401, 404},
                             security=signed_in),
            "post": write("introduction_create", "Request an introduction (score computed by the server)",
                          "introductions", "Introduction", "IntroductionCreate", status=201, errors={409, 429})},
        "/introductions/{introduction_id}": {"parameters": [intro_id], "get": operation(
            "introduction_detail", "One introduction (either side)", "introductions", "Introduction",
            errors={401, 404}, security=signed_in)},
        "/notifications": {"get": operation(
            "notification_list", "The caller's notifications, newest first", "notifications", "NotificationPage",
            params=[unread, *paging], errors={401, 404}, security=signed_in)},
        "/notifications/{notification_id}/read": {
            "parameters": [path_param("notification_id", integer=True)],
            "post": write("notification_read", "Mark one notification read", "notifications", "Notification",
                          "DecisionBody")},
        "/notifications/read-all": {"post": write(
            "notification_read_all", "Mark every notification read", "notifications", "NotificationsMarked",
            "DecisionBody")},
        "/curation/introductions/funnel": {"get": operation(
            "introduction_funnel", "The introductions funnel (curators)", "curation", "IntroductionFunnel",
            errors={401, 403}, security=signed_in)},
    }
    for action in ACTIONS:
        body = "IntroductionDecline" if action == "decline" else "DecisionBody"
        paths[f"/introductions/{{introduction_id}}/{action}"] = {"parameters": [intro_id], "post": write(
            f"introduction_{action}", summaries[action], "introductions", "Introduction", body, errors={409})}
    return paths
