"""The pages: the panel on detail pages, asking, the boxes, the detail page and its buttons, the bell,
the notifications page, and the curators' funnel (page and CSV)."""
import re

import pytest

from ecosystem.extensions import db
from ecosystem.introductions import services
from ecosystem.models import Introduction, IntroductionStatus, Notification


def _intro():
    db.session.expire_all()
    return db.session.scalar(db.select(Introduction).order_by(Introduction.id.desc()))


def test_panel_states(client, auth, founder, investor_user, startup, fund, make_org, ask):
    page = client.get(f"/o/{fund.slug}").get_data(as_text=True)
    assert "Sign in to request an introduction" in page
    auth.login("lan@robot.vn")
    page = client.get(f"/o/{fund.slug}").get_data(as_text=True)
    assert f"/introductions/new?target=organisation:{fund.slug}" in page
    assert "You manage this listing" in client.get(f"/o/{startup.slug}").get_data(as_text=True)
    orphan = make_org("investor", "Quỹ chưa có chủ")
    page = client.get(f"/o/{orphan.slug}").get_data(as_text=True)
    assert "Nobody manages this listing" in page and f"/o/{orphan.slug}/claim" in page
    introduction = ask(founder, fund, source=startup)
    page = client.get(f"/o/{fund.slug}").get_data(as_text=True)
    assert f"/introductions/{introduction.id}" in page and "You already asked" in page


def test_request_from_the_page_form(client, auth, founder, investor_user, startup, fund, outbox):
    auth.login("lan@robot.vn")
    url = f"/introductions/new?target=organisation:{fund.slug}"
    page = client.get(url).get_data(as_text=True)
    assert "Request an introduction to Red River Fund" in page
    assert f'<option selected value="organisation:{startup.slug}">' in page  # the side she manages is preselected
    assert "Match score" in page
    response = client.post(url, data={"source": f"organisation:{startup.slug}", "message": "Xin được gặp quỹ."})
    assert response.status_code == 302
    introduction = _intro()
    assert response.headers["Location"].endswith(f"/introductions/{introduction.id}")
    assert introduction.source_organisation_id == startup.id and introduction.score is not None
    assert [m["To"] for m in outbox] == ["minh@fund.vn"]


def test_a_client_cannot_choose_the_score(client, auth, founder, startup, fund):
    auth.login("lan@robot.vn")
    client.post(f"/introductions/new?target=organisation:{fund.slug}",
                data={"source": f"organisation:{startup.slug}", "message": "Hi", "score": "100"})
    from ecosystem.matching.services import explain_pair
    assert _intro().score == explain_pair(startup, fund).score


def test_form_errors_save_nothing(client, auth, founder, startup, fund, ask):
    auth.login("lan@robot.vn")
    url = f"/introductions/new?target=organisation:{fund.slug}"
    response = client.post(url, data={"source": f"organisation:{startup.slug}", "message": ""})
    assert response.status_code == 400 and _intro() is None
    ask(founder, fund, source=startup)
    response = client.post(url, data={"source": f"organisation:{startup.slug}", "message": "Lần nữa"})
    assert response.status_code == 409 and "already open" in response.get_data(as_text=True)
    assert db.session.scalar(db.select(db.func.count(Introduction.id))) == 1


def test_matching_link_with_source_and_target(client, auth, founder, startup, fund):
    auth.login("lan@robot.vn")
    page = client.get(f"/introductions/new?source=organisation:{startup.slug}&target=organisation:{fund.slug}")
    assert page.status_code == 200
    assert client.get(f"/introductions/new?source=organisation:{fund.slug}"
                      f"&target=organisation:{fund.slug}").status_code == 403
    assert client.get("/introductions/new?target=organisation:nowhere").status_code == 404
    assert client.get("/introductions/new?target=garbage").status_code == 400


def test_own_and_unmanaged_targets_show_why_without_a_form(client, auth, founder, startup, make_org):
    auth.login("lan@robot.vn")
    page = client.get(f"/introductions/new?target=organisation:{startup.slug}").get_data(as_text=True)
    assert "listing you manage" in page and "Send the request" not in page
    orphan = make_org("company", "Không ai quản lý")
    page = client.get(f"/introductions/new?target=organisation:{orphan.slug}").get_data(as_text=True)
    assert "Nobody manages this listing" in page and "Send the request" not in page


