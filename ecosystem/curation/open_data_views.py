"""The open-data page, its files, and the curators' "Rebuild now" button (thin: the work is in open_data.py)."""
import logging

from flask import abort, flash, redirect, render_template, send_file, url_for
from flask_babel import gettext as _
from flask_babel import gettext as translate  # for texts read from the descriptor: not a literal to extract
from flask_login import current_user

from ..auth.policy import CURATOR, PUBLIC, is_curator, policy
from ..extensions import limiter
from . import open_data_bp as bp
from .forms import ActionForm
from .open_data import (
    ARCHIVE,
    DESCRIPTOR,
    LICENCE,
    MEDIATYPES,
    build_package,
    latest_package,
    package_file,
    schema_tables,
)

log = logging.getLogger("ecosystem.open_data")


def translated_tables(descriptor):
    """The schema tables with titles and descriptions in the reader's language (plain text, escaped on output)."""
    return [(name, translate(title), [{**field, "description": translate(field["description"])} for field in fields])
            for name, title, fields in schema_tables(descriptor)]


@bp.route("/open-data")
@policy(PUBLIC)
def page():
    """What the package is, its licence and schema, and links to the latest and earlier packages."""
    descriptor, days = latest_package()
    return render_template("curation/open_data.html", descriptor=descriptor, days=days,
                           tables=translated_tables(descriptor),
                           licence=LICENCE, archive=ARCHIVE, descriptor_name=DESCRIPTOR,
                           can_rebuild=is_curator(current_user), form=ActionForm())


@bp.route("/open-data/<day>/<name>")
@policy(PUBLIC)
def package_download(day, name):
    """One file of a dated package; any other date or name is 404 (the names are a fixed list)."""
    path = package_file(day, name)
    if path is None:
        abort(404)
    mimetype = MEDIATYPES[name.rsplit(".", 1)[1]]
    if mimetype.startswith("text/"):
        mimetype += "; charset=utf-8"
    # The descriptor opens in the browser (tools read it by URL); the data files download.
    return send_file(path, mimetype=mimetype, as_attachment=name != DESCRIPTOR,
                     download_name=f"ecosystem-open-data-{day}-{name}", max_age=3600)


@bp.route("/open-data/rebuild", methods=["POST"])
@policy(CURATOR)
@limiter.limit("12 per hour")
def rebuild():
    """The curators' "Rebuild now" button: today's package, built again from the current registry."""
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        descriptor = build_package()
    except OSError:
        log.exception("The open-data package could not be written")
        flash(_("The open-data package could not be written. Please try again or tell the administrator."),
              "danger")
        return redirect(url_for("open_data.page"))
    rows = {item["name"]: item["rows"] for item in descriptor["resources"]}
    flash(_("The open-data package of %(day)s is rebuilt: %(orgs)s organisations and %(people)s people.",
            day=descriptor["version"], orgs=rows["organisations-csv"], people=rows["people-csv"]), "success")
    return redirect(url_for("open_data.page"))
