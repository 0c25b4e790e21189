"""The open-data package of the public registry: dated folders of CSV and JSON tables with a descriptor.

`build_package` writes `<OPEN_DATA_DIR>/<YYYY-MM-DD>/` (organisations and people as CSV and JSON, a
Frictionless Data Package descriptor, and a zip of them all), into a temporary folder first and then
renamed into place, so a reader never sees half a package. The last OPEN_DATA_KEEP dated packages are
kept. It reads the database and never changes it."""
import contextlib
import csv
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import zipfile
from datetime import date

from flask import current_app

from ..exports import spreadsheet_safe
from ..models import utcnow
from .open_data_schema import TABLES, public_url, record, table_schema, utc_text

DESCRIPTOR = "datapackage.json"
ARCHIVE = "datapackage.zip"
TABLE_FILES = tuple(f"{name}.{fmt}" for name, *_rest in TABLES for fmt in ("csv", "json"))
FILE_NAMES = (DESCRIPTOR, *TABLE_FILES, ARCHIVE)
MEDIATYPES = {"csv": "text/csv", "json": "application/json", "zip": "application/zip"}
DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
LICENCE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 International",
           "path": "https://creativecommons.org/licenses/by/4.0/"}
PACKAGE_NAME = "hanoi-innovation-ecosystem"
PACKAGE_TITLE = "Hanoi innovation ecosystem registry"
PACKAGE_DESCRIPTION = (
    "The public part of the registry of Hanoi's innovation ecosystem: verified organisations (startups, "
    "companies, universities and institutes, investors, state agencies, incubators, high-tech zones) and "
    "people. In the CSV files a value starting with = + - @ or a control character has an apostrophe in "
    "front, so spreadsheet programs do not run it as a formula; the JSON files hold the values unchanged.")
# Leftovers of a build that crashed are removed by a later build once they are this old (seconds).
STALE_BUILD_AGE = 24 * 3600


def package_root():
    """The folder holding the dated packages."""
    return current_app.config["OPEN_DATA_DIR"]


def parse_day(text):
    """The date named by `YYYY-MM-DD`, or None for anything else (so it can name a folder safely)."""
    if not isinstance(text, str) or not DAY_PATTERN.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def published_days():
    """Dates of the packages on disk, newest first (as `YYYY-MM-DD` text)."""
    root = package_root()
    if not os.path.isdir(root):
        return []
    days = [name for name in os.listdir(root)
            if parse_day(name) and os.path.isfile(os.path.join(root, name, DESCRIPTOR))]
    return sorted(days, reverse=True)


def package_file(day, name):
    """The path of one file of a package, or None when the date or the name is not one we publish."""
    if parse_day(day) is None or name not in FILE_NAMES:
        return None
    path = os.path.join(package_root(), day, name)
    return path if os.path.isfile(path) else None


def read_descriptor(day):
    """The descriptor of the package of that date, or None."""
    path = package_file(day, DESCRIPTOR)
    if path is None:
        return None
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def latest_package():
    """(descriptor of the newest package or None, every published date newest first)."""
    days = published_days()
    return (read_descriptor(days[0]) if days else None), days


def schema_tables(descriptor):
    """(table name, English title, fields) of each table the descriptor documents, from its CSV resources."""
    titles = {name: title for name, title, *_rest in TABLES}
    tables = []
    for item in (descriptor or {}).get("resources", ()):
        if item.get("format") == "csv":
            name = item["path"].rsplit(".", 1)[0]
            tables.append((name, titles.get(name, item.get("title", name)), item["schema"]["fields"]))
    return tables


def _csv_text(field, value):
    if value is None:
        return ""
    if field.type == "boolean":
        return "true" if value else "false"
    return spreadsheet_safe(value) if field.type == "string" else str(value)


