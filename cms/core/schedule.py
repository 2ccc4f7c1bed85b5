"""The jobs the site needs on a clock, in one list, run by `manage.py run_schedule`.

The scheduler is APScheduler in a process of its own (`make prod` starts it beside gunicorn and
the task worker): the same on a single machine, a container platform or a cluster, with the
schedule in the code and tested, instead of crontab lines on each machine. Each job is a
management command that is safe to run twice. With several schedulers (one per machine), the
shared cache makes sure one of them runs each planned run.

Times are Dutch time (TIME_ZONE). Run a job by hand with `manage.py run_schedule --run NAME`.
"""

import logging
import time
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.management import call_command
from django.db import close_old_connections

logger = logging.getLogger("lenw.schedule")


@dataclass(frozen=True)
class Job:
    name: str
    command: str
    when: dict  # APScheduler cron fields: minute, hour, day_of_week, ...
    purpose: str
    args: tuple = field(default_factory=tuple)

    @property
    def cron(self):
        """The schedule as a crontab line's first five fields, for people."""
        return " ".join(
            str(self.when.get(part, "*"))
            for part in ("minute", "hour", "day", "month", "day_of_week")
        )


JOBS = [
    Job(
        "publish_scheduled",
        "publish_scheduled",
        {"minute": "*"},
        "Publishes pages and snippets whose go-live time has come and unpublishes expired ones.",
    ),
    Job(
        "requeue_stale_tasks",
        "requeue_stale_tasks",
        {"minute": "*/10"},
        "Queues again background tasks whose worker stopped half-way.",
    ),
    Job(
        "taalakkoord_daily",
        "taalakkoord_daily",
        {"hour": 6, "minute": 0},
        "Progress-report reminders, overdue and inactive members, retention of personal data "
        "(apply_retention, advice requests included) and the monitor's tally for the day.",
    ),
    Job(
        "clearsessions",
        "clearsessions",
        {"hour": 3, "minute": 15},
        "Removes expired sessions from the database.",
    ),
    Job(
        "update_index",
        "update_index",
        {"hour": 3, "minute": 30},
        "Rebuilds the search index, so a page missed by a failed save is found again.",
    ),
]

# Project commands that are not on the clock, and why (a test keeps this list honest).
NOT_SCHEDULED = {
    "load_demo_content": "demo content, by hand (make run, make prod)",
    "apply_retention": "run by taalakkoord_daily",
    "purge_advice_requests": "one retention rule alone, by hand; taalakkoord_daily applies it",
    "run_schedule": "the scheduler itself",
}


def by_name(name):
    for job in JOBS:
        if job.name == name:
            return job
    raise KeyError(name)


def run(job, planned=None):
    """Run one job: log its start, end and outcome. With `planned` (the run's planned time), a
    run another scheduler already took is skipped. Returns "ok", "failed" or "skipped"."""
    if planned is not None and not cache.add(
        f"schedule:{job.name}:{planned:%Y%m%d%H%M%S}", "taken", 6 * 60 * 60
    ):
        logger.info("Job %s skipped: another scheduler runs it", job.name)
        return "skipped"
    close_old_connections()
    started = time.monotonic()
    logger.info("Job %s started", job.name)
    try:
        call_command(job.command, *job.args, verbosity=0)
    except Exception:
        logger.exception("Job %s failed after %.1f s", job.name, time.monotonic() - started)
        return "failed"
    finally:
        close_old_connections()
    logger.info("Job %s finished in %.1f s", job.name, time.monotonic() - started)
    return "ok"


def build(scheduler_class=None, jobs=None):
    """An APScheduler scheduler with every job on its cron trigger in Dutch time."""
    from apscheduler.schedulers.blocking import BlockingScheduler
    from apscheduler.triggers.cron import CronTrigger
    from django.conf import settings

    scheduler = (scheduler_class or BlockingScheduler)(timezone=settings.TIME_ZONE)
    for job in jobs or JOBS:
        trigger = CronTrigger(timezone=settings.TIME_ZONE, **job.when)
        scheduler.add_job(
            planned_run,
            trigger,
            args=[job.name, jobs],
            id=job.name,
            name=job.name,
            max_instances=1,  # a long run is never overtaken by the next
            coalesce=True,  # after a pause, missed runs become one
            misfire_grace_time=300,
        )
    return scheduler


def planned_run(name, jobs=None):
    from django.utils import timezone

    job = next(job for job in (jobs or JOBS) if job.name == name)
    # The planned run, to the minute (or the second for a job that runs every second), so
    # schedulers on several machines whose clocks differ a little agree on it.
    planned = timezone.now().replace(microsecond=0)
    if "second" not in job.when:
        planned = planned.replace(second=0)
    return run(job, planned=planned)
