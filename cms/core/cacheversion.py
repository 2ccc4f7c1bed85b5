"""Cache versions: a key part that changes when the data behind cached results changes.

Bumping a version makes every entry stored under the old one unreachable at once (they expire
by themselves), so nothing has to know which entries depended on what.
"""

import uuid

from django.core.cache import cache


def current(name):
    """The version for `name`, made the first time it is asked for."""
    key = f"version:{name}"
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key, "")
    return version


def bump(name):
    cache.set(f"version:{name}", uuid.uuid4().hex, None)
