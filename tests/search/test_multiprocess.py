"""Several gunicorn workers: writes from all of them reach the index through one writer at a time,
no update is lost, and every worker sees new listings within a second or two."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from ecosystem.auth.services import create_api_token
from ecosystem.extensions import db
from ecosystem.models import Role
from ecosystem.search.indexer import pending_count
from ecosystem.search.maintenance import check

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORKERS = 3
LISTINGS = 24
VISIBLE_WITHIN = 3.0  # seconds after the last write (the aim is one to two)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _call(base, path, token, body=None):
    request = urllib.request.Request(base + path, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                                              "Accept": "application/json"}, method="GET" if body is None else "POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture
def gunicorn(app, make_user):
    """The app under gunicorn with several workers, on the test database and index.

    Yields (API url, a founder's token, a curator's token): nobody verifies their own listing."""
    tokens = [create_api_token(make_user(email, role=role), "multiprocess")[1]
              for email, role in (("founder@example.org", Role.MEMBER), ("curator@example.org", Role.CURATOR))]
    db.session.commit()
    port = _free_port()
    env = dict(os.environ, DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"], SECRET_KEY="test-secret",
               INSTANCE_PATH=app.instance_path, SEARCH_INDEX_DIR=app.config["SEARCH_INDEX_DIR"],
               SEARCH_BACKEND=app.config["SEARCH_BACKEND"], REDIS_URL="", MAIL_SERVER="")
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--workers", str(WORKERS), "--bind",
                               f"127.0.0.1:{port}", "--log-level", "warning", "wsgi:app"], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        for _ in range(100):
            try:
                _call(base, "/taxonomy", tokens[0])
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        yield base, *tokens
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_concurrent_writes_from_every_worker_are_all_searchable_soon(app, gunicorn):
    base, founder, curator = gunicorn

    def create(number):
        created = _call(base, "/organisations", founder, {"kind": "startup", "name": f"Đa Tiến Trình {number}",
                                                         "description": "Kiểm thử nhiều tiến trình ghi chỉ mục."})
        return _call(base, f"/organisations/{created['slug']}/verify", curator, {})

    with ThreadPoolExecutor(max_workers=6) as pool:
        verified = list(pool.map(create, range(LISTINGS)))
    assert all(org["status"] == "verified" for org in verified)
    written = time.monotonic()
    while True:  # any worker may answer each search: all must see all
        totals = {_call(base, "/search?q=da+tien+trinh&per_page=1", founder)["total"] for _ in range(WORKERS * 2)}
        if totals == {LISTINGS}:
            break
        assert time.monotonic() - written < VISIBLE_WITHIN, f"after {VISIBLE_WITHIN}s workers see {totals}"
        time.sleep(0.05)
    assert pending_count(app) == 0
    assert check(app).clean
