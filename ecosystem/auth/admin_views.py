"""The role page: admins make curators (and other admins)."""
from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import or_

from ..errors import NotFound
from ..extensions import db
from ..models import User
from ..pagination import paginate, parse_positive_int
from ..registry.labels import ROLE_LABELS, label
from ..text import clean_line
from . import bp, services
from .forms import RoleForm
from .policy import ADMIN, policy


@bp.route("/admin/users")
@policy(ADMIN)
def users():
    query = clean_line(request.args.get("q", ""))[:100]
    role = request.args.get("role", "")
    statement = db.select(User).order_by(User.created_at.desc())
    if query:
        pattern = f"%{query.lower()}%"
        statement = statement.where(or_(db.func.lower(User.email).like(pattern), db.func.lower(User.name).like(pattern)))
    if role:
        statement = statement.where(User.role == role)
    page = paginate(statement, parse_positive_int(request.args.get("page"), "page", 1), 50)
    return render_template("auth/users.html", page=page, q=query, role=role, form=RoleForm())


@bp.route("/admin/users/<int:user_id>/role", methods=["POST"])
@policy(ADMIN)
def set_user_role(user_id):
    target = db.session.get(User, user_id)
    if target is None:
        raise NotFound(_("No such user."))
    form = RoleForm()
    if not form.validate_on_submit():
        flash(_("Choose a valid role."), "danger")
        return redirect(url_for("auth.users")), 303
    services.set_role(current_user, target, form.role.data)
    flash(_("%(name)s is now %(role)s.", name=target.name, role=label(ROLE_LABELS, form.role.data)), "success")
    return redirect(url_for("auth.users"))
