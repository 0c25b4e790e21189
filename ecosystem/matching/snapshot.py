"""What the quick pass reads about candidates, kept in memory with the candidate index.

Ranking a thousand candidates must not load a thousand profiles from the database on every request
(90 ms at 100,000 listings). When the index is built, every visible listing's scoring features (its
codes, stage, ticket, place, track record...) are kept here as one compact tuple, with equal code
sets shared; the quick pass rebuilds light profiles from them. Only the quick pass reads them: the
shortlist is loaded again from the database before it is scored and shown, and listings changed since
the build are always loaded from the database, so what a user sees is never older than the request."""
from collections import defaultdict

from .loading import column_profiles
from .profiles import Profile

# Profile fields kept for the quick pass, in tuple order (name, slug and texts are not: the shortlist
# is loaded again; places follow from the province).
FIELDS = ("kind", "technologies", "sectors", "tags", "province", "zone_id", "stage", "funding_sought_usd",
          "stages", "ticket_min_usd", "ticket_max_usd", "regions", "trl", "budget_max_vnd", "publications",
          "patents", "offers", "researchers", "instruments", "free_for_startups", "publisher")
LINK_FIELDS = ("technologies", "sectors", "tags")
BATCH = 5000  # listings whose columns are loaded at a time while the snapshot is built


class Snapshot:
    """{record type: {id: feature tuple}} of the listings visible when the index was built."""

    def __init__(self, taxonomy, visible, links):
        """`visible`: {record type: ids}; `links`: {(record type, kind): [(owner id, code or tag)]}."""
        self.taxonomy = taxonomy
        self.features = {}
        shared = {}  # equal values (tag names, code tuples, publishers) are stored once
        for record_type, ids in visible.items():
            codes = {kind: defaultdict(list) for kind in LINK_FIELDS}
            for kind in LINK_FIELDS:
                for oid, value in links.get((record_type, kind), ()):
                    if oid in ids:
                        codes[kind][oid].append(shared.setdefault(value, value))
            found = {}
            ordered = sorted(ids)
            for start in range(0, len(ordered), BATCH):  # bounded transient memory
                for oid, profile in column_profiles(record_type, ordered[start:start + BATCH], taxonomy).items():
                    for kind in LINK_FIELDS:  # sorted tuples: a third of a small frozenset's memory
                        setattr(profile, kind, tuple(sorted(codes[kind].get(oid, ()))))
                    found[oid] = tuple(_shared(shared, getattr(profile, name)) for name in FIELDS)
            self.features[record_type] = found

    def profiles(self, record_type, ids):
        """{id: Profile} of the ids the snapshot holds (name and slug left empty, texts not loaded)."""
        features = self.features.get(record_type, {})
        places = self.taxonomy.places
        found = {}
        for oid in ids:
            values = features.get(oid)
            if values is not None:
                profile = Profile(record_type, oid, **dict(zip(FIELDS, values, strict=True)))
                profile.technologies, profile.sectors, profile.tags = (
                    frozenset(profile.technologies), frozenset(profile.sectors), frozenset(profile.tags))
                profile.places = places.get(profile.province, frozenset())
                found[oid] = profile
        return found


def _shared(shared, value):
    if isinstance(value, (frozenset, tuple, str)) and value:
        return shared.setdefault(value, value)
    return value
