"""Browser forms for partnerships and their partners. They check types; the services hold the business rules."""
from flask_babel import lazy_gettext as _l
from wtforms import DateField, HiddenField, IntegerField, SelectField, SelectMultipleField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ...auth.policy import is_curator
from ...extensions import db
from ...forms import Form, LineField, MarkdownField
from ...models import Kind, Membership, Organisation, Programme, Sector, Status, StrategicTechnology
from ...registry.forms import _org_choices, _term_choices
from .labels import PARTNERSHIP_KIND_LABELS, PHASE_LABELS, ROLE_HINTS, ROLE_LABELS
from .rules import MAX_FUNDING_VND, PARTNER_KINDS

_NOT_DATA = {"csrf_token", "version", "organisation", "role", "contribution"}
ROLE_CHOICES = [("", "—")] + [(code, f"{ROLE_LABELS[code]} ({ROLE_HINTS[code]})") for code in ROLE_LABELS]


def partner_choices(user):
    """(slug, name) of the organisations this user may name as partners: curators any public one of a partner
    kind, members the public organisations they manage."""
    if is_curator(user):
        return _org_choices(PARTNER_KINDS)
    rows = db.session.execute(
        db.select(Organisation.slug, Organisation.name).join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user.id, Organisation.kind.in_(PARTNER_KINDS),
               Organisation.status == Status.VERIFIED).order_by(Organisation.name_folded)).all()
    return [("", "—")] + [(slug, name) for slug, name in rows]


def _programme_choices():
    rows = db.session.execute(db.select(Programme.slug, Programme.title).where(Programme.status == Status.VERIFIED)
                              .order_by(Programme.title_folded)).all()
    return [("", "—")] + [(slug, title) for slug, title in rows]


class PartnerFields(Form):
    """One partner: an organisation, its role and what it brings."""

    organisation = SelectField(_l("Organisation"), validate_choice=False)
    role = SelectField(_l("Role"), choices=ROLE_CHOICES, default="")
    contribution = LineField(_l("What it brings (contribution)"), validators=[Optional(), Length(max=300)])


class PartnerForm(PartnerFields):
    def load_choices(self):
        """Any public organisation of a partner kind (the service checks the role and the user's rights)."""
        self.organisation.choices = _org_choices(PARTNER_KINDS)
        return self


class PartnershipForm(PartnerFields):
    version = HiddenField()
    title = LineField(_l("Title (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    title_en = LineField(_l("Title (English)"), validators=[Optional(), Length(max=200)])
    partnership_kind = SelectField(_l("Kind of partnership"), choices=list(PARTNERSHIP_KIND_LABELS.items()))
    phase = SelectField(_l("Phase"), choices=list(PHASE_LABELS.items()))
    goals = MarkdownField(_l("Goals (Vietnamese, Markdown)"), validators=[Length(max=10000)])
    goals_en = MarkdownField(_l("Goals (English, Markdown)"), validators=[Length(max=10000)])
    outcomes = MarkdownField(_l("Outcomes so far"), validators=[Length(max=10000)])
    funding_vnd = IntegerField(_l("Funding (VND)"), validators=[Optional(), NumberRange(min=0, max=MAX_FUNDING_VND)])
    funding_note = LineField(_l("Where the funding comes from"), validators=[Optional(), Length(max=300)])
    starts_on = DateField(_l("Starts on"), validators=[Optional()])
    ends_on = DateField(_l("Ends on"), validators=[Optional()])
    zone = SelectField(_l("High-tech zone"), validate_choice=False)
    programme = SelectField(_l("Programme funding it"), validate_choice=False)
    technologies = SelectMultipleField(_l("Strategic technologies"))
    sectors = SelectMultipleField(_l("Sectors"))
    tags = LineField(_l("Tags (comma-separated)"), validators=[Optional(), Length(max=1300)])

    def load_choices(self, user, creating):
        """Fill the choices; the first partner's fields exist only when creating."""
        self.zone.choices = _org_choices((Kind.ZONE,))
        self.programme.choices = _programme_choices()
        self.technologies.choices = _term_choices(StrategicTechnology)
        self.sectors.choices = _term_choices(Sector)
        if creating:
            self.organisation.choices = partner_choices(user)
        else:
            del self.organisation, self.role, self.contribution
        return self


def partnership_data(form):
    """What the form holds, as the service's input dictionary."""
    return {name: field.data for name, field in form._fields.items() if name not in _NOT_DATA}


def partner_input(form):
    """The partner named on a form (the creation form's first partner, or the add-partner form)."""
    return {"organisation": form.organisation.data, "role": form.role.data or None,
            "contribution": form.contribution.data}


def partnership_values(partnership):
    """The form's initial values for an existing partnership."""
    values = {name: getattr(partnership, name) for name in (
        "title", "title_en", "partnership_kind", "phase", "goals", "goals_en", "outcomes", "funding_vnd",
        "funding_note", "starts_on", "ends_on")}
    values.update(zone=partnership.zone.slug if partnership.zone else "",
                  programme=partnership.programme.slug if partnership.programme else "",
                  technologies=[t.code for t in partnership.technologies],
                  sectors=[s.code for s in partnership.sectors], tags=", ".join(t.name for t in partnership.tags),
                  version=partnership.version)
    return values
