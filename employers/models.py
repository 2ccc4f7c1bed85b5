"""Organisations that join the Taalakkoord, and the people who act for them."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from cms.core.status import Status

from .validators import kvk_validator, validate_logo


class OrganisationKind(models.TextChoices):
    EMPLOYER = "werkgever", _("Employer")
    BRANCH = "branche", _("Branch organisation")
    UMBRELLA = "koepel", _("Umbrella organisation")


class Sector(models.TextChoices):
    """The sections (A–U) of the Dutch Standard Industrial Classification (SBI)."""

    A = "A", _("Agriculture, forestry and fishing")
    B = "B", _("Mining and quarrying")
    C = "C", _("Manufacturing")
    D = "D", _("Energy supply")
    E = "E", _("Water supply and waste management")
    F = "F", _("Construction")
    G = "G", _("Wholesale and retail trade")
    H = "H", _("Transportation and storage")
    I = "I", _("Accommodation and food service")  # noqa: E741
    J = "J", _("Information and communication")
    K = "K", _("Financial institutions")
    L = "L", _("Renting and trading of real estate")
    M = "M", _("Consultancy, research and other specialised business services")
    N = "N", _("Renting and leasing of tangible goods and other business support services")
    O = "O", _("Public administration and services")  # noqa: E741
    P = "P", _("Education")
    Q = "Q", _("Human health and social work activities")
    R = "R", _("Culture, sports and recreation")
    S = "S", _("Other service activities")
    T = "T", _("Activities of households")
    U = "U", _("Extraterritorial organisations")


class SizeBand(models.TextChoices):
    MICRO = "1-9", _("1 to 9 employees")
    SMALL = "10-49", _("10 to 49 employees")
    MEDIUM = "50-249", _("50 to 249 employees")
    LARGE = "250+", _("250 employees or more")

    @classmethod
    def fits(cls, band, employees):
        """Whether `employees` falls in `band` (an unknown number fits any band)."""
        if not employees:
            return True
        low, _dash, high = band.rstrip("+").partition("-")
        return int(low) <= employees <= (int(high) if high else employees)


class Organisation(models.Model):
    """An employer, branch organisation or umbrella organisation, identified by its KvK number."""

    # Indexed: the member directory lists public members by name, a page at a time.
    name = models.CharField(_("name"), max_length=200, db_index=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    kvk_number = models.CharField(
        _("KvK number"),
        max_length=8,
        unique=True,
        validators=[kvk_validator],
        error_messages={"unique": _("An organisation with this KvK number is already registered.")},
    )
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    sector = models.CharField(_("sector"), max_length=1, choices=Sector.choices)
    size_band = models.CharField(_("size"), max_length=10, choices=SizeBand.choices)
    region = models.ForeignKey(
        "core.Region",
        on_delete=models.PROTECT,
        related_name="organisations",
        verbose_name=_("region"),
    )
    place = models.CharField(_("place"), max_length=100)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to="logos/",
        blank=True,
        validators=[validate_logo],
        help_text=_("PNG, JPEG or WebP, at most 2 MB."),
    )
    description = models.TextField(
        _("what we do"),
        blank=True,
        max_length=2000,
        help_text=_("A few sentences about your organisation and why you join."),
    )
    referred_by = models.ForeignKey(
        "ambassadors.Ambassador",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referrals",
        verbose_name=_("brought in by ambassador"),
    )
    via = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="brought_in",
        verbose_name=_("joined through"),
        help_text=_("The branch or umbrella organisation whose invitation it signed up through."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Set once the retention period after leaving or rejection has passed (taalakkoord.privacy).
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        base = slugify(self.name)[:200] or "organisatie"
        slug, number = base, 2
        while Organisation.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug

    @property
    def brings_in_members(self):
        """Branch and umbrella organisations invite the companies they represent."""
        return self.kind in (OrganisationKind.BRANCH, OrganisationKind.UMBRELLA)

    def membership_display(self):
        """The Taalakkoord status, with the member number once there is one."""
        commitment = getattr(self, "commitment", None)
        if commitment is None:
            return Status(_("Not started"), "draft")
        badge = commitment.status_badge
        if commitment.member_number:
            label = _("%(status)s, member number %(number)s") % {
                "status": badge.label,
                "number": commitment.member_number,
            }
            return Status(label, badge.tone)
        return badge

    membership_display.short_description = _("membership")

    def admin_emails(self):
        return list(self.memberships.filter(role=Role.ADMIN).values_list("user__email", flat=True))


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    COLLEAGUE = "colleague", _("Colleague")


class Membership(models.Model):
    """A person acting for an organisation; one organisation per person."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.COLLEAGUE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"

    @property
    def is_admin(self):
        return self.role == Role.ADMIN


