"""Request-level plumbing: one commit per request, error pages, template helpers, headers."""
import logging

from flask import g, jsonify, render_template, request
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException

from .errors import DomainError
from .extensions import db
from .i18n import localized
from .mail import deliver_queued
from .markdown import render_markdown

log = logging.getLogger("ecosystem")


def register_unit_of_work(app):
    """Commit once when the view succeeded, roll back otherwise; mail leaves only after commit."""

    @app.after_request
    def commit_or_roll_back(response):
        if response.status_code >= 400:
            db.session.rollback()
            g.pop("outgoing_mail", None)
            return response
        try:
            db.session.commit()
        except StaleDataError:
            db.session.rollback()
            return error_response(409, _("Someone else changed this record meanwhile. Reload and try again."))
        except SQLAlchemyError:
            db.session.rollback()
            log.exception("Commit failed")
            return error_response(500, _("The change could not be saved. Please try again."))
        deliver_queued()
        return response


def wants_json():
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def error_response(status, message):
    """A JSON error for the API, an HTML page for the browser."""
    if wants_json():
        return jsonify(error={"status": status, "message": message}), status
    return render_template("errors/error.html", status=status, message=message), status


_DEFAULT_MESSAGES = {
    400: _l("The request was not understood."),
    403: _l("You do not have permission to do this."),
    404: _l("This page does not exist or is not public."),
    405: _l("This address does not accept that method."),
    409: _l("This conflicts with the current state of the record."),
    413: _l("The upload is too large."),
    429: _l("Too many attempts. Please wait a moment and try again."),
}


def register_error_handlers(app):
    """Every error a user can cause gets a page (or JSON) with a clear message."""

    @app.errorhandler(DomainError)
    def domain_error(err):
        db.session.rollback()
        return error_response(err.status, err.message)

    @app.errorhandler(CSRFError)
    def csrf_error(err):
        return error_response(400, _("The form expired or was sent from another site. Reload the page and try again."))

    @app.errorhandler(StaleDataError)
    def stale(err):
        db.session.rollback()
        return error_response(409, _("Someone else changed this record meanwhile. Reload and try again."))

    @app.errorhandler(HTTPException)
    def http_error(err):
        custom = err.description if err.description != type(err).description else None
        message = custom or str(_DEFAULT_MESSAGES.get(err.code, err.name))
        return error_response(err.code or 500, message)

    @app.errorhandler(Exception)
    def unexpected(err):
        db.session.rollback()
        log.exception("Unhandled error on %s %s", request.method, request.path)
        return error_response(500, _("Something went wrong on our side. The error has been logged."))


def register_template_helpers(app):
    """Filters and globals the templates use; no business logic lives in templates."""
    from .template_helpers import helpers

    app.add_template_filter(render_markdown, "markdown")
    app.jinja_env.globals.update(helpers())

    @app.context_processor
    def inject_helpers():
        locale = str(get_locale())
        return {
            "current_locale": locale,
            "loc": lambda obj, field="name": localized(obj, field, locale),
        }


def register_security_headers(app):
    """Conservative headers on every response."""

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
        return response
