"""Data quality as JSON: a listing's score and what to fix, the alert list and the curators' dashboard.

The keys written here are the properties of the schemas in `openapi_quality.py`; a test compares them."""
from flask import current_app, url_for

from ..curation.quality.scoring import MAXIMUM
from ..curation.quality.services import listing_type
from ..models import Person
from .serializers import timestamp


def quality(result):
    """One listing's quality: the score, each deduction with its message, and its freshness."""
    return {"score": result.score, "maximum": MAXIMUM, "band": result.band,
            "to_fix": [item.as_dict() for item in result.to_fix],
            "last_confirmed_at": timestamp(result.last_confirmed), "days_since_confirmed": result.age_days,
            "stale": result.stale, "suggest_archiving": result.suggest_archiving}


def listing_link(listing):
    """Enough of an organisation or a person to name it and open it."""
    person = isinstance(listing, Person)
    endpoint = "registry.person_detail" if person else "registry.organisation_detail"
    return {"type": listing_type(listing), "kind": "person" if person else listing.kind, "slug": listing.slug,
            "name": listing.display_name if person else listing.name, "status": listing.status,
            "html_url": url_for(endpoint, slug=listing.slug, _external=True)}


def assessed_listing(listing, result):
    """A listing with its score and what to fix (the dashboard's worst listings)."""
    return {**listing_link(listing), "score": result.score, "to_fix": [item.as_dict() for item in result.to_fix]}


def alert(item):
    """One listing of the freshness alert list."""
    return {**listing_link(item.listing), "last_confirmed_at": timestamp(item.last_confirmed),
            "days_since_confirmed": item.days, "suggest_archiving": item.suggest_archiving}


def _group(group, key):
    return {key: group.key, "count": group.count, "average": group.average}


def _ward(group):
    ward = group.key
    return {"ward": ward.code if ward is not None else None, "name_vi": ward.name_vi if ward is not None else None,
            "name_en": ward.name_en if ward is not None else None, "count": group.count, "average": group.average}


def dashboard(report, alerts, limit, now):
    """The dashboard's data, with the first `limit` listings of the alert list."""
    config = current_app.config
    return {
        "generated_at": timestamp(now), "freshness_days": config["FRESHNESS_DAYS"],
        "archive_after_days": config["ARCHIVE_AFTER_DAYS"], "total": report.total, "average": report.average,
        "stale": report.stale_count, "suggest_archiving": report.archive_count,
        "distribution": [{"min": low, "max": high, "count": count} for low, high, count in report.buckets],
        "by_kind": [_group(group, "kind") for group in report.by_kind],
        "by_ward": [_ward(group) for group in report.by_ward],
        "worst": [assessed_listing(listing, result) for listing, result in report.worst],
        "trend_kind": report.trend_kind,
        "trend": [{"day": point.day.isoformat(), "count": point.count, "average": point.average, "low": point.low,
                   "stale": point.stale, "suggest_archiving": point.archive} for point in report.trend],
        "alerts": {"items": [alert(item) for item in alerts[:limit]], "total": len(alerts)},
    }


def snapshot(rows):
    """The rows of one day's quality snapshot."""
    return {"items": [{"day": row.day.isoformat(), "kind": row.kind, "listing_count": row.listing_count,
                       "average_score": row.average_score, "low_score_count": row.low_score_count,
                       "stale_count": row.stale_count, "archive_count": row.archive_count} for row in rows]}