def test_new_needs_sign_in(client, fund):
    response = client.get(f"/introductions/new?target=organisation:{fund.slug}")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_answer_and_contacts_through_the_pages(app, client, auth, founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    auth.login("minh@fund.vn")
    page = client.get(f"/introductions/{introduction.id}").get_data(as_text=True)
    assert "lan@robot.vn" not in page and "Contact details are shared with both sides once" in page
    assert "Accept" in page and "Decline" in page
    received = client.get("/introductions?box=received").get_data(as_text=True)
    assert "Công ty Robot Hòa Lạc" in received and "Waiting for an answer" in received
    assert client.post(f"/introductions/{introduction.id}/accept").status_code == 302
    page = client.get(f"/introductions/{introduction.id}").get_data(as_text=True)
    assert "lan@robot.vn" in page and "hello@robot.vn" in page and "+84 24 3555 0101" in page
    assert client.post(f"/introductions/{introduction.id}/met").status_code == 302
    assert client.post(f"/introductions/{introduction.id}/agreed").status_code == 302
    assert _intro().status == IntroductionStatus.AGREED
    response = client.post(f"/introductions/{introduction.id}/accept")
    assert response.status_code == 409 and _intro().status == IntroductionStatus.AGREED


def test_decline_with_a_reason_through_the_page(client, auth, founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    auth.login("minh@fund.vn")
    client.post(f"/introductions/{introduction.id}/decline", data={"reason": "Ngoài khẩu vị"})
    assert _intro().decline_reason == "Ngoài khẩu vị" and _intro().status == "declined"


def test_wrong_side_and_outsiders(client, auth, founder, investor_user, make_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    auth.login("lan@robot.vn")
    assert client.post(f"/introductions/{introduction.id}/accept").status_code == 403
    assert _intro().status == IntroductionStatus.SENT
    auth.logout()
    make_user("outsider@example.org")
    auth.login("outsider@example.org")
    assert client.get(f"/introductions/{introduction.id}").status_code == 404
    assert client.post(f"/introductions/{introduction.id}/withdraw").status_code == 404
    assert client.get("/introductions?box=elsewhere").status_code == 404
    assert client.get(f"/introductions/{introduction.id}/accept").status_code == 405


def test_bell_and_notifications_page(client, auth, founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    auth.login("minh@fund.vn")
    home = client.get("/").get_data(as_text=True)
    assert re.search(r'class="bell has-unread".*?data-unread="1"', home, re.S)
    page = client.get("/notifications").get_data(as_text=True)
    assert "Công ty Robot Hòa Lạc asks for an introduction to Red River Fund." in page
    notification = db.session.scalar(db.select(Notification).filter_by(user_id=investor_user.id))
    response = client.post(f"/notifications/{notification.id}/open")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/introductions/{introduction.id}")
    assert 'data-unread="0"' in client.get("/").get_data(as_text=True)
    services.accept(investor_user, introduction)  # tells the founder
    services.mark_met(investor_user, introduction)
    db.session.commit()
    auth.logout()
    auth.login("lan@robot.vn")
    assert 'data-unread="2"' in client.get("/").get_data(as_text=True)
    assert client.post("/notifications/read-all").status_code == 302
    assert 'data-unread="0"' in client.get("/").get_data(as_text=True)
    assert client.post("/notifications/999999/read").status_code == 404


def test_vietnamese_pages(client, auth, founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    client.set_cookie("lang", "vi")
    auth.login("minh@fund.vn")
    page = client.get(f"/introductions/{introduction.id}").get_data(as_text=True)
    assert "Chấp nhận" in page and "Waiting for an answer" not in page
    assert "Giới thiệu" in client.get("/introductions").get_data(as_text=True)


@pytest.mark.parametrize("path", ["/curation/introductions", "/curation/introductions.csv"])
def test_funnel_is_for_curators(client, auth, founder, path):
    assert client.get(path).status_code == 302
    auth.login("lan@robot.vn")
    assert client.get(path).status_code == 403


def test_funnel_page_and_csv(client, auth, curator, founder, investor_user, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    services.accept(investor_user, introduction)
    db.session.commit()
    auth.login("curator@hanoi.gov.vn")
    page = client.get("/curation/introductions").get_data(as_text=True)
    assert re.search(r'data-step="sent"><strong>1</strong>', page)
    assert re.search(r'data-step="accepted"><strong>1</strong>', page)
    assert "Stage fit" in page
    csv_text = client.get("/curation/introductions.csv").get_data(as_text=True)
    lines = csv_text.lstrip("\ufeff").splitlines()
    assert lines[0] == "group,key,sent,accepted,met,agreed,declined,withdrawn,accepted_rate,met_rate,agreed_rate,overall_rate"
    assert lines[1] == "overall,all,1,1,0,0,0,0,100.0,0.0,,0.0"
    assert any(line.startswith("reason,stage,1,1,") for line in lines)


def test_my_listings_shows_requests_waiting(client, auth, founder, investor_user, startup, fund, ask):
    ask(founder, fund, source=startup)
    auth.login("minh@fund.vn")
    page = client.get("/my").get_data(as_text=True)
    assert "1 introduction requests wait for your answer." in page
