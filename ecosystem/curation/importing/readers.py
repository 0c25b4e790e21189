"""Reading uploaded tables row by row: CSV in any of the encodings spreadsheets write, and XLSX.

Nothing here holds the whole file in memory: CSV is decoded as a stream and XLSX is opened
read-only. Every cell comes out as NFC text (Windows-1258 files often carry combining tone marks),
with the apostrophe our own exports put before formula-like values taken off again. A file that
cannot be read raises `FileProblem` with a message a curator can act on."""
import codecs
import csv
import io
import logging
import os
import unicodedata
import zipfile
from datetime import date, datetime

from flask_babel import gettext as _

from ...errors import Invalid

log = logging.getLogger("ecosystem.importing")
SAMPLE_BYTES = 64 * 1024
MAX_COLUMNS = 200
MAX_CELL_CHARS = 100000
DELIMITERS = (",", ";", "\t")
_FORMULA_START = ("=", "+", "-", "@")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")
_OLD_EXCEL = b"\xd0\xcf\x11\xe0"
_ZIP = b"PK\x03\x04"
ENCODING_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
                   "utf-16-be": "UTF-16 BE", "cp1258": "Windows-1258"}


class FileProblem(Invalid):
    """The file as a whole cannot be imported (empty, unreadable, too large...): nothing was imported."""


def clean_cell(value):
    """A cell as trimmed NFC text; "'=1+1" (how exports escape formulas) becomes "=1+1" again."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    text = unicodedata.normalize("NFC", text.replace("\x00", "")).strip()
    if len(text) > 1 and text[0] == "'" and (text[1] in _FORMULA_START or ord(text[1]) < 32 or text[1] == "\x7f"):
        text = text[1:]
    return text


def _utf16_order(sample):
    """'utf-16-le' or 'utf-16-be' when NUL bytes sit on one side of mostly-ASCII text, else None."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    if odd >= half * 0.3 and even <= odd * 0.1:
        return "utf-16-le"
    if even >= half * 0.3 and odd <= even * 0.1:
        return "utf-16-be"
    return None


