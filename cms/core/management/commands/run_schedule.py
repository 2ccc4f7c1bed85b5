"""Run the site's scheduled jobs (cms/core/schedule.py) until stopped; or list or run one."""

import contextlib
import logging
import signal

from django.core.management.base import BaseCommand, CommandError

from cms.core import schedule

logger = logging.getLogger("lenw.schedule")


class Command(BaseCommand):
    help = (
        "Run the scheduled jobs (publishing, the daily Taalakkoord job, retention, search "
        "index, sessions) at their times until stopped. --list shows them, --run NAME runs one "
        "now."
    )

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="Show the jobs and their times.")
        parser.add_argument("--run", metavar="NAME", help="Run one job now and stop.")

    def handle(self, *args, **options):
        if options["list"]:
            for job in schedule.JOBS:
                self.stdout.write(f"{job.cron:<16} {job.name:<22} {job.purpose}")
            return
        if options["run"]:
            try:
                job = schedule.by_name(options["run"])
            except KeyError:
                names = ", ".join(job.name for job in schedule.JOBS)
                raise CommandError(f"No job {options['run']!r}. The jobs: {names}.") from None
            if schedule.run(job) != "ok":
                raise CommandError(f"Job {job.name} failed; the log says why.")
            return
        scheduler = schedule.build()
        signal.signal(signal.SIGTERM, lambda *_: scheduler.shutdown(wait=False))
        for job in scheduler.get_jobs():
            logger.info("Scheduled %s, next run %s", job.name, job.trigger)
        logger.info("Scheduler started with %s jobs", len(schedule.JOBS))
        with contextlib.suppress(KeyboardInterrupt, SystemExit):
            scheduler.start()
        logger.info("Scheduler stopped")
