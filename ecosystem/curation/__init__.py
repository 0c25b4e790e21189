"""The curator's workspace: pending listings and claims, decisions, taxonomies, data quality, open data."""
from flask import Blueprint

bp = Blueprint("curation", __name__)
# The open-data page is public and lives at /open-data, outside the curators' /curation prefix.
open_data_bp = Blueprint("open_data", __name__)

from . import open_data_views, quality_views, taxonomy_views, views  # noqa: E402,F401
