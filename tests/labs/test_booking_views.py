"""Bookings in the browser: calendar and utilisation sections, the request form, decisions, the hours editor."""
import pytest

from ecosystem.extensions import db
from ecosystem.labs import bookings
from ecosystem.models import AccessRequest, AccessStatus, BookingUnit, LabSlot

from .booking_setup import (  # noqa: F401
    ask,
    at,
    company,
    engineer,
    founder,
    lab,
    monday_ahead,
    sem,
    startup,
)


def test_lab_and_instrument_pages_show_the_week_calendar_and_utilisation(client, ask, founder, startup, lab, sem,
                                                                        owner):
    day = monday_ahead()
    bookings.approve(owner, ask(founder, startup, lab, day, 9, 11, equipment=sem))
    db.session.commit()
    page = client.get(f"/equipment/{sem.slug}?week={day.isoformat()}").get_data(as_text=True)
    assert "Open hours and bookings" in page and page.count('<td class="cal-booked"') == 4
    assert page.count('<td class="cal-open"') == 40 * 2 - 4 and "Utilisation" in page
    assert client.get(f"/labs/{lab.slug}?week={day.isoformat()}").get_data(as_text=True).count(
        '<td class="cal-booked"') == 0  # the lab itself is free; the instrument is booked
    lab_page = client.get(f"/labs/{lab.slug}").get_data(as_text=True)
    assert "Per instrument" in lab_page and sem.name in lab_page
    assert client.get(f"/labs/{lab.slug}?week=not-a-date").status_code == 200


def test_a_startup_requests_an_instrument_and_the_manager_approves_in_the_browser(client, auth, founder, startup,
                                                                                  lab, sem, owner):
    day = monday_ahead()
    auth.login("founder@example.org")
    form = client.get(f"/labs/{lab.slug}/request?equipment={sem.slug}").get_data(as_text=True)
    assert startup.name in form and f'<option selected value="{sem.slug}"' in form
    response = client.post(f"/labs/{lab.slug}/request", data={
        "resource": sem.slug, "on_behalf_of": f"organisation:{startup.slug}", "starts_at": at(day, 9),
        "ends_at": at(day, 11), "purpose": "Chụp ảnh SEM mẫu pin."})
    assert response.status_code == 302
    request = db.session.scalar(db.select(AccessRequest))
    assert request.equipment_id == sem.id and request.status == AccessStatus.PENDING
    assert "Waiting for the lab" in client.get("/lab-requests").get_data(as_text=True)
    assert f"#{request.id}" in client.get("/my").get_data(as_text=True)  # "Lab access requests" on My listings
    assert client.post(f"/lab-requests/{request.id}/approve", data={}).status_code == 403
    auth.logout()
    auth.login("owner@example.org")
    assert "1 lab access requests wait for your answer." in client.get("/my").get_data(as_text=True)
    detail = client.get(f"/lab-requests/{request.id}").get_data(as_text=True)
    assert "Approve" in detail and "Chụp ảnh SEM" in detail
    assert f"#{request.id}" in client.get("/lab-requests/incoming?status=open").get_data(as_text=True)
    assert client.post(f"/lab-requests/{request.id}/approve", data={"note": "Mang mẫu khô."}).status_code == 302
    db.session.expire_all()
    assert db.session.get(AccessRequest, request.id).status == AccessStatus.APPROVED
    assert db.session.scalar(db.select(db.func.count(BookingUnit.id))) == 4


def test_a_clash_is_shown_as_a_message_and_changes_nothing(client, auth, ask, founder, startup, engineer, company,
                                                           lab, sem, owner):
    day = monday_ahead()
    first = ask(founder, startup, lab, day, 9, 11, equipment=sem)
    second = ask(engineer, company, lab, day, 10, 12, equipment=sem)
    bookings.approve(owner, first)
    db.session.commit()
    auth.login("owner@example.org")
    response = client.post(f"/lab-requests/{second.id}/approve", data={})
    assert response.status_code == 409 and f"request {first.id}" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(AccessRequest, second.id).status == AccessStatus.PENDING


def test_bad_request_forms_are_400_and_save_nothing(client, auth, founder, startup, lab, sem):
    auth.login("founder@example.org")
    day = monday_ahead()
    base = {"resource": sem.slug, "on_behalf_of": f"organisation:{startup.slug}", "starts_at": at(day, 9),
            "ends_at": at(day, 11), "purpose": "Đo."}
    for change in ({"starts_at": "garbage"}, {"purpose": ""}, {"starts_at": at(day, 12), "ends_at": at(day, 13)},
                   {"resource": "no-such-instrument"}, {"on_behalf_of": "organisation:nope"}):
        response = client.post(f"/labs/{lab.slug}/request", data={**base, **change})
        assert response.status_code == 400, change
    assert db.session.scalar(db.select(db.func.count(AccessRequest.id))) == 0


def test_requests_are_private_to_their_two_sides(client, auth, ask, founder, startup, lab, stranger):
    request = ask(founder, startup, lab, monday_ahead(), 9, 10)
    assert client.get(f"/lab-requests/{request.id}").status_code == 302  # to the login page
    auth.login("stranger@example.org")
    assert client.get(f"/lab-requests/{request.id}").status_code == 404
    assert client.post(f"/lab-requests/{request.id}/cancel", data={}).status_code == 404
    assert client.get(f"/labs/{lab.slug}/requests").status_code == 403
    assert client.get(f"/labs/{lab.slug}/hours").status_code == 403


def test_the_manager_edits_weekly_hours_and_exceptions(client, auth, lab, owner):
    auth.login("owner@example.org")
    assert "Weekly hours" in client.get(f"/labs/{lab.slug}/hours").get_data(as_text=True)
    response = client.post(f"/labs/{lab.slug}/hours/weekly", data={"equipment": "", "weekday": "5",
                                                                    "start_time": "08:00", "end_time": "11:30"})
    assert response.status_code == 302
    bad = client.post(f"/labs/{lab.slug}/hours/weekly", data={"equipment": "", "weekday": "5",
                                                               "start_time": "08:10", "end_time": "11:30"})
    assert bad.status_code == 400 and "half hours" in bad.get_data(as_text=True)
    slot = db.session.scalar(db.select(LabSlot).filter_by(lab_id=lab.id, weekday=5))
    assert slot is not None
    slot_id = slot.id
    day = monday_ahead()
    assert client.post(f"/labs/{lab.slug}/hours/exceptions", data={
        "equipment": "", "on_date": day.isoformat(), "note": "Tết"}).status_code == 302
    assert "Tết" in client.get(f"/labs/{lab.slug}/hours").get_data(as_text=True)
    assert client.post(f"/labs/{lab.slug}/hours/weekly/{slot_id}/delete").status_code == 302
    assert client.post(f"/labs/{lab.slug}/hours/weekly/999999/delete").status_code == 404
    db.session.expire_all()
    assert db.session.get(LabSlot, slot_id) is None


@pytest.mark.parametrize("lang, text", [("vi", "Yêu cầu sử dụng"), ("en", "Request access")])
def test_the_calendar_speaks_both_languages(client, lab, lang, text):
    client.set_cookie("lang", lang)
    assert text in client.get(f"/labs/{lab.slug}").get_data(as_text=True)
