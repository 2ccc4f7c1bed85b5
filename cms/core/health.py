"""/healthz and /readyz for load balancers, orchestrators and `make prod`'s own start-up check.

- `/healthz`: the process answers (no database, no cache): restart it when this fails.
- `/readyz`: the database, the cache, the task queue and file storage answer: send it visitors
  only while this is 200. A 503 names the failing part, never an address, user or error text.

Answered by the outermost middleware, before host checks and the HTTPS redirect: a probe asks
by the machine's own address over plain HTTP. Never cached.
"""

import json
import logging
import os

from django.conf import settings
from django.http import HttpResponse

from .observability import services

logger = logging.getLogger(__name__)
PROBE_KEY = "readyz-probe"


def check_database():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    """The shared cache itself: with Redis configured, a fallback answering does not count."""
    from django.core.cache import cache

    primary = getattr(cache, "primary", None)  # cms.core.cache.FallbackRedisCache
    if primary is not None:
        primary.client.get_client(write=True).ping()
        return
    cache.set(PROBE_KEY, "1", 10)
    if cache.get(PROBE_KEY) != "1":
        raise RuntimeError("the cache did not keep a value")


def check_task_queue():
    """The queue the worker reads: with the database backend, its table answers."""
    from django_tasks import default_task_backend

    if default_task_backend.__class__.__name__ == "DatabaseBackend":
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.only("pk").first()


def check_storage():
    """Every file storage the site writes to: a folder on disk, or a bucket that answers."""
    from django.core.files.storage import storages

    for alias in [name for name in ("default", "private") if name in settings.STORAGES]:
        storage = storages[alias]
        location = getattr(storage, "location", None)
        if hasattr(storage, "path") and location is not None:
            os.makedirs(location, exist_ok=True)
            if not os.access(location, os.W_OK):
                raise PermissionError(f"{alias} storage is not writable")
        else:
            # Object storage: each bucket answers (cms.core.storage.ObjectStorage has two).
            parts = storage.parts() if hasattr(storage, "parts") else [storage]
            for part in parts:
                part.bucket.meta.client.head_bucket(Bucket=part.bucket_name)


CHECKS = {
    "database": ("Database", check_database),
    "cache": ("Redis", check_cache),
    "task_queue": ("Task queue", check_task_queue),
    "storage": ("File storage", check_storage),
}


def readiness():
    """{part: "ok" | "unavailable"} and whether all are ok. Logs a part going down and back up."""
    results = {}
    for part, (service, check) in CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 -- any failure means "not ready"
            results[part] = "unavailable"
            services.down(service, error)
        else:
            results[part] = "ok"
            services.up(service)
    return results, all(value == "ok" for value in results.values())


def answer(payload, status):
    response = HttpResponse(
        json.dumps(payload), status=status, content_type="application/json; charset=utf-8"
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answers /healthz and /readyz itself; every other request goes on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return answer({"status": "ok"}, 200)
        if request.path == "/readyz":
            results, ready = readiness()
            if not ready:
                failing = ", ".join(part for part, value in results.items() if value != "ok")
                logger.warning("Not ready: %s", failing)
            return answer(
                {"status": "ok" if ready else "unavailable", "checks": results},
                200 if ready else 503,
            )
        return self.get_response(request)
