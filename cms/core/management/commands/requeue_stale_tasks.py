"""Put background tasks back in the queue whose worker stopped half-way (killed, out of memory,
machine restarted). django-tasks-db leaves such a task marked "running" for ever; after this it
runs again. Our tasks are safe to run twice (a certificate is made once, an email task either
sent or not)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult


class Command(BaseCommand):
    help = "Queue again tasks that have been 'running' for longer than any task takes."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=settings.TASKS_STALE_AFTER_MINUTES,
            help="Minutes a task must have been running (default: TASKS_STALE_AFTER_MINUTES). "
            "0 requeues every running task: only when no worker is running, as at worker start "
            "on a single machine.",
        )

    def handle(self, *args, older_than, **options):
        cutoff = timezone.now() - datetime.timedelta(minutes=older_than)
        stale = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lte=cutoff)
        count = stale.update(status=TaskResultStatus.READY, started_at=None)
        self.stdout.write(f"{count} stopped task(s) queued again.")
