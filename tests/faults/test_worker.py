"""The task worker is killed while making a certificate: the task runs again and makes exactly
one certificate."""

import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from taalakkoord.certificates import issue_certificate
from taalakkoord.factories import CommitmentFactory, DeclarationFactory
from taalakkoord.models import Certificate, Commitment
from taalakkoord.tasks import generate_certificate

ROOT = Path(__file__).resolve().parents[2]


def certificate_task():
    return DBTaskResult.objects.get(task_path="taalakkoord.tasks.generate_certificate")


def killed_while_running(commitment, run_worker):
    """A worker claims the task and dies: the row stays 'running', nothing else happens."""
    generate_certificate.enqueue(commitment.pk)
    certificate_task().claim("worker-that-died")
    run_worker()  # another worker does not touch a task that is running
    assert certificate_task().status == "RUNNING"


@pytest.fixture
def member(db, queued):
    DeclarationFactory()
    return CommitmentFactory(approved=True, organisation__name="Bakkerij De Linde")


def requeue_later(run_worker):
    """What the scheduled `requeue_stale_tasks` does once the task has been running too long."""
    later = timezone.now() + datetime.timedelta(minutes=31)
    with time_machine.travel(later):
        call_command("requeue_stale_tasks", stdout=open(os.devnull, "w"))  # noqa: SIM115
        run_worker()


def test_a_task_killed_before_it_saved_runs_again(member, run_worker):
    killed_while_running(member, run_worker)
    assert not Certificate.objects.exists()
    requeue_later(run_worker)
    assert Certificate.objects.filter(commitment=member).count() == 1
    assert certificate_task().status == "SUCCESSFUL"


def test_a_task_killed_after_it_saved_does_not_make_a_second(member, run_worker):
    killed_while_running(member, run_worker)
    made = issue_certificate(Commitment.objects.get(pk=member.pk))  # got this far, then died
    requeue_later(run_worker)
    assert list(Certificate.objects.filter(commitment=member)) == [made]
    assert certificate_task().status == "SUCCESSFUL"


def test_a_task_running_briefly_is_left_alone(member, run_worker):
    killed_while_running(member, run_worker)
    call_command("requeue_stale_tasks", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert certificate_task().status == "RUNNING"


def test_a_real_worker_killed_mid_certificate(migrated_db, settings, run_worker):
    """On PostgreSQL: a real db_worker process, killed with SIGKILL while it renders the PDF."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: the worker process shares the test database")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    DeclarationFactory()
    member = CommitmentFactory(approved=True, organisation__name="Bakkerij De Linde")
    DBTaskResult.objects.all().delete()  # approval queued one already; start from a known one
    generate_certificate.enqueue(member.pk)
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.faults.worker_settings",
        "DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD'] or ''}@"
            f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
        ),
    }
    worker = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.05"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while certificate_task().status == "READY" and time.monotonic() < deadline:
            time.sleep(0.02)
        worker.send_signal(signal.SIGKILL)  # mid-render: no clean shutdown, no "failed" mark
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == -signal.SIGKILL
    # Killed mid-render the task stays "running"; had the render been quicker, it is done.
    assert certificate_task().status in ("RUNNING", "SUCCESSFUL")
    call_command("requeue_stale_tasks", "--older-than", "0", stdout=open(os.devnull, "w"))  # noqa: SIM115
    run_worker()
    assert Certificate.objects.filter(commitment=member).count() == 1
    assert certificate_task().status == "SUCCESSFUL"
