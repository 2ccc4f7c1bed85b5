"""An organisation's commitment to the Taalakkoord, from draft to approved member."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.core.status import Status
from employers.validators import validate_pdf


def plan_upload_path(instance, filename):
    """Plans are private: a random name, served only through a view that checks permissions."""
    return f"private/plans/{uuid.uuid4().hex}.pdf"


class CommitmentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Activity(models.TextChoices):
    """Whether an approved member keeps reporting its progress each year."""

    ACTIVE = "active", _("Active")
    OVERDUE = "overdue", _("Progress report overdue")
    INACTIVE = "inactive", _("Inactive")


class CommitmentQuerySet(models.QuerySet):
    def counting(self):
        """Members that count towards the target: approved and not inactive."""
        return self.filter(status=CommitmentStatus.APPROVED).exclude(activity=Activity.INACTIVE)

    def public(self):
        """Members shown in the public directory: counting, and consented to publication."""
        return self.counting().filter(consent_publish=True)

    def lapsed(self):
        """Former members whose profile stays in the open: they signed and agreed to publication,
        but became inactive or withdrew (until their organisation is anonymised)."""
        return self.filter(
            Q(status=CommitmentStatus.APPROVED, activity=Activity.INACTIVE)
            | Q(status=CommitmentStatus.WITHDRAWN),
            signed_on__isnull=False,
            consent_publish=True,
            organisation__anonymised_at__isnull=True,
        )

    def listed(self):
        """Every profile in the open: current members (`public`) and former ones (`lapsed`)."""
        return self.public() | self.lapsed()


class Commitment(models.Model):
    """What an organisation promises: measures, numbers, a plan, and its signature."""

    organisation = models.OneToOneField(
        "employers.Organisation",
        on_delete=models.CASCADE,
        related_name="commitment",
        verbose_name=_("organisation"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CommitmentStatus.choices, default=CommitmentStatus.DRAFT
    )
    activity = models.CharField(
        _("activity"),
        max_length=20,
        choices=Activity.choices,
        default=Activity.ACTIVE,
        help_text=_(
            "Inactive members (no progress report for too long) leave the directory and counter."
        ),
    )
    next_report_due = models.DateField(_("next progress report due"), null=True, blank=True)
    # Set when a member becomes inactive or withdraws, cleared when it takes part again: its
    # public profile says since when the membership is not active (never why).
    lapsed_on = models.DateField(_("not active since"), null=True, blank=True)
    measures = models.ManyToManyField("taalakkoord.Measure", blank=True, verbose_name=_("measures"))
    other_measures = models.TextField(_("other measures"), blank=True, max_length=1000)
    employees_total = models.PositiveIntegerField(_("employees in total"), null=True)
    employees_in_scope = models.PositiveIntegerField(_("employees with a language need"), null=True)
    employees_to_reach = models.PositiveIntegerField(_("employees to reach"), null=True)
    reach_by = models.DateField(_("reached by"), null=True)
    plan_text = models.TextField(_("plan of action"), blank=True, max_length=5000)
    plan_file = models.FileField(
        _("plan of action (PDF)"), upload_to=plan_upload_path, blank=True, validators=[validate_pdf]
    )
    declaration_accepted = models.BooleanField(_("declaration signed"), default=False)
    consent_publish = models.BooleanField(_("name and logo may be published"), default=False)
    signatory_name = models.CharField(_("signed by"), max_length=150, blank=True)
    signatory_role = models.CharField(_("role of the signatory"), max_length=150, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="nl"
    )
    member_number = models.PositiveIntegerField(
        _("member number"), unique=True, null=True, blank=True
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    signed_on = models.DateField(_("date of signing"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_commitments",
        verbose_name=_("handled by"),
        help_text=_("The national team member who reviews this application."),
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        # The monitor's funnel counts the commitments started in a period. (Status and activity
        # have few values; an index on them makes SQLite's plans slower, not faster.)
        indexes = [
            models.Index(fields=["created_at"], name="commitment_created_at"),
            # The work lists: waiting longest first, overdue by due date (monitor, admin home).
            # Partial, so that counting the many approved members still reads the table.
            models.Index(
                fields=["submitted_at"],
                condition=models.Q(status="submitted"),
                name="commitment_waiting",
            ),
            models.Index(
                fields=["next_report_due"],
                condition=models.Q(activity="overdue"),
                name="commitment_overdue",
            ),
        ]
        permissions = [
            ("review_commitment", _("Can approve or reject commitments")),
            ("view_all_regions", _("Can see the members and figures of every region")),
        ]

    def __str__(self):
        return str(self.organisation)

    @property
    def is_lapsed(self):
        """A member that signed but no longer takes part: inactive, or withdrawn."""
        return self.signed_on is not None and (
            self.status == CommitmentStatus.WITHDRAWN
            or (self.status == CommitmentStatus.APPROVED and self.activity == Activity.INACTIVE)
        )

    @property
    def status_badge(self):
        """The status as the status component shows it; for a member, whether it keeps reporting."""
        if self.status == CommitmentStatus.APPROVED:
            return Status(self.get_activity_display(), ACTIVITY_TONES[self.activity])
        return Status(self.get_status_display(), STATUS_TONES[self.status])


STATUS_TONES = {
    CommitmentStatus.DRAFT: "draft",
    CommitmentStatus.SUBMITTED: "waiting",
    CommitmentStatus.APPROVED: "success",
    CommitmentStatus.REJECTED: "danger",
    CommitmentStatus.WITHDRAWN: "inactive",
}
ACTIVITY_TONES = {
    Activity.ACTIVE: "success",
    Activity.OVERDUE: "warning",
    Activity.INACTIVE: "inactive",
}


class StatusChange(models.Model):
    """One change of a commitment's status: who, when, from, to and why."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("from"), max_length=20, choices=CommitmentStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=CommitmentStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("by"),
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("status change")

    def __str__(self):
        return f"{self.commitment}: {self.from_status} → {self.to_status}"


class MemberNumberCounter(models.Model):
    """The last member number given out; locked while the next one is assigned."""

    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return str(self.last_number)
