"""Search as the views and the API use it: parse parameters, apply visibility, run the backend,
load the records to show, highlight, label facets and propose spelling corrections."""
from dataclasses import dataclass, field

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy.orm import selectinload

from ..auth.policy import is_curator, visible_status_for
from ..errors import Invalid
from ..extensions import db
from ..models import Organisation, Person
from ..pagination import parse_positive_int
from ..template_helpers import plain_text
from .analysis import fold_word, words
from .backends import get_backend
from .documents import ORGANISATION, PERSON
from .highlight import highlight, mark_title
from .labels import FACET_LABELS, value_labels
from .listing_kinds import KINDS, kind_of
from .protocol import FACETS, SORTS, SearchRequest
from .query import MAX_QUERY_CHARS, parse
from .sources import split_key

MAX_VALUES = 30
MAX_PAGE = 500
PUBLIC_FACETS = tuple(f for f in FACETS if f != "status")


@dataclass
class SearchParams:
    q: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20


def parse_params(args, user, per_page_default=None):
    """SearchParams from a query string (MultiDict); bad values raise Invalid with a readable message."""
    q = (args.get("q") or "").strip()
    if len(q) > MAX_QUERY_CHARS:
        raise Invalid(_("The search text is too long (at most %(n)s characters).", n=MAX_QUERY_CHARS), "q")
    sort = args.get("sort") or "relevance"
    if sort not in SORTS:
        raise Invalid(_("Unknown value for '%(name)s': %(value)s.", name="sort", value=sort[:40]), "sort")
    facets = FACETS if is_curator(user) else PUBLIC_FACETS
    filters = {}
    for facet in facets:
        values = tuple(dict.fromkeys(v.strip()[:90] for v in args.getlist(facet) if v.strip()))
        if len(values) > MAX_VALUES:
            raise Invalid(_("Choose at most %(n)s values for one filter.", n=MAX_VALUES), facet)
        if values:
            filters[facet] = values
    if not is_curator(user) and args.getlist("status"):
        raise Invalid(_("Only curators can search listings that are not published."), "status")
    per_page = parse_positive_int(args.get("per_page"), "per_page",
                                  per_page_default or current_app.config["SEARCH_PER_PAGE"], maximum=100)
    page = parse_positive_int(args.get("page"), "page", 1, maximum=MAX_PAGE)
    return SearchParams(q=q, filters=filters, sort=sort, page=page, per_page=per_page)


@dataclass
class Result:
    """One hit with its record (an Organisation, a Person or a record of a registered kind), marked title,
    snippet, the status the index gives it and a short context line (host, agency, zone, publisher)."""

    kind: str
    record: object
    title: object
    snippet: object
    score: float
    status: str = "verified"
    context: str = ""

    @property
    def is_person(self):
        return self.kind == "person"

    @property
    def is_sample(self):
        return getattr(self.record, "is_sample", False)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchPage:
    params: SearchParams
    results: list
    total: int
    facets: list  # (facet, label, [FacetOption])
    did_you_mean: str | None = None

    @property
    def pages(self):
        return max(1, -(-self.total // self.params.per_page))

    @property
    def has_prev(self):
        return self.params.page > 1

    @property
    def has_next(self):
        return self.params.page < self.pages

    @property
    def page(self):
        return self.params.page


def search(params, user, locale="en"):
    """Run a search for this user: only what the user may see is searched and counted."""
    query = parse(params.q)
    facets = FACETS if is_curator(user) else PUBLIC_FACETS
    request = SearchRequest(query=query, filters=params.filters, statuses=visible_status_for(user), facets=facets,
                            sort=params.sort, page=params.page, per_page=params.per_page)
    result = get_backend().search(request)
    query_words = query.all_words()
    results = [make_result(hit, record, query_words, locale) for hit, record in zip_records(result.hits)]
    return SearchPage(params=params, results=results, total=result.total,
                      facets=label_facets(result.facets, params.filters, facets, locale),
                      did_you_mean=did_you_mean(params.q, query))


def make_result(hit, record, query_words, locale):
    """A hit and its record as the results page shows it."""
    kind = kind_of(record)
    name = kind.name if kind is not None else (PERSON if isinstance(record, Person) else ORGANISATION)
    return Result(name, record, mark_title(record_title(record), query_words),
                  highlight(record_text(record, locale), query_words), hit.score,
                  status=kind.status(record) if kind is not None else record.status,
                  context=kind.context(record, locale) if kind is not None else "")


_ORGANISATION_LOADS = ("technologies", "sectors", "startup", "investor", "province", "ward", "zone")
_PERSON_LOADS = ("technologies", "sectors", "affiliations", "province")
_RECORD_MODELS = ((ORGANISATION, Organisation, _ORGANISATION_LOADS), (PERSON, Person, _PERSON_LOADS),
                  *((name, kind.model, kind.result_loads) for name, kind in KINDS.items()))


def zip_records(hits, for_documents=False):
    """(hit, record) pairs in hit order; hits whose record vanished since indexing are skipped.

    `for_documents` loads what building the records' search documents reads (the exports need it)."""
    ids = {kind: [] for kind, _model, _loads in _RECORD_MODELS}
    for hit in hits:
        kind, record_id = split_key(hit.key)
        ids.setdefault(kind, []).append(record_id)
    records = {}
    for kind, model, loads in _RECORD_MODELS:
        if ids.get(kind):
            options = [selectinload(getattr(model, name)) for name in loads]
            if for_documents and kind in KINDS:
                options = KINDS[kind].loads()
            for record in db.session.scalars(db.select(model).where(model.id.in_(ids[kind])).options(*options)):
                records[f"{kind}:{record.id}"] = record
    return [(hit, records[hit.key]) for hit in hits if hit.key in records]


def record_title(record):
    """The title of any record search can show."""
    kind = kind_of(record)
    if kind is not None:
        return kind.title(record)
    return record.full_name if isinstance(record, Person) else record.name


def record_text(record, locale):
    """The description in the visitor's language when there is one."""
    if isinstance(record, Person):
        text = record.bio_en if locale == "en" and record.bio_en else record.bio
        return " ".join(x for x in (record.expertise, plain_text(text)) if x)
    kind = kind_of(record)
    if kind is not None:
        return plain_text(kind.text(record, locale))
    return plain_text(record.description_en if locale == "en" and record.description_en else record.description)


def label_facets(counts, filters, facets, locale):
    """Facets with labelled options; selected values stay listed (count 0) so they can be unticked."""
    labelled = []
    for facet in facets:
        options = dict(counts.get(facet, []))
        for value in filters.get(facet, ()):
            options.setdefault(value, 0)
        if not options:
            continue
        names = value_labels(facet, options, locale)
        chosen = set(filters.get(facet, ()))
        labelled.append((facet, str(FACET_LABELS[facet]),
                         [FacetOption(v, names[v], n, v in chosen) for v, n in options.items()]))
    return labelled


def did_you_mean(text, query):
    """The query with unknown words replaced by the closest indexed words, or None."""
    typed = [w for w in words(text) if len(fold_word(w)) >= 4]
    if query.empty or not typed:
        return None
    corrections = get_backend().spelling([fold_word(w) for w in typed])
    if not corrections:
        return None
    fixed = [corrections.get(fold_word(w), w) for w in words(text)]
    suggestion = " ".join(fixed)
    return suggestion if suggestion != " ".join(words(text)) else None
