"""Curation forms."""
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, IntegerField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, Regexp

from ..forms import Form, LineField


class TermForm(Form):
    code = LineField(_l("Code"), validators=[DataRequired(), Length(max=64),
                                             Regexp(r"^[a-z0-9-]+$", message=_l("Lowercase letters, digits, hyphens."))])
    name_vi = LineField(_l("Name (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    name_en = LineField(_l("Name (English)"), validators=[Optional(), Length(max=200)])
    sort_order = IntegerField(_l("Order"), validators=[Optional(), NumberRange(min=0, max=100000)], default=0)
    active = BooleanField(_l("Offered in forms and filters"), default=True)


class ActionForm(Form):
    """A button that changes something (confirm data, record a snapshot): only the CSRF token."""


class RevertForm(Form):
    """Revert a revision; `force` confirms overwriting fields that changed again since."""

    force = BooleanField(_l("Revert anyway"), default=False)


class BulkDecisionForm(Form):
    """Verify or reject the checked items of a queue, with one reason (required to reject)."""

    reason = TextAreaField(_l("Reason (required to reject)"), validators=[Optional(), Length(max=2000)])
