"""What an operations team reads: a request id on every request and log line, structured log
lines, error reports to Sentry when SENTRY_DSN is set, and one line when a service the site
depends on (database, Redis, mail server) goes away and one when it is back.
"""

import contextvars
import logging
import re
import threading
import time
import uuid

request_id_var = contextvars.ContextVar("request_id", default="-")
# A proxy's or load balancer's id is kept when it looks like one; anything else is replaced, so
# a visitor cannot write into the logs through the header.
INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
HEADER = "X-Request-ID"

logger = logging.getLogger("lenw.services")


class RequestIdMiddleware:
    """Outermost middleware: give the request an id, put it on the response and the log lines."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = incoming if INCOMING_ID.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        token = request_id_var.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every log record ("-" outside a request: the worker, commands)."""

    def filter(self, record):
        record.request_id = request_id_var.get()
        return True


def logging_config(level="INFO", structured=True):
    """LOGGING for settings: one line per record on stdout, JSON when `structured`."""
    formatter = (
        {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
            "rename_fields": {"asctime": "timestamp", "levelname": "level", "name": "logger"},
            "datefmt": "%Y-%m-%dT%H:%M:%S%z",
        }
        if structured
        else {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s",
            "datefmt": "%Y-%m-%dT%H:%M:%S%z",
        }
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "cms.core.observability.RequestIdFilter"}},
        "formatters": {"line": formatter},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "filters": ["request_id"],
                "formatter": "line",
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            "django_tasks": {"level": "WARNING"},
            "wagtail": {"level": "WARNING"},
            "weasyprint": {"level": "ERROR"},
            "fontTools": {"level": "ERROR"},
        },
    }


def init_sentry(dsn, environment="production", release=None, traces_sample_rate=0.0):
    """Error reports to Sentry (or a compatible service). Without a DSN nothing is imported and
    nothing leaves the machine. No personal data: no cookies, user details or request bodies."""
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        integrations=[DjangoIntegration()],
        # No user details, cookies, bodies, query strings, SQL parameters or local variables leave
        # the site.
        data_collection={
            "user_info": False,
            "cookies": {"mode": "off"},
            "http_bodies": [],
            "url_query_params": {"mode": "off"},
            "stack_frame_variables": False,
            "database_query_data": False,
        },
        traces_sample_rate=traces_sample_rate,
    )
    return True


class ServiceState:
    """Whether each outside service was last seen up or down, in this process.

    `down()` logs a warning the first time a service fails, `up()` logs once when it answers
    again and says for how long it was away; calls in between write nothing, so an outage is two
    lines however many requests meet it.
    """

    def __init__(self):
        self._down_since = {}
        self._lock = threading.Lock()

    def down(self, service, error=None):
        with self._lock:
            if service in self._down_since:
                return
            self._down_since[service] = time.monotonic()
        logger.warning(
            "%s unreachable (%s)", service, type(error).__name__ if error else "no answer"
        )

    def up(self, service):
        if service not in self._down_since:
            return
        with self._lock:
            since = self._down_since.pop(service, None)
        if since is not None:
            logger.warning("%s reachable again after %.0f s", service, time.monotonic() - since)

    def is_down(self, service):
        return service in self._down_since


services = ServiceState()


def database_connected(sender, connection, **kwargs):
    """connection_created: a new connection after an outage means the database is back."""
    services.up("Database")
