"""Browser forms for offers and needs. They check types; the services hold the business rules."""
from flask_babel import lazy_gettext as _l
from wtforms import DateField, HiddenField, IntegerField, SelectField, SelectMultipleField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..extensions import db
from ..forms import Form, LineField, MarkdownField
from ..models import Membership, Organisation, Person, Sector, Status, StrategicTechnology
from ..registry.forms import _term_choices
from .labels import ENGAGEMENT_LABELS, IP_STATUS_LABELS, TRL_LABELS
from .rules import MAX_BUDGET_VND
from .services import NEED_PUBLISHER_KINDS, OFFER_PUBLISHER_KINDS

_NOT_DATA = {"csrf_token", "version", "publisher"}


def publisher_choices(user, for_offer):
    """("organisation:slug" | "person:slug", name) for every publisher the user manages."""
    kinds = OFFER_PUBLISHER_KINDS if for_offer else NEED_PUBLISHER_KINDS
    orgs = db.session.execute(
        db.select(Organisation.slug, Organisation.name).join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.user_id == user.id, Organisation.kind.in_(kinds),
               Organisation.status.notin_((Status.ARCHIVED, Status.REJECTED)))
        .order_by(Organisation.name_folded)).all()
    choices = [(f"organisation:{slug}", name) for slug, name in orgs]
    if for_offer:
        people = db.session.execute(db.select(Person.slug, Person.full_name).where(
            Person.owner_id == user.id, Person.status.notin_((Status.ARCHIVED, Status.REJECTED)))
            .order_by(Person.name_folded)).all()
        choices += [(f"person:{slug}", name) for slug, name in people]
    return choices


class _ListingForm(Form):
    version = HiddenField()
    publisher = SelectField(_l("Published by"), validate_choice=False)
    title = LineField(_l("Title (Vietnamese)"), validators=[DataRequired(), Length(max=200)])
    title_en = LineField(_l("Title (English)"), validators=[Optional(), Length(max=200)])

    def load_choices(self, publishers=()):
        self.publisher.choices = list(publishers)
        self.technologies.choices = _term_choices(StrategicTechnology)
        self.sectors.choices = _term_choices(Sector)
        return self


class OfferForm(_ListingForm):
    summary = MarkdownField(_l("What you offer (Vietnamese, Markdown)"), validators=[DataRequired(),
                                                                                   Length(max=10000)])
    summary_en = MarkdownField(_l("What you offer (English, Markdown)"), validators=[Length(max=10000)])
    technologies = SelectMultipleField(_l("Strategic technologies"))
    sectors = SelectMultipleField(_l("Sectors it applies to"))
    tags = LineField(_l("Tags (comma-separated)"), validators=[Optional(), Length(max=1300)])
    trl = SelectField(_l("Technology readiness level"), default="",
                      choices=[("", "—")] + [(str(level), text) for level, text in TRL_LABELS.items()])
    ip_status = SelectField(_l("Intellectual property"), default="",
                            choices=[("", "—")] + list(IP_STATUS_LABELS.items()))
    engagement = SelectField(_l("Available as"), default="", choices=[("", "—")] + list(ENGAGEMENT_LABELS.items()))
    terms = MarkdownField(_l("Licensing or collaboration terms"), validators=[Length(max=5000)])


class NeedForm(_ListingForm):
    problem = MarkdownField(_l("The problem (Vietnamese, Markdown)"), validators=[DataRequired(),
                                                                                Length(max=10000)])
    problem_en = MarkdownField(_l("The problem (English, Markdown)"), validators=[Length(max=10000)])
    desired_outcome = MarkdownField(_l("Desired outcome"), validators=[Length(max=5000)])
    technologies = SelectMultipleField(_l("Strategic technologies"))
    sectors = SelectMultipleField(_l("Sectors"))
    tags = LineField(_l("Tags (comma-separated)"), validators=[Optional(), Length(max=1300)])
    budget_min_vnd = IntegerField(_l("Smallest budget (VND)"),
                                  validators=[Optional(), NumberRange(min=0, max=MAX_BUDGET_VND)])
    budget_max_vnd = IntegerField(_l("Largest budget (VND)"),
                                  validators=[Optional(), NumberRange(min=0, max=MAX_BUDGET_VND)])
    deadline = DateField(_l("Deadline"), validators=[Optional()])


def form_data(form):
    """What the form holds, as the service's input dictionary."""
    return {name: field.data for name, field in form._fields.items() if name not in _NOT_DATA}


def offer_values(offer):
    values = {name: getattr(offer, name) for name in ("title", "title_en", "summary", "summary_en", "ip_status",
                                                      "engagement", "terms")}
    values.update(trl=str(offer.trl) if offer.trl else "", **_shared_values(offer))
    return values


def need_values(need):
    values = {name: getattr(need, name) for name in ("title", "title_en", "problem", "problem_en", "desired_outcome",
                                                     "budget_min_vnd", "budget_max_vnd", "deadline")}
    values.update(_shared_values(need))
    return values


def _shared_values(listing):
    return {"technologies": [t.code for t in listing.technologies], "sectors": [s.code for s in listing.sectors],
            "tags": ", ".join(t.name for t in listing.tags), "version": listing.version}
