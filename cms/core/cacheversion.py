"""Cache versions: a key part that changes when the data behind cached results changes.

Bumping a version makes every entry stored under the old one unreachable at once (they expire
by themselves), so nothing has to know which entries depended on what.

During a request (`per_request`, entered by `requestscope.OncePerRequest`) each version is
read from the cache once: a page asks for the same version ten times or more (the frame, the
route, the locale, the search), and one answer per request is one consistent view of the data.
"""

import contextvars
import uuid

from django.core.cache import cache

# Entered by requestscope.OncePerRequest with a fresh dict for each request.
per_request = contextvars.ContextVar("cache_versions_seen", default=None)


def current(name):
    """The version for `name`, made the first time it is asked for."""
    seen = per_request.get()
    if seen is not None and name in seen:
        return seen[name]
    key = f"version:{name}"
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key, "")
    if seen is not None:
        seen[name] = version
    return version


def bump(name):
    version = uuid.uuid4().hex
    cache.set(f"version:{name}", version, None)
    seen = per_request.get()
    if seen is not None:
        seen[name] = version
