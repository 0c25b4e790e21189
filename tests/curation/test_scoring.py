"""The score is pure and tells one story: 100 minus the deductions it lists as what to fix."""
from datetime import datetime, timedelta, timezone

import pytest
from flask_babel import force_locale
from hypothesis import given
from hypothesis import strategies as st

from ecosystem.curation.quality.scoring import (
    COMPLETENESS,
    MAXIMUM,
    MIN_DESCRIPTION,
    PERSON,
    Factor,
    FreshnessRules,
    ListingFacts,
    assess,
    is_valid_website,
)
from ecosystem.demo.freshness import days_since_confirmed

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
RULES = FreshnessRules(stale_days=180, archive_days=365)
STARTUP_FIELDS = frozenset({"topics", "stage", "team_size", "funding_sought", "founded_year"})


def facts(kind="startup", days=10, **values):
    """Complete, verified, fresh facts of a `kind`, with `values` overriding."""
    filled = frozenset(code for code, _points in COMPLETENESS[kind]) - {"description", "bio", "location"}
    base = dict(kind=kind, status="verified", last_confirmed=NOW - timedelta(days=days), filled=filled,
                description_length=MIN_DESCRIPTION, website="https://example.vn", has_email=True, has_phone=True,
                province="ha-noi", ward="ha-noi-cau-giay")
    return ListingFacts(**{**base, **values})


def codes(quality):
    return [item.code for item in quality.deductions]


def test_weights_add_up_to_the_maximum():
    assert sum(Factor.WEIGHTS.values()) == MAXIMUM
    for kind, fields in COMPLETENESS.items():
        assert sum(points for _code, points in fields) == Factor.WEIGHTS[Factor.COMPLETENESS], kind


@pytest.mark.parametrize("kind", sorted(COMPLETENESS))
def test_a_complete_fresh_verified_listing_scores_100(kind):
    quality = assess(facts(kind), NOW, RULES)
    assert quality.score == 100 and quality.to_fix == [] and quality.band == "good"


def test_an_empty_startup_lists_every_field_that_matters_and_the_score_agrees(app):
    empty = ListingFacts(kind="startup", status="pending", last_confirmed=NOW - timedelta(days=400))
    quality = assess(empty, NOW, RULES)
    assert set(codes(quality)) == {"description", "topics", "stage", "location", "team_size", "funding_sought",
                                   "founded_year", "confirm", "pending", "website", "email", "phone"}
    assert quality.score == MAXIMUM - sum(item.points for item in quality.to_fix) == 0
    assert quality.band == "poor" and quality.stale and quality.suggest_archiving
    with app.test_request_context(), force_locale("en"):
        messages = [str(item.message) for item in quality.to_fix]
    assert "Add a description of at least 200 characters" in messages
    assert "Confirm your data: last confirmed 1 year ago" in messages
    assert [item.points for item in quality.to_fix] == sorted((item.points for item in quality.to_fix), reverse=True)


@pytest.mark.parametrize("days, points, stale, archive", [
    (0, 0, False, False), (179, 0, False, False), (180, 10, True, False), (364, 10, True, False),
    (365, 20, True, True), (2000, 20, True, True)])
def test_freshness_counts_days_since_the_last_confirmation(days, points, stale, archive):
    quality = assess(facts(days=days), NOW, RULES)
    assert quality.score == 100 - points and quality.age_days == days
    assert (quality.stale, quality.suggest_archiving) == (stale, archive)
    assert codes(quality) == (["confirm"] if points else [])


def test_the_freshness_message_says_how_long_ago_in_the_readers_language(app):
    quality = assess(facts(days=240), NOW, RULES)
    with app.test_request_context():
        with force_locale("en"):
            assert str(quality.to_fix[0].message) == "Confirm your data: last confirmed 8 months ago"
        with force_locale("vi"):
            assert str(quality.to_fix[0].message) == "Hãy xác nhận dữ liệu: lần xác nhận gần nhất cách đây 8 tháng"


def test_a_naive_timestamp_from_sqlite_is_read_as_utc():
    naive = facts(days=0).last_confirmed.replace(tzinfo=None) - timedelta(days=200)
    assert assess(facts(last_confirmed=naive), NOW, RULES).age_days == 200


