"""PostgreSQL backend specifics (the shared behaviour is in test_backend_contract.py).

The database tests run when TEST_DATABASE_URL is set; the analysis-to-tsvector tests always run."""
import os
from collections import Counter

import pytest
from sqlalchemy import inspect, text

from ecosystem.extensions import db
from ecosystem.search.postgres import lexemes, schema, vocabulary
from ecosystem.search.postgres.lexemes import AnalysedDocument

from .conftest import doc, run, titles

needs_postgres = pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"), reason="needs TEST_DATABASE_URL")


@pytest.fixture
def pg(app):
    from ecosystem.search.postgres import PostgresBackend
    backend = PostgresBackend(db.engine)
    backend.clear()
    yield backend
    backend.clear()


def _vocabulary():
    with db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT form, documents FROM search_vocabulary")).all())


def _variants_of(word):
    with db.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT variant FROM search_variants WHERE folded = :w"),
                                               {"w": word})}


# --- analysed forms (no database) ---

def test_a_document_vector_holds_folded_words_pairs_and_accents_by_field():
    analysed = AnalysedDocument(doc(1, "Hòa Lạc", "công nghệ cao", keywords="AI"))
    terms = analysed.terms.split()
    assert "hoa:1A" in terms and "lac:2A" in terms and "hoa_lac:1A" in terms
    assert "ai:5C" in terms  # a gap after each field, so no pair spans two fields
    assert {"cong", "nghe", "cao", "cong_nghe", "nghe_cao"} <= set(terms)  # the body: no positions
    assert set(analysed.accents.split()) == {"hòa:1A", "lạc:2A", "công", "nghệ"}
    assert analysed.title_words == "hoa lac"
    assert analysed.forms == ["ai", "cao", "công", "hòa", "lạc", "nghệ"]


def test_lexemes_that_the_grammar_reserves_are_quoted():
    assert lexemes._literal({"a:b": ["1A"]}, {"o'k", "x\\y"}).startswith("'a:b':1A")
    assert "'o''k'" in lexemes._literal({}, {"o'k"})
    assert lexemes.any_of(["robot", "'; drop", "x y", "robot"], prefix=True) == "'robot':*"
    assert lexemes.none_of(["a", "%"]) == "!'a'"


def test_typo_variants_and_distances():
    assert vocabulary.deletion_variants("khoa") == {"khoa", "hoa", "koa", "kha", "kho"}
    assert vocabulary.edit_distance("ngeh", "nghe") == 1  # a swap is one edit
    assert vocabulary.edit_distance("khoq", "khoa") == 1
    assert vocabulary.edit_distance("blkchan", "blockchain") == 3


def test_backend_tables_are_recognised_for_alembic():
    assert schema.is_backend_table("search_documents") and schema.is_backend_table("search_variants_build")
    assert not schema.is_backend_table("search_outbox") and not schema.is_backend_table("organisations")


# --- PostgreSQL ---

@needs_postgres
def test_the_migration_created_the_tables_and_indexes(pg):
    inspector = inspect(db.engine)
    assert set(schema.TABLES) <= set(inspector.get_table_names())
    indexes = {index["name"] for index in inspector.get_indexes(schema.DOCUMENTS)}
    assert {name for name, _sql in schema.documents_indexes()} <= indexes
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1


@needs_postgres
def test_a_rollback_of_the_callers_transaction_leaves_the_index_alone(pg):
    db.session.execute(text("SELECT 1"))  # the caller's session has a transaction open
    pg.index([doc(1, "Robot Một")])
    db.session.rollback()
    assert titles(run(pg, "robot")) == ["Robot Một"]
    pg.remove(["organisation:1"])
    db.session.rollback()
    assert run(pg, "robot").total == 0


@needs_postgres
def test_a_failed_write_changes_nothing(pg, monkeypatch):
    pg.index([doc(1, "Robot Một")])

    def broken(conn, delta):
        raise RuntimeError("disk full")

    monkeypatch.setattr(vocabulary, "apply_changes", broken)
    with pytest.raises(RuntimeError):
        pg.index([doc(1, "Tên Mới"), doc(2, "Robot Hai")])
    assert titles(run(pg, "robot")) == ["Robot Một"] and run(pg, "tên").total == 0


@needs_postgres
def test_vocabulary_counts_follow_index_and_remove(pg):
    pg.index([doc(1, "Hòa Lạc"), doc(2, "Hòa Bình"), doc(3, "Hoa Sen")])
    counts = _vocabulary()
    assert (counts["hòa"], counts["hoa"], counts["lạc"]) == (2, 1, 1)
    assert "hoa" in _variants_of("hoa") and "oa" in _variants_of("hoa")
    pg.index([doc(1, "Hòa Sen")])  # replacing a document moves its counts
    counts = _vocabulary()
    assert "lạc" not in counts and counts["sen"] == 2 and counts["hòa"] == 2
    assert _variants_of("lac") == set()
    pg.remove(["organisation:2", "organisation:3"])
    assert _vocabulary() == {"hòa": 1, "sen": 1}
    assert _variants_of("binh") == set() and _variants_of("sen") == {"sen", "en", "sn", "se"}


