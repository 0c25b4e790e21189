"""Demo open hours and access requests of the demo labs (sample data), through the booking services.

Every demo lab gets weekly hours (three office patterns); a few instruments have hours of their own.
Every lab closes for the coming Tết and the public holidays (30/4, 1/5, 2/9); some instruments close for
maintenance. About fifty access requests come from demo startups, companies and researchers, in every
status: approved bookings over the last six months (two instruments busy, most idle, so utilisation has a
story), a few upcoming bookings, and open, proposed, declined and cancelled requests. Dates are relative
to the loader's `now` (the city's today); choices come from a seeded random. Flushes, never commits; mail is
not sent (notifications are recorded in the app only)."""
import random
from datetime import date, timedelta

from ..auth.policy import SYSTEM
from ..errors import Conflict
from ..extensions import db
from ..labs import booking_hours, bookings
from ..labs.availability import as_utc, open_intervals, open_units, schedule_of, to_local
from ..labs.booking_messages import without_mail
from ..models import UNIT_MINUTES, Kind, Lab, Organisation, Person, PersonKind, Status
from .introductions import _Managers

SEED = 5
WEEKDAYS, MON_TO_SAT = range(5), range(6)
HOURS = (
    [(d, "08:00", "11:30") for d in WEEKDAYS] + [(d, "13:30", "17:00") for d in WEEKDAYS],  # office, lunch break
    [(d, "08:00", "17:00") for d in MON_TO_SAT],  # Monday to Saturday
    [(d, "08:30", "16:30") for d in WEEKDAYS],
)
OWN_HOURS = [(d, "08:00", "12:00") for d in (0, 2, 4)]  # instruments shared with the lab's own research
TET = (date(2026, 2, 17), date(2027, 2, 6), date(2028, 1, 26), date(2029, 2, 13), date(2030, 2, 3))
HOLIDAYS = ((4, 30, "Ngày Giải phóng miền Nam 30/4"), (5, 1, "Quốc tế Lao động 1/5"), (9, 2, "Quốc khánh 2/9"))
PURPOSES = (
    "Chụp ảnh SEM bề mặt điện cực pin lithium cho sản phẩm mẫu. (SEM imaging of battery electrodes.)",
    "Đo kiểm mẫu chip cảm biến IoT trước khi gửi khách hàng. (Testing IoT sensor chip samples.)",
    "Phân tích thành phần mẫu nông sản xuất khẩu theo yêu cầu đối tác Nhật Bản.",
    "Huấn luyện mô hình nhận dạng tiếng nói tiếng Việt. (Training a Vietnamese speech model.)",
    "Thử nghiệm độ bền vật liệu composite cho linh kiện drone.",
    "Giải trình tự mẫu vi sinh vật từ ao nuôi tôm để kiểm soát dịch bệnh.",
    "Tạo mẫu nhanh vỏ thiết bị y tế bằng in 3D. (Rapid prototyping of a medical device housing.)",
    "Đo phổ và tương thích điện từ cho thiết bị 5G của doanh nghiệp.",
    "Kiểm nghiệm hàm lượng hoạt chất trong mẫu thực phẩm chức năng.",
    "Đào tạo kỹ sư mới của công ty về quy trình phòng sạch.",
)
DECLINE_REASONS = ("Thiết bị đang được hiệu chuẩn trong tuần này.",
                   "Mẫu của quý vị cần xử lý an toàn sinh học cấp cao hơn phòng thí nghiệm cho phép.",
                   "Phòng thí nghiệm ưu tiên đề tài cấp nhà nước trong giai đoạn này.")
UNIT = timedelta(minutes=UNIT_MINUTES)


def _publish_hours(labs):
    """Weekly hours for every lab (and own hours for the first instrument of every third lab)."""
    own_hours = []
    for index, lab in enumerate(labs):
        for weekday, start, end in HOURS[index % len(HOURS)]:
            booking_hours.add_weekly_hours(SYSTEM, lab, {"weekday": weekday, "start_time": start, "end_time": end})
        if index % 3 == 0 and lab.equipment:
            instrument = _first_bookable(lab)
            for weekday, start, end in OWN_HOURS:
                booking_hours.add_weekly_hours(SYSTEM, lab, {"weekday": weekday, "start_time": start,
                                                             "end_time": end, "equipment": instrument.slug})
            own_hours.append(instrument)
    return own_hours


def _first_bookable(lab):
    return next(e for e in lab.equipment if e.bookable)


def _closures(labs, today, maintained):
    """Tết and public holidays for every lab, maintenance days for a few instruments."""
    tet = next((day for day in TET if day >= today - timedelta(days=3)), TET[-1])
    days = [(tet + timedelta(days=offset), "Nghỉ Tết Nguyên Đán") for offset in range(-2, 5)]
    days += [(date(year, month, day), note) for year in (today.year, today.year + 1) for month, day, note in HOLIDAYS]
    count = 0
    for lab in labs:
        for day, note in days:
            booking_hours.add_exception(SYSTEM, lab, {"on_date": day, "note": note})
            count += 1
    for offset, instrument in zip((-20, -6, 9, 16), maintained):
        booking_hours.add_exception(SYSTEM, instrument.lab, {
            "on_date": today + timedelta(days=offset), "equipment": instrument.slug, "note": "Bảo trì định kỳ"})
        count += 1
    if labs:  # an extra Saturday morning for the city's technology fair
        saturday = today + timedelta(days=12 - today.weekday())
        booking_hours.add_exception(SYSTEM, labs[0], {"on_date": saturday, "start_time": "08:00", "end_time": "12:00",
                                                      "is_open": True, "note": "Ngày hội Công nghệ Hà Nội"})
        count += 1
    return count


