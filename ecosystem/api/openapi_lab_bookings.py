"""The lab bookings part of the OpenAPI document: open hours, calendars, access requests and utilisation.

The open-hours bodies come from the rules the services validate with (`labs/booking_hours.py`)."""
from ..exchange.rules import Day
from ..labs.booking_hours import EXCEPTION_RULES, SLOT_RULES, ClockTime
from ..models import AccessStatus
from .openapi_schemas import BOOL, INT, NINT, NSTR, NTIME, STR, TIME, URL, array_of, obj, ref, rule_schema

CLOCK = {"type": ["string", "null"], "pattern": "^([01][0-9]|2[0-4]):(00|30)$",
         "description": "City time (Asia/Ho_Chi_Minh) HH:MM on the half hour; 24:00 or 00:00 as an end is midnight."}
DAY = {"type": ["string", "null"], "format": "date"}
NDAY = {"type": ["string", "null"], "format": "date"}
MOMENT = {"type": "string", "description": "City wall-clock time YYYY-MM-DDTHH:MM, or ISO 8601 with an offset; "
                                           "on the hour or half hour."}
NUMBER = {"type": "number"}
EQUIPMENT_NOTE = "Slug of an instrument of this lab; empty for the whole lab."


def _hours_body(rules, required):
    properties = {}
    for name, rule in rules.items():
        if isinstance(rule, ClockTime):
            properties[name] = CLOCK
        elif isinstance(rule, Day):
            properties[name] = DAY
        else:
            properties[name] = rule_schema(rule)
    properties["equipment"] = {**properties["equipment"], "description": EQUIPMENT_NOTE}
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False}


def _usage(**extra):
    return obj(booked_hours=NUMBER, open_hours=NUMBER, ratio={"type": ["number", "null"]}, **extra)


def lab_booking_schemas():
    """Bodies and records of open hours, calendars, access requests and utilisation."""
    version = {"type": "integer", "description": "The version you read (optimistic lock); optional."}
    note = {"type": ["string", "null"], "maxLength": 1000}
    interval = obj(start=TIME, end=TIME)
    return {
        "LabSlotCreate": _hours_body(SLOT_RULES, ("weekday", "start_time", "end_time")),
        "LabExceptionCreate": _hours_body(EXCEPTION_RULES, ("on_date",)),
        "LabSlot": obj(id=INT, equipment=NSTR, weekday={"type": "integer", "minimum": 0, "maximum": 6},
                       start_time=STR, end_time=STR, valid_from=NDAY, valid_until=NDAY),
        "LabSlotList": obj(items=array_of(ref("LabSlot"))),
        "LabException": obj(id=INT, equipment=NSTR, on_date=STR, start_time=NSTR, end_time=NSTR, is_open=BOOL,
                            note=NSTR),
        "LabExceptionList": obj(items=array_of(ref("LabException"))),
        "LabCalendar": obj(**{"from": STR, "to": STR}, resource=STR, open=array_of(interval),
                           booked=array_of(interval)),
        "AccessRequestCreate": {
            "type": "object", "additionalProperties": False,
            "required": ["lab", "on_behalf_of", "starts_at", "ends_at", "purpose"],
            "properties": {"lab": STR, "equipment": {"type": ["string", "null"], "description": EQUIPMENT_NOTE},
                           "on_behalf_of": {"type": "string", "description":
                                            "organisation:<slug> you manage, or person:<slug> of your profile."},
                           "starts_at": MOMENT, "ends_at": MOMENT,
                           "purpose": {"type": "string", "minLength": 1, "maxLength": 2000}}},
        "AccessRequestApprove": obj_optional(note=note, version=version),
        "AccessRequestPropose": {**obj_optional(starts_at=MOMENT, ends_at=MOMENT, note=note, version=version),
                                 "required": ["starts_at", "ends_at"]},
        "AccessRequestDecline": obj_optional(reason=note, version=version),
        "AccessRequestVersion": obj_optional(version=version),
        "AccessRequest": obj(id=INT, status={"enum": list(AccessStatus.ALL)}, lab=STR, equipment=NSTR,
                             on_behalf_of=NSTR, starts_at=TIME, ends_at=TIME, proposed_starts_at=NTIME,
                             proposed_ends_at=NTIME, purpose=STR, decision_note=NSTR, fee_vnd=NINT, version=INT,
                             created_at=TIME, html_url=URL),
        "AccessRequestPage": obj(items=array_of(ref("AccessRequest")), total=INT, page=INT, pages=INT,
                                 per_page=INT),
        "LabUtilisation": obj(months=array_of(_usage(month={"type": "string", "format": "date"})),
                              total=_usage(), instruments=array_of(_usage(slug=STR, name=STR))),
    }


