"""The per-row report of an import: counts, the first detailed messages, and a CSV file of every row.

Rows are appended to a working file as they are processed, so the report of 50,000 rows never sits
in memory; when the run ends the file is rewritten once with each row's final result (a row that
was fine is "imported", "would be imported" after a dry run, or "not imported" when an atomic import
was refused)."""
import csv
import os
import secrets

from flask_babel import gettext as _

from ...exports import spreadsheet_safe

COLUMNS = ("row", "result", "name", "listing", "errors", "warnings", "duplicates")
ERROR, WARNING, DUPLICATE = "error", "warning", "duplicate"


def report_dir(config):
    return os.path.join(config["IMPORT_DIR"], "reports")


class RowReport:
    """Counts and messages of one run; `details` bounds what is kept in memory and on the job."""

    def __init__(self, directory, job_id, details):
        os.makedirs(directory, exist_ok=True)
        self.name = f"import-{job_id}-{secrets.token_hex(6)}.csv"
        self.path = os.path.join(directory, self.name)
        self.details = details
        self.messages = []
        self.processed = self.imported = self.errors = self.warnings = self.duplicates = 0
        self._stream = open(self.path + ".part", "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._stream)

    def _keep(self, row, level, field, message):
        if len(self.messages) < self.details:
            self.messages.append({"row": row, "level": level, "field": field or "", "message": message})

    def add_row(self, number, name, listing, errors, warnings, duplicates):
        """One processed row: `errors` and `warnings` are (field, message) pairs, `duplicates` sentences."""
        self.processed += 1
        if errors:
            self.errors += 1
        elif listing is not None:
            self.imported += 1
        if duplicates:
            self.duplicates += 1
        self.warnings += len(warnings)
        for level, items in ((ERROR, errors), (WARNING, warnings)):
            for field, message in items:
                self._keep(number, level, field, message)
        for message in duplicates:
            self._keep(number, DUPLICATE, "", message)
        self._writer.writerow([number, ERROR if errors else "ok", name, listing or "",
                               " | ".join(_join(errors)), " | ".join(_join(warnings)), " | ".join(duplicates)])

    def counts(self):
        return {"processed_rows": self.processed, "imported_count": self.imported, "error_count": self.errors,
                "warning_count": self.warnings, "duplicate_count": self.duplicates}

    def finish(self, outcome):
        """Write the final report; `outcome` is what happened to the good rows: imported, checked or refused."""
        self._stream.close()
        words = {"imported": _("imported"), "checked": _("would be imported"), "refused": _("not imported")}
        with open(self.path + ".part", encoding="utf-8", newline="") as source, \
                open(self.path, "w", encoding="utf-8-sig", newline="") as target:
            writer = csv.writer(target)
            writer.writerow(COLUMNS)
            for record in csv.reader(source):
                if record[1] == "ok":
                    record[1] = words[outcome]
                if outcome != "imported":
                    record[3] = ""
                writer.writerow([spreadsheet_safe(cell) for cell in record])
        os.remove(self.path + ".part")

    def discard(self):
        """Remove the working file (the run stopped before any row)."""
        self._stream.close()
        for path in (self.path + ".part", self.path):
            if os.path.exists(path):
                os.remove(path)


def _join(pairs):
    return [f"{field}: {message}" if field else message for field, message in pairs]
