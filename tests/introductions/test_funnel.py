"""Funnel numbers: steps ever reached, conversion rates, months of request, match reasons."""
from datetime import datetime, timezone

import pytest

from ecosystem.extensions import db
from ecosystem.introductions import services
from ecosystem.introductions.funnel import csv_rows, funnel_report
from ecosystem.models import IntroductionReason


def _at(month, day=10):
    return datetime(2026, month, day, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def history(make_user, make_org, founder, investor_user, startup, fund):
    """Six requests from six startups to one fund, in March and April, ending in every status."""
    outcomes = [("agreed", 3), ("met", 3), ("accepted", 4), ("declined", 4), ("withdrawn", 4), ("sent", 4)]
    made = []
    for n, (outcome, month) in enumerate(outcomes):
        owner = make_user(f"founder{n}@example.org")
        org = make_org("startup", f"Khởi nghiệp {n}", owner=owner, stage="seed", sectors=["manufacturing"])
        item = services.request_introduction(owner, f"organisation:{org.slug}", f"organisation:{fund.slug}",
                                             "Xin gặp", now=_at(month))
        steps = {"agreed": ["accept", "met", "agreed"], "met": ["accept", "met"], "accepted": ["accept"],
                 "declined": ["decline"], "withdrawn": ["accept", "withdraw"], "sent": []}[outcome]
        for step in steps:
            actor = owner if step == "withdraw" else investor_user
            services.ACTIONS[step](actor, item, now=_at(month, 20))
        made.append(item)
    db.session.commit()
    return made


def test_overall_counts_every_step_ever_reached(history):
    overall = funnel_report()["overall"]
    # accepted: agreed, met, accepted and the accepted-then-withdrawn one
    assert overall.counts == {"sent": 6, "accepted": 4, "met": 2, "agreed": 1, "declined": 1, "withdrawn": 1}
    assert overall.rates == {"accepted_rate": 66.7, "met_rate": 50.0, "agreed_rate": 50.0, "overall_rate": 16.7}


def test_by_month_of_request(history):
    months = {row.key: row.counts for row in funnel_report()["by_month"]}
    assert list(months) == ["2026-03", "2026-04"]
    assert months["2026-03"]["sent"] == 2 and months["2026-03"]["agreed"] == 1
    assert months["2026-04"] == {"sent": 4, "accepted": 2, "met": 0, "agreed": 0, "declined": 1, "withdrawn": 1}


def test_per_reason_code_counts_requests_with_that_reason(history, make_user, fund):
    by_reason = {row.key: row.counts for row in funnel_report()["by_reason"]}
    codes = {r.code for r in db.session.scalars(db.select(IntroductionReason))}
    assert set(by_reason) == codes and "stage" in codes and "sectors" in codes
    assert by_reason["stage"]["sent"] == 6 and by_reason["stage"]["agreed"] == 1
    services.request_introduction(make_user("angel@example.org"), None, f"organisation:{fund.slug}", "Hi")
    db.session.commit()
    rows = funnel_report()["by_reason"]
    assert rows[-1].key == "" and rows[-1].counts["sent"] == 1  # requests without a match score come last


def test_empty_funnel_has_no_rates(app):
    report = funnel_report()
    assert report["overall"].counts["sent"] == 0 and report["overall"].rates["accepted_rate"] is None
    assert report["by_month"] == [] and report["by_reason"] == []
    assert csv_rows(report)[0]["accepted_rate"] == ""


def test_average_scores(history):
    averages = funnel_report()["average_score"]
    assert averages["sent"] is not None and averages["agreed"] == history[0].score
