"""Duplicates in the browser: the warning on create, the queue, "not duplicates", the merge page, redirects."""
import pytest

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.models import Organisation, Status
from ecosystem.registry.people import create_person

FORM = {"province": "", "ward": "", "zone": ""}


@pytest.fixture
def curator(make_user):
    return make_user("curator@example.org", role="curator")


def test_create_warns_about_likely_duplicates_and_saves_only_when_confirmed(client, auth, make_user, make_org):
    existing = make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn")
    hidden = make_org("company", "Công ty Chưa Duyệt", tax_code="0100000001", status=Status.PENDING)
    make_user()
    auth.login()
    page = client.get("/organisations/new/company").get_data(as_text=True)
    assert "confirm_new" not in page  # no box while there is nothing to confirm
    response = client.post("/organisations/new/company", data={**FORM, "name": "MISA JSC"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409 and f'href="/o/{existing.slug}"' in page
    assert "This organisation may already be listed" in page and 'name="confirm_new"' in page
    assert 'value="MISA JSC"' in page  # what was typed is kept
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 2
    # A pending listing of someone else is never revealed, so it does not block either.
    other = client.post("/organisations/new/company", data={**FORM, "name": "Khác", "tax_code": "0100000001"})
    assert other.status_code == 302 and hidden.slug not in other.get_data(as_text=True)
    confirmed = client.post("/organisations/new/company", data={**FORM, "name": "MISA JSC", "confirm_new": "y"})
    assert confirmed.status_code == 302
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 4


def test_create_warning_is_translated(client, auth, make_user, make_org):
    make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn")
    make_user()
    auth.login()
    client.set_cookie("lang", "vi")
    page = client.post("/organisations/new/company", data={**FORM, "name": "MISA JSC"}).get_data(as_text=True)
    assert "Tổ chức này có thể đã có trong danh bạ" in page and "Cùng tên khi bỏ qua" in page


def test_queue_dismiss_and_merge_pages(client, auth, curator, make_org):
    kept = make_org("company", "MISA JSC", website="https://www.misa.vn")
    gone = make_org("company", "Công ty Cổ phần MISA", website="https://misa.vn", status=Status.PENDING,
                    description="Phần mềm kế toán.")
    other = make_org("company", "Misa Cafe", website="https://misa.vn/cafe")
    auth.login("curator@example.org")
    page = client.get("/curation/duplicates").get_data(as_text=True)
    assert page.count('class="duplicate-pair"') == 3 and "Same website domain: misa.vn" in page
    assert f"/curation/merge/organisation/{kept.slug}/{gone.slug}" in page  # the verified one is kept
    response = client.post("/curation/duplicates/dismiss", data={"kind": "organisation", "first": kept.slug,
                                                                "second": other.slug})
    assert response.status_code == 302
    assert client.get("/curation/duplicates").get_data(as_text=True).count('class="duplicate-pair"') == 2
    assert client.get("/curation/duplicates?kind=person").status_code == 200
    assert client.get("/curation/duplicates?kind=robot").status_code == 404

    merge_url = f"/curation/merge/organisation/{kept.slug}/{gone.slug}"
    page = client.get(merge_url).get_data(as_text=True)
    assert 'name="choice-description" value="loser" checked' in page  # the survivor has none
    response = client.post(merge_url, data={"survivor_version": kept.version, "loser_version": gone.version,
                                            "choice-name": "loser"})
    assert response.status_code == 302 and response.location.endswith(f"/o/{kept.slug}")
    assert client.get(f"/o/{gone.slug}").headers["Location"].endswith(f"/o/{kept.slug}")
    assert client.get(f"/o/{gone.slug}/edit").headers["Location"].endswith(f"/o/{kept.slug}/edit")
    assert client.get(merge_url).status_code == 404  # the loser is gone


def test_merge_page_reports_stale_versions_and_bad_requests(client, auth, curator, make_org):
    kept, gone = make_org("company", "MISA JSC"), make_org("company", "Công ty Cổ phần MISA")
    auth.login("curator@example.org")
    url = f"/curation/merge/organisation/{kept.slug}/{gone.slug}"
    response = client.post(url, data={"survivor_version": kept.version + 5, "loser_version": gone.version})
    assert response.status_code == 409 and "changed after you opened" in response.get_data(as_text=True)
    assert client.post(f"/curation/merge/organisation/{kept.slug}/{kept.slug}", data={}).status_code == 400
    assert client.post(url, data={"choice-name": "everything"}).status_code == 400
    assert client.get(f"/curation/merge/organisation/{kept.slug}/nope").status_code == 404
    assert client.get(f"/curation/merge/spaceship/{kept.slug}/{gone.slug}").status_code == 404
    assert db.session.scalar(db.select(db.func.count(Organisation.id))) == 2


def test_only_curators_see_the_queue_or_merge(client, auth, make_user, make_org):
    kept, gone = make_org("company", "MISA JSC"), make_org("company", "Công ty Cổ phần MISA")
    assert client.get("/curation/duplicates").status_code == 302  # to sign in
    make_user()
    auth.login()
    assert client.get("/curation/duplicates").status_code == 403
    assert client.get(f"/curation/merge/organisation/{kept.slug}/{gone.slug}").status_code == 403
    assert client.post(f"/curation/merge/organisation/{kept.slug}/{gone.slug}").status_code == 403
    assert client.post("/curation/duplicates/dismiss", data={"kind": "organisation", "first": kept.slug,
                                                            "second": gone.slug}).status_code == 403


def test_people_merge_in_the_browser(client, auth, curator):
    kept = create_person(SYSTEM, {"full_name": "Nguyễn Văn An", "email": "an@vnu.edu.vn"}, status=Status.VERIFIED)
    gone = create_person(SYSTEM, {"full_name": "Nguyen Van An", "email": "an@vnu.edu.vn",
                                  "orcid": "0000-0002-1825-0097"})
    db.session.commit()
    auth.login("curator@example.org")
    page = client.get("/curation/duplicates?kind=person").get_data(as_text=True)
    assert "Same email address: an@vnu.edu.vn" in page
    url = f"/curation/merge/person/{kept.slug}/{gone.slug}"
    assert 'name="choice-orcid" value="loser" checked' in client.get(url).get_data(as_text=True)
    assert client.post(url, data={"choice-orcid": "loser"}).status_code == 302
    assert client.get(f"/p/{gone.slug}").headers["Location"].endswith(f"/p/{kept.slug}")
    assert client.get(f"/p/{kept.slug}").get_data(as_text=True).count("0000-0002-1825-0097") >= 1
