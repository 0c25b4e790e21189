"""Browser forms for open hours and access requests. They check types; the services hold the rules."""
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, DateTimeLocalField, HiddenField, SelectField, TimeField
from wtforms.validators import DataRequired, Length, Optional

from ..exchange.forms import publisher_choices
from ..forms import Form, LineField, MarkdownField

WEEKDAY_LABELS = (_l("Monday"), _l("Tuesday"), _l("Wednesday"), _l("Thursday"), _l("Friday"), _l("Saturday"),
                  _l("Sunday"))
LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


def requester_choices(user):
    """("organisation:slug" | "person:slug", name): every organisation the user manages and their own profiles."""
    people = [choice for choice in publisher_choices(user, for_offer=True) if choice[0].startswith("person:")]
    return publisher_choices(user, for_offer=False) + people


def resource_choices(lab, label_for_lab):
    """("" for the whole lab, or an instrument's slug, name) for the bookable instruments of a lab."""
    return [("", label_for_lab)] + [(e.slug, e.name) for e in lab.equipment if e.bookable]


class ButtonForm(Form):
    """A button that changes something: only the CSRF token and the version the page showed."""

    version = HiddenField()


class AccessRequestForm(Form):
    resource = SelectField(_l("What you need"), validate_choice=False)
    on_behalf_of = SelectField(_l("On behalf of"), validate_choice=False)
    starts_at = DateTimeLocalField(_l("From (Hanoi time)"), format=LOCAL_FORMAT, validators=[DataRequired()])
    ends_at = DateTimeLocalField(_l("Until (Hanoi time)"), format=LOCAL_FORMAT, validators=[DataRequired()])
    purpose = MarkdownField(_l("Purpose: what you will do, samples, who will come"),
                            validators=[DataRequired(), Length(max=2000)])


class ProposalForm(ButtonForm):
    starts_at = DateTimeLocalField(_l("From (Hanoi time)"), format=LOCAL_FORMAT, validators=[DataRequired()])
    ends_at = DateTimeLocalField(_l("Until (Hanoi time)"), format=LOCAL_FORMAT, validators=[DataRequired()])
    note = MarkdownField(_l("Note to the requester"), validators=[Length(max=1000)])


class DecisionNoteForm(ButtonForm):
    note = MarkdownField(_l("Note (optional)"), validators=[Length(max=1000)])


class WeeklyHoursForm(Form):
    equipment = SelectField(_l("For"), validate_choice=False)
    weekday = SelectField(_l("Day of the week"), choices=[(str(i), label) for i, label in enumerate(WEEKDAY_LABELS)])
    start_time = TimeField(_l("Opens"), validators=[DataRequired()])
    end_time = TimeField(_l("Closes (00:00 = midnight)"), validators=[DataRequired()])
    valid_from = DateField(_l("From date (optional)"), validators=[Optional()])
    valid_until = DateField(_l("Until date (optional)"), validators=[Optional()])


class ExceptionForm(Form):
    equipment = SelectField(_l("For"), validate_choice=False)
    on_date = DateField(_l("Date"), validators=[DataRequired()])
    start_time = TimeField(_l("From (empty: the whole day)"), validators=[Optional()])
    end_time = TimeField(_l("Until"), validators=[Optional()])
    is_open = BooleanField(_l("Extra opening (unticked: closed)"))
    note = LineField(_l("Note, e.g. Tết holiday or maintenance"), validators=[Optional(), Length(max=200)])


def hours_data(form):
    """The service's input dictionary from a weekly-hours or exception form."""
    return {name: field.data for name, field in form._fields.items() if name != "csrf_token"}
