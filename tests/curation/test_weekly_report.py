"""`flask curation weekly-report [--send] [--csv FILE]`: the alert list, reminders in each owner's
language with a working confirmation link, and the day's quality snapshot."""
import csv
import re

from ecosystem.extensions import db
from ecosystem.models import Organisation, QualitySnapshot, Status
from ecosystem.registry.people import create_person

from .conftest import age


def stale_registry(make_org, make_user):
    """An English-speaking owner of two stale listings, a Vietnamese one of a silent listing, and a fresh one."""
    english = make_user("anna@example.org")
    english.locale = "en"
    vietnamese = make_user("binh@example.org")
    vietnamese.locale = "vi"
    db.session.commit()
    age(make_org(name="Alpha", owner=english), 200)
    age(make_org(name="=HYPERLINK(evil)", owner=english), 250)
    age(make_org(name="Gamma", owner=vietnamese, status=Status.PENDING), 500)
    age(make_org(name="Fresh", owner=english), 10)
    age(make_org(name="Nobody's", status=Status.VERIFIED), 300)
    age(create_person(vietnamese, {"full_name": "Đỗ Văn Em"}, status=Status.VERIFIED), 190)
    return english, vietnamese


def test_the_report_prints_the_alert_list_and_records_a_snapshot(runner, make_org, make_user, outbox):
    stale_registry(make_org, make_user)
    result = runner.invoke(args=["curation", "weekly-report"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "Gamma" in lines[0] and "SUGGEST ARCHIVING" in lines[0]  # longest silent first
    assert sum("SUGGEST ARCHIVING" in line for line in lines) == 1
    assert "Fresh" not in result.output and "no owner to mail" in result.output
    assert "5 listings to confirm, 1 of them silent long enough to archive." in result.output
    assert outbox == []  # nothing is mailed without --send
    kinds = {row.kind: row for row in db.session.scalars(db.select(QualitySnapshot))}
    assert set(kinds) == {"startup", "person"} and kinds["startup"].listing_count == 5
    assert kinds["startup"].stale_count == 4 and kinds["startup"].archive_count == 1


def test_send_mails_each_owner_once_in_their_language_with_working_links(client, runner, make_org, make_user,
                                                                         outbox):
    stale_registry(make_org, make_user)
    result = runner.invoke(args=["curation", "weekly-report", "--send"])
    assert result.exit_code == 0, result.output
    assert "Reminders mailed to 2 owners." in result.output
    by_recipient = {message["To"]: message for message in outbox}
    assert set(by_recipient) == {"anna@example.org", "binh@example.org"}
    english, vietnamese = by_recipient["anna@example.org"], by_recipient["binh@example.org"]
    assert english["Subject"] == "Please confirm your data in the Hanoi innovation registry"
    assert "Alpha" in english.get_content() and "=HYPERLINK(evil)" in english.get_content()
    assert vietnamese["Subject"] == "Vui lòng xác nhận dữ liệu của bạn trên Danh bạ Đổi mới sáng tạo Hà Nội"
    assert "Gamma" in vietnamese.get_content() and "Đỗ Văn Em" in vietnamese.get_content()
    links = re.findall(r"http://\S+/curation/confirm/\S+", english.get_content())
    assert len(links) == 2  # longest silent first: "=HYPERLINK(evil)" (250 days), then Alpha (200)
    path = links[0].split("://", 1)[1].split("/", 1)[1]
    assert client.get("/" + path).status_code == 200
    assert client.post("/" + path).status_code == 302
    output = runner.invoke(args=["curation", "weekly-report"]).output
    assert "=HYPERLINK(evil)" not in output and "Alpha" in output
    db.session.expire_all()
    assert db.session.scalar(db.select(Organisation).filter_by(name="Alpha")).confirmed_at is not None


def test_inactive_members_get_no_mail(runner, make_org, make_user, outbox):
    english, _vietnamese = stale_registry(make_org, make_user)
    english.active = False
    db.session.commit()
    runner.invoke(args=["curation", "weekly-report", "--send"])
    assert [message["To"] for message in outbox] == ["binh@example.org"]


def test_csv_export_of_the_alert_list_escapes_formulas(runner, make_org, make_user, tmp_path):
    stale_registry(make_org, make_user)
    target = tmp_path / "alerts.csv"
    result = runner.invoke(args=["curation", "weekly-report", "--csv", str(target)])
    assert result.exit_code == 0, result.output
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [row["name"] for row in rows] == ["Gamma", "Nobody's", "'=HYPERLINK(evil)", "Alpha", "Đỗ Văn Em"]
    gamma = rows[0]
    assert gamma["suggest_archiving"] == "yes" and gamma["owners"] == "binh@example.org"
    assert gamma["status"] == "pending" and int(gamma["days"]) == 500 and gamma["url"].endswith("/o/gamma")
    assert {row["type"] for row in rows} == {"organisation", "person"}


def test_running_twice_a_day_keeps_one_row_per_kind(runner, make_org, make_user):
    stale_registry(make_org, make_user)
    for _ in range(2):
        assert runner.invoke(args=["curation", "weekly-report"]).exit_code == 0
    assert db.session.scalar(db.select(db.func.count(QualitySnapshot.id))) == 2
