"""Emails to an organisation's administrators, each recorded on its timeline; decisions on a
member's proposed profile change."""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from cms.core.emails import queue, send_templated

from .models import EmailKind, SentEmail


class AlreadyDecided(Exception):
    pass


def email_organisation(organisation, template, context, language, kind, sent_by=None):
    """Send a templated email to the organisation's administrators and record it."""
    recipients = organisation.admin_emails()
    subject = send_templated(template, context, recipients, language)
    if subject:
        _record(organisation, kind, subject, recipients, sent_by)
    return subject


def send_message(organisation, subject, body, language, sent_by, kind=EmailKind.MESSAGE):
    """A message the national team wrote (or edited) in the admin, to the administrators."""
    recipients = organisation.admin_emails()
    if not recipients:
        return None
    with translation.override(language):
        queue(subject, body, recipients)
    return _record(organisation, kind, " ".join(subject.split()), recipients, sent_by)


def _record(organisation, kind, subject, recipients, sent_by):
    return SentEmail.objects.create(
        organisation=organisation,
        kind=kind,
        subject=subject[:300],
        recipients=", ".join(recipients),
        sent_by=sent_by,
    )


def profile_url(language):
    """The full address of the member's profile page, in `language`."""
    with translation.override(language):
        return settings.SITE_BASE_URL.rstrip("/") + reverse("employers:profile")


def member_language(organisation):
    """The language the member chose for its emails (its commitment's), Dutch otherwise."""
    commitment = getattr(organisation, "commitment", None)
    return commitment.language if commitment else "nl"


@transaction.atomic
def decide(change, approved, reason="", user=None):
    """Approve (and apply) or reject a profile change, and email the organisation's admins."""
    if change.decided_at is not None:
        raise AlreadyDecided
    change.approved, change.reason, change.decided_at = approved, reason, timezone.now()
    change.decided_by = user
    change.save(update_fields=["approved", "reason", "decided_at", "decided_by"])
    if approved:
        change.apply()
    organisation = change.organisation
    language = member_language(organisation)
    transaction.on_commit(
        lambda: email_organisation(
            organisation,
            "employers/email/profile_change",
            {"change": change, "organisation": organisation, "profile_url": profile_url(language)},
            language,
            EmailKind.PROFILE,
            sent_by=user,
        )
    )
    return change
