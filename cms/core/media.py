"""Serving uploaded files from this process: the one place that decides what may be served.

Used in development, and on a single machine without a web server in front (`SERVE_MEDIA`).
The rule works on the path as the file system would read it, so `./`, `%2e`, `//` and other
spellings cannot reach a folder the plain spelling cannot:

- the path must already be in its plain form (no `.`, `..` or empty segments, no backslash);
- only the public folders are served: image renditions and originals, and logos;
- an image in a collection with a view restriction is served only to those who pass it;
- documents are never served as media: Wagtail's document view checks their collection's
  privacy first, so `documents/…` answers 404 here;
- private files (plans of action, certificates) are only ever served by the views that check
  permissions.

With several machines, media live in object storage and a web server or CDN serves the public
part by the same rule (see the README).
"""

import mimetypes
import posixpath

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404

PUBLIC_FOLDERS = ("images", "original_images", "logos")
IMAGE_FOLDERS = ("images", "original_images")


def plain_path(path):
    """`path` when it is already normalised and relative, else None."""
    if not path or "\\" in path or "\x00" in path or path.startswith("/"):
        return None
    if posixpath.normpath(path) != path:
        return None
    segments = path.split("/")
    if any(segment in ("", ".", "..") for segment in segments):
        return None
    return path


def is_public(path):
    """True when the (plain) media path lies in a folder anyone may read."""
    folder = path.split("/", 1)[0]
    return "/" in path and folder in PUBLIC_FOLDERS


def _image_for(path):
    from wagtail.images import get_image_model

    image_model = get_image_model()
    if path.startswith("original_images/"):
        return image_model.objects.filter(file=path).select_related("collection").first()
    rendition = (
        image_model.get_rendition_model()
        .objects.filter(file=path)
        .select_related("image__collection")
        .first()
    )
    return rendition.image if rendition else None


PUBLIC, RESTRICTED = "public", "restricted"


def access(request, path):
    """PUBLIC or RESTRICTED when this request may read the media file at `path`, else None."""
    path = plain_path(path)
    if path is None or not is_public(path):
        return None
    if path.split("/", 1)[0] in IMAGE_FOLDERS:
        image = _image_for(path)
        restrictions = image.collection.get_view_restrictions() if image is not None else []
        if restrictions:
            passed = all(restriction.accept_request(request) for restriction in restrictions)
            return RESTRICTED if passed else None
    return PUBLIC


def may_serve(request, path):
    return access(request, path) is not None


def public_media(request, path):
    """A public media file, when this process serves media at all (DEBUG or SERVE_MEDIA)."""
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    allowed = access(request, path)
    if allowed is None or not default_storage.exists(path):
        raise Http404
    content_type, _encoding = mimetypes.guess_type(path)
    response = FileResponse(
        default_storage.open(path, "rb"), content_type=content_type or "application/octet-stream"
    )
    response["X-Content-Type-Options"] = "nosniff"
    # A restricted image must never sit in a shared cache (a CDN) that would hand it to anyone.
    response["Cache-Control"] = "public, max-age=3600" if allowed == PUBLIC else "private, no-store"
    return response
