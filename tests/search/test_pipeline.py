"""The index follows the database: outbox rows in the same transaction, applied after commit only,
drained under one writer, rebuilt and checked by the CLI."""
from sqlalchemy import select

from ecosystem.auth.policy import SYSTEM
from ecosystem.extensions import db
from ecosystem.models import Organisation, SearchOutbox, StrategicTechnology
from ecosystem.registry.organisations import update_organisation
from ecosystem.registry.people import add_affiliation, create_person
from ecosystem.search.backends import get_backend
from ecosystem.search.drain_lock import writer_lock
from ecosystem.search.indexer import drain_outbox, pending_count

from .conftest import run, titles

STAFF = ("verified", "pending", "rejected", "archived", "draft")


def found(text, statuses=("verified",)):
    return titles(run(get_backend(), text, statuses=statuses))


def test_a_committed_change_is_searchable_and_the_outbox_is_emptied(app, make_org):
    make_org(name="Công ty Robot Hòa Lạc", description="Robot công nghiệp", technologies=["robotics"])
    assert found("robot hoa lac") == ["Công ty Robot Hòa Lạc"]
    assert pending_count(app) == 0


def test_a_rolled_back_change_never_reaches_the_index(app, make_org):
    from ecosystem.registry.organisations import create_organisation
    create_organisation(SYSTEM, "startup", {"name": "Không Bao Giờ Lưu"}, status="verified")
    db.session.flush()
    assert db.session.scalar(select(db.func.count(SearchOutbox.id))) == 1  # written in the transaction
    db.session.rollback()
    assert pending_count(app) == 0
    assert found("khong bao gio luu") == []


def test_savepoints_are_not_commits_and_a_rolled_back_one_forgets_only_its_keys(app, make_org, monkeypatch):
    from ecosystem.registry.organisations import create_organisation
    from ecosystem.search import indexer

    drains = []
    monkeypatch.setattr(indexer, "drain_outbox",
                        lambda *args, **kwargs: drains.append(1) or drain_outbox(*args, **kwargs))

    def outbox():
        return db.session.scalar(select(db.func.count(SearchOutbox.id)))

    create_organisation(SYSTEM, "startup", {"name": "Ngoài Điểm Lưu"}, status="verified")
    db.session.flush()
    with db.session.begin_nested():  # released: SQLAlchemy fires after_commit, which is no commit
        create_organisation(SYSTEM, "startup", {"name": "Trong Điểm Lưu Giữ"}, status="verified")
    assert outbox() == 2  # not drained in the middle of the transaction
    assert found("diem luu") == []
    savepoint = db.session.begin_nested()
    gone = create_organisation(SYSTEM, "startup", {"name": "Điểm Lưu Bỏ Đi"}, status="verified")
    db.session.flush()
    assert gone.id is not None
    savepoint.rollback()
    assert outbox() == 2
    with db.session.begin_nested():  # SQLite may hand the rolled-back row's id (and search key) to this one
        create_organisation(SYSTEM, "startup", {"name": "Điểm Lưu Sau Cùng"}, status="verified")
    assert outbox() == 3  # written even when its key is the forgotten one
    assert drains == []
    db.session.commit()
    assert drains == [1]
    assert sorted(found("diem luu")) == sorted(["Ngoài Điểm Lưu", "Trong Điểm Lưu Giữ", "Điểm Lưu Sau Cùng"])
    assert pending_count(app) == 0


def test_a_long_transaction_forgets_its_written_keys_but_still_reaches_the_index(app, monkeypatch):
    from ecosystem.registry.organisations import create_organisation
    from ecosystem.search import hooks

    monkeypatch.setattr(hooks, "_WRITTEN_LIMIT", 0)
    for name in ("Dài Một", "Dài Hai", "Dài Ba"):
        create_organisation(SYSTEM, "startup", {"name": name}, status="verified")
        db.session.flush()
    assert not db.session.info.get(hooks._WRITTEN)  # nothing kept, yet the commit still wakes the indexer
    db.session.commit()
    assert sorted(found("dai")) == sorted(["Dài Một", "Dài Hai", "Dài Ba"])
    assert pending_count(app) == 0


def test_updates_renames_and_related_records_are_followed(app, make_org):
    zone = make_org(kind="zone", name="Khu Công nghệ cao Hòa Lạc")
    tenant = make_org(name="Chip Việt", zone=zone.slug)
    person = create_person(SYSTEM, {"full_name": "Nguyễn Văn An"}, status="verified")
    db.session.flush()
    add_affiliation(SYSTEM, person, tenant.slug, role="CTO")
    db.session.commit()
    assert found("chip viet cto") == ["Nguyễn Văn An"]
    update_organisation(SYSTEM, tenant, {"name": "Vi Mạch Việt"})
    db.session.commit()
    assert found("chip viet") == [] and "Vi Mạch Việt" in found("vi mach viet")
    assert found("vi mach viet cto") == ["Nguyễn Văn An"]  # the person carries the new employer name
    update_organisation(SYSTEM, zone, {"name": "Khu CNC Láng Hòa Lạc"})
    db.session.commit()
    assert "Vi Mạch Việt" in found("lang hoa lac")  # the tenant carries its zone's name


def test_renaming_a_strategic_technology_reindexes_its_listings(app, make_org):
    make_org(name="Alpha", technologies=["semiconductors"])
    term = db.session.scalar(select(StrategicTechnology).filter_by(code="semiconductors"))
    term.name_en = "Microchips and wafers"
    db.session.commit()
    assert found("wafers") == ["Alpha"]


def test_visibility_follows_status_changes(app, make_org):
    org = make_org(name="Đang Chờ Duyệt", status="pending")
    assert found("dang cho duyet") == [] and found("dang cho duyet", STAFF) == ["Đang Chờ Duyệt"]
    from ecosystem.registry.organisations import verify_organisation
    verify_organisation(SYSTEM, org)
    db.session.commit()
    assert found("dang cho duyet") == ["Đang Chờ Duyệt"]
    db.session.delete(db.session.get(Organisation, org.id))
    db.session.commit()
    assert found("dang cho duyet", STAFF) == []


def test_a_busy_writer_leaves_the_rows_for_later(app, make_org):
    with writer_lock(app) as held:  # as if another worker were writing the index
        assert held
        make_org(name="Hàng Đợi")  # the commit succeeds; its drain finds the writer busy
        assert pending_count(app) == 1 and found("hang doi") == []
        assert drain_outbox(app) == 0
    assert pending_count(app) == 1
    assert drain_outbox(app) == 1
    assert found("hang doi") == ["Hàng Đợi"] and pending_count(app) == 0


def test_reindex_and_check_commands(app, make_org, runner):
    make_org(name="Một"), make_org(name="Hai")
    backend = get_backend()
    backend.clear()
    result = runner.invoke(args=["search", "check"])
    assert result.exit_code == 1 and "2 missing" in result.output
    result = runner.invoke(args=["search", "reindex"])
    assert result.exit_code == 0 and "Indexed 2 listings" in result.output
    assert runner.invoke(args=["search", "check"]).exit_code == 0
    from ecosystem.search.documents import SearchDocument
    backend.index([SearchDocument(key="organisation:999999", kind="startup", slug="ghost", status="verified",
                                  title="Ma")])
    backend.remove(["organisation:%d" % db.session.scalar(select(Organisation.id).filter_by(name="Một"))])
    result = runner.invoke(args=["search", "check", "--repair"])
    assert result.exit_code == 0 and "1 missing" in result.output and "1 extra" in result.output
    assert sorted(found("")) == ["Hai", "Một"]
    assert "matches" in runner.invoke(args=["search", "check"]).output
