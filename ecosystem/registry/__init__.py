"""Listings of every kind: browsing, profiles, memberships and claims."""
from flask import Blueprint

bp = Blueprint("registry", __name__)

from . import manage_views, people_views, views  # noqa: E402,F401
