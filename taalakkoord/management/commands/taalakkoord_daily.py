"""Daily upkeep: progress-report reminders, activity changes, and the retention of personal data."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cms.core import retention
from taalakkoord.monitor.cache import current_tally
from taalakkoord.reporting import run_daily


class Command(BaseCommand):
    help = (
        "Send progress-report reminders, mark members overdue or inactive, and apply the "
        "retention periods of personal data (apply_retention), and make the progress "
        "monitor's tally for the day. "
        "Safe to run more than once a day; schedule it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Run as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, **options):
        today = None
        if options["date"]:
            try:
                today = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise CommandError("Give the date as YYYY-MM-DD.") from error
        result = run_daily(today)
        self.stdout.write(
            f"{result['sent']} reminders sent, {result['changed']} members changed activity."
        )
        now = (
            timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
            if today
            else None
        )
        for name, count in retention.apply_all(now=now).items():
            self.stdout.write(f"Retention, {name}: {count} handled.")
        # The monitor's numbers for the new day ("due soon" moves on): ready before anyone looks.
        current_tally(today or timezone.localdate())
        self.stdout.write("Progress monitor tally made.")