def obj_optional(**properties):
    """A closed object whose properties may each be left out."""
    return {"type": "object", "properties": properties, "additionalProperties": False}


ACTION_BODIES = {"approve": "AccessRequestApprove", "propose": "AccessRequestPropose", "accept": "AccessRequestVersion",
                 "decline": "AccessRequestDecline", "cancel": "AccessRequestVersion"}
ACTION_SUMMARIES = {"approve": "Approve: book the hours (the lab's managers; 409 names a clashing booking)",
                    "propose": "Propose other hours (the lab's managers)",
                    "accept": "Accept the proposed hours (the requester's side; 409 on a clash)",
                    "decline": "Decline (managers: a pending request; requester: a proposal)",
                    "cancel": "Withdraw or cancel (the requester; managers cancel approved bookings)"}


def lab_booking_paths(operation, write, query, path_param, paging):
    """Open hours, the calendar, access requests and their actions, utilisation."""
    slug, request_id = path_param("slug"), path_param("request_id", integer=True)
    status = query("status", {"enum": ["open", *AccessStatus.ALL]}, "open (pending or proposed) or one status.")
    months = query("months", {"type": "integer", "minimum": 1, "maximum": 24, "default": 6}, "How many months.")
    paths = {
        "/labs/{slug}/slots": {"parameters": [slug],
                               "get": operation("lab_slot_list", "Weekly open hours", "lab bookings", "LabSlotList",
                                                errors={404}),
                               "post": write("lab_slot_create", "Publish weekly hours (the lab's managers)",
                                             "lab bookings", "LabSlot", "LabSlotCreate", status=201)},
        "/lab-slots/{slot_id}": {"parameters": [path_param("slot_id", integer=True)], "delete": write(
            "lab_slot_delete", "Delete weekly hours", "lab bookings", None, None, status=204)},
        "/labs/{slug}/exceptions": {
            "parameters": [slug],
            "get": operation("lab_exception_list", "Exceptions from today on", "lab bookings", "LabExceptionList",
                             errors={404}),
            "post": write("lab_exception_create", "Close on a date, or open for extra hours", "lab bookings",
                          "LabException", "LabExceptionCreate", status=201)},
        "/lab-exceptions/{exception_id}": {"parameters": [path_param("exception_id", integer=True)], "delete": write(
            "lab_exception_delete", "Delete an exception", "lab bookings", None, None, status=204)},
        "/labs/{slug}/calendar": {"parameters": [slug], "get": operation(
            "lab_calendar", "Open and booked intervals (UTC)", "lab bookings", "LabCalendar", errors={404},
            params=[query("from", {"type": "string", "format": "date"}, "First city date (default today)."),
                    query("to", {"type": "string", "format": "date"}, "Last city date (default from + 6 days)."),
                    query("equipment", STR, "Slug of an instrument of the lab.")])},
        "/access-requests": {
            "get": operation("access_request_list", "My access requests (sent) or those to my labs (incoming)",
                             "lab bookings", "AccessRequestPage", errors={404},
                             params=[query("box", {"enum": ["sent", "incoming"], "default": "sent"}, "Which box."),
                                     status, *paging]),
            "post": write("access_request_create", "Ask for a lab or an instrument", "lab bookings", "AccessRequest",
                          "AccessRequestCreate", status=201, errors={409})},
        "/access-requests/{request_id}": {"parameters": [request_id], "get": operation(
            "access_request_detail", "Read an access request (both sides)", "lab bookings", "AccessRequest",
            errors={404})},
        "/labs/{slug}/utilisation": {"parameters": [slug], "get": operation(
            "lab_utilisation", "Booked / open hours by month and per instrument", "lab bookings", "LabUtilisation",
            params=[months], errors={404})},
        "/equipment/{slug}/utilisation": {"parameters": [slug], "get": operation(
            "equipment_utilisation", "Booked / open hours of an instrument by month", "lab bookings",
            "LabUtilisation", params=[months], errors={404})},
    }
    for action, body in ACTION_BODIES.items():
        paths[f"/access-requests/{{request_id}}/{action}"] = {"parameters": [request_id], "post": write(
            f"access_request_{action}", ACTION_SUMMARIES[action], "lab bookings", "AccessRequest", body,
            errors={409})}
    return paths
