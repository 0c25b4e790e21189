"""Browsing, creating and editing listings through the browser routes."""
import gc
import io
import unicodedata
import warnings

import pytest
from PIL import Image

from ecosystem.extensions import db
from ecosystem.models import Claim, Membership, Organisation, Role, Status


@pytest.fixture(autouse=True)
def _collect_upload_spools():
    """Large test uploads leave Werkzeug's spooled temp files for the garbage collector; collect
    them here so their ResourceWarning is not raised inside an unrelated later test."""
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def _png(size=(64, 64)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def test_listing_filters_sort_and_paginate(client, make_org):
    make_org(name="Robot Hòa Lạc", technologies=["robotics"], stage="seed", ward="ha-noi-hoa-lac")
    make_org(name="AI Cầu Giấy", technologies=["ai"], stage="series-a", ward="ha-noi-cau-giay")
    make_org(name="Chờ duyệt", status=Status.PENDING)
    make_org(kind="investor", name="Quỹ Đầu tư Sông Hồng", investor_type="vc")
    page = client.get("/directory/startups").get_data(as_text=True)
    assert "Robot Hòa Lạc" in page and "AI Cầu Giấy" in page
    assert "Chờ duyệt" not in page and "Quỹ Đầu tư" not in page
    assert "AI Cầu Giấy" not in client.get("/directory/startups?q=hoa+lac").get_data(as_text=True)
    assert "Robot" in client.get("/directory/startups?q=hoa+lac").get_data(as_text=True)
    both = client.get("/directory/startups?tech=ai&tech=robotics").get_data(as_text=True)
    assert "Robot" in both and "AI Cầu Giấy" in both
    narrowed = client.get("/directory/startups?tech=ai&tech=robotics&stage=seed").get_data(as_text=True)
    assert "Robot" in narrowed and "AI Cầu Giấy" not in narrowed
    assert "Quỹ Đầu tư" in client.get("/directory/investors?investor_type=vc").get_data(as_text=True)
    assert "Robot" in client.get("/directory/startups?ward=ha-noi-hoa-lac").get_data(as_text=True)


@pytest.mark.parametrize("query, status", [
    ("page=-1", 400), ("page=0", 400), ("page=abc", 400), ("page=" + "1" * 23, 400), ("page=2", 404),
    ("sort=evil", 400), ("tech=warp", 400), ("stage=unicorn", 400), ("province=atlantis", 400), ("kind=zone", 400),
])
def test_bad_listing_parameters_are_clear_errors(client, make_org, query, status):
    make_org()
    response = client.get("/directory/startups?" + query)
    assert response.status_code == status
    assert "Something went wrong" not in response.get_data(as_text=True)


def test_unknown_listing_and_slug_are_404(client):
    assert client.get("/directory/spaceships").status_code == 404
    assert client.get("/o/does-not-exist").status_code == 404


def test_pending_listing_is_visible_to_owner_and_curator_only(client, app, make_user, make_org, auth):
    owner = make_user("owner@example.org")
    org = make_org(name="Bí mật", owner=owner, status=Status.PENDING)
    make_user("other@example.org")
    make_user("curator@example.org", role=Role.CURATOR)
    assert client.get(f"/o/{org.slug}").status_code == 404
    auth.login("other@example.org")
    assert client.get(f"/o/{org.slug}").status_code == 404
    auth.logout()
    auth.login("owner@example.org")
    assert client.get(f"/o/{org.slug}").status_code == 200
    auth.logout()
    auth.login("curator@example.org")
    assert "Verify" in client.get(f"/o/{org.slug}").get_data(as_text=True)


def test_founder_creates_a_pending_startup(client, make_user, auth):
    make_user()
    auth.login()
    nfd = unicodedata.normalize("NFD", "Công ty Robot Hòa Lạc")
    response = client.post("/organisations/new/startup", data={
        "name": nfd, "name_en": "Hoa Lac Robotics", "description": "We build **robots**.\n\n<script>x</script>",
        "technologies": ["robotics"], "stage": "seed", "province": "ha-noi", "ward": "ha-noi-hoa-lac",
        "zone": "", "funding_sought_usd": "250000", "tags": "robot, Hòa Lạc"})
    assert response.status_code == 302
    org = db.session.scalar(db.select(Organisation))
    assert org.name == unicodedata.normalize("NFC", nfd) and org.status == Status.PENDING
    assert org.startup.funding_sought_usd == 250000
    page = client.get(response.location).get_data(as_text=True)
    assert "<strong>robots</strong>" in page and "<script>x</script>" not in page
    assert db.session.scalar(db.select(Membership)).role == "owner"


@pytest.mark.parametrize("data, needle", [
    ({"name": ""}, "required"),
    ({"name": "x" * 201}, "200"),
    ({"name": "Ok", "website": "ftp://x"}, "http"),
    ({"name": "Ok", "funding_sought_usd": "-5"}, "Number"),
    ({"name": "Ok", "technologies": ["warp-drive"]}, "valid choice"),
])
def test_create_rejects_bad_input_without_saving(client, make_user, auth, data, needle):
    make_user()
    auth.login()
    response = client.post("/organisations/new/startup", data={"province": "", "ward": "", "zone": "", **data})
    assert response.status_code == 400
    assert needle.lower() in response.get_data(as_text=True).lower()
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 0


def test_unknown_kind_is_404(client, make_user, auth):
    make_user()
    auth.login()
    assert client.get("/organisations/new/spaceship").status_code == 404


def test_owner_edits_only_their_own(client, make_user, make_org, auth):
    # Pending, so the owner's rename applies at once (renaming a verified listing waits for a curator).
    mine = make_org(name="Của tôi", owner=make_user("owner@example.org"), status=Status.PENDING)
    theirs = make_org(name="Của người khác", owner=make_user("other@example.org"))
    auth.login("owner@example.org")
    assert client.get(f"/o/{theirs.slug}/edit").status_code == 403
    response = client.post(f"/o/{theirs.slug}/edit", data={"name": "Stolen", "version": theirs.version,
                                                           "province": "", "ward": "", "zone": ""})
    assert response.status_code == 403
    response = client.post(f"/o/{mine.slug}/edit", data={"name": "Đổi tên", "version": mine.version, "province": "",
                                                         "ward": "", "zone": "", "status": "verified"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Organisation, theirs.id).name == "Của người khác"
    assert db.session.get(Organisation, mine.id).name == "Đổi tên"


def test_second_save_with_old_version_is_a_conflict(client, make_user, make_org, auth):
    org = make_org(name="Phiên bản", owner=make_user(), status=Status.PENDING)
    auth.login()
    old_version = org.version
    form = {"name": "Lần một", "version": old_version, "province": "", "ward": "", "zone": ""}
    assert client.post(f"/o/{org.slug}/edit", data=form).status_code == 302
    response = client.post(f"/o/{org.slug}/edit", data={**form, "name": "Lần hai"})
    assert response.status_code == 409
    db.session.expire_all()
    assert db.session.get(Organisation, org.id).name == "Lần một"


def test_logo_upload_is_checked_reencoded_and_renamed(client, app, make_user, make_org, auth):
    org = make_org(owner=make_user())
    auth.login()
    response = client.post(f"/o/{org.slug}/logo", data={"logo": (_png(), "../../evil.png")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    db.session.expire_all()
    name = db.session.get(Organisation, org.id).logo
    assert name.endswith(".png") and "evil" not in name
    served = client.get(f"/media/logos/{name}")
    assert served.status_code == 200 and served.data.startswith(b"\x89PNG")
    served.close()


@pytest.mark.parametrize("payload, filename", [
    (b"<?php echo 1; ?>", "logo.png"),
    (b"GIF89a" + b"\x00" * 20, "logo.gif"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 2 * 1024 * 1024, "big.png"),
])
def test_bad_logos_are_refused(client, make_user, make_org, auth, payload, filename):
    org = make_org(owner=make_user())
    auth.login()
    response = client.post(f"/o/{org.slug}/logo", data={"logo": (io.BytesIO(payload), filename)},
                           content_type="multipart/form-data")
    assert response.status_code == 400
    db.session.expire_all()
    assert db.session.get(Organisation, org.id).logo is None


def test_decompression_bomb_is_refused(client, app, make_user, make_org, auth):
    org = make_org(owner=make_user())
    auth.login()
    app.config["LOGO_MAX_PIXELS"] = 100 * 100
    try:
        response = client.post(f"/o/{org.slug}/logo", data={"logo": (_png((400, 400)), "bomb.png")},
                               content_type="multipart/form-data")
    finally:
        app.config["LOGO_MAX_PIXELS"] = 4096 * 4096
    assert response.status_code == 400


def test_upload_over_request_limit_is_413(client, app, make_user, make_org, auth):
    org = make_org(owner=make_user())
    auth.login()
    big = io.BytesIO(b"0" * (app.config["MAX_CONTENT_LENGTH"] + 10))
    response = client.post(f"/o/{org.slug}/logo", data={"logo": (big, "x.png")}, content_type="multipart/form-data")
    assert response.status_code == 413


def test_claim_then_curator_approves(client, make_user, make_org, auth, outbox):
    org = make_org(name="Viện Nghiên cứu")
    claimant = make_user("claimant@example.org")
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("claimant@example.org")
    assert client.post(f"/o/{org.slug}/claim", data={"message": "Tôi là giám đốc"}).status_code == 302
    assert client.post(f"/o/{org.slug}/claim", data={"message": "Again"}).status_code == 409
    auth.logout()
    auth.login("curator@example.org")
    claim = db.session.scalar(db.select(Claim))
    assert client.post(f"/curation/claims/{claim.id}/decide", data={"action": "approve"}).status_code == 302
    membership = db.session.scalar(db.select(Membership).filter_by(user_id=claimant.id))
    assert membership.role == "owner"
    assert outbox[-1]["To"] == "claimant@example.org" and org.name in outbox[-1]["Subject"]


def test_curator_verifies_and_rejects_from_the_queue(client, make_user, make_org, auth, outbox):
    owner = make_user("owner@example.org")
    first = make_org(name="Một", owner=owner, status=Status.PENDING)
    second = make_org(name="Hai", owner=owner, status=Status.PENDING)
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    assert "Một" in client.get("/curation/").get_data(as_text=True)
    client.post(f"/curation/organisations/{first.id}/decide", data={"action": "verify"})
    response = client.post(f"/curation/organisations/{second.id}/decide", data={"action": "reject", "reason": ""})
    assert response.status_code == 303
    client.post(f"/curation/organisations/{second.id}/decide", data={"action": "reject", "reason": "Thiếu mô tả"})
    db.session.expire_all()
    assert db.session.get(Organisation, first.id).status == Status.VERIFIED
    assert db.session.get(Organisation, second.id).status == Status.REJECTED
    assert len(outbox) == 2 and "Thiếu mô tả" in outbox[1].get_content()
    assert "Một" in client.get("/directory/startups").get_data(as_text=True)


def test_members_cannot_use_curation(client, make_user, make_org, auth):
    org = make_org(status=Status.PENDING, owner=make_user())
    auth.login()
    assert client.get("/curation/").status_code == 403
    assert client.post(f"/curation/organisations/{org.id}/decide", data={"action": "verify"}).status_code == 403


def test_owner_adds_and_removes_editors(client, make_user, make_org, auth):
    org = make_org(owner=make_user("owner@example.org"))
    make_user("editor@example.org")
    auth.login("owner@example.org")
    assert client.post(f"/o/{org.slug}/members", data={"email": "editor@example.org", "role": "editor"}).status_code == 302
    assert client.post(f"/o/{org.slug}/members", data={"email": "nobody@example.org", "role": "editor"}).status_code == 400
    owner_membership = db.session.scalar(db.select(Membership).filter_by(role="owner"))
    assert client.post(f"/o/{org.slug}/members/{owner_membership.id}/remove").status_code == 409


def test_person_profile_hides_contacts_unless_shown(client, make_user, auth):
    make_user("researcher@example.org")
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("researcher@example.org")
    response = client.post("/people/new", data={"full_name": "Trần Thị Mai", "kind": "researcher",
                                                 "email": "mai@example.org", "phone": "0912 345 678",
                                                 "show_phone": "y", "province": ""})
    assert response.status_code == 302
    slug = response.location.rsplit("/", 1)[1]
    auth.logout()
    assert client.get(f"/p/{slug}").status_code == 404
    auth.login("curator@example.org")
    from ecosystem.models import Person
    person = db.session.scalar(db.select(Person))
    client.post(f"/curation/people/{person.id}/decide", data={"action": "verify"})
    auth.logout()
    page = client.get(f"/p/{slug}").get_data(as_text=True)
    assert "Trần Thị Mai" in page and "0912 345 678" in page and "mai@example.org" not in page


def test_curator_edits_taxonomy(client, make_user, auth):
    make_user("curator@example.org", role=Role.CURATOR)
    auth.login("curator@example.org")
    response = client.post("/curation/taxonomy/technologies", data={
        "new-code": "quantum-sensing", "new-name_vi": "Cảm biến lượng tử", "new-name_en": "Quantum sensing",
        "new-sort_order": "20", "new-active": "y"})
    assert response.status_code == 302
    duplicate = client.post("/curation/taxonomy/technologies", data={
        "new-code": "ai", "new-name_vi": "Trùng", "new-sort_order": "1"})
    assert duplicate.status_code == 400
    assert "Quantum sensing" in client.get("/directory/startups").get_data(as_text=True)


def test_healthz_and_home(client, make_org):
    make_org(name="Khu Công nghệ cao Hòa Lạc", kind="zone")
    assert client.get("/healthz").get_json() == {"status": "ok", "database": "ok"}
    assert "Khu Công nghệ cao Hòa Lạc" in client.get("/").get_data(as_text=True)
