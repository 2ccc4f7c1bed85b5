"""Yearly progress reports, and the reminders sent about them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProgressReport(models.Model):
    """What a member did in one year: people reached, measures carried out, a short story."""

    commitment = models.ForeignKey(
        "taalakkoord.Commitment", on_delete=models.CASCADE, related_name="reports"
    )
    due_date = models.DateField(_("due date"))
    employees_reached = models.PositiveIntegerField(_("employees reached this year"))
    measures_done = models.ManyToManyField(
        "taalakkoord.Measure", blank=True, verbose_name=_("measures carried out")
    )
    story = models.TextField(_("our story"), blank=True, max_length=3000)
    story_public = models.BooleanField(_("our story may be published"), default=False)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        ordering = ["-due_date"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "due_date"], name="one_report_per_due_date"
            )
        ]
        # The progress monitor counts reports sent in a period or in this year.
        # Each member's latest report (taalakkoord/figures.py) is found along the second.
        indexes = [
            models.Index(fields=["submitted_at"], name="report_submitted_at"),
            models.Index(fields=["commitment", "submitted_at"], name="report_member_submitted"),
        ]

    def __str__(self):
        return f"{self.commitment} ({self.due_date:%Y})"

    def measures_done_names(self):
        """The measures carried out, as one line of text (prefetch `measures_done`)."""
        return ", ".join(measure.name for measure in self.measures_done.all())


class ReminderKind(models.TextChoices):
    UPCOMING = "upcoming", _("Report due soon")
    DUE = "due", _("Report due")
    OVERDUE = "overdue", _("Report overdue")
    INACTIVE = "inactive", _("Member made inactive")


class ReminderLog(models.Model):
    """One reminder sent for one due date; the unique key keeps the daily run idempotent."""

    commitment = models.ForeignKey(
        "taalakkoord.Commitment", on_delete=models.CASCADE, related_name="reminders"
    )
    due_date = models.DateField()
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["commitment", "due_date", "kind"], name="one_reminder_per_kind"
            )
        ]

    def __str__(self):
        return f"{self.commitment}: {self.kind} ({self.due_date})"
