"""Pages of partnerships: the listing and its filters, the detail page, forms, partners, panels, the queue."""
import pytest

from ecosystem.extensions import db
from ecosystem.models import Partnership, Status

from tests.conftest import Auth

from .conftest import partner


@pytest.fixture
def three(world, make_partnership):
    """A complete triple, one missing the investor (AI), one missing the state and pending."""
    complete = make_partnership([partner(world["agency"], "state"), partner(world["university"], "school"),
                                 partner(world["company"], "investor")], zone=world["zone"].slug)
    no_investor = make_partnership([partner(world["agency"], "state"), partner(world["university"], "school")],
                                   title="Phòng thí nghiệm AI chung", title_en="Joint AI lab", technologies=["ai"],
                                   partnership_kind="joint-lab", phase="planned")
    pending = make_partnership([partner(world["university"], "school"), partner(world["investor"], "investor")],
                               title="Spin-off cảm biến", title_en=None, status=Status.PENDING, phase="planned")
    return complete, no_investor, pending


def test_listing_filters_by_composition_technology_and_more(client, three):
    page = client.get("/partnerships").get_data(as_text=True)
    assert "Hoa Lac chip design centre" in page and "Joint AI lab" in page and "Spin-off cảm biến" not in page
    page = client.get("/partnerships?composition=complete").get_data(as_text=True)
    assert "Hoa Lac chip design centre" in page and "Joint AI lab" not in page
    page = client.get("/partnerships?composition=missing-investor").get_data(as_text=True)
    assert "Joint AI lab" in page and "Hoa Lac chip design centre" not in page
    assert "Joint AI lab" not in client.get("/partnerships?composition=missing-state").get_data(as_text=True)
    page = client.get("/partnerships?tech=ai").get_data(as_text=True)
    assert "Joint AI lab" in page and "Hoa Lac chip design centre" not in page
    page = client.get("/partnerships?kind=rd-centre&phase=active&zone=khu-cong-nghe-cao-hoa-lac&q=vi mach")
    assert "Hoa Lac chip design centre" in page.get_data(as_text=True)
    assert "Joint AI lab" not in page.get_data(as_text=True)


def test_listing_counts_each_composition(client, three):
    page = client.get("/partnerships?tech=semiconductors").get_data(as_text=True)
    assert 'value="complete" > Complete triple <span class="count">1</span>' in page
    assert 'value="missing-investor" > Missing an investor <span class="count">0</span>' in page


@pytest.mark.parametrize("query", ["composition=half", "tech=warp-drive", "kind=club", "phase=x", "sort=random",
                                   "status=pending", "page=0", "page=abc"])
def test_bad_filters_are_400(client, query):
    assert client.get(f"/partnerships?{query}").status_code == 400


def test_detail_groups_partners_by_role_and_highlights_what_is_missing(client, three):
    complete, no_investor, pending = three
    page = client.get(f"/partnerships/{complete.slug}").get_data(as_text=True)
    for text in ("Sở Khoa học và Công nghệ Hà Nội", "Đại học Bách khoa Hà Nội", "Công ty Điện tử Thăng Long",
                 "120,000,000,000 VND", "2028-12-31", "Khu công nghệ cao Hòa Lạc"):
        assert text in page
    page = client.get(f"/partnerships/{no_investor.slug}").get_data(as_text=True)
    assert 'id="role-investor"' in page and "Missing: no partner in this role yet." in page
    assert f"/partnerships/{no_investor.slug}/suggest?role=investor" in page
    assert client.get(f"/partnerships/{pending.slug}").status_code == 404


def test_pending_partnership_visible_to_its_partners_managers(client, auth, three, school_owner):
    pending = three[2]
    auth.login("school@example.org")
    page = client.get(f"/partnerships/{pending.slug}").get_data(as_text=True)
    assert "pending review" in page and "Add a partner" in page


def test_a_member_starts_a_partnership_from_the_form(client, auth, world, school_owner):
    auth.login("school@example.org")
    form = client.get(f"/partnerships/new?organisation={world['university'].slug}").get_data(as_text=True)
    assert f'selected value="{world["university"].slug}"' in form
    response = client.post("/partnerships/new", data={
        "organisation": world["university"].slug, "role": "school", "contribution": "Phòng sạch",
        "title": "Trung tâm bán dẫn", "partnership_kind": "rd-centre", "phase": "planned",
        "technologies": ["semiconductors"], "funding_vnd": "5000000000", "starts_on": "2026-01-01"})
    assert response.status_code == 302
    created = db.session.scalar(db.select(Partnership).filter_by(title="Trung tâm bán dẫn"))
    assert created.status == Status.PENDING and created.partners[0].role == "school"


