"""Introduction forms. They check shapes; the services hold the rules."""
from flask_babel import lazy_gettext as _l
from wtforms import SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..forms import Form
from .services import MAX_MESSAGE, MAX_REASON
from .sides import reference_of


class RequestForm(Form):
    """Who the user acts for, and the message the target's managers receive."""

    source = SelectField(_l("You write as"), validators=[Optional()], validate_choice=False)
    message = TextAreaField(_l("Your message"), validators=[DataRequired(), Length(max=MAX_MESSAGE)],
                            description=_l("Who you are, what you propose and why this contact matters. "
                                           "Your email is shared only if they accept."))

    def load_choices(self, user, parties):
        self.source.choices = [("", _l("Myself (%(name)s)", name=user.name))] + [
            (reference_of(party), getattr(party, "name", None) or party.display_name) for party in parties]
        return self


class DeclineForm(Form):
    reason = TextAreaField(_l("Reason (optional, the requester sees it)"),
                           validators=[Optional(), Length(max=MAX_REASON)])


class ActionForm(Form):
    """A button that moves an introduction on: only the CSRF token."""
