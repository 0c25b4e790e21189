"""Reading import files: encodings, delimiters, quoted newlines, XLSX, and every bad file."""
import codecs
import io
import os
import unicodedata
import zipfile

import pytest
from flask_babel import force_locale
from openpyxl import Workbook

from ecosystem.curation.importing.readers import FileProblem, clean_cell, detect_encoding, open_table
from ecosystem.extensions import db
from ecosystem.models import ImportJob, ImportStatus, Organisation
from ecosystem.text import clean_line
from tests.curation.test_import_engine import run_file, write

NAMES = ["Công ty Cổ phần Hòa Lạc", "Trường Đại học Bách khoa Hà Nội", "Viện Công nghệ Thông tin — Đổi mới"]
TEXT = "Tên,Mô tả,Tỉnh/Thành phố\n" + "".join(f"{name},Mô tả {i},Hà Nội\n" for i, name in enumerate(NAMES))


def imported_names():
    return sorted(db.session.scalars(db.select(Organisation.name)))


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def decomposed(text):
    """Fully decomposed text (combining marks), as some programs write it."""
    return unicodedata.normalize("NFD", text)


def cp1258(text):
    """Vietnamese as Windows-1258 writes it: letters with circumflex, breve or horn precomposed where the code
    page has them, tone marks as separate combining characters."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            char.encode("cp1258")
            out.append(char)
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        tones = [m for m in marks if m in TONE_MARKS]
        out.append(unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in TONE_MARKS)))
        out.extend(tones)
    encoded = "".join(out).encode("cp1258")
    assert encoded.decode("cp1258") != unicodedata.normalize("NFC", text) or text.isascii()
    return encoded


@pytest.mark.parametrize("label, data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf-16 LE with BOM", TEXT.encode("utf-16")),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ("utf-16 LE without BOM", TEXT.encode("utf-16-le")),
    ("utf-16 BE without BOM", TEXT.encode("utf-16-be")),
    ("windows-1258", cp1258(TEXT)),
    ("crlf", TEXT.replace("\n", "\r\n").encode("utf-8")),
])
def test_every_encoding_imports_the_same_names(app, tmp_path, label, data):
    job = run_file(write(tmp_path, data))
    assert job.status == ImportStatus.DONE, (label, job.problem)
    assert imported_names() == sorted(NAMES), label
    assert all(unicodedata.is_normalized("NFC", name) for name in imported_names())
    org = db.session.scalar(db.select(Organisation).filter_by(name=NAMES[0]))
    assert org.province.code == "ha-noi" and org.description == "Mô tả 0"


def test_cp1258_round_trip_keeps_vietnamese_names(app, tmp_path):
    """Names with every tone mark written in Windows-1258 (combining marks) come back as the same NFC text."""
    names = ["Đặng Thị Ngọc Ánh", "Lê Quý Đôn", "Phạm Hữu Nghĩa", "Ứng dụng Trí tuệ Nhân tạo Ỷ Lan"]
    text = "name\n" + "".join(f"{n}\n" for n in names)
    data = cp1258(text)
    assert detect_encoding(data) == "cp1258"
    job = run_file(write(tmp_path, data))
    assert job.status == ImportStatus.DONE and job.encoding == "cp1258"
    assert imported_names() == sorted(names)


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_and_quoted_newlines(app, tmp_path, delimiter):
    d = delimiter
    text = (f'name{d}description{d}tags\n"Alpha{d} Co"{d}"Line one\nLine two{d} ""quoted"""{d}a|b\n'
            f"Beta{d}Plain{d}\n")
    job = run_file(write(tmp_path, text))
    assert job.status == ImportStatus.DONE, job.problem
    assert job.delimiter == delimiter
    alpha = db.session.scalar(db.select(Organisation).filter_by(name=clean_line(f"Alpha{d} Co")))
    assert alpha.description == f'Line one\nLine two{d} "quoted"'
    assert sorted(t.name for t in alpha.tags) == ["a", "b"]


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_with_numbers_and_blank_rows(app, tmp_path):
    data = xlsx_bytes([["Tên", "Năm thành lập", "funding_sought_usd", None],
                       [decomposed("Công ty Hòa Lạc"), 2020, 150000.0, None],
                       [None, None, None, None],
                       ["Beta", 2019.0, None, None]])
    job = run_file(write(tmp_path, data, "book.xlsx"))
    assert job.status == ImportStatus.DONE, job.problem
    assert job.file_format == "xlsx" and job.processed_rows == 2
    org = db.session.scalar(db.select(Organisation).filter_by(name="Công ty Hòa Lạc"))
    assert org.founded_year == 2020 and org.startup.funding_sought_usd == 150000