def test_bad_form_input_is_400_and_changes_nothing(client, auth, world, school_owner, pending_of_school):
    auth.login("school@example.org")
    data = {"organisation": world["university"].slug, "role": "investor", "title": "Sai vai trò",
            "partnership_kind": "project", "phase": "planned"}
    response = client.post("/partnerships/new", data=data)
    assert response.status_code == 400 and "cannot take the role" in response.get_data(as_text=True)
    assert client.post("/partnerships/new", data=dict(data, role="school", title="")).status_code == 400
    response = client.post(f"/partnerships/{pending_of_school.slug}/partners",
                           data={"organisation": world["incubator"].slug, "role": "investor"})
    assert response.status_code == 400 and "cannot take the role" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.scalar(db.select(db.func.count(Partnership.id))) == 1
    assert len(db.session.get(Partnership, pending_of_school.id).partners) == 2


def test_partners_added_and_removed_in_the_browser(client, auth, world, school_owner, pending_of_school):
    auth.login("school@example.org")
    response = client.post(f"/partnerships/{pending_of_school.slug}/partners",
                           data={"organisation": world["company"].slug, "role": "investor", "contribution": "Vốn"})
    assert response.status_code == 302
    db.session.expire_all()
    created = db.session.get(Partnership, pending_of_school.id)
    assert created.missing_roles == ()
    school = next(p for p in created.partners if p.role == "school")
    response = client.post(f"/partnerships/{created.slug}/partners/{school.id}/remove")
    assert response.status_code == 409 and "last partner you manage" in response.get_data(as_text=True)
    company = next(p for p in created.partners if p.role == "investor")
    assert client.post(f"/partnerships/{created.slug}/partners/{company.id}/remove").status_code == 302


def test_strangers_cannot_edit(client, auth, make_user, world, make_partnership):
    created = make_partnership([partner(world["agency"], "state")])
    make_user("stranger@example.org")
    auth.login("stranger@example.org")
    assert client.get(f"/partnerships/{created.slug}/edit").status_code == 403
    response = client.post(f"/partnerships/{created.slug}/partners",
                           data={"organisation": world["company"].slug, "role": "investor"})
    assert response.status_code == 403


def test_edit_is_version_checked(client, auth, world, school_owner, pending_of_school):
    auth.login("school@example.org")
    form = client.get(f"/partnerships/{pending_of_school.slug}/edit").get_data(as_text=True)
    assert "Trung tâm thiết kế vi mạch Hòa Lạc" in form
    data = {"title": "Tên mới", "partnership_kind": "rd-centre", "phase": "active",
            "version": str(pending_of_school.version)}
    assert client.post(f"/partnerships/{pending_of_school.slug}/edit", data=data).status_code == 302
    response = client.post(f"/partnerships/{pending_of_school.slug}/edit", data=dict(data, title="Cũ"))
    assert response.status_code == 409
    db.session.expire_all()
    assert db.session.get(Partnership, pending_of_school.id).title == "Tên mới"


def test_curator_decides_from_the_detail_page_and_sees_the_queue(client, auth, curator_user, pending_of_school):
    auth.login("curator@example.org")
    queue = client.get("/curation/").get_data(as_text=True)
    assert "Partnerships waiting for review" in queue and pending_of_school.title_en in queue
    response = client.post(f"/partnerships/{pending_of_school.slug}/decide", data={"action": "verify"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Partnership, pending_of_school.id).status == Status.VERIFIED


def test_organisation_page_shows_partnerships_and_roles(client, three, world):
    page = client.get(f"/o/{world['university'].slug}").get_data(as_text=True)
    assert 'id="partnerships"' in page and "Hoa Lac chip design centre" in page and "Joint AI lab" in page
    assert "Spin-off cảm biến" not in page and 'class="chip role-school">School' in page
    page = client.get(f"/o/{world['company'].slug}").get_data(as_text=True)
    assert "Hoa Lac chip design centre" in page and "Investor or business" in page
    assert 'id="partnerships"' not in client.get(f"/o/{world['incubator'].slug}").get_data(as_text=True)


def test_every_page_renders_in_vietnamese(app, auth, three, world, curator_user):
    client = app.test_client()
    client.set_cookie("lang", "vi")
    complete, no_investor, _pending = three
    page = client.get("/partnerships").get_data(as_text=True)
    assert 'href="/partnerships"' in page and "Hợp tác nhà nước – nhà trường – nhà đầu tư" in page
    assert "Trung tâm thiết kế vi mạch Hòa Lạc" in page and "Đủ ba nhà" in page
    page = client.get(f"/partnerships/{no_investor.slug}").get_data(as_text=True)
    assert "Còn thiếu: chưa có đối tác nào trong vai trò này." in page and "Gợi ý đối tác" in page
    page = client.get(f"/partnerships/{no_investor.slug}/suggest?role=investor").get_data(as_text=True)
    assert "Nhà đầu tư hoặc doanh nghiệp" in page and "Công ty Điện tử Thăng Long" in page
    assert "Hợp tác ba nhà" in client.get(f"/o/{world['agency'].slug}").get_data(as_text=True)
    Auth(client).login("curator@example.org")
    for url in ("/partnerships/new", f"/partnerships/{complete.slug}/edit", "/my", "/curation/"):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Lưu hợp tác" in client.get("/partnerships/new").get_data(as_text=True)
