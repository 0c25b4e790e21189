"""Owners and curators see the score and what to fix; curators get the dashboard and the alert list."""
from datetime import timedelta

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.models import AuditEvent, Organisation, Person, QualitySnapshot, Status, utcnow
from ecosystem.registry.organisations import update_organisation
from ecosystem.registry.people import create_person, update_person

from .conftest import COMPLETE_STARTUP, age, aware


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


def test_owners_see_the_score_and_what_to_fix_on_the_listing_page(client, auth, make_org, owner, make_user):
    org = make_org(name="Alpha", owner=owner, description="Ngắn quá.")
    auth.login("owner@example.org")
    html = page(client, f"/o/{org.slug}")
    assert 'id="quality"' in html and "Add a description of at least 200 characters" in html
    assert "Confirm data is current" in html and "/100" in html
    auth.logout()
    assert 'id="quality"' not in page(client, f"/o/{org.slug}")  # the public
    make_user("stranger@example.org")
    auth.login("stranger@example.org")
    assert 'id="quality"' not in page(client, f"/o/{org.slug}")  # a member of nothing here


def test_curators_see_the_score_too(client, auth, make_org, curator):
    org = make_org(name="Alpha", **COMPLETE_STARTUP)
    auth.login("curator@example.org")
    html = page(client, f"/o/{org.slug}")
    assert 'id="quality"' in html and "Nothing to fix" in html


def test_my_listings_show_each_score_with_its_to_fix_list(client, auth, make_org, owner):
    make_org(name="Alpha", owner=owner, **COMPLETE_STARTUP)
    make_org(name="Beta", owner=owner, status=Status.PENDING)
    create_person(owner, {"full_name": "Nguyễn Văn An"})
    db.session.commit()
    auth.login("owner@example.org")
    html = page(client, "/my")
    assert "100/100" in html and "Add the website address" in html
    assert "Not verified yet: a curator will review the listing" in html
    assert "Add a biography of at least 200 characters" in html


def test_profile_owner_sees_the_panel_and_confirms(client, auth, owner):
    person = create_person(owner, {"full_name": "Trần Thị Bình"}, status=Status.VERIFIED)
    db.session.commit()
    age(person, 200)
    auth.login("owner@example.org")
    html = page(client, f"/p/{person.slug}")
    assert "Confirm your data: last confirmed" in html
    response = client.post(f"/curation/quality/people/{person.slug}/confirm")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/p/{person.slug}")
    db.session.expire_all()
    assert utcnow() - aware(db.session.get(Person, person.id).confirmed_at) < timedelta(minutes=1)
    assert "Confirm your data: last confirmed" not in page(client, f"/p/{person.slug}")


def test_the_confirm_button_is_for_editors_only(client, auth, make_org, owner, make_user):
    org = age(make_org(name="Alpha", owner=owner), 300)
    before = org.confirmed_at
    assert client.post(f"/curation/quality/organisations/{org.slug}/confirm").status_code == 302  # to sign in
    make_user("stranger@example.org")
    auth.login("stranger@example.org")
    assert client.post(f"/curation/quality/organisations/{org.slug}/confirm").status_code == 403
    assert client.post("/curation/quality/organisations/nowhere/confirm").status_code == 404
    db.session.expire_all()
    assert db.session.get(Organisation, org.id).confirmed_at == before
    auth.logout()
    auth.login("owner@example.org")
    assert client.get(f"/curation/quality/organisations/{org.slug}/confirm").status_code == 405
    assert client.post(f"/curation/quality/organisations/{org.slug}/confirm").status_code == 302
    db.session.expire_all()
    assert db.session.get(Organisation, org.id).confirmed_at != before
    event = db.session.scalar(db.select(AuditEvent).filter_by(action="confirmed", target_id=org.id))
    assert event.target_type == "organisation" and event.actor_id == owner.id


def test_an_owners_edit_confirms_the_data_and_a_curators_does_not(app, make_org, owner, curator):
    org = age(make_org(name="Alpha", owner=owner), 300)
    stale = org.confirmed_at
    update_organisation(curator, org, {"phone": "024 3555 0101"})
    db.session.commit()
    assert org.confirmed_at == stale
    update_organisation(owner, org, {"phone": "024 3555 0102"})
    db.session.commit()
    assert org.confirmed_at != stale
    person = age(create_person(owner, {"full_name": "Lê Cường"}), 300)
    update_person(SYSTEM, person, {"expertise": "Robot"})
    assert aware(person.confirmed_at) < utcnow() - timedelta(days=299)
    update_person(owner, person, {"expertise": "Robot học"})
    assert aware(person.confirmed_at) > utcnow() - timedelta(minutes=1)


