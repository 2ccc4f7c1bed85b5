"""Delete advice requests older than ADVICE_REQUEST_RETENTION_DAYS: personal data is not kept."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from cms.desks.models import AdviceRequest


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, **options):
        days = settings.ADVICE_REQUEST_RETENTION_DAYS
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = AdviceRequest.objects.filter(created_at__lt=cutoff)
        count = old.count()
        if options["dry_run"]:
            self.stdout.write(f"{count} advice requests are older than {days} days.")
            return
        old.delete()
        self.stdout.write(f"Deleted {count} advice requests older than {days} days.")
