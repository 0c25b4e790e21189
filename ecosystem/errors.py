"""Domain errors raised by services; views turn them into messages or status codes."""


class DomainError(Exception):
    """Base class: a rule of the domain refused the operation."""

    status = 400

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class Invalid(DomainError):
    """The input breaks a business rule; `errors` maps field names to messages."""

    status = 400

    def __init__(self, message, field=None, errors=None):
        super().__init__(message, field)
        self.errors = dict(errors or ({field: message} if field else {}))


class NotAllowed(DomainError):
    """The current user may not do this."""

    status = 403


class NotFound(DomainError):
    """The object does not exist or is not visible to the current user."""

    status = 404


class Conflict(DomainError):
    """The object changed since the user saw it, or the operation duplicates an existing one."""

    status = 409