def test_the_dashboard_is_for_curators(client, auth, make_user, curator):
    assert client.get("/curation/quality").status_code == 302
    make_user("member@example.org")
    auth.login("member@example.org")
    assert client.get("/curation/quality").status_code == 403
    assert client.get("/curation/quality/alerts").status_code == 403
    assert client.post("/curation/quality/snapshot").status_code == 403


def test_the_dashboard_shows_distribution_kinds_wards_worst_and_trend(client, auth, make_org, curator, owner):
    make_org(name="Alpha", **COMPLETE_STARTUP)
    make_org(name="Beta Cầu Giấy", ward="ha-noi-cau-giay")
    make_org(kind="investor", name="Quỹ Gamma", status=Status.PENDING)
    make_org(name="Lưu trữ", status=Status.ARCHIVED)
    create_person(owner, {"full_name": "Phạm Dũng"}, status=Status.VERIFIED)
    db.session.commit()
    auth.login("curator@example.org")
    html = page(client, "/curation/quality")
    for text in ("Distribution of scores", "Average by kind", "Average by ward or commune", "Cầu Giấy",
                 "No ward given", "Listings most in need of work", "Quỹ Gamma", "No snapshot yet"):
        assert text in html, text
    assert "Lưu trữ" not in html  # archived listings are not watched
    assert 'class="bar bar-' in html and "style=" not in html  # bars by CSS class: the CSP forbids inline styles
    assert client.post("/curation/quality/snapshot").status_code == 302
    rows = db.session.scalars(db.select(QualitySnapshot).order_by(QualitySnapshot.kind)).all()
    assert [(row.kind, row.listing_count) for row in rows] == [("investor", 1), ("person", 1), ("startup", 2)]
    assert rows[2].low_score_count == 1 and rows[2].average_score > 50  # Alpha is complete, Beta is not
    html = page(client, "/curation/quality")
    assert "No snapshot yet" not in html and "Record snapshot now" in html
    assert "Quỹ Gamma" in page(client, "/curation/quality?kind=investor")
    page(client, "/curation/quality?kind=spaceship", 404)


def test_recording_twice_a_day_replaces_the_days_rows(client, auth, make_org, curator):
    make_org(name="Alpha")
    auth.login("curator@example.org")
    client.post("/curation/quality/snapshot")
    make_org(name="Beta")
    client.post("/curation/quality/snapshot")
    rows = db.session.scalars(db.select(QualitySnapshot)).all()
    assert [(row.kind, row.listing_count) for row in rows] == [("startup", 2)]


def test_the_trend_reads_one_point_per_day(client, auth, curator):
    today = utcnow().date()
    for days, average in ((2, 42.0), (1, 62.0)):
        db.session.add_all([QualitySnapshot(day=today - timedelta(days=days), kind="startup", listing_count=3,
                                            average_score=average),
                            QualitySnapshot(day=today - timedelta(days=days), kind="person", listing_count=1,
                                            average_score=80.0)])
    db.session.commit()
    auth.login("curator@example.org")
    html = page(client, "/curation/quality")
    assert html.index("51.5") < html.index("66.5")  # (3×42 + 80) / 4, then (3×62 + 80) / 4, oldest first
    startups = page(client, "/curation/quality?kind=startup")
    assert "66.5" not in startups and startups.index("42.0") < startups.index("62.0")


def test_the_alert_list_flags_long_silent_listings(client, auth, make_org, curator, owner):
    age(make_org(name="Tươi", owner=owner), 20)
    age(make_org(name="Cũ", owner=owner), 200)
    age(make_org(name="Im lặng", status=Status.PENDING), 400)
    age(make_org(name="Đã lưu trữ", status=Status.ARCHIVED), 900)
    auth.login("curator@example.org")
    html = page(client, "/curation/quality/alerts")
    assert "Tươi" not in html and "Đã lưu trữ" not in html
    assert html.index("Im lặng") < html.index("Cũ")  # longest silent first
    assert html.count("suggest archiving") == 1 and "ask the owners to confirm" in html
