"""Certificates for members: a PDF with a code anyone can verify."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.core.status import Status

from .commitments import Activity, CommitmentStatus

# Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 16  # 80 bits: far too many to guess


def new_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(text):
    """Accept a code typed with spaces, lower case or without dashes."""
    raw = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    raw = raw.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(raw) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in raw):
        return None
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def certificate_path(instance, filename):
    return f"private/certificates/{instance.code}.pdf"


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    SUPERSEDED = "superseded", _("Replaced by a newer certificate")
    WITHDRAWN = "withdrawn", _("The organisation no longer takes part")
    NOT_ACTIVE = "not_active", _("Not active: progress report overdue")


class Certificate(models.Model):
    """One issued certificate. A new name or language gives a new one; old ones stay verifiable."""

    commitment = models.ForeignKey(
        "taalakkoord.Commitment", on_delete=models.CASCADE, related_name="certificates"
    )
    code = models.CharField(_("verification code"), max_length=24, unique=True, default=new_code)
    language = models.CharField(_("language"), max_length=5)
    organisation_name = models.CharField(_("organisation name"), max_length=200)
    member_number = models.PositiveIntegerField(_("member number"))
    signed_on = models.DateField(_("date of signing"))
    pdf = models.FileField(_("PDF"), upload_to=certificate_path, blank=True)
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    superseded_at = models.DateTimeField(_("replaced"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return f"{self.organisation_name} ({self.code})"

    @property
    def status(self):
        if self.superseded_at:
            return CertificateStatus.SUPERSEDED
        if self.commitment.status != CommitmentStatus.APPROVED:
            return CertificateStatus.WITHDRAWN
        if self.commitment.activity != Activity.ACTIVE:
            return CertificateStatus.NOT_ACTIVE
        return CertificateStatus.VALID

    @property
    def status_badge(self):
        return Status(self.status.label, CERTIFICATE_TONES[self.status])


CERTIFICATE_TONES = {
    CertificateStatus.VALID: "success",
    CertificateStatus.SUPERSEDED: "inactive",
    CertificateStatus.WITHDRAWN: "danger",
    CertificateStatus.NOT_ACTIVE: "warning",
}


class CertificateRun(models.Model):
    """A bulk regeneration started by the national team, with its progress."""

    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    # Members whose name or language changed get a new certificate (a new code), not the old
    # one made again: counted, so the team can tell what the run did.
    replaced = models.PositiveIntegerField(default=0)
    # Which members this run has done: a run taken up again after its worker died goes on with
    # the others, and `done` counts members, never a member twice.
    remade = models.ManyToManyField(
        "taalakkoord.Commitment", related_name="+", blank=True, editable=False
    )
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.done}/{self.total}"

    @property
    def percentage(self):
        return min(100, round(100 * self.done / self.total)) if self.total else 100