def test_short_descriptions_and_hanoi_without_a_ward_are_incomplete():
    quality = assess(facts(description_length=MIN_DESCRIPTION - 1, ward=None), NOW, RULES)
    assert codes(quality) == ["description", "location"] and quality.score == 100 - 10 - 6
    assert assess(facts(ward=None, province="da-nang"), NOW, RULES).score == 100  # no Hanoi ward to give


@pytest.mark.parametrize("status", ["pending", "rejected", "draft", "archived"])
def test_only_verified_listings_keep_the_verification_points(status):
    quality = assess(facts(status=status), NOW, RULES)
    assert codes(quality) == [status] and quality.score == 90


@pytest.mark.parametrize("url", ["https://vnu.edu.vn", "http://example.com/path?q=1", "https://sub.ví-dụ.vn/",
                                 "https://example.com:8443/x", "HTTPS://EXAMPLE.COM"])
def test_valid_websites(url):
    assert is_valid_website(url)


@pytest.mark.parametrize("url", ["", "vnu.edu.vn", "ftp://example.com", "https://localhost", "https://exa mple.com",
                                 "https://-bad.example.com", "https://example.c0m", "https://example.com:99999",
                                 "https://user:pw@example.com", "javascript:alert(1)", "https://.com", "http://"])
def test_invalid_websites(url):
    assert not is_valid_website(url)


def test_website_and_contact_deductions():
    assert codes(assess(facts(website=None), NOW, RULES)) == ["website"]
    assert codes(assess(facts(website="www.example.vn"), NOW, RULES)) == ["website_invalid"]
    assert codes(assess(facts(has_email=False, has_phone=False), NOW, RULES)) == ["email", "phone"]
    assert assess(facts(has_phone=False), NOW, RULES).score == 95


def test_people_may_give_an_orcid_instead_of_a_website():
    assert assess(facts(PERSON, website=None, orcid="0000-0002-1825-0097"), NOW, RULES).score == 100
    assert codes(assess(facts(PERSON, website=None), NOW, RULES)) == ["website"]
    assert codes(assess(facts(PERSON, filled=frozenset({"expertise"})), NOW, RULES)) == ["affiliations",
                                                                                          "technologies"]


KINDS = sorted(COMPLETENESS)
FIELD_CODES = sorted({code for fields in COMPLETENESS.values() for code, _points in fields})


@given(kind=st.sampled_from(KINDS), status=st.sampled_from(["verified", "pending", "rejected", "draft"]),
       days=st.integers(0, 3000), filled=st.frozensets(st.sampled_from(FIELD_CODES)),
       length=st.integers(0, 400), website=st.sampled_from([None, "https://ok.vn", "not a url", "http://x"]),
       orcid=st.sampled_from([None, "0000-0002-1825-0097"]), email=st.booleans(), phone=st.booleans(),
       province=st.sampled_from([None, "ha-noi", "hue"]), ward=st.sampled_from([None, "ha-noi-cau-giay"]))
def test_score_and_to_fix_list_always_agree(kind, status, days, filled, length, website, orcid, email, phone,
                                            province, ward):
    listing = ListingFacts(kind=kind, status=status, last_confirmed=NOW - timedelta(days=days), filled=filled,
                           description_length=length, website=website, orcid=orcid, has_email=email,
                           has_phone=phone, province=province, ward=ward)
    quality = assess(listing, NOW, RULES)
    assert 0 <= quality.score <= 100
    assert quality.score == MAXIMUM - sum(item.points for item in quality.to_fix)
    assert (quality.score == 100) == (quality.to_fix == [])
    assert all(item.points > 0 and item.message for item in quality.to_fix)
    for factor, weight in Factor.WEIGHTS.items():
        assert sum(item.points for item in quality.to_fix if item.factor == factor) <= weight
    assert assess(listing, NOW, RULES) == quality  # pure: same facts, same answer


def test_demo_confirmation_ages_are_deterministic_and_spread():
    slugs = [f"demo-listing-{n}" for n in range(1000)]
    ages = [days_since_confirmed(slug) for slug in slugs]
    assert ages == [days_since_confirmed(slug) for slug in slugs]
    stale = sum(1 for days in ages if 180 <= days < 365) / len(ages)
    silent = sum(1 for days in ages if days >= 365) / len(ages)
    assert 0.15 < stale < 0.35 and 0.05 < silent < 0.2 and min(ages) >= 3 and max(ages) <= 700
