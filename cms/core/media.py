"""Serving uploaded files from this process: public files only, never `private/`.

Used in development, and on a single machine without a web server in front (`SERVE_MEDIA`).
Private files (plans of action, certificates) are only ever served by the views that check
permissions; with several machines, media live in object storage and a web server or CDN
serves the public part.
"""

from django.http import Http404
from django.views.static import serve

PRIVATE_PREFIX = "private/"


def public_media(request, path, document_root):
    normalised = path.lstrip("/")
    if normalised.startswith(PRIVATE_PREFIX) or "/../" in f"/{normalised}":
        raise Http404
    return serve(request, normalised, document_root=document_root)
