"""Pages of labs and equipment: listings with filters, details, forms, photos, panels, queue and bad input."""
import io

import pytest
from PIL import Image

from ecosystem.extensions import db
from ecosystem.models import Equipment, Lab, LabPhoto, Status

from .conftest import LAB


def _png(size=(40, 30)):
    data = io.BytesIO()
    Image.new("RGB", size, "teal").save(data, format="PNG")
    data.seek(0)
    return data


def test_lab_listing_shows_public_labs_and_filters_them(client, university, zone, make_lab, make_equipment):
    chips = make_lab(university, zone=zone.slug)
    make_equipment(chips)
    make_lab(university, name="Phòng Sinh học Phân tử", name_en="Molecular Biology Lab", accreditation=None,
             free_for_startups=False, technologies=["biotech"])
    make_lab(university, name="Phòng Chưa Duyệt", name_en=None, status=Status.PENDING)
    page = client.get("/labs").get_data(as_text=True)
    assert "Semiconductor Microchip Lab" in page and "Molecular Biology Lab" in page and "Chưa Duyệt" not in page
    for query in ("q=vi+mach", "accredited=yes", "free=yes", f"zone={zone.slug}", "tech=semiconductors",
                  "category=electron-microscope", "province=hai-phong"):
        assert "Molecular Biology Lab" not in client.get(f"/labs?{query}").get_data(as_text=True), query
    page = client.get("/labs?accredited=no").get_data(as_text=True)
    assert "Molecular Biology Lab" in page and "Semiconductor Microchip Lab" not in page


@pytest.mark.parametrize("query", ["accredited=maybe", "category=warp", "tech=warp", "sort=price", "status=pending",
                                   "page=0", "province=atlantis"])
def test_bad_lab_filters_are_400(client, query):
    assert client.get(f"/labs?{query}").status_code == 400


@pytest.mark.parametrize("query", ["fee_min=-1", "fee_min=9&fee_max=1", "bookable=sometimes", "sort=x", "page=7"])
def test_bad_equipment_filters_are_client_errors(client, query):
    assert client.get(f"/equipment?{query}").status_code in (400, 404)


def test_equipment_listing_filters(client, university, zone, make_lab, make_equipment):
    lab = make_lab(university, zone=zone.slug)
    make_equipment(lab)
    make_equipment(lab, name="Máy PCR định lượng", name_en="qPCR system", category="pcr", maker="Bio-Rad",
                   model="CFX96", fee_per_hour_vnd=200_000, bookable=False)
    hidden = make_lab(university, name="Phòng Ẩn", name_en=None, status=Status.PENDING)
    make_equipment(hidden, name="Máy ẩn", name_en=None)
    page = client.get("/equipment").get_data(as_text=True)
    assert "Scanning electron microscope" in page and "qPCR system" in page and "Máy ẩn" not in page
    assert "qPCR" not in client.get("/equipment?maker=jeol").get_data(as_text=True)
    assert "Scanning" not in client.get("/equipment?category=pcr&bookable=no").get_data(as_text=True)
    assert "Scanning" not in client.get("/equipment?fee_max=500000").get_data(as_text=True)
    assert "qPCR" not in client.get(f"/equipment?fee_min=1000000&zone={zone.slug}").get_data(as_text=True)
    assert "qPCR" in client.get("/equipment?q=cfx").get_data(as_text=True)


def test_detail_pages_show_everything_and_hide_pending_labs(client, auth, owner, university, zone, make_lab,
                                                             make_equipment):
    lab = make_lab(university, zone=zone.slug)
    sem = make_equipment(lab)
    page = client.get(f"/labs/{lab.slug}").get_data(as_text=True)
    for text in ("Semiconductor Microchip Lab", "ISO/IEC 17025 (VILAS 999)", "Mặc áo phòng sạch.", "JSM-IT800",
                 "Free for startups", "20 hours a week", zone.name, "Đo kiểm"):
        assert text in page, text
    assert "Edit" not in page
    page = client.get(f"/equipment/{sem.slug}").get_data(as_text=True)
    assert "12,000,000,000 VND" in page and "1,500,000 VND" in page and "Đặt lịch trước một tuần." in page
    pending = make_lab(university, status=Status.PENDING)
    pending_sem = make_equipment(pending)
    assert client.get(f"/labs/{pending.slug}").status_code == 404
    assert client.get(f"/equipment/{pending_sem.slug}").status_code == 404
    auth.login("owner@example.org")
    page = client.get(f"/labs/{pending.slug}").get_data(as_text=True)
    assert "pending review" in page and "Edit" in page and "Add an instrument" in page


