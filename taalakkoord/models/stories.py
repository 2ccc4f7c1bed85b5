"""Members' stories: a progress report's story, published on the member's profile once the
national team approves it (the same review as profile changes)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.core.status import Status


class Story(models.Model):
    report = models.OneToOneField(
        "taalakkoord.ProgressReport",
        on_delete=models.CASCADE,
        related_name="public_story",
        verbose_name=_("progress report"),
    )
    commitment = models.ForeignKey(
        "taalakkoord.Commitment",
        on_delete=models.CASCADE,
        related_name="stories",
        verbose_name=_("member"),
    )
    text = models.TextField(_("story"), max_length=3000)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    approved = models.BooleanField(_("approved"), null=True)
    reason = models.TextField(
        _("reason"),
        blank=True,
        max_length=1000,
        help_text=_("Why the story is not published. The member reads this in the email."),
    )
    featured = models.BooleanField(
        _("on the home page"),
        default=False,
        help_text=_("The home page shows the newest approved story marked like this."),
    )
    practice = models.ForeignKey(
        "goodpractices.GoodPracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("good practice made from it"),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(decided_at__isnull=True),
                name="story_waiting",
            )
        ]

    def __str__(self):
        return f"{self.commitment} ({self.created_at:%Y})"

    def decision_display(self):
        if self.decided_at is None:
            return Status(_("Waiting for a decision"), "waiting")
        if self.approved:
            return Status(_("Published"), "success")
        return Status(_("Not published"), "danger")

    decision_display.short_description = _("decision")
