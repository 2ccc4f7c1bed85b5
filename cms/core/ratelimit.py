"""The visitor's real address, and a small per-address rate limit for our own views.

allauth's limits (log-in, sign-up, password reset) and ours key on the same address: the one
`client_ip` finds with allauth's settings. Behind a proxy or load balancer, set
TRUSTED_PROXY_COUNT (how many proxies add themselves to X-Forwarded-For) or
TRUSTED_CLIENT_IP_HEADER (a header the proxy sets, such as X-Real-IP); otherwise every visitor
would share the proxy's address and one visitor's failed log-ins would lock out everyone.
"""

import time

from django.core.cache import cache
from django.core.exceptions import PermissionDenied


def client_ip(request):
    """The address the request came from, read as the trusted-proxy settings say."""
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)  # cms.core.adapters.AccountAdapter
    except PermissionDenied:  # no address at all (a broken header): one shared bucket
        return ""


def allow(request, action, per_minute):
    """Count this request; False once the visitor's address made more than `per_minute` this minute."""
    window = int(time.time() // 60)
    key = f"ratelimit:{action}:{client_ip(request)}:{window}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    return count <= per_minute