def test_a_member_adds_a_lab_from_the_form(client, auth, owner, university, zone):
    auth.login("owner@example.org")
    assert university.name in client.get("/labs/new").get_data(as_text=True)
    form = client.get(f"/labs/new?host={university.slug}").get_data(as_text=True)
    assert "Account that answers access requests" in form
    response = client.post(f"/labs/new?host={university.slug}", data={
        "name": "Phòng Robot", "zone": zone.slug, "manager_user_id": str(owner.id), "capacity_hours_per_week": "10",
        "free_for_startups": "y", "technologies": ["robotics"]})
    assert response.status_code == 302
    lab = db.session.scalar(db.select(Lab).filter_by(slug="phong-robot"))
    assert lab.status == Status.PENDING and lab.zone_id == zone.id and lab.manager_user_id == owner.id
    assert lab.free_for_startups and not lab.training_required


def test_bad_form_input_is_400_and_strangers_are_refused(client, auth, owner, stranger, university, make_lab):
    auth.login("owner@example.org")
    for data in ({"name": ""}, {"name": "X", "capacity_hours_per_week": "500"},
                 {"name": "X", "contact_email": "nope"}, {"name": "X", "manager_user_id": "999"}):
        assert client.post(f"/labs/new?host={university.slug}", data=data).status_code == 400, data
    assert db.session.scalar(db.select(db.func.count(Lab.id))) == 0
    lab = make_lab(university)
    auth.logout()
    auth.login("stranger@example.org")
    assert client.post(f"/labs/new?host={university.slug}", data={"name": "Phòng lạ"}).status_code == 403
    assert client.get(f"/labs/{lab.slug}/edit").status_code == 403
    assert client.post(f"/labs/{lab.slug}/archive").status_code == 403


def test_second_save_with_an_old_version_is_a_conflict(client, auth, owner, university, make_lab):
    lab = make_lab(university)
    auth.login("owner@example.org")
    form = {"name": "Lần một", "version": lab.version}
    assert client.post(f"/labs/{lab.slug}/edit", data=form).status_code == 302
    response = client.post(f"/labs/{lab.slug}/edit", data={**form, "name": "Lần hai"})
    assert response.status_code == 409 and "Someone else saved" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Lab, lab.id).name == "Lần một"


def test_equipment_forms_add_edit_and_remove(client, auth, owner, university, make_lab):
    lab = make_lab(university)
    auth.login("owner@example.org")
    assert client.post(f"/labs/{lab.slug}/equipment/new", data={"name": "", "category": "pcr"}).status_code == 400
    assert client.post(f"/labs/{lab.slug}/equipment/new",
                       data={"name": "Máy in 3D", "category": "3d-printer", "year": "nineteen"}).status_code == 400
    response = client.post(f"/labs/{lab.slug}/equipment/new", data={
        "name": "Máy in 3D kim loại", "category": "3d-printer", "maker": "EOS", "model": "M 290", "year": "2020",
        "fee_per_hour_vnd": "800000", "bookable": "y", "condition": "good"})
    assert response.status_code == 302
    printer = db.session.scalar(db.select(Equipment).filter_by(model="M 290"))
    edit = f"/equipment/{printer.slug}/edit"
    assert "M 290" in client.get(edit).get_data(as_text=True)
    data = {"name": "Máy in 3D kim loại", "category": "3d-printer", "version": printer.version,
            "fee_per_hour_vnd": "700000"}
    assert client.post(edit, data=data).status_code == 302
    assert client.post(edit, data=data).status_code == 409
    assert client.post(f"/equipment/{printer.slug}/remove").status_code == 302
    assert db.session.scalar(db.select(db.func.count(Equipment.id))) == 0


