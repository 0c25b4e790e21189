"""Accounts: registration, sign-in, logout that ends the session, password reset and change, roles."""
import re

import pytest

from ecosystem.auth import services
from ecosystem.extensions import db
from ecosystem.models import AuditEvent, Role, User
from tests.conftest import PASSWORD


def test_register_signs_in_and_hashes_password(client, app):
    response = client.post("/register", data={"name": "Nguyễn Lan", "email": "Lan@Example.org",
                                              "password": "mật khẩu dài 123", "confirm": "mật khẩu dài 123"})
    assert response.status_code == 302 and response.location.endswith("/my")
    user = db.session.scalar(db.select(User).filter_by(email="lan@example.org"))
    assert user.password_hash.startswith(("scrypt:", "pbkdf2:")) and "mật" not in user.password_hash
    assert client.get("/my").status_code == 200


@pytest.mark.parametrize("data, message", [
    ({"name": "A", "email": "not-an-email", "password": "long enough 1", "confirm": "long enough 1"}, "email"),
    ({"name": "A", "email": "a@example.org", "password": "short", "confirm": "short"}, "10"),
    ({"name": "A", "email": "a@example.org", "password": "long enough 1", "confirm": "different 12"}, "match"),
])
def test_register_rejects_bad_input(client, data, message):
    response = client.post("/register", data=data)
    assert response.status_code == 400
    assert db.session.scalar(db.select(db.func.count(User.id))) == 0


def test_duplicate_email_is_refused(client, make_user):
    make_user("taken@example.org")
    response = client.post("/register", data={"name": "B", "email": "TAKEN@example.org",
                                              "password": "long enough 1", "confirm": "long enough 1"})
    assert response.status_code == 409
    assert "already exists" in response.get_data(as_text=True)


def test_login_wrong_password_and_unknown_email_look_the_same(client, make_user):
    make_user()
    wrong = client.post("/login", data={"email": "member@example.org", "password": "nope nope nope"})
    unknown = client.post("/login", data={"email": "ghost@example.org", "password": "nope nope nope"})
    assert wrong.status_code == unknown.status_code == 401


@pytest.mark.parametrize("target, expected", [
    ("/o/some-listing", "/o/some-listing"),
    ("https://evil.example/", "/my"),
    ("//evil.example/", "/my"),
    ("/\\evil.example", "/my"),
    ("javascript:alert(1)", "/my"),
])
def test_next_redirects_only_to_local_paths(client, make_user, target, expected):
    make_user()
    response = client.post("/login", data={"email": "member@example.org", "password": PASSWORD, "next": target})
    assert response.status_code == 302
    assert response.location == expected


def test_logout_ends_the_session_even_for_a_copied_cookie(client, app, make_user, auth):
    make_user()
    auth.login()
    cookie = client.get_cookie("session").value
    assert auth.logout().status_code == 302
    thief = app.test_client()
    thief.set_cookie("session", cookie)
    response = thief.get("/my")
    assert response.status_code == 302 and "/login" in response.location


def test_logout_is_post_only(client, make_user, auth):
    make_user()
    auth.login()
    assert client.get("/logout").status_code == 405
    assert client.get("/my").status_code == 200


def test_password_reset_by_mailed_link_works_once(client, make_user, outbox):
    make_user()
    response = client.post("/password/forgot", data={"email": "member@example.org"})
    assert response.status_code == 302
    assert len(outbox) == 1
    link = re.search(r"http://\S+/password/reset/\S+", outbox[0].get_content()).group(0)
    path = link.split("localhost", 1)[1]
    response = client.post(path, data={"password": "a brand new secret", "confirm": "a brand new secret"})
    assert response.status_code == 302 and response.location.endswith("/login")
    assert client.post("/login", data={"email": "member@example.org", "password": "a brand new secret"}).status_code == 302
    again = client.post(path, data={"password": "another new secret", "confirm": "another new secret"})
    assert again.status_code == 302 and "forgot" in again.location


def test_forgot_password_does_not_reveal_accounts(client, outbox):
    response = client.post("/password/forgot", data={"email": "nobody@example.org"})
    assert response.status_code == 302 and outbox == []


def test_tampered_reset_token_is_refused(client, make_user):
    make_user()
    response = client.get("/password/reset/not-a-token")
    assert response.status_code == 302 and "forgot" in response.location


def test_change_password_ends_other_sessions(app, client, make_user, auth):
    make_user()
    auth.login()
    other = app.test_client()
    other.post("/login", data={"email": "member@example.org", "password": PASSWORD})
    assert other.get("/my").status_code == 200
    response = client.post("/account/password", data={"current_password": PASSWORD, "password": "new secret 12345",
                                                      "confirm": "new secret 12345"})
    assert response.status_code == 302
    assert client.get("/my").status_code == 200
    assert other.get("/my").status_code == 302


def test_change_password_needs_the_current_one(client, make_user, auth):
    make_user()
    auth.login()
    response = client.post("/account/password", data={"current_password": "wrong wrong 1", "password": "new secret 12345",
                                                      "confirm": "new secret 12345"})
    assert response.status_code == 400


def test_admin_sets_roles_but_not_their_own(client, make_user, auth):
    admin = make_user("admin@example.org", role=Role.ADMIN)
    staff = make_user("staff@example.org")
    auth.login("admin@example.org")
    assert client.get("/admin/users").status_code == 200
    assert client.post(f"/admin/users/{staff.id}/role", data={"role": "curator"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(User, staff.id).role == Role.CURATOR
    assert client.post(f"/admin/users/{admin.id}/role", data={"role": "member"}).status_code == 403
    assert db.session.scalar(db.select(AuditEvent).filter_by(action="role_changed")).details == {
        "from": "member", "to": "curator"}


def test_members_and_curators_cannot_reach_the_role_page(client, make_user, auth):
    member = make_user()
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    assert client.get("/admin/users").status_code == 403
    assert client.post(f"/admin/users/{member.id}/role", data={"role": "admin"}).status_code == 403


def test_cli_create_admin(runner):
    result = runner.invoke(args=["users", "create-admin", "boss@example.org", "--password", "a long password"])
    assert result.exit_code == 0, result.output
    assert services.find_user_by_email("boss@example.org").role == Role.ADMIN
    result = runner.invoke(args=["users", "create-admin", "new@example.org", "--password", "short"])
    assert result.exit_code != 0 and "10" in result.output


def test_api_token_created_once_and_revocable(client, make_user, auth):
    make_user()
    auth.login()
    response = client.post("/account/tokens", data={"name": "script"})
    raw = re.search(r"eco_[A-Za-z0-9_-]+", response.get_data(as_text=True)).group(0)
    from ecosystem.auth.session import load_user_from_bearer
    assert load_user_from_bearer("Bearer " + raw).email == "member@example.org"
    db.session.commit()  # the lookup stamped last_used_at; release SQLite's write lock
    token_id = db.session.scalar(db.select(services.ApiToken.id))
    client.post(f"/account/tokens/{token_id}/revoke")
    db.session.expire_all()
    assert load_user_from_bearer("Bearer " + raw) is None


def test_session_cookies_are_httponly_and_lax(client, make_user, auth):
    make_user()
    response = client.post("/login", data={"email": "member@example.org", "password": PASSWORD, "remember": "y"})
    cookies = response.headers.getlist("Set-Cookie")
    assert cookies and all("HttpOnly" in c and "SameSite=Lax" in c for c in cookies)
