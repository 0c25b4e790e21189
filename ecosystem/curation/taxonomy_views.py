"""Curators edit the taxonomies: rename terms, reorder, retire, add new ones."""
from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from ..auth.policy import CURATOR, policy
from ..errors import DomainError
from ..extensions import db
from ..registry.labels import TAXONOMY_LABELS
from ..registry.taxonomy import TAXONOMIES
from . import bp
from .forms import TermForm
from .services import save_term


def _model(name):
    model = TAXONOMIES.get(name)
    if model is None:
        abort(404)
    return model


@bp.route("/taxonomy/<name>", methods=["GET", "POST"])
@policy(CURATOR)
def taxonomy(name):
    model = _model(name)
    form = TermForm(prefix="new")
    if form.validate_on_submit():
        try:
            save_term(model, None, form.data)
        except DomainError as err:
            form.code.errors.append(_(err.message))
        else:
            flash(_("The term is added."), "success")
            return redirect(url_for("curation.taxonomy", name=name))
    terms = db.session.scalars(db.select(model).order_by(model.sort_order, model.name_vi)).all()
    status = 400 if form.is_submitted() else 200
    return render_template("curation/taxonomy.html", name=name, names=TAXONOMY_LABELS, terms=terms,
                           form=form), status


@bp.route("/taxonomy/<name>/<int:term_id>", methods=["GET", "POST"])
@policy(CURATOR)
def edit_term(name, term_id):
    model = _model(name)
    term = db.session.get(model, term_id) or abort(404)
    form = TermForm(obj=term)
    if form.validate_on_submit():
        try:
            save_term(model, term, form.data)
        except DomainError as err:
            form.code.errors.append(_(err.message))
        else:
            flash(_("The term is saved."), "success")
            return redirect(url_for("curation.taxonomy", name=name))
    status = 400 if form.is_submitted() else 200
    return render_template("curation/term.html", name=name, term=term, form=form), status
