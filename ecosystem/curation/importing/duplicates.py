"""Likely duplicates of an imported row: the same folded name or website domain as an existing listing or
as an earlier row of the same file.

`likely_duplicates_for_row` is the one place the importer asks; it can later be pointed at the
registry-wide duplicates detector. Names are compared through the indexed `name_folded` column
(earlier rows of the file are in the database already, flushed in the import's transaction);
website domains through a map of 64-bit hashes built once per import, so memory stays small."""
import hashlib
from urllib.parse import urlsplit

from flask_babel import gettext as _

from ...extensions import db
from ...models import Organisation, Person, Status
from ...text import fold
from .fields import PERSON

# Shared hosts say nothing about who a listing is.
GENERIC_HOSTS = {"facebook.com", "fb.com", "linkedin.com", "google.com", "sites.google.com", "github.com",
                 "youtube.com", "zalo.me", "instagram.com", "twitter.com", "x.com", "medium.com", "wordpress.com",
                 "blogspot.com", "tiktok.com", "wixsite.com"}


def website_domain(url):
    """"https://www.Example.vn/about" -> "example.vn"; None for no URL or a shared host."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "://" in url else "http://" + url).hostname or "").lower()
    except ValueError:
        return None
    host = host[4:] if host.startswith("www.") else host
    if not host or host in GENERIC_HOSTS or host.endswith((".blogspot.com", ".wordpress.com")):
        return None
    return host


def _digest(text):
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


class DuplicateFinder:
    """Remembers the domains of existing listings and of the rows imported so far."""

    def __init__(self, kind, started_at):
        self.model = Person if kind == PERSON else Organisation
        self.started_at = started_at
        self._domains = None

    def _domain_map(self):
        if self._domains is None:
            self._domains = {}
            query = db.select(self.model.website, self.model.slug).where(
                self.model.website.is_not(None), self.model.status != Status.ARCHIVED)
            for website, slug in db.session.execute(query.execution_options(yield_per=2000)):
                domain = website_domain(website)
                if domain:
                    self._domains.setdefault(_digest(domain), slug)
        return self._domains

    def by_name(self, fields):
        """Messages about listings with the same folded name (alone, or with the English and short names)."""
        if self.model is Person:
            keys = {fold(fields.get("full_name") or "")[:300]}
            name_column = Person.full_name
        else:
            parts = [fields.get(key) for key in ("name", "name_en", "short_name")]
            keys = {fold(parts[0] or "")[:500], fold(" ".join(str(p) for p in parts if p))[:500]}
            name_column = Organisation.name
        keys.discard("")
        if not keys:
            return []
        found = db.session.execute(
            db.select(self.model.slug, name_column, self.model.created_at)
            .where(self.model.name_folded.in_(sorted(keys)), self.model.status != Status.ARCHIVED).limit(3)).all()
        return [self._message(slug, label, created_at) for slug, label, created_at in found]

    def _message(self, slug, label, created_at):
        if created_at is not None and self._is_this_import(created_at):
            return _("Same name as an earlier row of this file (%(name)s).", name=label)
        return _("Same name as the existing listing %(name)s (%(slug)s).", name=label, slug=slug)

    def _is_this_import(self, created_at):
        started = self.started_at
        if created_at.tzinfo is None:  # SQLite hands back naive UTC timestamps
            started = started.replace(tzinfo=None)
        return created_at >= started

    def by_domain(self, website):
        domain = website_domain(website)
        if domain is None:
            return []
        seen = self._domain_map().get(_digest(domain))
        if seen is None:
            return []
        if isinstance(seen, int):
            return [_("Same website domain (%(domain)s) as row %(row)s of this file.", domain=domain, row=seen)]
        return [_("Same website domain (%(domain)s) as the existing listing %(slug)s.", domain=domain, slug=seen)]

    def remember(self, fields, row_number):
        """Note the row's domain, so later rows with the same one are flagged."""
        domain = website_domain(fields.get("website"))
        if domain:
            self._domain_map().setdefault(_digest(domain), row_number)


def likely_duplicates_for_row(kind, fields, finder):
    """Sentences naming the listings or earlier rows this row probably duplicates (empty when none)."""
    return finder.by_name(fields) + finder.by_domain(fields.get("website"))
