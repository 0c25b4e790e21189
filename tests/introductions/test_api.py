"""The JSON API: ask, the boxes, one introduction, every action, notifications, the funnel, and the
OpenAPI document describing exactly what the serializers write."""
import pytest

from ecosystem.extensions import db
from ecosystem.models import Introduction

API = "/api/v1"


@pytest.fixture
def tokens(bearer, founder, investor_user, curator):
    return {"founder": bearer(founder), "investor": bearer(investor_user), "curator": bearer(curator)}


def test_request_and_answer_through_the_api(client, tokens, startup, fund, outbox):
    body = {"source": f"organisation:{startup.slug}", "target": f"organisation:{fund.slug}",
            "message": "Xin được gặp quỹ."}
    created = client.post(f"{API}/introductions", json=body, headers=tokens["founder"])
    assert created.status_code == 201
    item = created.json
    assert item["status"] == "sent" and item["source"] == {"type": "organisation", "slug": startup.slug,
                                                         "name": startup.name}
    assert item["score"] is not None and item["reasons"] and item["contacts"] is None
    assert item["actions"] == ["withdraw"]
    assert [m["To"] for m in outbox] == ["minh@fund.vn"]
    received = client.get(f"{API}/introductions?box=received", headers=tokens["investor"]).json
    assert received["total"] == 1 and received["items"][0]["actions"] == ["accept", "decline"]
    assert client.get(f"{API}/introductions?box=sent", headers=tokens["investor"]).json["total"] == 0
    accepted = client.post(f"{API}/introductions/{item['id']}/accept", headers=tokens["investor"])
    assert accepted.status_code == 200 and accepted.json["status"] == "accepted"
    contacts = client.get(f"{API}/introductions/{item['id']}", headers=tokens["founder"]).json["contacts"]
    assert "deals@fund.vn" in {c["email"] for c in contacts["target"]}
    assert client.post(f"{API}/introductions/{item['id']}/met", headers=tokens["founder"]).json["status"] == "met"
    agreed = client.post(f"{API}/introductions/{item['id']}/agreed", headers=tokens["investor"], json={})
    assert agreed.json["status"] == "agreed" and agreed.json["agreed_at"]


def test_a_client_cannot_send_a_score(client, tokens, startup, fund):
    body = {"target": f"organisation:{fund.slug}", "message": "Hi", "score": 100}
    response = client.post(f"{API}/introductions", json=body, headers=tokens["founder"])
    assert response.status_code == 400 and "score" in response.json["error"]["errors"]
    assert db.session.scalar(db.select(db.func.count(Introduction.id))) == 0


@pytest.mark.parametrize("body, status, field", [
    ({"target": "organisation:nowhere", "message": "Hi"}, 404, None),
    ({"target": "nonsense", "message": "Hi"}, 400, "target"),
    ({"message": "Hi"}, 400, "target"),
    ({"target": "TARGET", "message": ""}, 400, "message"),
    ({"target": "TARGET", "message": ["a"]}, 400, "message"),
    ({"source": "organisation:someone-else", "target": "TARGET", "message": "Hi"}, 403, None),
])
def test_bad_requests_change_nothing(client, tokens, fund, body, status, field):
    body = {k: (f"organisation:{fund.slug}" if v == "TARGET" else v) for k, v in body.items()}
    response = client.post(f"{API}/introductions", json=body, headers=tokens["founder"])
    assert response.status_code == status
    if field:
        assert field in response.json["error"]["errors"]
    assert db.session.scalar(db.select(db.func.count(Introduction.id))) == 0


def test_daily_limit_is_429(app, client, tokens, make_user, make_org):
    app.config["INTRODUCTIONS_PER_DAY"] = 1
    try:
        a = make_org("company", "A", owner=make_user("a@example.org"))
        b = make_org("company", "B", owner=make_user("b@example.org"))
        assert client.post(f"{API}/introductions", json={"target": f"organisation:{a.slug}", "message": "Hi"},
                           headers=tokens["founder"]).status_code == 201
        response = client.post(f"{API}/introductions", json={"target": f"organisation:{b.slug}", "message": "Hi"},
                               headers=tokens["founder"])
        assert response.status_code == 429 and "24 hours" in response.json["error"]["message"]
    finally:
        app.config.pop("INTRODUCTIONS_PER_DAY")


