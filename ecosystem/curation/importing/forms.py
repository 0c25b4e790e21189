"""Forms of the import pages: the upload, and the mapping step (one select per column, read by the view)."""
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import RadioField, SelectField

from ...forms import Form
from ...models import ImportMode, Kind
from .fields import PERSON

KIND_CHOICES = [
    (Kind.STARTUP, _l("Startups")), (Kind.COMPANY, _l("Companies")), (Kind.UNIVERSITY, _l("Universities")),
    (Kind.INSTITUTE, _l("Research institutes")), (Kind.INVESTOR, _l("Investors")), (Kind.AGENCY, _l("Agencies")),
    (Kind.INCUBATOR, _l("Incubators and innovation spaces")), (Kind.ZONE, _l("High-tech zones")),
    (PERSON, _l("People")),
]
MODE_CHOICES = [(ImportMode.ATOMIC, _l("Atomic: if any row has an error, import nothing")),
                (ImportMode.PER_ROW, _l("Per row: import the good rows, report the bad ones"))]


class UploadForm(Form):
    kind = SelectField(_l("The file holds"), choices=KIND_CHOICES)
    file = FileField(_l("CSV or XLSX file"), validators=[FileRequired(_l("Choose a file."))],
                     description=_l("UTF-8, UTF-16 or Windows-1258 CSV (comma, semicolon or tab), or an Excel "
                                    ".xlsx workbook; the first row names the columns; lists are separated by |."))


class MappingForm(Form):
    """The mode; the per-column selects (`column-<n>`) are read by the view, since their number varies."""

    mode = RadioField(_l("How to import"), choices=MODE_CHOICES, default=ImportMode.ATOMIC)
