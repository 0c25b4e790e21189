"""Programme pages: listing filters, the detail page with deadlines in Hanoi time, applying, the agency's
applications page with its decisions and CSV, the curators' decisions, "My listings" and bad input."""
from datetime import timedelta

import pytest

from ecosystem.collaboration.programmes import applications
from ecosystem.extensions import db
from ecosystem.models import Notification, ProgrammeApplication

from .conftest import NOW, around


@pytest.fixture
def three_programmes(clock, agency, make_programme):
    """Open (closing in 10 days), open (closing in 60 days), closed, and one without calls."""
    return {"soon": make_programme(agency, title="Đóng sớm", calls=[around(NOW, 5, 10)]),
            "later": make_programme(agency, title="Còn lâu", programme_kind="incubation",
                                    technologies=["ai"], eligible_kinds=["researcher"], calls=[around(NOW, 5, 60)]),
            "closed": make_programme(agency, title="Đã đóng", calls=[around(NOW, 40, -10)]),
            "interest": make_programme(agency, title="Chưa có đợt", eligible_kinds=[])}


def titles(client, query=""):
    page = client.get(f"/programmes?{query}")
    assert page.status_code == 200, query
    text = page.get_data(as_text=True)
    return {name for name in ("Đóng sớm", "Còn lâu", "Đã đóng", "Chưa có đợt") if name in text}


def test_listing_filters(client, three_programmes):
    assert titles(client) == {"Đóng sớm", "Còn lâu", "Đã đóng", "Chưa có đợt"}
    assert titles(client, "state=open") == {"Đóng sớm", "Còn lâu"}
    assert titles(client, "state=closing") == {"Đóng sớm"}
    assert titles(client, "state=closed") == {"Đã đóng"}
    assert titles(client, "state=interest") == {"Chưa có đợt"}
    assert titles(client, "kind=incubation") == {"Còn lâu"}
    assert titles(client, "tech=ai") == {"Còn lâu"}
    assert titles(client, "eligible=university") == {"Chưa có đợt"}
    assert titles(client, "eligible=startup&state=open") == {"Đóng sớm"}
    assert titles(client, "eligible=researcher") == {"Còn lâu"}
    assert titles(client, "q=dong som") == {"Đóng sớm"}
    assert titles(client, "agency=nowhere") == set()


def test_the_deadline_order_puts_the_soonest_open_call_first(client, three_programmes):
    text = client.get("/programmes?sort=deadline").get_data(as_text=True)
    assert text.index("Đóng sớm") < text.index("Còn lâu") < text.index("Đã đóng")


@pytest.mark.parametrize("query", ["state=maybe", "kind=loan", "tech=warp", "sort=price", "status=pending",
                                   "eligible=alien", "page=0"])
def test_bad_filters_are_400(client, query):
    assert client.get(f"/programmes?{query}").status_code == 400


def test_detail_shows_calls_in_hanoi_time_and_closed_dates(client, three_programmes):
    closed = three_programmes["closed"]
    page = client.get(f"/programmes/{closed.slug}").get_data(as_text=True)
    closes = (NOW - timedelta(days=10) + timedelta(hours=7)).strftime("%Y-%m-%d %H:%M")
    assert f"closed on {closes} (GMT+7)" in page and "All calls of this programme have closed." in page
    page = client.get(f"/programmes/{three_programmes['soon'].slug}").get_data(as_text=True)
    assert "Open now" in page and "Sign in to apply" in page


def test_apply_through_the_form_and_see_the_status(client, auth, three_programmes, startup, founder):
    programme = three_programmes["soon"]
    auth.login("founder@example.org")
    form = client.get(f"/programmes/{programme.slug}/apply?call={programme.calls[0].id}")
    assert form.status_code == 200 and startup.name in form.get_data(as_text=True)
    data = {"applicant": f"organisation:{startup.slug}", "call": str(programme.calls[0].id),
            "message": "Chúng tôi đề xuất", "requested_vnd": "900000000"}
    too_much = client.post(f"/programmes/{programme.slug}/apply", data=data)
    assert too_much.status_code == 400 and "largest award" in too_much.get_data(as_text=True)
    response = client.post(f"/programmes/{programme.slug}/apply", data={**data, "requested_vnd": "300000000"})
    assert response.status_code == 302
    page = client.get(f"/programmes/{programme.slug}").get_data(as_text=True)
    assert "Your applications" in page and "Submitted" in page
    my = client.get("/my").get_data(as_text=True)
    assert "My applications" in my and "Đóng sớm" in my
    again = client.post(f"/programmes/{programme.slug}/apply", data={**data, "requested_vnd": ""})
    assert again.status_code == 409


