"""Browser forms for zone projects and their phase changes. They check types; the services hold the rules."""
from flask_babel import lazy_gettext as _l
from wtforms import DateField, HiddenField, SelectField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, Length, Optional

from ...auth.policy import can_manage_zone_projects
from ...extensions import db
from ...forms import Form, LineField, MarkdownField
from ...models import Kind, Organisation, Status, StrategicTechnology
from ...registry.forms import _org_choices, _term_choices
from .labels import PHASE_LABELS

_NOT_DATA = {"csrf_token", "version"}


def zone_choices(user):
    """(slug, name) of the public zones this user may add projects to."""
    zones = db.session.scalars(db.select(Organisation).where(Organisation.kind == Kind.ZONE,
                                                             Organisation.status == Status.VERIFIED)
                               .order_by(Organisation.name_folded)).all()
    return [(zone.slug, zone.name) for zone in zones if can_manage_zone_projects(user, zone)]


class ProjectForm(Form):
    version = HiddenField()
    zone = SelectField(_l("High-tech zone"), validators=[DataRequired()])
    name = LineField(_l("Project name (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    name_en = LineField(_l("Project name (English)"), validators=[Optional(), Length(max=200)])
    phase = SelectField(_l("Phase now"), default="licensed", choices=list(PHASE_LABELS.items()))
    description = MarkdownField(_l("Description (Vietnamese, Markdown)"), validators=[Length(max=20000)])
    description_en = MarkdownField(_l("Description (English, Markdown)"), validators=[Length(max=20000)])
    operator = SelectField(_l("Operated by"), default="")
    investors = SelectMultipleField(_l("Investors in the registry"))
    other_investors = LineField(_l("Other investors (not in the registry)"), validators=[Optional(), Length(max=300)])
    capital_bn_vnd = StringField(_l("Registered investment capital (billion VND)"),
                                 validators=[Optional(), Length(max=20)])
    area_ha = StringField(_l("Land area (hectares)"), validators=[Optional(), Length(max=20)])
    licensed_on = DateField(_l("Licensed on"), validators=[Optional()])
    licence_number = LineField(_l("Investment licence number"), validators=[Optional(), Length(max=60)])
    technologies = SelectMultipleField(_l("Strategic technologies"))

    def load_choices(self, zones=()):
        """Fill the select fields (`zones`: the zones this user may add projects to)."""
        if "zone" in self:
            self.zone.choices = list(zones)
        self.operator.choices = _org_choices(Kind.ALL)
        self.investors.choices = _org_choices(Kind.ALL, blank=False)
        self.technologies.choices = _term_choices(StrategicTechnology)
        return self


class PhaseChangeForm(Form):
    phase = SelectField(_l("New phase"), choices=list(PHASE_LABELS.items()))
    changed_on = DateField(_l("Date of the change"), validators=[Optional()])
    note = LineField(_l("Note"), validators=[Optional(), Length(max=300)])


def form_data(form):
    """What the form holds, as the service's input dictionary."""
    return {name: field.data for name, field in form._fields.items() if name not in _NOT_DATA}


def project_values(project):
    """The current values of a project (to fill the edit form)."""
    values = {name: getattr(project, name) for name in ("name", "name_en", "description", "description_en",
                                                        "other_investors", "licensed_on", "licence_number",
                                                        "version")}
    values.update(operator=project.operator.slug if project.operator else "",
                  investors=[o.slug for o in project.investors],
                  technologies=[t.code for t in project.technologies],
                  capital_bn_vnd="" if project.capital_bn_vnd is None else f"{project.capital_bn_vnd:g}",
                  area_ha="" if project.area_ha is None else f"{project.area_ha:g}")
    return values
