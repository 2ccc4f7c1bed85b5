"""The default cache: Redis, and while Redis cannot be reached, this process's own memory.

Ignoring cache errors alone (django-redis's IGNORE_EXCEPTIONS) would keep pages up, but every
lock and counter would then fail: allauth's rate limits turn that into "too many attempts" for
every log-in. With a fallback, pages, log-ins and rate limits keep working, and Redis is tried
again after a short pause rather than on every call.

The fallback is the cache named by the option FALLBACK: in production the database cache
(`cache_fallback` table), which every process and machine shares, so rate limits still count
across workers while Redis is away. Without that option, this process's own memory.
"""

import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from .observability import services

UNREACHABLE = (ConnectionInterrupted, RedisConnectionError, RedisTimeoutError)


class FallbackRedisCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)
        options = dict(params.get("OPTIONS", {}))
        self.retry_after = options.pop("RETRY_AFTER", 10)
        self.fallback_alias = options.pop("FALLBACK", None)
        options["IGNORE_EXCEPTIONS"] = False
        self.primary = RedisCache(location, {**params, "OPTIONS": options})
        self._memory = LocMemCache(f"fallback-{location}", {**params, "OPTIONS": {}})
        self._down_until = 0.0
        self._failed = False

    @property
    def fallback(self):
        if self.fallback_alias:
            from django.core.cache import caches

            return caches[self.fallback_alias]
        return self._memory

    def _call(self, method, *args, **kwargs):
        if time.monotonic() >= self._down_until:
            try:
                result = getattr(self.primary, method)(*args, **kwargs)
            except UNREACHABLE as error:
                # One log line when Redis goes away and one when it is back (observability).
                self._down_until = time.monotonic() + self.retry_after
                self._failed = True
                services.down("Redis", error)
            else:
                if self._failed:
                    self._failed = False
                    services.up("Redis")
                return result
        return getattr(self.fallback, method)(*args, **kwargs)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout=timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout=timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout=timeout, version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version=version)

    def decr(self, key, delta=1, version=None):
        return self._call("decr", key, delta, version=version)

    def clear(self):
        self.fallback.clear()
        return self._call("clear")

    def close(self, **kwargs):
        self.primary.close(**kwargs)
