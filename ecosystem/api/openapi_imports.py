"""The bulk-import part of the OpenAPI document: upload a file as a job, read the job, fetch its report."""
from ..curation.importing.fields import KINDS
from ..models import ImportMode, ImportStatus
from .openapi_schemas import BOOL, INT, NINT, NSTR, NTIME, NURL, STR, TIME, URL, array_of, obj

MESSAGE = obj(row=INT, level={"enum": ["error", "warning", "duplicate"]}, field=STR, message=STR)


def import_schemas():
    """Schemas of the import responses; the keys are those `api/import_views.py` writes."""
    return {"ImportJob": obj(
        id=INT, kind={"enum": list(KINDS)}, mode={"enum": list(ImportMode.ALL)}, dry_run=BOOL,
        status={"enum": list(ImportStatus.ALL)},
        stalled={**BOOL, "description": "A running job that stopped reporting progress (its worker was stopped)."},
        filename=STR, file_format={"enum": ["csv", "xlsx", None]}, encoding=NSTR, delimiter=NSTR,
        headers=array_of(STR), mapping={"type": "object", "additionalProperties": STR},
        ignored_columns=array_of(STR), total_rows=NINT, processed_rows=INT,
        counts=obj(imported=INT, errors=INT, warnings=INT, duplicates=INT),
        problem={**NSTR, "description": "Why the whole file or run failed; nothing was imported unless it says so."},
        messages={**array_of(MESSAGE), "description": "The first messages; the report has every row."},
        report_url=NURL, html_url=URL, created_at=TIME, finished_at=NTIME)}


def import_paths(operation, write, path_param):
    """POST /curation/imports, GET /curation/imports/{job_id} and its report."""
    job_id = path_param("job_id", integer=True)
    create = write("curation_import_create", "Import a CSV or XLSX file of listings (curators)", "curation",
                   "ImportJob", None, status=202, errors={413})
    create["requestBody"] = {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file", "kind"],
        "properties": {
            "file": {"type": "string", "format": "binary",
                     "description": "CSV (UTF-8 with or without BOM, UTF-16, Windows-1258; comma, semicolon or "
                                    "tab) or XLSX; the first row names the columns; lists are separated by |."},
            "kind": {"enum": list(KINDS)},
            "mapping": {"type": "string", "contentMediaType": "application/json",
                        "description": "A JSON object {column: field}; \"\" ignores a column. Columns not named "
                                       "are matched by field name or alias."},
            "mode": {"enum": list(ImportMode.ALL), "default": ImportMode.ATOMIC},
            "dry_run": {"type": "boolean", "default": True}}}}}}
    editors = [{"bearerAuth": []}, {"sessionCookie": []}]
    report = operation("curation_import_report", "The per-row report as CSV (curators)", "curation", None,
                       errors={401, 403, 404}, security=editors)
    report["responses"]["200"]["content"] = {"text/csv": {"schema": {"type": "string"}}}
    return {
        "/curation/imports": {"post": create},
        "/curation/imports/{job_id}": {"parameters": [job_id], "get": operation(
            "curation_import_detail", "An import job: status, progress, counts, messages (curators)", "curation",
            "ImportJob", errors={401, 403, 404}, security=editors)},
        "/curation/imports/{job_id}/report.csv": {"parameters": [job_id], "get": report},
    }