class Invitation(models.Model):
    """An invitation by email for a colleague to join an organisation."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email address"))
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")

    def __str__(self):
        return f"{self.email} → {self.organisation}"


class AccessRequest(models.Model):
    """Someone asks the admins of an existing organisation to be let in."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="access_requests"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="access_requests"
    )
    message = models.TextField(_("message"), blank=True, max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    approved = models.BooleanField(null=True)

    class Meta:
        verbose_name = _("access request")

    def __str__(self):
        return f"{self.user} → {self.organisation}"


class ProfileChange(models.Model):
    """A change to a member's public name, logo, website or description, waiting for the team.

    Members that are already public cannot change what the directory shows on their own; the
    national team checks the change first.
    """

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="profile_changes",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=200)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("what we do"), blank=True, max_length=2000)
    logo = models.ImageField(
        _("new logo"), upload_to="logos/", blank=True, validators=[validate_logo]
    )
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)
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
        help_text=_("Why the change was not approved. The member reads this in the email."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("profile change")
        verbose_name_plural = _("profile changes")

    def __str__(self):
        return f"{self.organisation}: {self.name}"

    def decision_display(self):
        if self.decided_at is None:
            return Status(_("Waiting for a decision"), "waiting")
        return (
            Status(_("Approved"), "success") if self.approved else Status(_("Rejected"), "danger")
        )

    decision_display.short_description = _("decision")

    def changed_fields(self):
        """The names of what the change would change (name, website, description, logo)."""
        organisation = self.organisation
        changed = {
            field
            for field in ("name", "website", "description")
            if getattr(self, field) != getattr(organisation, field)
        }
        if self.logo:
            changed.add("logo")
        return changed

    def apply(self):
        organisation = self.organisation
        organisation.name = self.name
        organisation.website = self.website
        organisation.description = self.description
        if self.logo:
            organisation.logo = self.logo
        organisation.save()


class OrganisationNote(models.Model):
    """A note by the national team on an organisation. Only the team sees it: it is in no
    export, email or page of the member."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="notes", verbose_name=_("organisation")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, verbose_name=_("by")
    )
    text = models.TextField(_("note"), max_length=2000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")

    def __str__(self):
        return f"{self.organisation}: {self.text[:40]}"


class EmailKind(models.TextChoices):
    RECEIPT = "receipt", _("Receipt of the application")
    DECISION = "decision", _("Decision on the application")
    REMINDER = "reminder", _("Progress report reminder")
    PROFILE = "profile", _("Decision on a profile change")
    MESSAGE = "message", _("Message from the national team")
    STORY = "story", _("Decision on a story")


class SentEmail(models.Model):
    """An email the site sent to an organisation's administrators: its subject and to whom,
    so the national team sees it on the organisation's timeline (the text is not kept)."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="sent_emails",
        verbose_name=_("organisation"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EmailKind.choices)
    subject = models.CharField(_("subject"), max_length=300)
    recipients = models.TextField(_("to"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, verbose_name=_("by")
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("email sent")
        verbose_name_plural = _("emails sent")

    def __str__(self):
        return self.subject