def _upload(tmp_path, data, name="data.csv"):
    with force_locale("en"):
        return open_table(write(tmp_path, data, name), name, max_bytes=1024 * 1024)


@pytest.mark.parametrize("data, name, needle", [
    (b"", "empty.csv", "The file is empty."),
    (b"\xef\xbb\xbf\r\n  \n", "blank.csv", "The file is empty."),
    (b"%PDF-1.7\n\x00\x01\x02binary", "doc.csv", "not a CSV or XLSX file"),
    (bytes(range(256)) * 20, "noise.csv", "binary data"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "image.csv", "not a CSV or XLSX file"),
    (b"PK\x03\x04 not really a zip", "book.xlsx", "damaged or not an .xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.xls", "Old Excel files"),
    (b"name\n" + b"x" * 200 + b"\n", "wide.csv", None),
])
def test_bad_files_get_a_clear_message(app, tmp_path, data, name, needle):
    if needle is None:
        assert _upload(tmp_path, data, name).headers == ["name"]
        return
    with pytest.raises(FileProblem) as caught:
        _upload(tmp_path, data, name)
    assert needle in caught.value.message


def test_corrupt_xlsx_inside_a_valid_zip(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<broken")
    with pytest.raises(FileProblem) as caught:
        _upload(tmp_path, buffer.getvalue(), "book.xlsx")
    assert "damaged" in caught.value.message


def test_file_over_the_size_limit(tmp_path):
    path = write(tmp_path, b"name\n" + b"a\n" * 1000)
    with pytest.raises(FileProblem) as caught, force_locale("en"):
        open_table(path, "data.csv", max_bytes=100)
    assert "can be imported at once" in caught.value.message


def test_header_only_file_fails_the_job(app, tmp_path):
    job = run_file(write(tmp_path, "name,description\n\n  \n"))
    assert job.status == ImportStatus.FAILED
    assert "header row but no data rows" in job.problem and imported_names() == []


def test_too_many_rows(app, tmp_path):
    app.config["IMPORT_MAX_ROWS"] = 3
    try:
        job = run_file(write(tmp_path, "name\n" + "".join(f"N{i}\n" for i in range(5))))
    finally:
        app.config["IMPORT_MAX_ROWS"] = 100000
    assert job.status == ImportStatus.FAILED and "more than 3 rows" in job.problem
    assert imported_names() == []


def test_huge_cell_is_refused(app, tmp_path):
    job = run_file(write(tmp_path, "name,description\nA," + "x" * 150000 + "\n"))
    assert job.status == ImportStatus.FAILED
    assert "malformed" in job.problem or "longer than" in job.problem


def test_upload_is_removed_when_the_job_ends(app, tmp_path):
    job = run_file(write(tmp_path, "name\nA\n"))
    assert job.stored_name is None
    assert os.listdir(os.path.join(app.config["IMPORT_DIR"], "uploads")) == []
    assert db.session.get(ImportJob, job.id).report_name


@pytest.mark.parametrize("raw, expected", [
    ("'=SUM(A1)", "=SUM(A1)"), ("'+84 24", "+84 24"), ("'-1", "-1"), ("'@me", "@me"), ("'plain", "'plain"),
    (3.0, "3"), (2.5, "2.5"), (True, "true"), (None, ""), ("  a\x00b ", "ab"),
])
def test_clean_cell(raw, expected):
    assert clean_cell(raw) == expected
