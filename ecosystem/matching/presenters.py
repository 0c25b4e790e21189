"""How matches are shown: labels of the partner kinds, addresses of listings, the introduction link."""
from urllib.parse import urlencode

from flask import current_app, url_for
from flask_babel import lazy_gettext as _l

GROUP_LABELS = {
    "offer": _l("Technology offers"), "need": _l("Technology needs"), "lab": _l("Labs and their equipment"),
    "school": _l("Universities and institutes"),
    "researcher": _l("Researchers and experts"), "startup": _l("Startups"), "investor": _l("Investors"),
    "company": _l("Companies"),
}
# Record type -> (endpoint of its detail page, name of the slug argument).
DETAIL_ENDPOINTS = {"organisation": "registry.organisation_detail", "person": "registry.person_detail",
                    "offer": "exchange.offer_detail", "need": "exchange.need_detail", "lab": "labs.lab_detail"}


def group_label(group):
    return str(GROUP_LABELS.get(group, group))


def record_type(record):
    from .services import record_type_of
    return record_type_of(record)


def record_name(record):
    """The listing's display name in any language the page is in."""
    for attribute in ("display_name", "title", "name"):
        value = getattr(record, attribute, None)
        if value:
            return value
    return record.slug


def listing_url(record, external=False):
    """The detail page of an organisation, person, offer, need or lab (None when the page is not mounted)."""
    endpoint = DETAIL_ENDPOINTS[record_type(record)]
    if endpoint not in current_app.view_functions:
        return None
    return url_for(endpoint, slug=record.slug, _external=external)


def reference(record):
    """"type:slug", the way introductions name a listing."""
    return f"{record_type(record)}:{record.slug}"


def introduction_url(source, target):
    """/introductions/new?source=…&target=… when the introductions pages are mounted."""
    if "introductions.new_introduction" not in current_app.view_functions:
        return None
    query = urlencode({"source": reference(source), "target": reference(target)})
    return url_for("introductions.new_introduction") + "?" + query


def match_url(record, kind=None):
    """The "Find partners" page of a listing."""
    return url_for("matching.partners", record_type=record_type(record), slug=record.slug, kind=kind or None)


def template_globals():
    from .views import find_partners, matches_for_you
    return {"find_partners": find_partners, "matches_for_you": matches_for_you, "match_group_label": group_label,
            "match_listing_url": listing_url, "match_record_name": record_name,
            "match_introduction_url": introduction_url, "match_url": match_url}
