"""Production: HTTPS everywhere, SMTP mail, hardened cookies. Passes `check --deploy`."""

from cms.core.observability import logging_config

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

# One JSON object per log line, for the log collector (LOG_FORMAT=text for people).
LOG_FORMAT = env_str("LOG_FORMAT", "json")
LOGGING = logging_config(env_str("LOG_LEVEL", "INFO"), structured=LOG_FORMAT == "json")

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Probes ask over plain HTTP by the machine's address (answered before this redirect anyway).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Only `make prod` on plain-HTTP loopback turns this off.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Certificates' QR codes and email links need the real public address: no default here.
BASE_URL_CONFIGURED = bool(env_str("SITE_BASE_URL") or env_str("WAGTAILADMIN_BASE_URL"))
