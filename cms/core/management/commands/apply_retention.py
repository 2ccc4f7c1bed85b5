"""Remove or anonymise personal data past its retention period (see cms/core/retention.py)."""

from django.core.management.base import BaseCommand

from cms.core import retention


class Command(BaseCommand):
    help = (
        "Delete contact-form submissions, advice requests and finished task rows, and anonymise "
        "withdrawn or rejected organisations, once their retention periods have passed. "
        "Idempotent; the daily job runs it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count, change nothing.")

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        for name, count in retention.apply_all(dry_run=dry_run).items():
            verb = "would be handled" if dry_run else "handled"
            self.stdout.write(f"{name}: {count} {verb}")
