"""Settings for the test suite: fast hashing, mail in memory, tasks run immediately."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ["DEBUG"] = "false"

from .base import *  # noqa: E402,F403

ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Uploads go to a folder of this test run's own, removed at exit: on disk as in production, so
# Wagtail's document view streams files the way it does there.
MEDIA_ROOT = tempfile.mkdtemp(prefix="lenw-test-media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
SITE_BASE_URL = "http://testserver"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"

# wagtail-localize syncs page trees in a post_save handler that does not skip raw saves, so its
# rows cannot be restored by serialized rollback; the demo builder recreates what it needs.
TEST_NON_SERIALIZED_APPS = ["wagtail_localize"]

# Most tests change content and look again; the page cache has tests of its own.
PAGE_CACHE_SECONDS = 0
