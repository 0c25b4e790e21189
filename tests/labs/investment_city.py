"""A small hand-built city for the duplicate-investment tests: four public labs in two provinces, a lab that is
not public, instruments whose makers and models are spelt differently, Monday open hours and bookings.

Open hours: every lab opens on Mondays 08:00–18:00 (10 h). In March 2026 (REPORT_DAY's month) there are five
Mondays, so each bookable instrument has 50 open hours there."""
from datetime import date, datetime, time, timedelta

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.labs.availability import from_local
from ecosystem.labs.booking_hours import add_weekly_hours
from ecosystem.models import AccessRequest, AccessStatus, BookingUnit, Status

REPORT_DAY = date(2026, 3, 31)  # the report covers 2026-03-01 .. 2026-03-31 with months=1
FIRST_MONDAY = date(2026, 3, 2)
BILLION = 1_000_000_000


def book(equipment, day, hours):
    """An approved request holding `hours` of the instrument from 08:00 on `day` (city time)."""
    start = from_local(datetime.combine(day, time(8)))
    request = AccessRequest(lab_id=equipment.lab_id, equipment_id=equipment.id, starts_at=start,
                            ends_at=start + timedelta(hours=hours), purpose="Đo mẫu vật liệu",
                            status=AccessStatus.APPROVED)
    db.session.add(request)
    db.session.flush()
    db.session.add_all(BookingUnit(request_id=request.id, lab_id=equipment.lab_id, equipment_id=equipment.id,
                                   resource=f"equipment:{equipment.id}", starts_at=start + timedelta(minutes=30 * i))
                       for i in range(int(hours * 2)))
    db.session.commit()


def build_city(make_org, make_lab, make_equipment):
    """{name: record} of the city described in the module docstring."""
    def lab(host, name, **fields):
        return make_lab(host, name=name, name_en=None, **fields)

    def instrument(lab_record, name, **fields):
        return make_equipment(lab_record, name=name, name_en=None, **fields)

    zone = make_org("zone", "Khu Công nghệ cao Hòa Lạc Thử nghiệm")
    uni = make_org("university", "Trường Đại học Khoa học Thử nghiệm", province="ha-noi", ward="ha-noi-ba-dinh")
    institute = make_org("institute", "Viện Vật liệu Thử nghiệm", province="ha-noi", ward="ha-noi-hoan-kiem")
    far = make_org("institute", "Viện Hải dương học Thử nghiệm", province="hai-phong")
    hidden_host = make_org("institute", "Viện Chưa duyệt", status=Status.PENDING, province="ha-noi")
    labs = {"zone_lab": lab(uni, "Phòng thí nghiệm Nano Hòa Lạc", zone=zone.slug),
            "uni_lab": lab(uni, "Phòng thí nghiệm Vật liệu Ba Đình"),
            "institute_lab": lab(institute, "Phòng Hiển vi Hoàn Kiếm"),
            "far_lab": lab(far, "Phòng Phân tích Hải Phòng"),
            "pending_lab": lab(institute, "Phòng chờ duyệt", status=Status.PENDING),
            "hidden_host_lab": lab(hidden_host, "Phòng của viện chưa duyệt")}
    for key in ("zone_lab", "uni_lab", "institute_lab", "far_lab"):
        add_weekly_hours(SYSTEM, labs[key], {"weekday": 0, "start_time": "08:00", "end_time": "18:00"})
    db.session.commit()
    sem = {"category": "electron-microscope"}
    items = {
        "jeol_zone": instrument(labs["zone_lab"], "SEM JEOL phòng Nano", maker="JEOL", model="JSM-IT200",
                                purchase_value_vnd=5 * BILLION, **sem),
        "jeol_institute": instrument(labs["institute_lab"], "SEM JEOL Hoàn Kiếm", maker="jeol",
                                     model="jsm-it200 ", purchase_value_vnd=6 * BILLION, **sem),
        "zeiss_far": instrument(labs["far_lab"], "SEM Zeiss Sigma", maker="Zeiss", model="Sigma 300",
                                purchase_value_vnd=8 * BILLION, **sem),
        "zeiss_uni": instrument(labs["uni_lab"], "SEM ZEISS EVO", maker="ZEISS", model="EVO 15",
                                purchase_value_vnd=3 * BILLION, bookable=False, **sem),
        "pcr_zone": instrument(labs["zone_lab"], "Máy PCR thời gian thực", maker="Bio-Rad", model="CFX96",
                               category="pcr", purchase_value_vnd=1 * BILLION),
        "sem_pending": instrument(labs["pending_lab"], "SEM chờ duyệt", maker="Zeiss", model="Sigma 300",
                                  **sem),
        "sem_hidden_host": instrument(labs["hidden_host_lab"], "SEM viện chưa duyệt", maker="Zeiss",
                                      model="Sigma 300", **sem),
    }
    # March 2026: 10 h of the JEOL in the zone (20 %), 2 h of the JEOL in Hoàn Kiếm (4 %), none of the rest.
    book(items["jeol_zone"], FIRST_MONDAY, 6)
    book(items["jeol_zone"], FIRST_MONDAY + timedelta(days=7), 4)
    book(items["jeol_institute"], FIRST_MONDAY + timedelta(days=14), 2)
    return {"zone": zone, "uni": uni, "institute": institute, "far": far, **labs, **items}
