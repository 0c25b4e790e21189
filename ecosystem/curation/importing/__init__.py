"""Bulk import of listings from CSV and XLSX files: readers, column mapping, the engine, jobs, and the
curators' pages at /curation/import (registered as the `importing` blueprint)."""
from flask import Blueprint

bp = Blueprint("importing", __name__)

from . import views  # noqa: E402,F401
