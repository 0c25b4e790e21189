"""The PostgreSQL search tables: every DDL statement of this backend, in one place.

The migration creates the tables from these statements, and `rebuild` builds fresh copies under
`*_build` names and swaps them in, so both use the same definitions. The tables are not
SQLAlchemy models: `is_backend_table` tells Alembic's comparison to leave them alone.
This module imports nothing heavy (no Flask, no Whoosh, no database driver).

The *_key columns hold a row's facet values joined into strings (see facets.KEYS): counting facets
then groups the matched rows by four keys instead of nine columns, and the few groups are unpacked
in Python.

search_documents keeps its rows narrow, because counting and faceting a broad search visits every
matched row: the big `terms` (what GIN matches) and `accents`/`forms` live out of line in TOAST
(`toast_tuple_target` = 128 with EXTERNAL storage), while the small `head` vector (title and
alternative names, for ranking candidates and autocomplete) stays inline uncompressed (PLAIN).
"""

DOCUMENTS = "search_documents"
VOCABULARY = "search_vocabulary"  # one row per exact word form, with its folded form and document count
VARIANTS = "search_variants"  # each folded word and its one-letter deletions: candidates for one-edit typos
TABLES = (DOCUMENTS, VOCABULARY, VARIANTS)  # what a rebuild replaces
STATE = "search_state"  # one row: the index generation, raised by every write (keys of the result caches)
BUILD_SUFFIX = "_build"  # a rebuild fills these, then renames them over the live tables
EXTENSIONS = ("pg_trgm",)

_SMALL_COLUMNS = ("key", "kind", "status", "slug", "title", "sort_name", "title_words", "technologies", "sectors",
                  "province", "ward", "zone", "stage", "investor_type", "digest", "profile_key", "place_key",
                  "technology_key", "sector_key", "names")


def is_backend_table(name):
    """True for a table this backend manages by hand (Alembic must not compare it with the models)."""
    if name.endswith(BUILD_SUFFIX):
        name = name[:-len(BUILD_SUFFIX)]
    return name in TABLES or name == STATE


def build_name(table):
    """The name under which a rebuild fills a fresh copy of `table`."""
    return table + BUILD_SUFFIX


def documents_table(table=DOCUMENTS):
    """CREATE TABLE (and column storage) statements for the documents table named `table`."""
    storage = ", ".join(f"ALTER COLUMN {column} SET STORAGE MAIN" for column in _SMALL_COLUMNS)
    return [
        # Columns every search reads come first: a row is decoded only up to the last column a query needs.
        f"""CREATE TABLE {table} (
            status text NOT NULL,
            title_length integer NOT NULL,
            created_at timestamp without time zone,
            updated_at timestamp without time zone,
            key text COLLATE "C" NOT NULL,
            sort_name text COLLATE "C" NOT NULL,
            profile_key text NOT NULL,
            place_key text NOT NULL,
            technology_key text NOT NULL,
            sector_key text NOT NULL,
            kind text NOT NULL,
            technologies text[] NOT NULL,
            sectors text[] NOT NULL,
            province text,
            ward text,
            zone text,
            stage text,
            investor_type text,
            head tsvector NOT NULL,
            slug text NOT NULL,
            title text NOT NULL,
            title_words text COLLATE "C" NOT NULL,
            names text NOT NULL,
            digest text NOT NULL,
            terms tsvector NOT NULL,
            accents tsvector NOT NULL,
            forms text[] NOT NULL,
            CONSTRAINT pk_{table} PRIMARY KEY (key)
        ) WITH (toast_tuple_target = 128)""",
        f"ALTER TABLE {table} {storage}, ALTER COLUMN head SET STORAGE PLAIN, "
        "ALTER COLUMN terms SET STORAGE EXTERNAL, ALTER COLUMN accents SET STORAGE EXTERNAL, "
        "ALTER COLUMN forms SET STORAGE EXTERNAL",
    ]


def documents_indexes(table=DOCUMENTS):
    """(index name, CREATE INDEX statement) pairs of the documents table named `table`."""
    specs = [
        ("terms", "USING gin (terms)"),  # matching: folded words and pairs
        ("head", "USING gin (head)"),  # autocomplete: title words by prefix
        ("title_words", "(title_words)"),  # autocomplete: titles starting with the typed words
        ("title_length", "(title_length, sort_name, key)"),  # autocomplete: shortest titles first
        ("sort_name", "(sort_name, key)"),
        ("created_at", "(created_at DESC NULLS LAST, key)"),
        ("updated_at", "(updated_at DESC NULLS LAST, key)"),
        ("technologies", "USING gin (technologies)"),
        ("sectors", "USING gin (sectors)"),
    ]
    return [(f"ix_{table}_{suffix}", f"CREATE INDEX ix_{table}_{suffix} ON {table} {spec}")
            for suffix, spec in specs]


def vocabulary_tables(vocabulary=VOCABULARY, variants=VARIANTS):
    """CREATE TABLE statements of the vocabulary and its typo variants (named as given)."""
    return [
        f"""CREATE TABLE {vocabulary} (
            form text COLLATE "C" NOT NULL,
            folded text COLLATE "C" NOT NULL,
            documents integer NOT NULL,
            CONSTRAINT pk_{vocabulary} PRIMARY KEY (form)
        )""",
        f"""CREATE TABLE {variants} (
            variant text COLLATE "C" NOT NULL,
            folded text COLLATE "C" NOT NULL,
            CONSTRAINT pk_{variants} PRIMARY KEY (variant, folded)
        )""",
    ]


def vocabulary_indexes(vocabulary=VOCABULARY):
    """(index name, CREATE INDEX statement) pairs of the vocabulary named `vocabulary`."""
    return [
        (f"ix_{vocabulary}_folded", f"CREATE INDEX ix_{vocabulary}_folded ON {vocabulary} (folded)"),
        # "Did you mean": the nearest words by trigram distance, for corrections of two edits.
        (f"ix_{vocabulary}_trigram", f"CREATE INDEX ix_{vocabulary}_trigram ON {vocabulary} "
                                     "USING gist (folded gist_trgm_ops)"),
    ]


def create_statements():
    """Everything the migration creates, in order."""
    statements = [f"CREATE EXTENSION IF NOT EXISTS {name}" for name in EXTENSIONS]
    statements += documents_table()
    statements += [sql for _name, sql in documents_indexes()]
    statements += vocabulary_tables()
    statements += [sql for _name, sql in vocabulary_indexes()]
    statements += [f"CREATE TABLE {STATE} (generation bigint NOT NULL)", f"INSERT INTO {STATE} VALUES (0)"]
    return statements


def drop_statements():
    """Everything the migration's downgrade drops (leftover build tables of a failed rebuild too)."""
    tables = list(TABLES) + [build_name(t) for t in TABLES] + [STATE]
    return [f"DROP TABLE IF EXISTS {table}" for table in tables] + \
        [f"DROP EXTENSION IF EXISTS {name}" for name in EXTENSIONS]


def renames_after_build():
    """Statements that give the freshly built tables, their keys and indexes the live names."""
    statements = []
    for table in TABLES:
        built = build_name(table)
        statements.append(f"ALTER TABLE {built} RENAME TO {table}")
        statements.append(f"ALTER TABLE {table} RENAME CONSTRAINT pk_{built} TO pk_{table}")
    for built_index, _sql in documents_indexes(build_name(DOCUMENTS)) + vocabulary_indexes(build_name(VOCABULARY)):
        live = built_index.replace(BUILD_SUFFIX, "", 1)
        statements.append(f"ALTER INDEX {built_index} RENAME TO {live}")
    return statements
