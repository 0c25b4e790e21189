"""The curators' funnel of introductions, as a page and as a CSV download."""
from datetime import date

from flask import Response, render_template

from ..auth.policy import CURATOR, policy
from ..exports import to_csv
from . import bp
from .funnel import CSV_COLUMNS, RATES, STEPS, csv_rows, funnel_report


@bp.route("/curation/introductions")
@policy(CURATOR)
def funnel():
    """Sent, accepted, met, agreed (declined, withdrawn) overall, by month and per match reason."""
    return render_template("introductions/funnel.html", report=funnel_report(), steps=STEPS,
                           rates=[name for name, _n, _d in RATES])


@bp.route("/curation/introductions.csv")
@policy(CURATOR)
def funnel_csv():
    """The same numbers as one CSV table (group, key, counts, rates)."""
    name = f"introductions-funnel-{date.today().isoformat()}.csv"
    return Response(to_csv(csv_rows(funnel_report()), CSV_COLUMNS), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
