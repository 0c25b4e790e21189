"""Lab photos: checked by content and re-encoded like logos, stored under generated names in instance/."""
import os
import uuid

from flask import current_app
from flask_babel import gettext as _

from ..auth.policy import can_manage_lab
from ..errors import Invalid, NotAllowed, NotFound
from ..extensions import db
from ..models import LabPhoto
from ..registry import schema as s
from ..registry.logos import _decode

MAX_PHOTOS = 12
MAX_SIDE = 1600
DEFAULT_MAX_BYTES = 3 * 1024 * 1024  # under the 4 MB request limit (MAX_CONTENT_LENGTH)


def photo_dir():
    """The folder of lab photos (created on first use)."""
    path = os.path.join(current_app.config["UPLOAD_DIR"], "lab-photos")
    os.makedirs(path, exist_ok=True)
    return path


def max_photo_bytes():
    return current_app.config.get("LAB_PHOTO_MAX_BYTES", DEFAULT_MAX_BYTES)


def add_lab_photo(actor, lab, upload, caption=None):
    """Validate an uploaded image (type by content, size, pixels) and add it to the lab's photos."""
    if not can_manage_lab(actor, lab):
        raise NotAllowed(_("You cannot edit this lab."))
    if len(lab.photos) >= MAX_PHOTOS:
        raise Invalid(_("A lab shows at most %(n)s photos; remove one first.", n=MAX_PHOTOS), "photo")
    if upload is None or not getattr(upload, "filename", ""):
        raise Invalid(_("Choose an image file."), "photo")
    caption = s.clean_input({"caption": s.Line(200)}, {"caption": caption})["caption"]
    limit = max_photo_bytes()
    data = upload.stream.read(limit + 1)
    if len(data) > limit:
        raise Invalid(_("A photo must be at most %(n)s MB.", n=limit // (1024 * 1024)), "photo")
    image = _decode(data).convert("RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    name = f"{uuid.uuid4().hex}.jpg"
    image.save(os.path.join(photo_dir(), name), format="JPEG", quality=85, optimize=True)
    order = max((photo.sort_order for photo in lab.photos), default=0) + 1
    photo = LabPhoto(filename=name, caption=caption, sort_order=order)
    lab.photos.append(photo)
    db.session.flush()
    return photo


def remove_lab_photo(actor, lab, photo_id):
    """Take a photo off the lab (the file stays until a cleanup: deleting it before the commit would break a rollback)."""
    if not can_manage_lab(actor, lab):
        raise NotAllowed(_("You cannot edit this lab."))
    photo = next((p for p in lab.photos if p.id == photo_id), None)
    if photo is None:
        raise NotFound(_("This lab has no such photo."))
    lab.photos.remove(photo)
    db.session.flush()
