"""How long personal data is kept: one rule per kind of data, all run by `apply_retention`.

Each app registers the rules for its own data (in its AppConfig.ready); the daily job
(`taalakkoord_daily`) runs them all, and `manage.py apply_retention --dry-run` shows what they
would remove. Every rule is idempotent: run twice, the second run finds nothing.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone


@dataclass(frozen=True)
class Rule:
    name: str
    days_setting: str  # the setting that says after how many days
    apply: object  # apply(cutoff, dry_run) -> how many rows it removed or anonymised

    @property
    def days(self):
        return getattr(settings, self.days_setting)


_rules = {}


def register_retention(name, days_setting, apply):
    _rules[name] = Rule(name, days_setting, apply)


def rules():
    return list(_rules.values())


def apply_all(now=None, dry_run=False, only=None):
    """Run every rule (or those named in `only`); {rule name: count}."""
    now = now or timezone.now()
    results = {}
    for rule in rules():
        if only and rule.name not in only:
            continue
        cutoff = now - datetime.timedelta(days=rule.days)
        results[rule.name] = rule.apply(cutoff, dry_run)
    return results


def delete_older(queryset, dry_run):
    """Delete the rows of `queryset` (or only count them); how many.

    Wagtail's change log keeps each row's name (an advice request's is the requester's), so the
    rows' log entries go with them."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    count = queryset.count()
    if not dry_run and count:
        ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(queryset.model), object_id__in=ids
        ).delete()
        queryset.delete()
    return count


def _form_submissions(cutoff, dry_run):
    from wagtail.contrib.forms.models import FormSubmission

    return delete_older(FormSubmission.objects.filter(submit_time__lt=cutoff), dry_run)


def _task_results(cutoff, dry_run):
    """Finished task rows keep their arguments: names, addresses, questions in emails."""
    from django_tasks_db.models import DBTaskResult

    finished = DBTaskResult.objects.filter(finished_at__lt=cutoff, finished_at__isnull=False)
    return delete_older(finished, dry_run)


def connect():
    register_retention(
        "contact form submissions", "FORM_SUBMISSION_RETENTION_DAYS", _form_submissions
    )
    register_retention("finished background tasks", "TASK_RESULT_RETENTION_DAYS", _task_results)
