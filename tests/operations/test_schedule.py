"""The schedule: every job the site needs is on it, runs at its time, logs, and is safe to repeat."""

import datetime
import logging
import time

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from django.core.management import call_command, get_commands
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Page

from cms.core import schedule
from cms.news.factories import NewsPageFactory


@pytest.fixture(autouse=True)
def keep_the_test_connection(monkeypatch):
    """A job closes stale connections before and after it runs; inside a test's transaction
    (PostgreSQL) that would close the test's own connection, so here it leaves them be."""
    monkeypatch.setattr(schedule, "close_old_connections", lambda: None)


def project_commands():
    return {
        name
        for name, app in get_commands().items()
        if not app.startswith(("django", "wagtail", "allauth", "modelcluster", "taggit"))
    } - {"db_worker", "prune_db_task_results"}


def test_every_project_command_is_scheduled_or_says_why_not():
    scheduled = {job.command for job in schedule.JOBS}
    for name in project_commands():
        assert name in scheduled or name in schedule.NOT_SCHEDULED, (
            f"manage.py {name}: add it to cms/core/schedule.JOBS or say why not in NOT_SCHEDULED"
        )
    # The jobs named in the README and the issue are there, at sensible times.
    assert {
        "publish_scheduled",
        "taalakkoord_daily",
        "requeue_stale_tasks",
        "update_index",
    } <= scheduled
    assert set(schedule.NOT_SCHEDULED) <= set(get_commands())
    for job in schedule.JOBS:
        assert job.command in get_commands(), job.command


@pytest.mark.django_db
def test_each_job_runs_twice_in_a_row_and_logs_start_and_end(caplog):
    with caplog.at_level(logging.INFO, logger="lenw.schedule"):
        for job in schedule.JOBS:
            assert schedule.run(job) == "ok", job.name
            assert schedule.run(job) == "ok", job.name  # safe to repeat
    messages = [r.getMessage() for r in caplog.records if r.name == "lenw.schedule"]
    for job in schedule.JOBS:
        assert f"Job {job.name} started" in messages
        assert any(m.startswith(f"Job {job.name} finished in") for m in messages)


@pytest.mark.django_db
def test_a_failing_job_is_logged_and_said(caplog, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(schedule, "call_command", broken)
    with caplog.at_level(logging.INFO, logger="lenw.schedule"):
        assert schedule.run(schedule.by_name("clearsessions")) == "failed"
        with pytest.raises(CommandError, match="clearsessions failed"):
            call_command("run_schedule", "--run", "clearsessions")
    assert any("Job clearsessions failed after" in r.getMessage() for r in caplog.records)
    with pytest.raises(CommandError, match="No job 'nightly'. The jobs: publish_scheduled"):
        call_command("run_schedule", "--run", "nightly")


@pytest.mark.django_db
def test_two_schedulers_run_a_planned_run_once():
    job = schedule.by_name("clearsessions")
    planned = timezone.now().replace(second=0, microsecond=0)
    assert schedule.run(job, planned=planned) == "ok"
    assert schedule.run(job, planned=planned) == "skipped"
    assert schedule.run(job, planned=planned + datetime.timedelta(minutes=1)) == "ok"


def test_the_scheduler_publishes_a_page_when_its_time_has_come(migrated_db, caplog):
    """The real scheduler, with publishing every second instead of every minute."""
    from cms.home.factories import HomePageFactory
    from cms.news.factories import NewsIndexPageFactory

    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-schedule")
    news_index = NewsIndexPageFactory(parent=home)
    item = NewsPageFactory(parent=news_index, title="Werkgevers tekenen in Zwolle", live=False)
    item.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
    item.save_revision().publish()  # planned: not live until publish_scheduled runs
    assert not type(item).objects.get(pk=item.pk).live
    fast = [schedule.Job("publish_scheduled", "publish_scheduled", {"second": "*"}, "test")]
    scheduler = schedule.build(BackgroundScheduler, jobs=fast)
    due = time.time() + 1.5  # a run finished after this began after the go-live time

    def finished_after_due():
        return [
            record
            for record in list(caplog.records)
            if record.getMessage().startswith("Job publish_scheduled finished")
            and record.created > due
        ]

    with caplog.at_level(logging.INFO, logger="lenw.schedule"):
        scheduler.start()
        try:
            # Wait on the scheduler's log, not the database: SQLite's shared in-memory test
            # database locks a table that the scheduler's thread is writing.
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and not finished_after_due():
                time.sleep(0.2)
        finally:
            scheduler.shutdown(wait=True)
    assert type(item).objects.get(pk=item.pk).live, "the scheduled page did not go live"
    assert any(r.getMessage().startswith("Job publish_scheduled finished") for r in caplog.records)


def test_the_schedule_can_be_listed(capsys):
    call_command("run_schedule", "--list")
    out = capsys.readouterr().out
    assert "0 6 * * *" in out and "taalakkoord_daily" in out
