"""The ecosystem registry: a Flask application built by small register_* steps."""
import os

from flask import Flask

from .config import Config


def create_app(config=None):
    """Build the application. `config` (a dict) overrides what the environment says."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    app = Flask(__name__, instance_path=os.environ.get("INSTANCE_PATH") or os.path.join(root, "instance"),
                template_folder=os.path.join(root, "templates"), static_folder=os.path.join(root, "static"))
    app.config.update(Config.from_env(app.instance_path))
    if config:
        app.config.update(config)
    os.makedirs(app.instance_path, exist_ok=True)
    register_extensions(app)
    register_blueprints(app)
    from . import web
    web.register_unit_of_work(app)
    web.register_error_handlers(app)
    web.register_template_helpers(app)
    web.register_security_headers(app)
    from . import cli
    cli.register_commands(app)
    return app


def register_extensions(app):
    """Bind the extensions to this app."""
    from . import models  # noqa: F401  (the models must be known before migrations run)
    from .auth.session import load_user_from_session
    from .extensions import babel, csrf, db, limiter, login_manager, migrate
    from .i18n import select_locale

    db.init_app(app)
    migrate.init_app(app, db, directory=os.path.join(os.path.dirname(app.root_path), "migrations"),
                     render_as_batch=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"
    login_manager.user_loader(load_user_from_session)


def register_blueprints(app):
    """Mount each domain's blueprint."""
    from .api import bp as api_bp
    from .auth import bp as auth_bp
    from .curation import bp as curation_bp
    from .curation import open_data_bp
    from .registry import bp as registry_bp

    app.register_blueprint(registry_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(curation_bp, url_prefix="/curation")
    from .curation.importing import bp as importing_bp

    app.register_blueprint(importing_bp, url_prefix="/curation/import")
    app.register_blueprint(open_data_bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    from .curation.revisions import register as register_revisions

    register_revisions(app)
    from .curation.duplicates import register as register_duplicates

    register_duplicates(app)
    from . import search

    search.register(app)
    from . import exchange

    exchange.register(app)
    from . import collaboration, introductions, labs, notifications

    labs.register(app)
    collaboration.register(app)

    notifications.register(app)
    introductions.register(app)
    from . import matching

    matching.register(app)
