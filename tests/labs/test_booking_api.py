"""Open hours, calendars, access requests and utilisation through the JSON API."""
from datetime import timedelta

import pytest

from ecosystem.extensions import db
from ecosystem.labs import bookings
from ecosystem.labs.availability import city_today
from ecosystem.models import AccessRequest, BookingUnit

from .booking_setup import at, founder, lab, monday_ahead, sem, startup, utc  # noqa: F401

API = "/api/v1"


def test_slots_and_exceptions_are_published_read_and_deleted(client, bearer, lab, owner, founder):
    headers = bearer(owner)
    assert len(client.get(f"{API}/labs/{lab.slug}/slots").json["items"]) == 10
    created = client.post(f"{API}/labs/{lab.slug}/slots", headers=headers,
                          json={"weekday": 5, "start_time": "08:00", "end_time": "12:00"})
    assert created.status_code == 201 and created.json["start_time"] == "08:00" and created.json["weekday"] == 5
    assert client.post(f"{API}/labs/{lab.slug}/slots", headers=bearer(founder),
                       json={"weekday": 5, "start_time": "08:00", "end_time": "12:00"}).status_code == 403
    bad = client.post(f"{API}/labs/{lab.slug}/slots", headers=headers, json={"weekday": 5, "start_time": "8h"})
    assert bad.status_code == 400 and "start_time" in bad.json["error"]["errors"]
    day = monday_ahead()
    exception = client.post(f"{API}/labs/{lab.slug}/exceptions", headers=headers,
                            json={"on_date": day.isoformat(), "note": "Tết"})
    assert exception.status_code == 201 and exception.json["is_open"] is False
    assert [e["note"] for e in client.get(f"{API}/labs/{lab.slug}/exceptions").json["items"]] == ["Tết"]
    calendar = client.get(f"{API}/labs/{lab.slug}/calendar?from={day}&to={day + timedelta(days=1)}").json
    assert [i["start"] for i in calendar["open"]][0].startswith(f"{day + timedelta(days=1)}T01:00")
    assert client.delete(f"{API}/lab-slots/{created.json['id']}", headers=headers).status_code == 204
    assert client.delete(f"{API}/lab-exceptions/{exception.json['id']}", headers=headers).status_code == 204
    assert client.delete(f"{API}/lab-slots/{created.json['id']}", headers=headers).status_code == 404


def test_the_request_life_through_the_api(client, bearer, lab, sem, owner, founder, startup):
    day = monday_ahead()
    body = {"lab": lab.slug, "equipment": sem.slug, "on_behalf_of": f"organisation:{startup.slug}",
            "starts_at": at(day, 9), "ends_at": at(day, 11), "purpose": "Chụp SEM mẫu pin."}
    assert client.post(f"{API}/access-requests", json=body).status_code == 401
    created = client.post(f"{API}/access-requests", headers=bearer(founder), json=body)
    assert created.status_code == 201 and created.json["status"] == "pending" and created.json["fee_vnd"] == 0
    request_id = created.json["id"]
    assert created.json["starts_at"].startswith(f"{day}T02:00")  # 09:00 in Hanoi
    manager = bearer(owner)
    incoming = client.get(f"{API}/access-requests?box=incoming&status=open", headers=manager).json
    assert [item["id"] for item in incoming["items"]] == [request_id]
    assert client.post(f"{API}/access-requests/{request_id}/approve", headers=bearer(founder), json={}).status_code \
        == 403
    stale = client.post(f"{API}/access-requests/{request_id}/approve", headers=manager, json={"version": 99})
    assert stale.status_code == 409
    approved = client.post(f"{API}/access-requests/{request_id}/approve", headers=manager, json={"note": "OK"})
    assert approved.status_code == 200 and approved.json["status"] == "approved"
    calendar = client.get(f"{API}/labs/{lab.slug}/calendar?from={day}&to={day}&equipment={sem.slug}").json
    assert len(calendar["booked"]) == 1 and calendar["booked"][0]["end"].startswith(f"{day}T04:00")
    clash = client.post(f"{API}/access-requests", headers=bearer(founder), json={**body, "starts_at": at(day, 10)})
    assert clash.status_code == 409 and f"request {request_id}" in clash.json["error"]["message"]
    cancelled = client.post(f"{API}/access-requests/{request_id}/cancel", headers=bearer(founder))
    assert cancelled.status_code == 200 and cancelled.json["status"] == "cancelled"
    assert db.session.scalar(db.select(db.func.count(BookingUnit.id))) == 0


