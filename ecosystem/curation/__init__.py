"""The curator's minimal workspace: pending listings and claims, decisions, taxonomies."""
from flask import Blueprint

bp = Blueprint("curation", __name__)

from . import taxonomy_views, views  # noqa: E402,F401
