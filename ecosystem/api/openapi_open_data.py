"""The open-data part of the OpenAPI document: the Frictionless descriptor of the latest package."""
from ..curation.open_data import FILE_NAMES
from .openapi_schemas import INT, STR, URL, array_of, obj, ref

DAY = {"type": "string", "format": "date"}


def open_data_schemas():
    """Schemas of GET /open-data; the descriptor's keys are the ones curation/open_data.py writes."""
    field = {"type": "object", "required": ["name", "type", "description"], "additionalProperties": False,
             "properties": {"name": STR, "type": {"enum": ["string", "integer", "boolean", "datetime"]},
                            "description": STR,
                            "constraints": obj(enum=array_of(STR))}}
    resource = obj(name=STR, title=STR, profile={"const": "tabular-data-resource"}, path=STR,
                   format={"enum": ["csv", "json"]}, mediatype=STR, encoding={"const": "utf-8"},
                   bytes=INT, hash={**STR, "pattern": "^sha256:[0-9a-f]{64}$"},
                   rows={**INT, "description": "Number of data rows (the CSV header not counted)."},
                   schema=obj(fields=array_of(field), primaryKey=array_of(STR)))
    return {
        "DataPackage": obj(profile={"const": "tabular-data-package"}, name=STR, title=STR, description=STR,
                           version={**DAY, "description": "The package's date."}, created=STR, homepage=URL,
                           licenses=array_of(obj(name=STR, title=STR, path=URL)), resources=array_of(resource)),
        "OpenData": obj(
            latest={"oneOf": [ref("DataPackage"), {"type": "null"}],
                    "description": "The descriptor of the newest package; null before the first build."},
            dates={**array_of(DAY), "description": "Dates of the packages kept, newest first."},
            files={"type": "object", "additionalProperties": URL,
                   "propertyNames": {"enum": list(FILE_NAMES)},
                   "description": "Download links of the newest package's files (empty before the first build)."},
            html_url=URL),
    }


def open_data_paths(operation):
    """GET /open-data."""
    return {"/open-data": {"get": operation(
        "open_data", "The open-data package (CC BY 4.0): latest descriptor and dates", "open data", "OpenData")}}
