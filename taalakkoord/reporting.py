"""Yearly progress reports: due dates, reminders, and moving members between active states.

`run_daily` is what `manage.py taalakkoord_daily` runs. It may run any number of times a day:
each reminder is logged with a unique key before it is sent, so none goes out twice.
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from employers.models import EmailKind
from employers.services import email_organisation

from .models import Activity, Commitment, CommitmentStatus, ReminderLog
from .models.reports import ReminderKind


def add_years(day, years):
    """The same day `years` later; 29 February becomes 28 February in other years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def thresholds():
    return (
        settings.TAALAKKOORD_REMINDER_DAYS_BEFORE,
        settings.TAALAKKOORD_OVERDUE_AFTER_DAYS,
        settings.TAALAKKOORD_INACTIVE_AFTER_DAYS,
    )


def activity_for(days_late):
    _before, overdue_after, inactive_after = thresholds()
    if days_late >= inactive_after:
        return Activity.INACTIVE
    if days_late >= overdue_after:
        return Activity.OVERDUE
    return Activity.ACTIVE


def reminder_for(days_late):
    before, overdue_after, inactive_after = thresholds()
    if days_late >= inactive_after:
        return ReminderKind.INACTIVE
    if days_late >= overdue_after:
        return ReminderKind.OVERDUE
    if days_late >= 0:
        return ReminderKind.DUE
    if days_late >= -before:
        return ReminderKind.UPCOMING
    return None


def run_daily(today=None):
    """Update every approved member's activity and send the reminders that are due today."""
    today = today or timezone.localdate()
    changed = sent = 0
    commitments = Commitment.objects.filter(
        status=CommitmentStatus.APPROVED, next_report_due__isnull=False
    ).select_related("organisation")
    for commitment in commitments.iterator():
        days_late = (today - commitment.next_report_due).days
        activity = activity_for(days_late)
        if activity != commitment.activity:
            # Inactive from today (its public profile says so); any other state takes part.
            lapsed_on = (commitment.lapsed_on or today) if activity == Activity.INACTIVE else None
            Commitment.objects.filter(pk=commitment.pk).update(
                activity=activity, lapsed_on=lapsed_on
            )
            commitment.activity, commitment.lapsed_on = activity, lapsed_on
            changed += 1
        kind = reminder_for(days_late)
        if kind and _log_reminder(commitment, kind):
            send_reminder(commitment, kind)
            sent += 1
    if changed:
        from cms.core.pagecache import purge

        from .monitor.cache import bump

        bump()  # activities changed with update(), which sends no signals
        purge()  # inactive members leave the directory and the counter
    return {"changed": changed, "sent": sent}


def _log_reminder(commitment, kind):
    """True when this reminder had not been logged (and so not sent) before."""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(
                commitment=commitment, due_date=commitment.next_report_due, kind=kind
            )
    except IntegrityError:
        return False
    return True


def send_reminder(commitment, kind, sent_by=None):
    """Email the member's administrators a progress-report reminder, recorded on its timeline."""
    from .figures import Goal

    latest = commitment.reports.order_by("-submitted_at", "-pk").first()
    goal = (
        Goal(
            commitment.employees_to_reach,
            commitment.reach_by,
            latest.employees_reached if latest else None,
        )
        if commitment.employees_to_reach
        else None
    )
    context = {
        "commitment": commitment,
        "organisation": commitment.organisation,
        "goal": goal,
        "kind": kind,
        "report_url": report_url(commitment.language),
        "inactive_after": settings.TAALAKKOORD_INACTIVE_AFTER_DAYS,
    }
    return email_organisation(
        commitment.organisation,
        "taalakkoord/email/reminder",
        context,
        commitment.language,
        EmailKind.REMINDER,
        sent_by=sent_by,
    )


def report_url(language):
    """The full address of the progress report form, in `language`."""
    with translation.override(language):
        return settings.SITE_BASE_URL.rstrip("/") + reverse("taalakkoord:report")


def can_report(commitment, today=None):
    """A member may report from two months before its due date."""
    today = today or timezone.localdate()
    return (
        commitment.status == CommitmentStatus.APPROVED
        and commitment.next_report_due is not None
        and today >= commitment.next_report_due - datetime.timedelta(days=60)
    )


def record_report(commitment, report):
    """After a report: the next one is due a year later, and the member is active again."""
    commitment.next_report_due = add_years(commitment.next_report_due, 1)
    commitment.activity = Activity.ACTIVE
    commitment.lapsed_on = None
    commitment.save(update_fields=["next_report_due", "activity", "lapsed_on", "updated_at"])
