"""Settings for a real `db_worker` process started by the fault tests: the test settings, with
tasks taken from the database queue."""

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
