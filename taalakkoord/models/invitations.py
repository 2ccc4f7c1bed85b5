"""Invitations from a branch or umbrella organisation to the companies it represents.

A member that is a branch or umbrella organisation invites its member companies by email from
Mijn Taalakkoord. A company that signs up through the invitation is linked to it
(`Organisation.via`): both profiles show the link, the monitor counts it as "via a branch or
umbrella organisation", and the exports say so.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.core.status import Status

from .commitments import Activity, CommitmentStatus


class MemberInvitation(models.Model):
    umbrella = models.ForeignKey(
        "employers.Organisation",
        on_delete=models.CASCADE,
        related_name="member_invitations",
        verbose_name=_("invited by"),
    )
    company_name = models.CharField(_("company"), max_length=200)
    # Blank for a company the organisation named when it signed (before invitations existed),
    # until it is invited.
    email = models.EmailField(_("email address"), blank=True)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    sent_at = models.DateTimeField(_("invited"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    organisation = models.ForeignKey(
        "employers.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("signed up as"),
    )

    class Meta:
        ordering = ["company_name", "pk"]
        verbose_name = _("member invitation")
        verbose_name_plural = _("member invitations")

    def __str__(self):
        return f"{self.company_name} ← {self.umbrella}"

    @property
    def is_open(self):
        """Sent, not withdrawn, and nobody signed up through it yet: its link still works."""
        return (
            self.sent_at is not None and self.withdrawn_at is None and self.organisation_id is None
        )

    def status(self):
        """How far the company got: not invited yet, invited, signing up, or a member."""
        if self.organisation_id is None:
            if self.withdrawn_at is not None:
                return Status(_("Invitation withdrawn"), "inactive")
            if self.sent_at is None:
                return Status(_("Not invited yet"), "draft")
            return Status(_("Invited"), "waiting")
        commitment = getattr(self.organisation, "commitment", None)
        if commitment is not None and commitment.status == CommitmentStatus.APPROVED:
            if commitment.activity == Activity.INACTIVE:
                return Status(_("No longer active"), "inactive")
            return Status(_("Member"), "success")
        if commitment is not None and commitment.status == CommitmentStatus.WITHDRAWN:
            return Status(_("Withdrawn"), "inactive")
        return Status(_("Signing up"), "info")

    status.short_description = _("status")
