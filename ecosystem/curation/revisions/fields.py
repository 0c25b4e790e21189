"""The editable fields of a listing as JSON-safe values, the differences between two snapshots, and
which fields are important enough that a change to a verified listing waits for a curator.

Values are in the services' input vocabulary: codes for provinces, wards, technologies and sectors,
slugs for zones, parents, portfolios and managers, names for tags. So a snapshot value can be handed
back to `update_organisation` / `update_person` as it is."""
from ...models import Kind, Person
from ...registry.organisations import DETAIL_MODELS, KIND_RULES

# Changes to these fields of a verified listing, made by anyone but a curator, wait for review.
IMPORTANT_ORGANISATION_FIELDS = frozenset({
    "name", "name_en", "website", "email", "tax_code", "province", "ward", "zone", "parent", "slug",
})
IMPORTANT_KIND_FIELDS = {
    Kind.STARTUP: frozenset({"stage", "funding_sought_usd"}),
    Kind.INVESTOR: frozenset({"investor_type", "ticket_min_usd", "ticket_max_usd", "stages"}),
    Kind.ZONE: frozenset({"area_ha", "registered_capital_bn_vnd", "managed_by"}),
}
IMPORTANT_PERSON_FIELDS = frozenset({"full_name", "honorific", "email", "orcid", "position", "position_en"})
# Lists whose order carries no meaning: compared and stored sorted.
UNORDERED = frozenset({"technologies", "sectors", "tags", "stages", "regions", "portfolio"})
_ORG_SCALARS = ("slug", "name", "name_en", "short_name", "description", "description_en", "website", "email",
                "phone", "address", "founded_year", "employee_count", "tax_code")
_PERSON_SCALARS = ("full_name", "kind", "honorific", "position", "position_en", "bio", "bio_en", "expertise",
                   "email", "phone", "website", "orcid", "show_email", "show_phone", "publications_count",
                   "patents_count")


def important_fields(record):
    """The fields of this listing whose changes need a curator once it is verified."""
    if isinstance(record, Person):
        return IMPORTANT_PERSON_FIELDS
    return IMPORTANT_ORGANISATION_FIELDS | IMPORTANT_KIND_FIELDS.get(record.kind, frozenset())


def _slug(org):
    return org.slug if org is not None else None


def _code(term):
    return term.code if term is not None else None


def _kind_values(org):
    """Kind-specific fields, named as the services accept them."""
    attribute, _model = DETAIL_MODELS.get(org.kind, (None, None))
    if attribute is None:
        return {}
    details = getattr(org, attribute)
    values = {}
    for name in KIND_RULES[org.kind]:
        if name == "portfolio":
            values[name] = [item.slug for item in org.portfolio]
        elif name == "managed_by":
            values[name] = _slug(details.managed_by) if details is not None else None
        else:
            values[name] = getattr(details, name) if details is not None else None
    return values


def organisation_snapshot(org):
    """Every editable field of an organisation, JSON-safe."""
    values = {name: getattr(org, name) for name in _ORG_SCALARS}
    values.update(province=_code(org.province), ward=_code(org.ward), zone=_slug(org.zone),
                  parent=_slug(org.parent), technologies=[t.code for t in org.technologies],
                  sectors=[s.code for s in org.sectors], tags=[t.name for t in org.tags])
    values.update(_kind_values(org))
    return {name: normalise(name, value) for name, value in values.items()}


def person_snapshot(person):
    """Every editable field of a person's profile, JSON-safe."""
    values = {name: getattr(person, name) for name in _PERSON_SCALARS}
    values.update(province=_code(person.province), technologies=[t.code for t in person.technologies],
                  sectors=[s.code for s in person.sectors])
    return {name: normalise(name, value) for name, value in values.items()}


def snapshot(record):
    """The snapshot of an organisation or a person."""
    return person_snapshot(record) if isinstance(record, Person) else organisation_snapshot(record)


def normalise(name, value):
    """One comparable form: empty text and empty lists are None, unordered lists sorted, 3.0 is 3."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, (list, tuple)):
        items = [str(item) for item in value]
        return sorted(items) if name in UNORDERED else items
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def same(name, left, right):
    """Whether two values of a field are the same once normalised."""
    return normalise(name, left) == normalise(name, right)


def difference(before, after):
    """{field: {"old", "new"}} for every field whose value differs between two snapshots."""
    return {name: {"old": before.get(name), "new": after.get(name)}
            for name in sorted(set(before) | set(after)) if not same(name, before.get(name), after.get(name))}


def creation_changes(after):
    """A new listing's revision: every field that has a value."""
    return {name: {"old": None, "new": value} for name, value in sorted(after.items()) if value is not None}