@needs_postgres
def test_rebuild_recounts_the_vocabulary_and_leaves_no_build_tables(pg):
    pg.index([doc(1, "Cũ")])
    seen = []
    count = pg.rebuild([doc(2, "Hòa Lạc"), doc(3, "Hòa Bình"), doc(2, "Hòa Sen")], progress=seen.append)
    assert count == 2 and seen == [2]
    assert _vocabulary() == {"hòa": 2, "bình": 1, "sen": 1}
    assert titles(run(pg, "sen")) == ["Hòa Sen"] and run(pg, "cũ").total == 0
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert not {schema.build_name(t) for t in schema.TABLES} & tables
    assert pg.spelling(["binh", "bihn"]) == {"bihn": "bình"}


@needs_postgres
@pytest.mark.parametrize("text_", ["%", "_", "%_%", "'; drop table search_documents; --", "\\", "\\'", "a'b",
                                   "robot:*", "robot & !x", "''", "$1", "' OR 1=1 --", "ro%", "ro_ot", "\x00", "a\x00b"])
def test_sql_looking_input_is_only_text(pg, text_):
    pg.index([doc(1, "Robot Một", "phần trăm % và gạch _ dưới"), doc(2, "Khác")])
    result = run(pg, text_, filters={"kind": (text_,)})
    assert result.total == 0
    assert run(pg, text_).total in (0, 1, 2)
    pg.suggest(text_, ("verified",), 5)
    pg.spelling([text_])
    pg.more_like(doc(3, text_, text_, technologies=[text_]), (text_,), 5)
    assert titles(run(pg, "robot", filters={"kind": ("startup",)})) == ["Robot Một"]
    assert set(pg.digests()) == {"organisation:1", "organisation:2"}


@needs_postgres
def test_percent_and_underscore_are_not_wildcards_in_autocomplete(pg):
    pg.index([doc(1, "Robot Một"), doc(2, "Rô bốt")])
    assert pg.suggest("%", ("verified",), 5) == [] and pg.suggest("_", ("verified",), 5) == []
    assert [h.title for h in pg.suggest("ro", ("verified",), 5)] == ["Rô bốt", "Robot Một"]


@needs_postgres
def test_broad_queries_rank_in_windows_and_page_stably(pg, monkeypatch):
    from ecosystem.search.postgres import querying
    monkeypatch.setattr(querying, "RANK_WINDOW", 4)
    pg.index([doc(n, f"Robot {n:02d}", "robot " * (n % 3)) for n in range(1, 12)])
    everything = titles(run(pg, "robot", per_page=11))
    paged = [t for page in (1, 2, 3, 4) for t in titles(run(pg, "robot", per_page=3, page=page))]
    assert sorted(everything) == sorted(paged) and len(set(paged)) == 11
    assert paged == everything


@needs_postgres
def test_many_completions_fall_back_to_a_prefix_query(pg, monkeypatch):
    monkeypatch.setattr(vocabulary, "MAX_EXPANSIONS", 2)
    pg.index([doc(n, f"Robot{'x' * n}") for n in range(1, 6)])
    assert run(pg, "robot").total == 5


@needs_postgres
def test_counts_match_visibility_with_many_documents(pg):
    pg.index([doc(n, f"Công ty {n}", kind="startup" if n % 2 else "company", status="verified" if n % 5 else "pending",
                  technologies=["ai"] if n % 3 else ["ai", "iot"]) for n in range(1, 101)])
    result = run(pg, "cong ty", filters={"technology": ("iot",)})
    expected = [n for n in range(1, 101) if n % 5 and not n % 3]
    assert result.total == len(expected)
    assert dict(result.facets["kind"]) == dict(Counter("startup" if n % 2 else "company" for n in expected))
    assert dict(result.facets["technology"]) == {"ai": 80, "iot": len(expected)}


@needs_postgres
def test_results_are_remembered_until_any_process_writes(pg, monkeypatch):
    from ecosystem.search.postgres import PostgresBackend, querying
    other = PostgresBackend(db.engine)  # another app server sharing the database
    pg.index([doc(1, "Robot Một")])
    calls = []
    real_search = querying.search
    monkeypatch.setattr(querying, "search", lambda conn, request: calls.append(1) or real_search(conn, request))
    assert run(pg, "robot").total == 1 and run(pg, "robot").total == 1 and len(calls) == 1
    other.index([doc(2, "Robot Hai")])
    assert run(pg, "robot").total == 2
    other.remove(["organisation:1"])
    assert titles(run(pg, "robot")) == ["Robot Hai"]
    other.rebuild([doc(3, "Robot Ba")])
    assert titles(run(pg, "robot")) == ["Robot Ba"] and len(calls) == 4
