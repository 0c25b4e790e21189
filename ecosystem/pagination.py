"""Safe pagination: bad page numbers are the user's mistake, never a server error."""
import math
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import func, select

from .errors import Invalid, NotFound
from .extensions import db

MAX_PER_PAGE = 100


@dataclass
class Page:
    items: list
    total: int
    page: int
    per_page: int

    @property
    def pages(self):
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.pages


def parse_positive_int(raw, name, default, maximum=None):
    """Parse a query-string integer; anything else raises Invalid with a readable message."""
    if raw in (None, ""):
        return default
    if not str(raw).isdigit() or len(str(raw)) > 9 or int(raw) < 1:
        raise Invalid(_("'%(name)s' must be a whole number from 1 to %(maximum)s.", name=name, maximum=maximum or 10 ** 9), name)
    value = int(raw)
    if maximum is not None and value > maximum:
        raise Invalid(_("'%(name)s' must be a whole number from 1 to %(maximum)s.", name=name, maximum=maximum), name)
    return value


def paginate(statement, page, per_page):
    """Run a select for one page; a page past the end is NotFound (page 1 of nothing is fine)."""
    total = db.session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise NotFound(_("There is no page %(page)s; the last page is %(pages)s.", page=page, pages=pages))
    items = db.session.scalars(statement.limit(per_page).offset((page - 1) * per_page)).unique().all()
    return Page(items=items, total=total, page=page, per_page=per_page)
