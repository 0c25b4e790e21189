"""Listings as downloadable tables: the rows of an export and its CSV, JSON and XLSX files.

Search results and the directory pages export the same columns through the same code. Every
text cell goes through `spreadsheet_safe`, because a cell starting with = + - @ (or a control
character) is run as a formula when the file is opened in a spreadsheet program."""
import csv
import io
import json
import re
from datetime import date

from flask import Response
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from .mail import absolute_url
from .models import Person

COLUMNS = ("kind", "name", "name_en", "url", "website", "province", "ward", "zone", "technologies", "sectors",
           "stage", "investor_type", "status", "updated_at")
_FORMULA_START = ("=", "+", "-", "@")
# XML 1.0 (so XLSX) cannot hold these at all: they are dropped from XLSX cells after escaping.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SHEET_TITLE = "listings"
# One export holds at most this many rows, so a download never ties up a worker for long.
EXPORT_LIMIT = 5000


def _codes(terms):
    return "|".join(term.code for term in terms)


def person_row(person):
    """Public fields of a person as a row of COLUMNS (never the email or phone)."""
    return {"kind": "person", "name": person.full_name, "name_en": "",
            "url": absolute_url("registry.person_detail", slug=person.slug), "website": person.website or "",
            "province": person.province.code if person.province else "", "ward": "", "zone": "",
            "technologies": _codes(person.technologies), "sectors": _codes(person.sectors), "stage": "",
            "investor_type": "", "status": person.status, "updated_at": person.updated_at.isoformat()}


def organisation_row(org):
    """Public fields of an organisation as a row of COLUMNS (no contacts, no review notes)."""
    return {"kind": org.kind, "name": org.name, "name_en": org.name_en or "",
            "url": absolute_url("registry.organisation_detail", slug=org.slug), "website": org.website or "",
            "province": org.province.code if org.province else "", "ward": org.ward.code if org.ward else "",
            "zone": org.zone.slug if org.zone is not None and org.zone.is_public else "",
            "technologies": _codes(org.technologies), "sectors": _codes(org.sectors),
            "stage": (org.startup.stage or "") if org.startup else "",
            "investor_type": (org.investor.investor_type or "") if org.investor else "",
            "status": org.status, "updated_at": org.updated_at.isoformat()}


def listing_row(record):
    """The export row of an organisation or a person."""
    return person_row(record) if isinstance(record, Person) else organisation_row(record)


def needs_escaping(text):
    """True when a spreadsheet would read the text as a formula: = + - @ or a control character first."""
    return bool(text) and (text.startswith(_FORMULA_START) or ord(text[0]) < 32 or text[0] == "\x7f")


def spreadsheet_safe(value):
    """The value as text; one a spreadsheet would run as a formula gets an apostrophe in front."""
    text = "" if value is None else str(value)
    return "'" + text if needs_escaping(text) else text


def write_csv(rows, columns, stream):
    """Write rows (dicts) as CSV to a text stream, every cell spreadsheet-safe."""
    writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})


def to_csv(rows, columns=COLUMNS):
    """CSV text with a UTF-8 BOM so spreadsheet programs read Vietnamese correctly."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    write_csv(rows, columns, buffer)
    return buffer.getvalue()


def to_json(rows, columns=COLUMNS):
    """JSON text: the column names and the rows, values unchanged (JSON runs no formulas)."""
    return json.dumps({"columns": list(columns), "items": list(rows)}, ensure_ascii=False, indent=1)


def _text_cell(sheet, value, font=None):
    cell = WriteOnlyCell(sheet, value=_XML_ILLEGAL.sub("", spreadsheet_safe(value)))
    cell.data_type = "s"  # text, whatever it looks like: never a formula, a number or a date
    if font is not None:
        cell.font = font
    return cell


def to_xlsx(rows, columns=COLUMNS, title=SHEET_TITLE):
    """XLSX bytes: one sheet, a bold header row, every cell text and spreadsheet-safe.

    The workbook is write-only, so a large export streams rows instead of building a tree in memory."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title)
    bold = Font(bold=True)
    sheet.append([_text_cell(sheet, name, bold) for name in columns])
    for row in rows:
        sheet.append([_text_cell(sheet, row.get(name)) for name in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


FORMATS = {
    "csv": (to_csv, "text/csv; charset=utf-8"),
    "json": (to_json, "application/json"),
    "xlsx": (to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def download(rows, extension, stem):
    """A response that downloads the rows in one of FORMATS as `<stem>-<today>.<extension>`."""
    render, mimetype = FORMATS[extension]
    name = f"{stem}-{date.today().isoformat()}.{extension}"
    return Response(render(rows), mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
