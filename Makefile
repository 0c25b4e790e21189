# Two commands: `make run` serves the registry, `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
WORKERS ?= 2
PG_TEST_URL ?= postgresql://postgres@127.0.0.1:5432/test
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi

.PHONY: run test install install-test translations chromium migrate demo search-index duplicate-keys clean

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/.test-installed: requirements-test.txt $(BIN)/.installed
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

install: $(BIN)/.installed

install-test: $(BIN)/.test-installed

translations: install
	$(BIN)/pybabel compile --statistics -D "messages wtforms" -d ecosystem/translations 2>&1 | tail -n 2

migrate: install
	$(FLASK) db upgrade

demo: migrate
	$(FLASK) demo load --if-empty

# The index follows the database through the outbox; this repairs any drift (a lost index directory,
# a crash) before the server starts, and builds the index on the first run.
search-index: demo
	$(FLASK) search check --repair

# Duplicate detection keeps blocking keys per listing; a database from before that feature gets them once.
duplicate-keys: demo
	$(FLASK) duplicates rebuild --if-missing

run: translations search-index duplicate-keys
	$(BIN)/gunicorn --workers $(WORKERS) --bind 127.0.0.1:$(PORT) --access-logfile - wsgi:app

# Browser tests need Debian's chromium; install it when missing (CI runs as root).
chromium:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: install-test translations chromium
	$(BIN)/python -m pytest
	@if $(BIN)/python -c "import psycopg; psycopg.connect('$(PG_TEST_URL)', connect_timeout=3).close()" 2>/dev/null; then \
		echo "== PostgreSQL answers: running the suite again on $(PG_TEST_URL)"; \
		TEST_DATABASE_URL=$(PG_TEST_URL) $(BIN)/python -m pytest; \
	else \
		echo "== PostgreSQL does not answer at $(PG_TEST_URL): suite ran on SQLite only"; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
