"""The test settings with one extra address that fails, for the Sentry tests (a subprocess)."""

from cms.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.operations.boom_urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