def test_interest_and_withdrawal(client, auth, three_programmes, startup):
    programme = three_programmes["interest"]
    auth.login("founder@example.org")
    response = client.post(f"/programmes/{programme.slug}/apply",
                           data={"applicant": f"organisation:{startup.slug}", "call": "", "message": "Quan tâm"})
    assert response.status_code == 302
    application = db.session.scalar(db.select(ProgrammeApplication))
    assert application.status == "interested"
    client.post(f"/programmes/applications/{application.id}/withdraw", data={"version": application.version})
    db.session.expire_all()
    assert db.session.get(ProgrammeApplication, application.id).status == "withdrawn"


def test_the_agency_reviews_and_downloads_applications(client, auth, three_programmes, startup, founder):
    programme = three_programmes["soon"]
    application = applications.apply(founder, programme, startup, programme.calls[0], {"message": "=cmd|x"})
    db.session.commit()
    auth.login("founder@example.org")
    assert client.get(f"/programmes/{programme.slug}/applications").status_code == 403
    auth.logout()
    auth.login("agency@example.org")
    page = client.get(f"/programmes/{programme.slug}/applications?status=submitted")
    assert page.status_code == 200 and startup.name in page.get_data(as_text=True)
    assert client.get(f"/programmes/{programme.slug}/applications?call=abc").status_code == 400
    csv = client.get(f"/programmes/{programme.slug}/applications.csv")
    assert csv.mimetype == "text/csv" and startup.name in csv.get_data(as_text=True)
    assert "'=cmd|x" in csv.get_data(as_text=True)  # spreadsheet-safe
    response = client.post(f"/programmes/applications/{application.id}/review",
                           data={"decision": "rejected", "note": "Chưa phù hợp", "version": application.version})
    assert response.status_code == 302
    db.session.expire_all()
    decided = db.session.get(ProgrammeApplication, application.id)
    assert decided.status == "rejected" and decided.decision_note == "Chưa phù hợp"
    assert db.session.scalar(db.select(Notification).filter_by(user_id=founder.id,
                                                               kind="programme_application_rejected"))
    assert client.post(f"/programmes/applications/{application.id}/review",
                       data={"decision": "approve"}).status_code == 400


def test_publish_verify_and_queue(client, auth, agency, make_user):
    auth.login("agency@example.org")
    assert client.get("/programmes/new").status_code == 200
    response = client.post("/programmes/new", data={
        "agency": agency.slug, "title": "Hỗ trợ ươm tạo", "programme_kind": "incubation",
        "summary": "Ươm tạo doanh nghiệp khởi nghiệp.", "eligible_kinds": ["startup"]})
    assert response.status_code == 302
    slug = response.headers["Location"].rsplit("/", 1)[1]
    call = client.post(f"/programmes/{slug}/calls/new", data={"title": "Đợt 1", "opens_at": "2026-06-01T08:00",
                                                             "closes_at": "2026-05-01T08:00"})
    assert call.status_code == 400 and "open before it closes" in call.get_data(as_text=True)
    auth.logout()
    assert client.get(f"/programmes/{slug}").status_code == 404
    make_user("curator@example.org", role="curator")
    auth.login("curator@example.org")
    queue = client.get("/curation/").get_data(as_text=True)
    assert "Programmes waiting for review" in queue and "Hỗ trợ ươm tạo" in queue
    client.post(f"/programmes/{slug}/decide", data={"action": "verify"})
    auth.logout()
    assert client.get(f"/programmes/{slug}").status_code == 200
    agency_page = client.get(f"/o/{agency.slug}").get_data(as_text=True)
    assert "Programmes and calls" in agency_page and "Hỗ trợ ươm tạo" in agency_page


def test_pages_in_vietnamese(app, three_programmes):
    client = app.test_client()
    page = client.get("/programmes").get_data(as_text=True)
    assert "Chương trình" in page
    detail = client.get(f"/programmes/{three_programmes['closed'].slug}").get_data(as_text=True)
    assert "đã đóng" in detail.lower()
