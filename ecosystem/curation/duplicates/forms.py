"""Forms of the duplicates queue and the merge page (the field choices are radio buttons read by name)."""
from wtforms import HiddenField
from wtforms.validators import DataRequired, Length

from ...forms import Form


class DismissForm(Form):
    """"Not duplicates" for the pair of listings with these addresses."""

    first = HiddenField(validators=[DataRequired(), Length(max=90)])
    second = HiddenField(validators=[DataRequired(), Length(max=90)])


class MergeForm(Form):
    """The versions the page showed, so a listing changed meanwhile is a conflict, not a silent merge."""

    survivor_version = HiddenField()
    loser_version = HiddenField()
