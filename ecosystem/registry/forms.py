"""Browser forms for listings. They check types; the services hold the business rules."""
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..extensions import db
from ..forms import Form, LineField, MarkdownField
from ..models import Kind, Organisation, OrgRole, Province, Sector, Status, StrategicTechnology, Ward
from .labels import INVESTOR_TYPE_LABELS, PERSON_KIND_LABELS, ROLE_LABELS, STAGE_LABELS
from .taxonomy import active_terms

_NUMBER = [Optional(), NumberRange(min=0, max=10 ** 12)]


def _term_choices(model, blank=False):
    from flask_babel import get_locale
    english = str(get_locale()) == "en"
    choices = [(t.code, (t.name_en or t.name_vi) if english else t.name_vi) for t in active_terms(model)]
    return ([("", "—")] if blank else []) + choices


def _org_choices(kinds, blank=True):
    rows = db.session.execute(db.select(Organisation.slug, Organisation.name)
                              .where(Organisation.kind.in_(kinds), Organisation.status == Status.VERIFIED)
                              .order_by(Organisation.name_folded)).all()
    return ([("", "—")] if blank else []) + [(slug, name) for slug, name in rows]


class OrganisationForm(Form):
    """Fields every kind has; `for_kind` adds the kind's own."""

    version = HiddenField()
    name = LineField(_l("Name (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    name_en = LineField(_l("Name (English)"), validators=[Optional(), Length(max=200)])
    short_name = LineField(_l("Short name or acronym"), validators=[Optional(), Length(max=40)])
    description = MarkdownField(_l("Description (Vietnamese, Markdown)"), validators=[Length(max=20000)])
    description_en = MarkdownField(_l("Description (English, Markdown)"), validators=[Length(max=20000)])
    website = LineField(_l("Website"), validators=[Optional(), Length(max=300)])
    email = LineField(_l("Contact email"), validators=[Optional(), Length(max=254)])
    phone = LineField(_l("Phone"), validators=[Optional(), Length(max=40)])
    address = LineField(_l("Street address"), validators=[Optional(), Length(max=300)])
    province = SelectField(_l("Province or city"), default="")
    ward = SelectField(_l("Ward or commune (Hanoi)"), default="")
    zone = SelectField(_l("Located in high-tech zone"), default="")
    founded_year = IntegerField(_l("Year founded"), validators=[Optional(), NumberRange(min=1800, max=2100)])
    employee_count = IntegerField(_l("Employees"), validators=_NUMBER)
    tax_code = LineField(_l("Tax code"), validators=[Optional(), Length(max=20)])
    technologies = SelectMultipleField(_l("Strategic technologies"))
    sectors = SelectMultipleField(_l("Sectors"))
    tags = LineField(_l("Tags (comma-separated)"), validators=[Optional(), Length(max=1300)])

    def load_choices(self):
        self.province.choices = _term_choices(Province, blank=True)
        self.ward.choices = _term_choices(Ward, blank=True)
        self.zone.choices = _org_choices((Kind.ZONE,))
        self.technologies.choices = _term_choices(StrategicTechnology)
        self.sectors.choices = _term_choices(Sector)
        if "parent" in self:
            self.parent.choices = _org_choices((Kind.UNIVERSITY, Kind.INSTITUTE, Kind.AGENCY, Kind.COMPANY))
        if "portfolio" in self:
            self.portfolio.choices = _org_choices((Kind.STARTUP, Kind.COMPANY), blank=False)
        if "managed_by" in self:
            self.managed_by.choices = _org_choices((Kind.AGENCY,))
        return self


class StartupForm(OrganisationForm):
    stage = SelectField(_l("Stage"), default="", choices=[("", "—")] + list(STAGE_LABELS.items()))
    team_size = IntegerField(_l("Team size"), validators=_NUMBER)
    funding_sought_usd = IntegerField(_l("Funding sought (USD)"), validators=_NUMBER)
    product = LineField(_l("Product in one line"), validators=[Optional(), Length(max=300)])


class InvestorForm(OrganisationForm):
    investor_type = SelectField(_l("Investor type"), default="", choices=[("", "—")] + list(INVESTOR_TYPE_LABELS.items()))
    thesis = MarkdownField(_l("Investment thesis"), validators=[Length(max=5000)])
    ticket_min_usd = IntegerField(_l("Smallest ticket (USD)"), validators=_NUMBER)
    ticket_max_usd = IntegerField(_l("Largest ticket (USD)"), validators=_NUMBER)
    stages = SelectMultipleField(_l("Stages invested in"), choices=list(STAGE_LABELS.items()))
    regions = LineField(_l("Regions (comma-separated)"), validators=[Optional(), Length(max=600)])
    portfolio = SelectMultipleField(_l("Portfolio companies"))


class ZoneForm(OrganisationForm):
    area_ha = StringField(_l("Area (hectares)"), validators=[Optional(), Length(max=20)])
    # The board's own published figures, shown beside those computed from the zone's projects.
    registered_capital_bn_vnd = StringField(_l("Registered capital published by the management board (billion VND)"),
                                            validators=[Optional(), Length(max=20)])
    project_count = IntegerField(_l("Number of projects published by the management board"), validators=_NUMBER)
    managed_by = SelectField(_l("Managed by"), default="")


class AcademicForm(OrganisationForm):
    parent = SelectField(_l("Part of"), default="")
    faculties = TextAreaField(_l("Faculties and schools (one per line)"), validators=[Length(max=5000)])
    research_areas = TextAreaField(_l("Research areas (one per line)"), validators=[Length(max=5000)])
    researcher_count = IntegerField(_l("Researchers"), validators=_NUMBER)
    student_count = IntegerField(_l("Students"), validators=_NUMBER)


class AgencyForm(OrganisationForm):
    parent = SelectField(_l("Part of"), default="")


FORMS = {Kind.STARTUP: StartupForm, Kind.INVESTOR: InvestorForm, Kind.ZONE: ZoneForm,
         Kind.UNIVERSITY: AcademicForm, Kind.INSTITUTE: AcademicForm, Kind.AGENCY: AgencyForm}
_NOT_DATA = {"csrf_token", "version", "logo", "confirm_new"}
_CREATION_FORMS = {}


def form_for(kind, **kwargs):
    """The form for one kind of organisation, choices loaded."""
    return FORMS.get(kind, OrganisationForm)(**kwargs).load_choices()


def creation_form_for(kind, **kwargs):
    """The form that creates an organisation of this kind: the kind's form plus the confirmation that the
    new listing is not one of the likely duplicates shown (the view removes it while none are shown)."""
    base = FORMS.get(kind, OrganisationForm)
    if base not in _CREATION_FORMS:
        _CREATION_FORMS[base] = type(f"New{base.__name__}", (base,), {"confirm_new": BooleanField(
            _l("This is a different organisation: none of the listings above is the one I am adding"))})
    return _CREATION_FORMS[base](**kwargs).load_choices()


def form_data(form):
    """What the form holds, as the service's input dictionary."""
    return {name: field.data for name, field in form._fields.items() if name not in _NOT_DATA}


def organisation_values(org):
    """The current values of an organisation in the service's input vocabulary (to fill a form)."""
    values = {name: getattr(org, name) for name in ("name", "name_en", "short_name", "description",
                                                    "description_en", "website", "email", "phone", "address",
                                                    "founded_year", "employee_count", "tax_code")}
    values.update(province=org.province.code if org.province else "", ward=org.ward.code if org.ward else "",
                  zone=org.zone.slug if org.zone else "", parent=org.parent.slug if org.parent else "",
                  technologies=[t.code for t in org.technologies], sectors=[s.code for s in org.sectors],
                  tags=", ".join(t.name for t in org.tags), version=org.version)
    details = org.startup or org.investor or org.zone_details or org.academic
    if details is not None:
        for column in details.__table__.columns.keys():
            values.setdefault(column, getattr(details, column))
    if org.investor is not None:
        values.update(stages=org.investor.stages or [], regions=", ".join(org.investor.regions or []),
                      portfolio=[o.slug for o in org.portfolio])
    if org.zone_details is not None:
        values["managed_by"] = org.zone_details.managed_by.slug if org.zone_details.managed_by else ""
    return values


class LogoForm(Form):
    logo = FileField(_l("Logo (PNG, JPEG, GIF or WebP, up to 2 MB)"))


class ClaimForm(Form):
    message = TextAreaField(_l("How are you connected to this organisation?"),
                            validators=[DataRequired(), Length(max=2000)])


class MemberForm(Form):
    email = StringField(_l("Email of a registered user"), validators=[DataRequired(), Length(max=254)])
    role = SelectField(_l("Role"), choices=[(r, ROLE_LABELS[r]) for r in OrgRole.ALL])


class PersonForm(Form):
    version = HiddenField()
    full_name = LineField(_l("Full name"), validators=[DataRequired(), Length(max=120)])
    kind = SelectField(_l("Profile type"), choices=list(PERSON_KIND_LABELS.items()))
    honorific = LineField(_l("Academic title (e.g. PGS.TS.)"), validators=[Optional(), Length(max=40)])
    position = LineField(_l("Position (Vietnamese)"), validators=[Optional(), Length(max=200)])
    position_en = LineField(_l("Position (English)"), validators=[Optional(), Length(max=200)])
    bio = MarkdownField(_l("Biography (Vietnamese, Markdown)"), validators=[Length(max=10000)])
    bio_en = MarkdownField(_l("Biography (English, Markdown)"), validators=[Length(max=10000)])
    expertise = LineField(_l("Expertise (comma-separated)"), validators=[Optional(), Length(max=500)])
    email = LineField(_l("Email"), validators=[Optional(), Length(max=254)])
    show_email = BooleanField(_l("Show my email publicly"))
    phone = LineField(_l("Phone"), validators=[Optional(), Length(max=40)])
    show_phone = BooleanField(_l("Show my phone publicly"))
    website = LineField(_l("Website"), validators=[Optional(), Length(max=300)])
    orcid = LineField(_l("ORCID iD"), validators=[Optional(), Length(max=19)])
    publications_count = IntegerField(_l("Publications"), validators=[Optional(), NumberRange(min=0, max=100000)])
    patents_count = IntegerField(_l("Patents"), validators=[Optional(), NumberRange(min=0, max=10000)])
    province = SelectField(_l("Province or city"), default="")
    technologies = SelectMultipleField(_l("Strategic technologies"))
    sectors = SelectMultipleField(_l("Sectors"))

    def load_choices(self):
        self.province.choices = _term_choices(Province, blank=True)
        self.technologies.choices = _term_choices(StrategicTechnology)
        self.sectors.choices = _term_choices(Sector)
        return self


class AffiliationForm(Form):
    organisation = SelectField(_l("Organisation"))
    role = LineField(_l("Role or position"), validators=[Optional(), Length(max=200)])
    is_current = BooleanField(_l("Current"), default=True)

    def load_choices(self):
        self.organisation.choices = _org_choices(Kind.ALL)
        return self


class DecisionForm(Form):
    """A curator's verify/reject decision."""

    reason = TextAreaField(_l("Reason (required to reject)"), validators=[Optional(), Length(max=2000)])


