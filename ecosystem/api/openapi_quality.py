"""The data-quality part of the OpenAPI document: scores, confirming data, the curators' dashboard."""
from ..curation.quality.report import KINDS
from ..curation.quality.scoring import Factor
from ..models import Status
from .openapi_schemas import BOOL, INT, NSTR, STR, TIME, URL, action_schema_name, array_of, obj, ref

NUMBER = {"type": "number"}
LISTING_TYPES = {"enum": ["organisation", "person"]}
LISTING_KINDS = {"enum": list(KINDS)}


def quality_schemas():
    """Schemas of the quality responses."""
    deduction = obj(factor={"enum": list(Factor.WEIGHTS)}, code=STR, points=INT,
                    message={**STR, "description": "What to do, in the caller's language."})
    link = dict(type=LISTING_TYPES, kind=LISTING_KINDS, slug=STR, name=STR, status={"enum": list(Status.ALL)},
                html_url=URL)
    group = obj(kind=LISTING_KINDS, count=INT, average=NUMBER)
    ward = obj(ward=NSTR, name_vi=NSTR, name_en=NSTR, count=INT, average=NUMBER)
    point = obj(day={"type": "string", "format": "date"}, count=INT, average=NUMBER, low=INT, stale=INT,
                suggest_archiving=INT)
    return {
        "QualityDeduction": deduction,
        "Quality": obj(score={"type": "integer", "minimum": 0, "maximum": 100}, maximum=INT,
                       band={"enum": ["good", "fair", "poor"]}, to_fix=array_of(ref("QualityDeduction")),
                       last_confirmed_at=TIME, days_since_confirmed=INT, stale=BOOL, suggest_archiving=BOOL),
        "QualityListing": obj(**link, score=INT, to_fix=array_of(ref("QualityDeduction"))),
        "FreshnessAlert": obj(**link, last_confirmed_at=TIME, days_since_confirmed=INT, suggest_archiving=BOOL),
        "QualitySnapshot": obj(items=array_of(obj(
            day={"type": "string", "format": "date"}, kind=LISTING_KINDS, listing_count=INT, average_score=NUMBER,
            low_score_count=INT, stale_count=INT, archive_count=INT))),
        "QualityDashboard": obj(
            generated_at=TIME, freshness_days=INT, archive_after_days=INT, total=INT, average=NUMBER, stale=INT,
            suggest_archiving=INT, distribution=array_of(obj(min=INT, max=INT, count=INT)),
            by_kind=array_of(group), by_ward=array_of(ward), worst=array_of(ref("QualityListing")),
            trend_kind={"type": ["string", "null"]}, trend=array_of(point),
            alerts=obj(items=array_of(ref("FreshnessAlert")), total=INT)),
    }


def quality_paths(operation, write, query, path_param, max_limit):
    """Quality of one listing, confirming it, and the dashboard."""
    slug = path_param("slug")
    editors = [{"bearerAuth": []}, {"sessionCookie": []}]

    def read(view, summary):
        return operation(view, summary, "quality", "Quality", errors={401, 403, 404}, security=editors)

    def confirm(view, summary):
        return write(view, summary, "quality", "Quality", action_schema_name("decision"), errors={409})

    dashboard_params = [
        query("kind", LISTING_KINDS, "Narrow the trend to one kind of listing."),
        query("limit", {"type": "integer", "minimum": 1, "maximum": max_limit, "default": max_limit},
              "At most this many listings of the alert list.")]
    return {
        "/organisations/{slug}/quality": {"parameters": [slug], "get": read(
            "organisation_quality", "Quality score and what to fix (editors, curators)")},
        "/people/{slug}/quality": {"parameters": [slug], "get": read(
            "person_quality", "Quality score and what to fix (the profile's owner, curators)")},
        "/organisations/{slug}/confirm": {"parameters": [slug], "post": confirm(
            "organisation_confirm", "Confirm the data is current (editors, curators)")},
        "/people/{slug}/confirm": {"parameters": [slug], "post": confirm(
            "person_confirm", "Confirm the data is current (the profile's owner, curators)")},
        "/curation/quality": {"get": operation(
            "curation_quality", "Data-quality dashboard and freshness alerts (curators)", "curation",
            "QualityDashboard", params=dashboard_params, errors={401, 403}, security=editors)},
        "/curation/quality/snapshot": {"post": write(
            "curation_quality_snapshot", "Record today's quality snapshot (curators)", "curation", "QualitySnapshot",
            action_schema_name("decision"), status=201)},
    }
