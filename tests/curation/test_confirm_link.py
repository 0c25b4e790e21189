"""The "please confirm your data" link: signed, expiring, single-use, and only for the listing's managers.

GET shows the listing and a button and changes nothing; only the POST confirms."""
import time

from itsdangerous.timed import TimestampSigner

from ecosystem.curation.quality.services import make_confirm_token
from ecosystem.extensions import db
from ecosystem.models import Membership, Organisation, Person, Status
from ecosystem.registry.people import create_person

from .conftest import age


def confirmed_at(model, listing_id):
    db.session.expire_all()
    return db.session.get(model, listing_id).confirmed_at


def test_the_link_shows_a_page_and_only_the_post_confirms(client, make_org, owner):
    org = age(make_org(name="Alpha", owner=owner), 200)
    before = org.confirmed_at
    link = f"/curation/confirm/{make_confirm_token(org, owner)}"
    page = client.get(link)
    assert page.status_code == 200 and "Alpha" in page.get_data(as_text=True)
    assert "Yes, the data is current" in page.get_data(as_text=True)
    assert confirmed_at(Organisation, org.id) == before  # no state change on GET
    response = client.post(link)
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/o/{org.slug}")
    assert confirmed_at(Organisation, org.id) != before
    again = client.post(link)  # the link works once: the confirmation it was bound to changed
    assert again.status_code == 409 and "used already" in again.get_data(as_text=True)


def test_an_expired_link_is_refused(client, make_org, owner, monkeypatch):
    org = age(make_org(name="Alpha", owner=owner), 200)
    before = org.confirmed_at
    month_ago = int(time.time()) - 31 * 24 * 3600
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: month_ago)
    token = make_confirm_token(org, owner)
    monkeypatch.undo()
    for response in (client.get(f"/curation/confirm/{token}"), client.post(f"/curation/confirm/{token}")):
        assert response.status_code == 400 and "expired" in response.get_data(as_text=True)
    assert confirmed_at(Organisation, org.id) == before


def test_a_tampered_link_is_refused(client, make_org, owner):
    org = age(make_org(name="Alpha", owner=owner), 200)
    before, token = org.confirmed_at, make_confirm_token(org, owner)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for bad in (tampered, "nonsense", token.replace(".", "", 1)):
        response = client.post(f"/curation/confirm/{bad}")
        assert response.status_code == 400 and "not valid" in response.get_data(as_text=True)
    assert confirmed_at(Organisation, org.id) == before


def test_a_signed_in_non_owner_cannot_use_an_owners_link(client, auth, make_org, owner, make_user):
    org = age(make_org(name="Alpha", owner=owner), 200)
    before, token = org.confirmed_at, make_confirm_token(org, owner)
    make_user("stranger@example.org")
    auth.login("stranger@example.org")
    assert client.get(f"/curation/confirm/{token}").status_code == 403
    assert client.post(f"/curation/confirm/{token}").status_code == 403
    assert confirmed_at(Organisation, org.id) == before


def test_the_link_stops_working_for_someone_no_longer_a_member(client, make_org, owner, make_user):
    editor = make_user("editor@example.org")
    org = age(make_org(name="Alpha", owner=owner), 200)
    before = org.confirmed_at
    db.session.add(Membership(user_id=editor.id, organisation_id=org.id, role="editor"))
    db.session.commit()
    token = make_confirm_token(org, editor)
    db.session.delete(db.session.scalar(db.select(Membership).filter_by(user_id=editor.id)))
    db.session.commit()
    assert client.post(f"/curation/confirm/{token}").status_code == 403
    assert confirmed_at(Organisation, org.id) == before


def test_an_anonymous_owner_confirms_a_pending_listing_without_seeing_it_publicly(client, make_org, owner):
    org = age(make_org(name="Alpha", owner=owner, status=Status.PENDING), 200)
    before = org.confirmed_at
    response = client.post(f"/curation/confirm/{make_confirm_token(org, owner)}")
    assert response.status_code == 200 and "is confirmed" in response.get_data(as_text=True)
    assert confirmed_at(Organisation, org.id) != before


def test_profile_links_work_too(client, owner):
    person = age(create_person(owner, {"full_name": "Võ Thị Hoa"}, status=Status.VERIFIED), 400)
    before = person.confirmed_at
    response = client.post(f"/curation/confirm/{make_confirm_token(person, owner)}")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/p/{person.slug}")
    assert confirmed_at(Person, person.id) != before
