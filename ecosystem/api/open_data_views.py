"""Open data through the API: the latest package's descriptor and the dates of every package kept."""
from flask import url_for

from ..auth.policy import API_TOKEN, policy
from ..curation.open_data import FILE_NAMES, latest_package
from . import bp
from .access import api_user


@bp.get("/open-data")
@policy(API_TOKEN)
def open_data():
    """The latest package's descriptor (null before the first build), links to its files, and every date."""
    api_user()  # a bad token is refused here too, as on every read
    descriptor, days = latest_package()
    files = {name: url_for("open_data.package_download", day=days[0], name=name, _external=True)
             for name in FILE_NAMES} if days else {}
    return {"latest": descriptor, "dates": days, "files": files,
            "html_url": url_for("open_data.page", _external=True)}