def _span(lab, instrument, first, last, units=None):
    """(start, end) in UTC covering the open half-hours from city date `first` to `last` (or the first `units`)."""
    found = open_units(open_intervals(schedule_of(lab, instrument), first, last))
    if units is not None:
        found = found[:units]
    return (found[0], found[-1] + UNIT) if found else None


def _requesters():
    """Demo startups, companies and researchers that ask for time, in a fixed order."""
    def orgs(kind, limit):
        return db.session.scalars(db.select(Organisation).filter_by(kind=kind, status=Status.VERIFIED)
                                  .order_by(Organisation.slug).limit(limit)).all()

    researchers = db.session.scalars(db.select(Person).filter_by(kind=PersonKind.RESEARCHER, status=Status.VERIFIED)
                                     .order_by(Person.slug).limit(2)).all()
    return orgs(Kind.STARTUP, 6) + orgs(Kind.COMPANY, 2) + researchers  # few: each new account hashes a password


class _Requests:
    """Creates requests as their requesters, decided by the lab's manager, dated as they would have been."""

    def __init__(self, rng, now):
        self.rng, self.now, self.managers, self.made = rng, now, _Managers(), 0
        self.parties = _requesters()

    def ask(self, lab, instrument, span, created_days_before=10):
        """A request for `span`, sent some days before it starts (so past bookings look real)."""
        party = self.parties[self.made % len(self.parties)]
        self.made += 1
        user = self.managers.of(party)
        kind = "person" if isinstance(party, Person) else "organisation"
        sent = min(span[0] - timedelta(days=created_days_before), self.now)
        request = bookings.request_access(user, lab, {
            "on_behalf_of": f"{kind}:{party.slug}", "starts_at": span[0], "ends_at": span[1],
            "purpose": self.rng.choice(PURPOSES)}, equipment=instrument, now=sent - timedelta(minutes=1))
        request.created_at = sent
        return request, user

    def decide(self, request, outcome, user):
        manager, decided = request.lab.manager_user, min(as_utc(request.starts_at) - timedelta(days=7), self.now)
        if outcome in ("approved", "cancelled"):
            bookings.approve(manager, request, now=decided)
        if outcome == "cancelled":
            bookings.cancel(user, request, now=decided)
        elif outcome == "declined":
            bookings.decline(manager, request, self.rng.choice(DECLINE_REASONS), now=decided)
        elif outcome == "proposed":
            start = as_utc(request.starts_at) + timedelta(days=1)
            proposal = _span(request.lab, request.equipment, to_local(start).date(), to_local(start).date() + timedelta(
                days=6), units=4)
            bookings.propose(manager, request, {"starts_at": proposal[0], "ends_at": proposal[1],
                                                "note": "Buổi sáng hôm đó đã kín lịch; mời quý vị hôm sau."},
                             now=self.now)


def _monday(day):
    return day - timedelta(days=day.weekday())


def _busy_bookings(requests, busy, this_monday):
    """Weekly bookings of the busy instruments over the past 24 weeks (about half of the weeks)."""
    count = 0
    for instrument in busy:
        for weeks_ago in range(24, 0, -1):
            if requests.rng.random() < 0.45:
                continue
            monday = this_monday - timedelta(weeks=weeks_ago)
            span = _span(instrument.lab, instrument, monday, monday + timedelta(days=4))
            if span is not None:
                request, user = requests.ask(instrument.lab, instrument, span)
                requests.decide(request, "approved", user)
                count += 1
    return count


def _other_requests(requests, labs, busy, this_monday):
    """Single-day requests on other instruments and whole labs, past and coming, in every status."""
    plan = ([("approved", -w) for w in (20, 16, 13, 9, 6, 3, 2, 1)] + [("approved", w) for w in (1, 2, 3, 4)]
            + [("pending", w) for w in (1, 2, 3, 4, 5)] + [("proposed", w) for w in (2, 3, 4)]
            + [("declined", w) for w in (-5, -2, 2)] + [("cancelled", w) for w in (-4, 2, 3)])
    targets = [(lab, e) for lab in labs for e in lab.equipment if e.bookable and e not in busy] + \
              [(lab, None) for lab in labs]
    count = 0
    for index, (outcome, week) in enumerate(plan):
        lab, instrument = targets[(index * 7) % len(targets)]
        day = this_monday + timedelta(weeks=week, days=index % 5)
        span = _span(lab, instrument, day, day, units=requests.rng.choice((4, 6, 8)))
        if span is None or (outcome in ("pending", "proposed") and span[0] <= requests.now):
            continue
        if span[0] <= requests.now and outcome == "cancelled":
            outcome = "declined"  # a past booking cannot be cancelled any more
        try:
            request, user = requests.ask(lab, instrument, span)
        except Conflict:  # the hours are booked already: this demo request is not made
            continue
        requests.decide(request, outcome, user)
        count += 1
    return count


def load_lab_bookings(now):
    """Open hours, exceptions and access requests of the demo labs; returns their counts. Flushes, never commits."""
    today = to_local(now).date()
    labs = db.session.scalars(db.select(Lab).where(Lab.is_sample.is_(True)).order_by(Lab.slug)).all()
    public = [lab for lab in labs if lab.status == Status.VERIFIED]
    with without_mail():
        busy = [e for e in _publish_hours(labs) if e.lab.status == Status.VERIFIED][:2]
        idle = [_first_bookable(lab) for lab in public if _first_bookable(lab) not in busy][:4]
        exceptions = _closures(labs, today, idle)
        requests = _Requests(random.Random(SEED), now)
        made = _busy_bookings(requests, busy, _monday(today)) + _other_requests(requests, public, busy, _monday(today))
    db.session.flush()
    return {"lab_exceptions": exceptions, "access_requests": made}