def test_utilisation_counts_past_bookings_by_month(client, lab, sem, owner, founder, startup):
    last_monday = city_today() - timedelta(days=city_today().weekday() + 7)
    request = bookings.request_access(founder, lab, {
        "on_behalf_of": f"organisation:{startup.slug}", "starts_at": at(last_monday, 8), "ends_at": at(last_monday, 12),
        "purpose": "Đo."}, equipment=sem, now=utc(last_monday, 0) - timedelta(days=1))
    bookings.approve(owner, request, now=utc(last_monday, 0) - timedelta(hours=12))  # answered in time
    db.session.commit()
    usage = client.get(f"{API}/equipment/{sem.slug}/utilisation?months=2").json
    assert usage["total"]["booked_hours"] == 4 and [m["month"][-2:] for m in usage["months"]] == ["01", "01"]
    month = next(m for m in usage["months"] if m["month"] == last_monday.replace(day=1).isoformat())
    assert month["booked_hours"] == 4 and 0 < month["ratio"] < 1
    lab_usage = client.get(f"{API}/labs/{lab.slug}/utilisation").json
    assert len(lab_usage["months"]) == 6 and lab_usage["total"]["booked_hours"] == 4
    assert lab_usage["instruments"] == [{"slug": sem.slug, "name": sem.name, "booked_hours": 4,
                                         "open_hours": lab_usage["instruments"][0]["open_hours"],
                                         "ratio": lab_usage["instruments"][0]["ratio"]}]


@pytest.mark.parametrize("change, field", [
    ({"lab": None}, "lab"), ({"purpose": ""}, "purpose"), ({"colour": "red"}, "colour"),
    ({"starts_at": ["a"]}, "starts_at"), ({"on_behalf_of": "person:nobody"}, "on_behalf_of"),
    ({"equipment": {"slug": "x"}}, "equipment"), ({"purpose": {"text": "x"}}, "purpose"),
])
def test_bad_request_bodies_are_400_and_save_nothing(client, bearer, lab, founder, startup, change, field):
    day = monday_ahead()
    body = {"lab": lab.slug, "on_behalf_of": f"organisation:{startup.slug}", "starts_at": at(day, 9),
            "ends_at": at(day, 11), "purpose": "Đo.", **change}
    response = client.post(f"{API}/access-requests", headers=bearer(founder), json=body)
    assert response.status_code == 400 and field in response.json["error"]["errors"]
    assert db.session.scalar(db.select(db.func.count(AccessRequest.id))) == 0


@pytest.mark.parametrize("query", ["from=yesterday", "from=2026-01-10&to=2026-01-01", "from=2026-01-01&to=2026-12-01",
                                   "equipment=nope"])
def test_bad_calendar_queries_are_400(client, lab, query):
    assert client.get(f"{API}/labs/{lab.slug}/calendar?{query}").status_code == 400


def test_requests_are_private_and_utilisation_args_are_checked(client, bearer, lab, founder, make_user):
    assert client.get(f"{API}/access-requests/1", headers=bearer(make_user("x@example.org"))).status_code == 404
    assert client.get(f"{API}/access-requests?box=all", headers=bearer(founder)).status_code == 400
    assert client.get(f"{API}/labs/{lab.slug}/utilisation?months=99").status_code == 400
    assert client.get(f"{API}/labs/no-such-lab/utilisation").status_code == 404