def _looks_binary(text):
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls > max(2, len(text) // 1000)


def detect_encoding(sample):
    """The encoding of a CSV file from its first bytes: BOMs first, NUL patterns, UTF-8, else Windows-1258."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample.startswith(_BINARY_MAGIC) or sample.startswith(_OLD_EXCEL):
        raise FileProblem(_("This is not a CSV or XLSX file. Save the table as CSV (UTF-8) or as an Excel "
                            "workbook (.xlsx) and upload that."))
    if b"\x00" in sample:
        order = _utf16_order(sample)
        if order is None:
            raise FileProblem(_("The file holds binary data, not text. Save the table as CSV or XLSX and upload "
                                "that."))
        return order
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        encoding = "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = sample.decode("cp1258"), "cp1258"
        except UnicodeDecodeError:
            raise FileProblem(_("The file's text encoding is not recognised. Save it as CSV UTF-8 and upload it "
                                "again."))
    if _looks_binary(text):
        raise FileProblem(_("The file holds binary data, not text. Save the table as CSV or XLSX and upload that."))
    return encoding


def sniff_delimiter(text):
    """Comma, semicolon or tab: whichever appears most in the header record (outside quotes)."""
    counts, quoted = dict.fromkeys(DELIMITERS, 0), False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        elif ch in counts and not quoted:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _trimmed(cells):
    cells = list(cells)
    while cells and cells[-1] == "":
        cells.pop()
    return cells


class Table:
    """An uploaded table: its headers and a fresh stream of (row number, cells) on every `rows()` call.

    Row numbers are those a spreadsheet shows: the header is row 1. Blank rows are skipped."""

    def __init__(self, path, file_format, encoding=None, delimiter=None):
        self.path, self.format, self.encoding, self.delimiter = path, file_format, encoding, delimiter
        self.headers = []

    def _records(self):
        """(row number, raw cells) of every record, the header included."""
        if self.format == "xlsx":
            yield from self._xlsx_records()
        else:
            yield from self._csv_records()

    def _text_lines(self, raw):
        """Decoded lines; a byte the encoding cannot read names its line. UTF-16 is decoded as a stream (its
        newlines are two bytes), the ASCII-compatible encodings line by line so the line number is exact."""
        if self.encoding.startswith("utf-16"):
            try:
                with io.TextIOWrapper(raw, encoding=self.encoding, newline="") as stream:
                    yield from stream
            except UnicodeDecodeError:
                raise FileProblem(_("The file is not valid %(encoding)s text. Save it as CSV UTF-8 and upload it "
                                    "again.", encoding=ENCODING_LABELS[self.encoding]))
            return
        decoder = codecs.getincrementaldecoder(self.encoding)()
        for number, line in enumerate(raw, start=1):
            try:
                yield decoder.decode(line)
            except UnicodeDecodeError:
                raise FileProblem(_("Line %(line)s of the file is not valid %(encoding)s text. Save the file as CSV "
                                    "UTF-8 and upload it again.",
                                    line=number, encoding=ENCODING_LABELS[self.encoding]))

    def _csv_records(self):
        with open(self.path, "rb") as raw:
            reader = csv.reader(self._text_lines(raw), delimiter=self.delimiter)
            number = 0
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as err:
                    raise FileProblem(_("The CSV file is malformed after row %(row)s (%(detail)s).",
                                        row=number, detail=str(err)))
                number += 1
                yield number, record

    def _xlsx_records(self):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(self.path, read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds of errors on a damaged workbook
            log.info("Unreadable XLSX %s", self.path, exc_info=True)
            raise FileProblem(_("The Excel file is damaged or not an .xlsx workbook. Open it in a spreadsheet "
                                "program, save it as .xlsx or CSV and upload it again."))
        try:
            sheet = workbook.worksheets[0] if workbook.worksheets else None
            if sheet is None:
                return
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, values
        except FileProblem:
            raise
        except Exception:
            log.info("Unreadable XLSX sheet %s", self.path, exc_info=True)
            raise FileProblem(_("The Excel file is damaged or not an .xlsx workbook. Open it in a spreadsheet "
                                "program, save it as .xlsx or CSV and upload it again."))
        finally:
            workbook.close()

    def read_headers(self):
        """Read the header row; a file without one is a FileProblem."""
        records = self._records()
        try:
            first = next(records, None)
        finally:
            records.close()
        if first is not None:
            self.headers = _trimmed(clean_cell(cell) for cell in first[1])
        if not any(self.headers):
            raise FileProblem(_("The file is empty: it has no header row."))
        if len(self.headers) > MAX_COLUMNS:
            raise FileProblem(_("The file has %(count)s columns; at most %(max)s are accepted.",
                                count=len(self.headers), max=MAX_COLUMNS))
        return self.headers

    def rows(self):
        """(row number, cells) of every non-blank data row, cells padded or cut to the headers' width."""
        width = len(self.headers)
        records = self._records()
        try:
            next(records, None)  # the header
            for number, record in records:
                cells = [clean_cell(cell) for cell in record]
                if not any(cells):
                    continue
                if any(len(cell) > MAX_CELL_CHARS for cell in cells):
                    raise FileProblem(_("Row %(row)s has a cell longer than %(max)s characters.",
                                        row=number, max=MAX_CELL_CHARS))
                yield number, (cells + [""] * width)[:width]
        finally:
            records.close()

    def count_rows(self, limit):
        """How many data rows there are, reading the whole file once (so a bad byte stops us before any row)."""
        count = 0
        for _row in self.rows():
            count += 1
            if count > limit:
                raise FileProblem(_("The file has more than %(max)s rows. Split it into smaller files.", max=limit))
        if not count:
            raise FileProblem(_("The file has a header row but no data rows."))
        return count


def open_table(path, filename="", max_bytes=None):
    """The Table in the file at `path` with its headers read; FileProblem when it cannot be imported."""
    size = os.path.getsize(path)
    if max_bytes is not None and size > max_bytes:
        raise FileProblem(_("The file is %(size)s MB; at most %(max)s MB can be imported at once. Split it into "
                            "smaller files.", size=f"{size / 1048576:.1f}", max=f"{max_bytes / 1048576:.0f}"))
    with open(path, "rb") as stream:
        sample = stream.read(SAMPLE_BYTES)
    if not sample.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise FileProblem(_("The file is empty."))
    lower = (filename or "").lower()
    if sample.startswith(_ZIP) or lower.endswith(".xlsx"):
        if not zipfile.is_zipfile(path):
            raise FileProblem(_("The Excel file is damaged or not an .xlsx workbook. Open it in a spreadsheet "
                                "program, save it as .xlsx or CSV and upload it again."))
        table = Table(path, "xlsx")
    elif lower.endswith(".xls") or sample.startswith(_OLD_EXCEL):
        raise FileProblem(_("Old Excel files (.xls) cannot be read. Save the workbook as .xlsx or CSV and upload "
                            "that."))
    else:
        encoding = detect_encoding(sample)
        text = sample.decode(encoding, errors="ignore")
        table = Table(path, "csv", encoding, sniff_delimiter(text.lstrip("\ufeff")))
    table.read_headers()
    return table
