"""Outgoing mail: SMTP when MAIL_SERVER is set, otherwise the log (and an outbox list in tests)."""
import logging
import smtplib
from email.message import EmailMessage

from flask import current_app, g, has_request_context, url_for

log = logging.getLogger("ecosystem.mail")


def absolute_url(endpoint, **values):
    """A full link for mail, also from CLI commands (built on PUBLIC_BASE_URL outside a request)."""
    if has_request_context():
        return url_for(endpoint, _external=True, **values)
    with current_app.test_request_context(base_url=current_app.config["PUBLIC_BASE_URL"]):
        return url_for(endpoint, _external=True, **values)


def send_mail(to, subject, body):
    """Send a plain-text message once the current request commits (at once outside a request).

    Mail about a change that rolled back must never leave, so requests queue it."""
    if has_request_context():
        g.setdefault("outgoing_mail", []).append((to, subject, body))
        return
    deliver(to, subject, body)


def deliver_queued():
    """Called after a request's commit: send what the request queued."""
    for to, subject, body in g.pop("outgoing_mail", []):
        deliver(to, subject, body)


def deliver(to, subject, body):
    """Deliver one message now. Failure to deliver is logged, never raised at the user."""
    cfg = current_app.config
    message = EmailMessage()
    message["From"] = cfg["MAIL_DEFAULT_SENDER"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if cfg.get("TESTING"):
        current_app.extensions.setdefault("mail_outbox", []).append(message)
    if not cfg.get("MAIL_SERVER"):
        log.warning("Mail (no SMTP server configured) to=%s subject=%s\n%s", to, subject, body)
        return
    try:
        with smtplib.SMTP(cfg["MAIL_SERVER"], cfg["MAIL_PORT"], timeout=10) as smtp:
            if cfg["MAIL_USE_TLS"]:
                smtp.starttls()
            if cfg["MAIL_USERNAME"]:
                smtp.login(cfg["MAIL_USERNAME"], cfg["MAIL_PASSWORD"])
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException):
        log.exception("Could not deliver mail to %s", to)