def test_rules_of_the_actions(client, tokens, founder, startup, fund, ask):
    introduction = ask(founder, fund, source=startup)
    url = f"{API}/introductions/{introduction.id}"
    assert client.post(f"{url}/accept", headers=tokens["founder"]).status_code == 403
    assert client.post(f"{url}/met", headers=tokens["founder"]).status_code == 409
    assert client.get(url, headers=tokens["curator"]).status_code == 404
    assert client.post(f"{url}/accept").status_code == 401
    assert client.post(f"{url}/accept", headers=tokens["investor"], json={"extra": 1}).status_code == 400
    declined = client.post(f"{url}/decline", headers=tokens["investor"], json={"reason": "Chưa phù hợp"})
    assert declined.json["decline_reason"] == "Chưa phù hợp" and declined.json["status"] == "declined"
    assert client.post(f"{url}/withdraw", headers=tokens["founder"]).status_code == 409
    assert client.get(f"{API}/introductions?box=nowhere", headers=tokens["founder"]).status_code == 400
    assert client.get(f"{API}/introductions?status=nowhere", headers=tokens["founder"]).status_code == 400


def test_notifications_through_the_api(client, tokens, founder, startup, fund, ask):
    ask(founder, fund, source=startup)
    listed = client.get(f"{API}/notifications", headers=tokens["investor"]).json
    assert listed["unread"] == 1 and listed["total"] == 1
    item = listed["items"][0]
    assert item["kind"] == "introduction_received" and item["read_at"] is None
    assert item["text"] == "Công ty Robot Hòa Lạc asks for an introduction to Red River Fund."
    assert item["link"].startswith("http://") and item["link"].endswith("/introductions/1")
    read = client.post(f"{API}/notifications/{item['id']}/read", headers=tokens["investor"])
    assert read.status_code == 200 and read.json["read_at"]
    assert client.get(f"{API}/notifications?unread=true", headers=tokens["investor"]).json["total"] == 0
    assert client.get(f"{API}/notifications?unread=maybe", headers=tokens["investor"]).status_code == 400
    assert client.post(f"{API}/notifications/{item['id']}/read", headers=tokens["founder"]).status_code == 404
    marked = client.post(f"{API}/notifications/read-all", headers=tokens["investor"]).json
    assert marked == {"marked": 0, "unread": 0}
    assert client.get(f"{API}/notifications").status_code == 401


def test_funnel_through_the_api(client, tokens, founder, investor_user, startup, fund, ask):
    from ecosystem.introductions import services
    introduction = ask(founder, fund, source=startup)
    services.accept(investor_user, introduction)
    db.session.commit()
    assert client.get(f"{API}/curation/introductions/funnel", headers=tokens["founder"]).status_code == 403
    funnel = client.get(f"{API}/curation/introductions/funnel", headers=tokens["curator"]).json
    assert funnel["overall"]["sent"] == 1 and funnel["overall"]["accepted"] == 1
    assert funnel["overall"]["accepted_rate"] == 100.0 and funnel["overall"]["agreed_rate"] is None
    assert {row["key"] for row in funnel["by_reason"]} >= {"stage"}


def test_openapi_schemas_match_the_serializers(client, tokens, founder, investor_user, startup, fund, ask):
    from ecosystem.introductions import services
    introduction = ask(founder, fund, source=startup)
    services.accept(investor_user, introduction)
    db.session.commit()
    schemas = client.get(f"{API}/openapi.json").json["components"]["schemas"]
    detail = client.get(f"{API}/introductions/{introduction.id}", headers=tokens["founder"]).json
    samples = {
        "Introduction": detail,
        "IntroductionPage": client.get(f"{API}/introductions?box=sent", headers=tokens["founder"]).json,
        "NotificationPage": client.get(f"{API}/notifications", headers=tokens["founder"]).json,
        "IntroductionFunnel": client.get(f"{API}/curation/introductions/funnel", headers=tokens["curator"]).json,
        "NotificationsMarked": client.post(f"{API}/notifications/read-all", headers=tokens["founder"]).json,
    }
    samples["Notification"] = samples["NotificationPage"]["items"][0]
    samples["FunnelRow"] = samples["IntroductionFunnel"]["overall"]
    samples["ContactCard"] = detail["contacts"]["target"][0]
    samples["PartyLink"] = detail["target"]
    for name, sample in samples.items():
        assert set(sample) == set(schemas[name]["properties"]), name
    assert set(schemas["IntroductionCreate"]["properties"]) == {"source", "target", "message"}
    assert schemas["IntroductionCreate"]["required"] == ["target"]
