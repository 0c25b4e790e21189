"""The state–school–investor model: partnerships and their roles, high-tech zones and their projects,
and the programmes that state agencies run."""


def register(app):
    """Mount partnerships, zone projects and programmes (each a blueprint of its own)."""
    from . import partnerships, programmes, zones

    programmes.register(app)
    partnerships.register(app)
    zones.register(app)
