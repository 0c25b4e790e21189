"""Browser forms of programmes, calls, applications and reviews. They check types; the services hold the rules."""
from flask_babel import lazy_gettext as _l
from wtforms import DateTimeLocalField, HiddenField, IntegerField, SelectField, SelectMultipleField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ...exchange.rules import MAX_BUDGET_VND
from ...extensions import db
from ...forms import Form, LineField, MarkdownField
from ...models import Membership, Organisation, Person, Sector, Status, StrategicTechnology
from ...registry.forms import _term_choices
from .labels import ELIGIBLE_LABELS, PROGRAMME_KIND_LABELS
from .rules import HANOI, hanoi_time

_NOT_DATA = {"csrf_token", "version", "agency", "applicant", "call"}
MONEY = [Optional(), NumberRange(min=0, max=MAX_BUDGET_VND)]


class ProgrammeForm(Form):
    version = HiddenField()
    agency = SelectField(_l("Run by"), validate_choice=False)
    title = LineField(_l("Title (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    title_en = LineField(_l("Title (English)"), validators=[Optional(), Length(max=200)])
    programme_kind = SelectField(_l("Kind of programme"), choices=list(PROGRAMME_KIND_LABELS.items()))
    summary = MarkdownField(_l("What the programme offers (Vietnamese, Markdown)"),
                            validators=[DataRequired(), Length(max=10000)])
    summary_en = MarkdownField(_l("What the programme offers (English, Markdown)"), validators=[Length(max=10000)])
    eligibility = MarkdownField(_l("Who is eligible, in your words"), validators=[Length(max=5000)])
    eligible_kinds = SelectMultipleField(_l("Who may apply (none selected: any organisation)"),
                                         choices=list(ELIGIBLE_LABELS.items()))
    budget_vnd = IntegerField(_l("Total budget (VND)"), validators=MONEY)
    max_award_vnd = IntegerField(_l("Largest award per applicant (VND)"), validators=MONEY)
    website = LineField(_l("Web page of the programme"), validators=[Optional(), Length(max=300)])
    technologies = SelectMultipleField(_l("Strategic technologies"))
    sectors = SelectMultipleField(_l("Sectors"))

    def load_choices(self, agencies=()):
        self.agency.choices = list(agencies)
        self.technologies.choices = _term_choices(StrategicTechnology)
        self.sectors.choices = _term_choices(Sector)
        return self


class CallForm(Form):
    version = HiddenField()
    title = LineField(_l("Title of the call (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    title_en = LineField(_l("Title of the call (English)"), validators=[Optional(), Length(max=200)])
    description = MarkdownField(_l("Details of this round"), validators=[Length(max=5000)])
    budget_vnd = IntegerField(_l("Budget of this call (VND)"), validators=MONEY)
    opens_at = DateTimeLocalField(_l("Opens (Hanoi time)"), format="%Y-%m-%dT%H:%M", validators=[DataRequired()])
    closes_at = DateTimeLocalField(_l("Closes (Hanoi time)"), format="%Y-%m-%dT%H:%M", validators=[DataRequired()])


class ApplicationForm(Form):
    applicant = SelectField(_l("Apply as"), validate_choice=False)
    call = SelectField(_l("Call"), validate_choice=False)
    message = MarkdownField(_l("Your application: what you propose and why you fit"),
                            validators=[Length(max=5000)])
    requested_vnd = IntegerField(_l("Amount requested (VND)"), validators=MONEY)


class ReviewForm(Form):
    version = HiddenField()
    note = MarkdownField(_l("Note to the applicant"), validators=[Length(max=2000)])


class WithdrawForm(Form):
    version = HiddenField()


def form_data(form):
    """What the form holds, as the service's input dictionary (form times are Hanoi wall-clock times)."""
    data = {name: field.data for name, field in form._fields.items() if name not in _NOT_DATA}
    for name in ("opens_at", "closes_at"):
        if data.get(name) is not None:
            data[name] = data[name].replace(tzinfo=HANOI)
    return data


def programme_values(programme):
    """A programme's values for its edit form."""
    names = ("title", "title_en", "programme_kind", "summary", "summary_en", "eligibility", "eligible_kinds",
             "budget_vnd", "max_award_vnd", "website", "version")
    values = {name: getattr(programme, name) for name in names}
    values.update(technologies=[t.code for t in programme.technologies], sectors=[s.code for s in programme.sectors])
    return values


def call_values(call):
    """A call's values for its edit form (times as Hanoi wall-clock times)."""
    values = {name: getattr(call, name) for name in ("title", "title_en", "description", "budget_vnd", "version")}
    values.update(opens_at=hanoi_time(call.opens_at).replace(tzinfo=None),
                  closes_at=hanoi_time(call.closes_at).replace(tzinfo=None))
    return values


def applicant_choices(user):
    """("organisation:slug" | "person:slug", name) for every verified organisation and profile the user manages."""
    orgs = db.session.execute(
        db.select(Organisation.slug, Organisation.name).join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user.id, Organisation.status == Status.VERIFIED)
        .order_by(Organisation.name_folded)).all()
    people = db.session.execute(db.select(Person.slug, Person.full_name).where(
        Person.owner_id == user.id, Person.status == Status.VERIFIED).order_by(Person.name_folded)).all()
    return [(f"organisation:{slug}", name) for slug, name in orgs] + [(f"person:{slug}", name) for slug, name in people]
