"""Daily upkeep of the Taalakkoord: progress-report reminders and activity changes."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from taalakkoord.reporting import run_daily


class Command(BaseCommand):
    help = (
        "Send progress-report reminders and mark members overdue or inactive. "
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