def test_photo_upload_is_checked_and_served(app, client, auth, owner, university, make_lab):
    lab = make_lab(university)
    auth.login("owner@example.org")
    response = client.post(f"/labs/{lab.slug}/photos", data={"photo": (_png(), "../x.png"), "caption": "Phòng sạch"},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    photo = db.session.scalar(db.select(LabPhoto))
    assert photo.filename.endswith(".jpg") and len(photo.filename) == 36  # a generated name, not the upload's
    served = client.get(f"/media/lab-photos/{photo.filename}")
    assert served.status_code == 200 and served.data.startswith(b"\xff\xd8")
    served.close()
    assert "Phòng sạch" in client.get(f"/labs/{lab.slug}").get_data(as_text=True)
    # A small limit keeps the body under the test client's 500 KB spooling threshold (it leaks the temporary file).
    app.config["LAB_PHOTO_MAX_BYTES"] = 100 * 1024
    try:
        for payload in (io.BytesIO(b"<?php echo 1; ?>"), io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\0" * 200 * 1024)):
            response = client.post(f"/labs/{lab.slug}/photos", data={"photo": (payload, "p.png")},
                                   content_type="multipart/form-data")
            assert response.status_code == 400
    finally:
        del app.config["LAB_PHOTO_MAX_BYTES"]
    assert db.session.scalar(db.select(db.func.count(LabPhoto.id))) == 1
    assert client.post(f"/labs/{lab.slug}/photos/{photo.id}/remove").status_code == 302
    assert client.post(f"/labs/{lab.slug}/photos/{photo.id}/remove").status_code == 404


def test_curators_verify_from_the_page_and_the_queue_lists_pending_labs(client, auth, curator_user, university,
                                                                        make_lab):
    lab = make_lab(university, status=Status.PENDING)
    auth.login("curator@example.org")
    response = client.get("/curation/")
    queue = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Labs waiting for review" in queue and lab.name_en in queue
    response = client.post(f"/labs/{lab.slug}/decide", data={"action": "verify"})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Lab, lab.id).status == Status.VERIFIED
    assert client.post(f"/labs/{lab.slug}/decide", data={"action": "explode"}).status_code == 400


def test_the_host_page_lists_labs_and_my_page_lists_managed_labs(client, auth, owner, university, make_lab):
    make_lab(university)
    page = client.get(f"/o/{university.slug}").get_data(as_text=True)
    assert "Semiconductor Microchip Lab" in page and "Add a lab" not in page
    auth.login("owner@example.org")
    assert "Add a lab" in client.get(f"/o/{university.slug}").get_data(as_text=True)
    assert "Semiconductor Microchip Lab" in client.get("/my").get_data(as_text=True)


def test_adding_an_instrument_the_city_already_has_asks_to_look_at_the_similar_ones(client, auth, owner, university,
                                                                                      make_org, make_lab,
                                                                                      make_equipment):
    other = make_lab(make_org("institute", "Viện Vật liệu Khác"), name="Phòng Hiển vi", name_en="Microscopy Lab")
    make_equipment(other)  # a public JEOL JSM-IT800 elsewhere
    lab = make_lab(university)
    auth.login("owner@example.org")
    form = {"name": "SEM mới", "category": "electron-microscope", "maker": "jeol", "model": "JSM-IT800"}
    response = client.post(f"/labs/{lab.slug}/equipment/new", data=form)
    page = response.get_data(as_text=True)
    assert response.status_code == 409 and "Microscopy Lab" in page and "I have looked at the similar" in page
    assert db.session.scalar(db.select(db.func.count(Equipment.id)).where(Equipment.lab_id == lab.id)) == 0
    response = client.post(f"/labs/{lab.slug}/equipment/new", data={**form, "similar_checked": "y"})
    assert response.status_code == 302
    assert db.session.scalar(db.select(db.func.count(Equipment.id)).where(Equipment.lab_id == lab.id)) == 1
