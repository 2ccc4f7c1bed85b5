"""A small per-IP rate limit for public GET pages (allauth's own limits only cover POSTs)."""

import time

from django.core.cache import cache


def allow(request, action, per_minute):
    """Count this request; False once the visitor's address made more than `per_minute` this minute."""
    window = int(time.time() // 60)
    key = f"ratelimit:{action}:{request.META.get('REMOTE_ADDR', '')}:{window}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    return count <= per_minute
