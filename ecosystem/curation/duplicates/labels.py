"""What curators read about a pair: each piece of evidence as a sentence, and the names of merge fields."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

FIELD_LABELS = {
    "name": _l("Name (Vietnamese)"), "name_en": _l("Name (English)"), "short_name": _l("Short name or acronym"),
    "description": _l("Description (Vietnamese, Markdown)"), "description_en": _l("Description (English, Markdown)"),
    "website": _l("Website"), "email": _l("Email"), "phone": _l("Phone"), "address": _l("Street address"),
    "province": _l("Province or city"), "zone": _l("Located in high-tech zone"), "parent": _l("Part of"),
    "founded_year": _l("Year founded"), "employee_count": _l("Employees"), "tax_code": _l("Tax code"),
    "logo": _l("Logo"), "status": _l("Status"), "full_name": _l("Full name"),
    "honorific": _l("Academic title (e.g. PGS.TS.)"), "kind": _l("Profile type"),
    "position": _l("Position (Vietnamese)"), "position_en": _l("Position (English)"),
    "bio": _l("Biography (Vietnamese, Markdown)"), "bio_en": _l("Biography (English, Markdown)"),
    "expertise": _l("Expertise (comma-separated)"), "orcid": _l("ORCID iD"), "publications_count": _l("Publications"),
    "patents_count": _l("Patents"), "owner": _l("Managed by account"),
}


def field_label(name):
    return str(FIELD_LABELS.get(name, name))


def evidence_text(item):
    """One piece of evidence as a sentence in the user's language."""
    if item.code == "tax_code":
        return _("Same tax code: %(value)s", value=item.value)
    if item.code == "name":
        return _("Same name once legal forms and punctuation are ignored: \"%(value)s\"", value=item.value)
    if item.code == "similar_name":
        return _("Similar names in the same province (%(value)s alike)", value=item.value)
    if item.code == "website":
        return _("Same website domain: %(value)s", value=item.value)
    if item.code == "email_domain":
        return _("Same email domain: %(value)s", value=item.value)
    if item.code == "orcid":
        return _("Same ORCID iD: %(value)s", value=item.value)
    if item.code == "email":
        return _("Same email address: %(value)s", value=item.value)
    if item.code == "name_affiliation":
        return _("Same name (%(value)s), both at %(organisation)s", value=item.value, organisation=item.detail)
    return item.code
