"""Logos: checked by content, re-encoded with Pillow, stored under generated names."""
import io
import os
import uuid
import warnings

from flask import current_app
from flask_babel import gettext as _
from PIL import Image, UnidentifiedImageError

from ..auth.policy import can_edit_organisation
from ..errors import Invalid, NotAllowed

ALLOWED_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}
MAX_SIDE = 512


def logo_dir():
    path = os.path.join(current_app.config["UPLOAD_DIR"], "logos")
    os.makedirs(path, exist_ok=True)
    return path


def _decode(data):
    """Open and fully decode an image; anything that is not a small real image is Invalid."""
    Image.MAX_IMAGE_PIXELS = current_app.config["LOGO_MAX_PIXELS"]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            if probe.format not in ALLOWED_FORMATS:
                raise Invalid(_("Upload a PNG, JPEG, GIF or WebP image."), "logo")
            probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
    except Invalid:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):
        raise Invalid(_("This file is not an image we can read."), "logo")
    return image


def store_logo(actor, org, upload):
    """Validate an uploaded file and make it the organisation's logo."""
    if not can_edit_organisation(actor, org):
        raise NotAllowed(_("You cannot edit this listing."))
    if upload is None or not getattr(upload, "filename", ""):
        raise Invalid(_("Choose an image file."), "logo")
    limit = current_app.config["LOGO_MAX_BYTES"]
    data = upload.stream.read(limit + 1)
    if len(data) > limit:
        raise Invalid(_("The logo must be at most %(n)s MB.", n=limit // (1024 * 1024)), "logo")
    image = _decode(data)
    image = image.convert("RGBA")
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    name = f"{uuid.uuid4().hex}.png"
    image.save(os.path.join(logo_dir(), name), format="PNG", optimize=True)
    # The previous file stays: deleting it before the commit would break the listing on rollback.
    org.logo = name
    return name
