"""Fixtures for the search tests: a `backend` parametrised over Whoosh and (with TEST_DATABASE_URL) PostgreSQL,
and `doc()` to build documents."""
import os
from datetime import datetime, timedelta

import pytest

from ecosystem.extensions import db
from ecosystem.search.documents import SearchDocument
from ecosystem.search.protocol import SearchRequest
from ecosystem.search.query import parse

BACKENDS = ["whoosh"] + (["postgres"] if os.environ.get("TEST_DATABASE_URL") else [])
EPOCH = datetime(2020, 1, 1)


@pytest.fixture(params=BACKENDS)
def backend(request, app, tmp_path):
    """An empty backend of each kind this run can test."""
    if request.param == "whoosh":
        from ecosystem.search.whoosh import WhooshBackend
        engine = WhooshBackend(str(tmp_path / "index"))
    else:
        from ecosystem.search.postgres import PostgresBackend
        engine = PostgresBackend(db.engine)
    engine.clear()
    yield engine
    engine.clear()
    engine.close()


def doc(number, title, body="", kind="startup", status="verified", **fields):
    """A document with sensible defaults; `number` orders created_at and updated_at."""
    fields.setdefault("created_at", EPOCH + timedelta(days=number))
    fields.setdefault("updated_at", EPOCH + timedelta(days=number))
    return SearchDocument(key=f"organisation:{number}", kind=kind, slug=f"org-{number}", status=status,
                          title=title, body=body, **fields)


def run(backend, text="", **options):
    """backend.search with a parsed query and keyword options for SearchRequest."""
    return backend.search(SearchRequest(query=parse(text), **options))


def titles(result):
    return [hit.title for hit in result.hits]