def write_table(folder, name, fields, items):
    """Write `<name>.csv` and `<name>.json` from one pass over the items; returns the row count."""
    count = 0
    with open(os.path.join(folder, f"{name}.csv"), "w", encoding="utf-8", newline="") as csv_stream, \
            open(os.path.join(folder, f"{name}.json"), "w", encoding="utf-8") as json_stream:
        writer = csv.writer(csv_stream)
        writer.writerow([field.name for field in fields])
        json_stream.write("[")
        for item in items:
            row = record(fields, item)
            writer.writerow([_csv_text(field, row[field.name]) for field in fields])
            json_stream.write(("," if count else "") + "\n" + json.dumps(row, ensure_ascii=False))
            count += 1
        json_stream.write("\n]\n")
    return count


def file_facts(path):
    """(size in bytes, sha256 hex digest) of a file, read in chunks."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 16), b""):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def resource(folder, name, title, fields, fmt, rows):
    """The descriptor entry of one file: path, format, media type, encoding, size, hash, rows and schema."""
    path = f"{name}.{fmt}"
    size, sha256 = file_facts(os.path.join(folder, path))
    return {"name": f"{name}-{fmt}", "title": f"{title} ({fmt.upper()})", "profile": "tabular-data-resource",
            "path": path, "format": fmt, "mediatype": MEDIATYPES[fmt], "encoding": "utf-8", "bytes": size,
            "hash": f"sha256:{sha256}", "rows": rows, "schema": table_schema(fields)}


def descriptor_for(day, resources, created, homepage):
    """The Frictionless Data Package descriptor (tabular-data-package profile)."""
    return {"profile": "tabular-data-package", "name": PACKAGE_NAME, "title": PACKAGE_TITLE,
            "description": PACKAGE_DESCRIPTION, "version": day.isoformat(), "created": created,
            "homepage": homepage, "licenses": [LICENCE], "resources": resources}


def _write_archive(folder):
    with zipfile.ZipFile(os.path.join(folder, ARCHIVE), "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in (DESCRIPTOR, *TABLE_FILES):
            archive.write(os.path.join(folder, name), arcname=name)


def build_package(day=None):
    """Build the package of `day` (today by default) and return its descriptor; replaces that day's package."""
    day = day or date.today()
    root = package_root()
    os.makedirs(root, exist_ok=True)
    folder = tempfile.mkdtemp(prefix=f".building-{day.isoformat()}-", dir=root)
    try:
        resources = []
        for name, title, fields, items in TABLES:
            rows = write_table(folder, name, fields, items())
            resources += [resource(folder, name, title, fields, fmt, rows) for fmt in ("csv", "json")]
        descriptor = descriptor_for(day, resources, utc_text(utcnow()), public_url("open_data.page"))
        with open(os.path.join(folder, DESCRIPTOR), "w", encoding="utf-8") as stream:
            json.dump(descriptor, stream, ensure_ascii=False, indent=1)
        _write_archive(folder)
        with _locked(root):
            _move_into_place(root, folder, day.isoformat())
            prune(root, current_app.config["OPEN_DATA_KEEP"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # gone already unless the build failed
    return descriptor


@contextlib.contextmanager
def _locked(root):
    """One build at a time swaps folders (cron and a curator's button may meet)."""
    with open(os.path.join(root, ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _move_into_place(root, folder, day):
    """Rename the finished folder to its date; an earlier package of that date is moved aside, then removed."""
    final = os.path.join(root, day)
    replaced = None
    if os.path.exists(final):
        replaced = tempfile.mkdtemp(prefix=f".replaced-{day}-", dir=root)
        os.rename(final, os.path.join(replaced, day))
    os.rename(folder, final)
    if replaced is not None:
        shutil.rmtree(replaced, ignore_errors=True)


def prune(root, keep):
    """Remove all but the `keep` newest packages, and leftovers of builds that crashed long ago."""
    for day in published_days()[keep:]:
        shutil.rmtree(os.path.join(root, day), ignore_errors=True)
    cutoff = time.time() - STALE_BUILD_AGE
    for name in os.listdir(root):
        path = os.path.join(root, name)
        if name.startswith((".building-", ".replaced-")) and os.path.getmtime(path) < cutoff:
            shutil.rmtree(path, ignore_errors=True)
