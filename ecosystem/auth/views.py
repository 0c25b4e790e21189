"""Account views: thin wrappers that parse a form, check the policy and call a service."""
from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from ..errors import DomainError
from ..extensions import db, limiter
from ..forms import safe_next
from ..i18n import LANG_COOKIE
from ..mail import send_mail
from ..models import ApiToken
from . import bp, services
from .forms import (
    ApiTokenForm,
    ChangePasswordForm,
    ForgotPasswordForm,
    LanguageForm,
    LoginForm,
    ProfileForm,
    RegisterForm,
    ResetPasswordForm,
)
from .policy import PUBLIC, SIGNED_IN, policy


def _login_limit():
    return current_app.config["RATELIMIT_LOGIN"]


def _reset_limit():
    return current_app.config["RATELIMIT_RESET"]


def form_failed(template, status=400, **context):
    """Re-render a form after a failure; the status makes the request roll back."""
    return render_template(template, **context), status


@bp.route("/register", methods=["GET", "POST"])
@policy(PUBLIC)
@limiter.limit(_login_limit, methods=["POST"])
def register():
    if current_user.is_authenticated:
        return redirect(url_for("registry.my_organisations"))
    form = RegisterForm()
    if not form.validate_on_submit():
        return form_failed("auth/register.html", 400 if form.is_submitted() else 200, form=form)
    try:
        user = services.register_user(form.email.data, form.name.data, form.password.data,
                                      locale=request.cookies.get(LANG_COOKIE))
    except DomainError as err:
        getattr(form, err.field or "email").errors.append(_(err.message))
        return form_failed("auth/register.html", err.status, form=form)
    login_user(user)
    flash(_("Welcome! Your account is ready. Add your organisation or researcher profile."), "success")
    return redirect(url_for("registry.my_organisations"))


@bp.route("/login", methods=["GET", "POST"])
@policy(PUBLIC)
@limiter.limit(_login_limit, methods=["POST"])
def login():
    form = LoginForm(next=request.args.get("next", ""))
    if current_user.is_authenticated and request.method == "GET":
        return redirect(safe_next(form.next.data, url_for("registry.home")))
    if not form.validate_on_submit():
        return form_failed("auth/login.html", 400 if form.is_submitted() else 200, form=form)
    user = services.authenticate(form.email.data, form.password.data)
    if user is None:
        form.password.errors.append(_("Email or password is not correct."))
        return form_failed("auth/login.html", 401, form=form)
    login_user(user, remember=form.remember.data)
    return redirect(safe_next(form.next.data, url_for("registry.my_organisations")))


@bp.route("/logout", methods=["POST"])
@policy(SIGNED_IN)
def logout():
    # Rotating the token ends this session for good, even if the cookie was copied.
    services.end_all_sessions(current_user._get_current_object())
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("registry.home"))


@bp.route("/password/forgot", methods=["GET", "POST"])
@policy(PUBLIC)
@limiter.limit(_reset_limit, methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if not form.validate_on_submit():
        return form_failed("auth/forgot.html", 400 if form.is_submitted() else 200, form=form)
    user = services.find_user_by_email(form.email.data)
    if user is not None and user.active:
        link = url_for("auth.reset_password", token=services.make_reset_token(user), _external=True)
        send_mail(user.email, _("Reset your password"),
                  _("Open this link within an hour to choose a new password:\n\n%(link)s\n\n"
                    "If you did not ask for it, ignore this message.", link=link))
    # The same answer either way, so the form does not reveal who has an account.
    flash(_("If an account uses this address, we have sent it a link to reset the password."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
@policy(PUBLIC)
def reset_password(token):
    try:
        user = services.user_for_reset_token(token)
    except DomainError as err:
        flash(_(err.message), "danger")
        return redirect(url_for("auth.forgot_password"))
    form = ResetPasswordForm()
    if not form.validate_on_submit():
        return form_failed("auth/reset.html", 400 if form.is_submitted() else 200, form=form)
    try:
        services.set_password(user, form.password.data)
    except DomainError as err:
        form.password.errors.append(_(err.message))
        return form_failed("auth/reset.html", form=form)
    logout_user()
    flash(_("Your password has been changed. Sign in with the new one."), "success")
    return redirect(url_for("auth.login"))


@bp.route("/account", methods=["GET", "POST"])
@policy(SIGNED_IN)
def account():
    user = current_user._get_current_object()
    form = ProfileForm(obj=user)
    if not form.validate_on_submit():
        return form_failed("auth/account.html", 400 if form.is_submitted() else 200, form=form,
                           password_form=ChangePasswordForm(), token_form=ApiTokenForm(), tokens=_tokens(user))
    user.name, user.locale = form.name.data, form.locale.data
    flash(_("Your account is saved."), "success")
    return redirect(url_for("auth.account"))


@bp.route("/account/password", methods=["POST"])
@policy(SIGNED_IN)
def change_password():
    user = current_user._get_current_object()
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(user, form.current_password.data, form.password.data)
        except DomainError as err:
            getattr(form, err.field or "password").errors.append(_(err.message))
        else:
            login_user(user)  # a fresh session under the new token; every other session ends
            flash(_("Your password has been changed. Other sessions were signed out."), "success")
            return redirect(url_for("auth.account"))
    return form_failed("auth/account.html", form=ProfileForm(obj=user), password_form=form,
                       token_form=ApiTokenForm(), tokens=_tokens(user))


def _tokens(user):
    return db.session.scalars(db.select(ApiToken).filter_by(user_id=user.id, revoked=False)
                              .order_by(ApiToken.created_at.desc())).all()


@bp.route("/account/tokens", methods=["POST"])
@policy(SIGNED_IN)
def create_token():
    user = current_user._get_current_object()
    form = ApiTokenForm()
    if not form.validate_on_submit():
        return form_failed("auth/account.html", form=ProfileForm(obj=user), password_form=ChangePasswordForm(),
                           token_form=form, tokens=_tokens(user))
    token, raw = services.create_api_token(user, form.name.data)
    return render_template("auth/token_created.html", token=token, raw=raw)


@bp.route("/account/tokens/<int:token_id>/revoke", methods=["POST"])
@policy(SIGNED_IN)
def revoke_token(token_id):
    services.revoke_api_token(current_user, token_id)
    flash(_("The token is revoked."), "info")
    return redirect(url_for("auth.account"))


@bp.route("/lang", methods=["POST"])
@policy(PUBLIC)
def set_language():
    form = LanguageForm()
    target = safe_next(form.next.data, url_for("registry.home"))
    if not form.validate():
        return redirect(target)
    if current_user.is_authenticated:
        current_user.locale = form.lang.data
    response = redirect(target)
    response.set_cookie(LANG_COOKIE, form.lang.data, max_age=365 * 24 * 3600, httponly=True, samesite="Lax",
                        secure=current_app.config["SESSION_COOKIE_SECURE"])
    return response


from . import admin_views  # noqa: E402,F401
