"""Browser forms for labs, equipment and lab photos. They check types; the services hold the business rules."""
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import BooleanField, HiddenField, IntegerField, SelectField, SelectMultipleField
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional

from ..extensions import db
from ..forms import Form, LineField, MarkdownField
from ..models import Affiliation, Kind, Membership, Person, Sector, Status, StrategicTechnology, User
from ..registry.forms import _org_choices, _term_choices
from .labels import CATEGORY_LABELS, CONDITION_LABELS
from .rules import HOURS_PER_WEEK, MAX_FEE_VND, MAX_VALUE_VND

_NOT_DATA = {"csrf_token", "version", "similar_checked"}
_MONEY = [Optional(), NumberRange(min=0, max=MAX_VALUE_VND)]


class LabForm(Form):
    version = HiddenField()
    name = LineField(_l("Name of the lab (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    name_en = LineField(_l("Name of the lab (English)"), validators=[Optional(), Length(max=200)])
    description = MarkdownField(_l("What the lab does (Vietnamese, Markdown)"), validators=[Length(max=10000)])
    description_en = MarkdownField(_l("What the lab does (English, Markdown)"), validators=[Length(max=10000)])
    research_areas = MarkdownField(_l("Research areas (one per line)"), validators=[Length(max=3000)])
    technologies = SelectMultipleField(_l("Strategic technologies"))
    sectors = SelectMultipleField(_l("Sectors"))
    zone = SelectField(_l("High-tech zone"), default="")
    address = LineField(_l("Address"), validators=[Optional(), Length(max=300)])
    accreditation = LineField(_l("Accreditation (e.g. ISO/IEC 17025, VILAS number)"),
                              validators=[Optional(), Length(max=200)])
    manager_user_id = SelectField(_l("Account that answers access requests"), default="")
    manager_person = SelectField(_l("Researcher shown as the lab's manager"), default="")
    contact_email = LineField(_l("Contact email"), validators=[Optional(), Email(), Length(max=254)])
    capacity_hours_per_week = IntegerField(_l("Hours per week open to outside users"),
                                           validators=[Optional(), NumberRange(min=0, max=HOURS_PER_WEEK)])
    free_for_startups = BooleanField(_l("Free for startups"))
    training_required = BooleanField(_l("Users must be trained first"))
    fee_schedule = MarkdownField(_l("Fee schedule"), validators=[Length(max=5000)])
    access_terms = MarkdownField(_l("Access terms"), validators=[Length(max=5000)])
    safety_rules = MarkdownField(_l("Safety rules"), validators=[Length(max=5000)])

    def load_choices(self, host, lab=None):
        """Taxonomies, zones, and the host's members and researchers for the two manager fields (plus the
        lab's current researcher, who may have been chosen elsewhere, e.g. through the API)."""
        self.technologies.choices = _term_choices(StrategicTechnology)
        self.sectors.choices = _term_choices(Sector)
        self.zone.choices = _org_choices((Kind.ZONE,))
        members = db.session.execute(db.select(User.id, User.name).join(Membership, Membership.user_id == User.id)
                                     .where(Membership.organisation_id == host.id).order_by(User.name)).all()
        self.manager_user_id.choices = [("", "—")] + [(str(user_id), name) for user_id, name in members]
        people = db.session.execute(db.select(Person.slug, Person.full_name)
                                    .join(Affiliation, Affiliation.person_id == Person.id)
                                    .where(Affiliation.organisation_id == host.id,
                                           Person.status.notin_((Status.ARCHIVED, Status.REJECTED)))
                                    .order_by(Person.name_folded)).all()
        self.manager_person.choices = [("", "—")] + [(slug, name) for slug, name in people]
        current = lab.manager_person if lab is not None else None
        if current is not None and current.slug not in dict(people):
            self.manager_person.choices.append((current.slug, current.full_name))
        return self


class EquipmentForm(Form):
    version = HiddenField()
    name = LineField(_l("Name of the instrument (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    name_en = LineField(_l("Name of the instrument (English)"), validators=[Optional(), Length(max=200)])
    category = SelectField(_l("Category"), choices=list(CATEGORY_LABELS.items()), default="other")
    maker = LineField(_l("Maker"), validators=[Optional(), Length(max=120)])
    model = LineField(_l("Model"), validators=[Optional(), Length(max=120)])
    year = IntegerField(_l("Year of purchase"), validators=[Optional(), NumberRange(min=1800, max=2100)])
    purchase_value_vnd = IntegerField(_l("Purchase value (VND)"), validators=_MONEY)
    condition = SelectField(_l("Condition"), choices=[("", "—")] + list(CONDITION_LABELS.items()), default="")
    fee_per_hour_vnd = IntegerField(_l("Fee per hour (VND)"),
                                    validators=[Optional(), NumberRange(min=0, max=MAX_FEE_VND)])
    bookable = BooleanField(_l("Outside users can book it"), default=True)
    description = MarkdownField(_l("Description and capabilities"), validators=[Length(max=5000)])
    similar_checked = BooleanField(_l("I have looked at the similar instruments in other labs"))


class PhotoForm(Form):
    photo = FileField(_l("Photo (PNG, JPEG, GIF or WebP, up to 3 MB)"))
    caption = LineField(_l("Caption"), validators=[Optional(), Length(max=200)])


def form_data(form):
    """What the form holds, as the service's input dictionary."""
    return {name: field.data for name, field in form._fields.items() if name not in _NOT_DATA}


def lab_values(lab):
    """A lab's current values, to fill the edit form."""
    names = ("name", "name_en", "description", "description_en", "research_areas", "address", "accreditation",
             "contact_email", "capacity_hours_per_week", "free_for_startups", "training_required", "fee_schedule",
             "access_terms", "safety_rules", "version")
    values = {name: getattr(lab, name) for name in names}
    values.update(technologies=[t.code for t in lab.technologies], sectors=[s.code for s in lab.sectors],
                  zone=lab.zone.slug if lab.zone else "",
                  manager_user_id=str(lab.manager_user_id) if lab.manager_user_id else "",
                  manager_person=lab.manager_person.slug if lab.manager_person else "")
    return values


def equipment_values(equipment):
    """An instrument's current values, to fill the edit form."""
    names = ("name", "name_en", "category", "maker", "model", "year", "purchase_value_vnd", "fee_per_hour_vnd",
             "bookable", "description", "version")
    values = {name: getattr(equipment, name) for name in names}
    values["condition"] = equipment.condition or ""
    return values
