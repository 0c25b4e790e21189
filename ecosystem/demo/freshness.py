"""When each demo listing was last confirmed: deterministic, and spread like a real registry's.

Most listings were confirmed in the last months, a quarter are stale (past FRESHNESS_DAYS) and a few
have been silent for over a year, so the data-quality dashboard and the weekly alert list show
something real. The dates are earlier than the demo's creation on purpose: like imported data, the
demo carries the day its source last confirmed it."""
import zlib
from datetime import timedelta

FRESH, STALE = 70, 90  # percent of listings below each limit: 70% fresh, 20% stale, 10% silent


def days_since_confirmed(slug):
    """Days between the last confirmation of this listing and the day the demo is loaded."""
    share = zlib.crc32(slug.encode("utf-8")) % 100
    spread = zlib.crc32(f"{slug}#days".encode("utf-8")) % 1000 / 1000
    if share < FRESH:
        return 3 + int(spread * 160)
    if share < STALE:
        return 185 + int(spread * 170)
    return 370 + int(spread * 330)


def confirmed_before(slug, now):
    """The demo listing's confirmation time, `days_since_confirmed` before `now`."""
    return now - timedelta(days=days_since_confirmed(slug), hours=zlib.crc32(slug.encode("utf-8")) % 24)
