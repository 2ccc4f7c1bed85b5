"""Delete advice requests older than ADVICE_REQUEST_RETENTION_DAYS: personal data is not kept.

The daily job does this with the other retention rules (`apply_retention`); this command runs
the advice-request rule alone.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.core import retention


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, **options):
        days = settings.ADVICE_REQUEST_RETENTION_DAYS
        count = retention.apply_all(dry_run=options["dry_run"], only={"advice requests"})[
            "advice requests"
        ]
        if options["dry_run"]:
            self.stdout.write(f"{count} advice requests are older than {days} days.")
        else:
            self.stdout.write(f"Deleted {count} advice requests older than {days} days.")
