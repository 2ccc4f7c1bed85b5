"""Shared by the fault tests: tasks queued in the database, and a worker run in this process."""

import pytest
from django.core.management import call_command


@pytest.fixture
def queued(settings):
    """Tasks go to the database queue, as in production, instead of running at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def run_worker(monkeypatch):
    """Run `db_worker --batch` here. It closes stale connections between tasks, which inside a
    test's transaction would close the test's own connection; here it leaves them be."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)

    return run
